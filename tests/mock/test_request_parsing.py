"""How the mock reads requests: strict JSON (bodies and the documents inside fields), UTF-8 only, strict integers.

Whatever a client sends, the answer is a Databricks-shaped 4xx, never a 500: MALFORMED_REQUEST for a body the
mock cannot read, INVALID_PARAMETER_VALUE for a document inside a field that it cannot read.
"""

from __future__ import annotations

import base64
import io
import json
import zipfile

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.pytest_plugin import DatabricksMock

from tests.mock.helpers import CLUSTER, b64, err

DEEP = "[" * 100_000 + "]" * 100_000


# --- JSON bodies ---------------------------------------------------------------------------------------------


def test_a_100k_deep_body_over_a_socket_is_malformed_request(databricks_mock: DatabricksMock) -> None:
    r = httpx.post(
        f"{databricks_mock.url}/api/2.0/dbfs/create",
        content=DEEP,
        headers={"Authorization": f"Bearer {databricks_mock.token}", "Content-Type": "application/json"},
    )
    err(r, 400, "MALFORMED_REQUEST")
    assert "nested deeper than" in r.json()["message"]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_non_finite_numbers_are_refused_not_stored(client: httpx.Client, constant: str) -> None:
    body = json.dumps({**CLUSTER, "azure_attributes": {"spot_bid_max_price": 0}}).replace(
        '"spot_bid_max_price": 0', f'"spot_bid_max_price": {constant}'
    )
    r = client.post("/api/2.0/clusters/create", content=body, headers={"Content-Type": "application/json"})
    err(r, 400, "MALFORMED_REQUEST")
    assert "clusters" not in client.get("/api/2.0/clusters/list").json()


def test_integral_numbers_with_a_fraction_are_integers(client: httpx.Client) -> None:
    # JSON Schema counts 0.0 as an integer, and so does protobuf's JSON parser for an int field; the contract
    # suite's stateful phase sent {"position": 0.0} to global-init-scripts and got a 500.
    r = client.post(
        "/api/2.0/global-init-scripts",
        content='{"name": "a", "script": "", "position": 0.0}',
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 200, r.text
    assert client.get("/api/2.0/global-init-scripts").json()["scripts"][0]["position"] == 0


def test_integers_beyond_the_conversion_limit_are_malformed(client: httpx.Client) -> None:
    r = client.post("/api/2.0/dbfs/close", content='{"handle": ' + "9" * 5000 + "}")
    err(r, 400, "MALFORMED_REQUEST")


def test_a_nan_in_a_response_is_a_shaped_500_not_invalid_json(monkeypatch: pytest.MonkeyPatch) -> None:
    """Responses are strict JSON too: a handler bug that produces NaN answers 500 INTERNAL_ERROR."""
    with MockServer(MockConfig(durations="instant")) as mock:
        monkeypatch.setitem(mock.core.handlers, "clusters20List", lambda req: {"clusters": [{"x": float("nan")}]})
        with httpx.Client(
            base_url="http://mock", transport=mock.transport(), headers={"Authorization": f"Bearer {mock.token}"}
        ) as c:
            r = c.get("/api/2.0/clusters/list")
    err(r, 500, "INTERNAL_ERROR")


# --- lone surrogates and other text that is not UTF-8 ----------------------------------------------------------


def test_a_lone_surrogate_in_a_json_string_is_refused(client: httpx.Client) -> None:
    for body in ('{"path": "/Users/x/\\udc80"}', '{"path": "/Users/x", "\\ud800": 1}'):
        r = client.post("/api/2.0/workspace/mkdirs", content=body, headers={"Content-Type": "application/json"})
        err(r, 400, "MALFORMED_REQUEST")
    # a surrogate pair is one character, not a lone surrogate
    r = client.post("/api/2.0/workspace/mkdirs", content='{"path": "/Users/\\ud83c\\udf70"}')
    assert r.status_code == 200, r.text
    assert client.get("/api/2.0/workspace/get-status", params={"path": "/Users/🍰"}).status_code == 200


def test_utf8_encoded_surrogates_in_a_body_are_refused(client: httpx.Client) -> None:
    r = client.post("/api/2.0/workspace/mkdirs", content=b'{"path": "/Users/\xed\xb2\x80"}')
    err(r, 400, "MALFORMED_REQUEST")


def test_the_dbc_export_after_a_refused_surrogate_path_still_works(client: httpx.Client) -> None:
    client.post("/api/2.0/workspace/mkdirs", content='{"path": "/Users/x/\\udc80"}')
    client.post("/api/2.0/workspace/mkdirs", json={"path": "/Users/x/ok"})
    r = client.get("/api/2.0/workspace/export", params={"path": "/Users/x", "format": "DBC"})
    assert r.status_code == 200, r.text
    r = client.get("/api/2.0/workspace/export", params={"path": "/Users/x", "format": "DBC", "direct_download": True})
    assert r.status_code == 200 and zipfile.ZipFile(io.BytesIO(r.content)).namelist()


@pytest.mark.parametrize("encoded", ["%ED%B2%80", "%FF", "%C3"])
def test_query_parameters_must_be_utf8(client: httpx.Client, encoded: str) -> None:
    r = client.get(f"/api/2.0/dbfs/get-status?path=/a{encoded}")
    err(r, 400, "MALFORMED_REQUEST")
    assert client.get("/api/2.0/dbfs/get-status?path=/caf%C3%A9").status_code == 404  # valid UTF-8: just missing


def test_form_fields_must_be_utf8(client: httpx.Client) -> None:
    r = client.post(
        "/api/2.0/dbfs/mkdirs",
        content=b"path=/a%ED%B2%80",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    err(r, 400, "MALFORMED_REQUEST")
    r = client.post("/api/2.0/dbfs/put", data={"path": "/ok"}, files={"contents": b"x"})
    assert r.status_code == 200, r.text
    boundary = "b0undary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="path"\r\n\r\n'.encode()
        + b"/bad\xed\xb2\x80\r\n"
        + f'--{boundary}\r\nContent-Disposition: form-data; name="contents"; filename="f"\r\n\r\nx\r\n'.encode()
        + f"--{boundary}--\r\n".encode()
    )
    r = client.post(
        "/api/2.0/dbfs/put", content=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    err(r, 400, "MALFORMED_REQUEST")


@pytest.mark.parametrize("cut", [len(f"--{'b0undary'}--\r\n"), 40])
def test_a_multipart_body_cut_off_leaves_no_spool_file(client: httpx.Client, mock: MockServer, cut: int) -> None:
    # A file part that never reaches its closing boundary was spooled to a file that no request cleanup knew of:
    # every such request left a file behind in the mock's upload directory.
    boundary = "b0undary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="path"\r\n\r\n/cut\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="contents"; filename="f"\r\n\r\n'
        ).encode()
        + b"x" * 100
        + f"\r\n--{boundary}--\r\n".encode()
    )
    r = client.post(
        "/api/2.0/dbfs/put",
        content=body[:-cut],
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    err(r, 400, "INVALID_PARAMETER_VALUE")  # the file part is not there: "Missing required field: contents"
    assert list(mock.core.upload_dir.iterdir()) == []
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/cut"}).status_code == 404


def test_a_json_body_labelled_as_a_form_is_still_strict_json(client: httpx.Client) -> None:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}  # what `curl -d '{...}'` sends
    assert client.post("/api/2.0/dbfs/mkdirs", content='{"path": "/curl"}', headers=headers).status_code == 200
    r = client.post("/api/2.0/dbfs/mkdirs", content='{"path": "/x", "y": ' + DEEP + "}", headers=headers)
    err(r, 400, "MALFORMED_REQUEST")


# --- documents embedded in fields ------------------------------------------------------------------------------


def test_a_deep_policy_definition_is_an_invalid_parameter(client: httpx.Client) -> None:
    r = client.post("/api/2.0/policies/clusters/create", json={"name": "deep", "definition": DEEP})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.post("/api/2.0/policies/clusters/create", json={"name": "nan", "definition": '{"a": NaN}'})
    err(r, 400, "INVALID_PARAMETER_VALUE")


def _dbc(document: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("nb.python", document)
    return buf.getvalue()


def _html(document: str) -> str:
    encoded = b64(document.replace("%", "%25"))
    return f"<html><script>window.__DATABRICKS_NOTEBOOK_MODEL = '{encoded}';</script></html>"


@pytest.mark.parametrize(
    ("fmt", "content"),
    [
        ("JUPYTER", b64(DEEP)),
        ("JUPYTER", b64('{"cells": [], "nbformat": NaN}')),
        ("HTML", b64(_html(DEEP))),
        ("DBC", b64(_dbc(DEEP))),
        ("DBC", b64(_dbc('{"commands": [], "language": "python", "x": "\\udc80"}'))),
    ],
)
def test_unreadable_notebook_documents_are_invalid_parameters(client: httpx.Client, fmt: str, content: str) -> None:
    r = client.post(
        "/api/2.0/workspace/import",
        json={"path": "/Users/nb", "format": fmt, "language": "PYTHON", "content": content},
    )
    err(r, 400, "INVALID_PARAMETER_VALUE")


def test_a_deep_repos_page_token_is_an_invalid_parameter(client: httpx.Client) -> None:
    token = base64.urlsafe_b64encode(DEEP.encode()).decode()
    # GET parameters in a JSON body (Databricks takes them): a 266 kB token is past what httpx puts in a URL
    r = client.request("GET", "/api/2.0/repos", json={"next_page_token": token})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    short = base64.urlsafe_b64encode(b"[" * 2000 + b"]" * 2000).decode()
    err(client.get("/api/2.0/repos", params={"next_page_token": short}), 400, "INVALID_PARAMETER_VALUE")


# --- query integers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("offset", ["\u0661", "1_0", " 1", "+1", "1.0", "0x1"])
def test_query_integers_are_ascii_digits_only(client: httpx.Client, offset: str) -> None:
    client.post("/api/2.0/dbfs/put", json={"path": "/f", "contents": b64("0123456789")})
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": offset})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": "01", "length": "2"})
    assert r.json() == {"bytes_read": 2, "data": b64("12")}


def test_query_integers_beyond_the_conversion_limit_are_invalid(client: httpx.Client) -> None:
    r = client.get("/api/2.0/dbfs/read", params={"path": "/f", "offset": "9" * 5000})
    err(r, 400, "INVALID_PARAMETER_VALUE")


# --- patterns ----------------------------------------------------------------------------------------------------


def test_patterns_are_read_as_ecma_262_like_json_schema_says(client: httpx.Client) -> None:
    """\\s is ECMA's whitespace (not \\x1d, which Python's \\s takes), \\w is ASCII, $ is the end of the string."""
    r = client.post("/api/2.0/repos", json={"url": "https://github.com/a\x1db/repo", "provider": "gitHub"})
    assert r.status_code == 200, r.text
    r = client.post("/api/2.0/repos", json={"url": "https://github.com/a\u00a0b/repo", "provider": "gitHub"})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    cluster = {"spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_D3_v2", "num_workers": 1}
    task = {"notebook_task": {"notebook_path": "/n"}, "new_cluster": cluster}
    for key in ("caf\u00e9", "task\n"):
        r = client.post("/api/2.1/jobs/create", json={"name": "j", "tasks": [{"task_key": key, **task}]})
        err(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.post("/api/2.1/jobs/create", json={"name": "j", "tasks": [{"task_key": "task-1_a", **task}]})
    assert r.status_code == 200, r.text


def test_path_parameters_are_decoded_once(client: httpx.Client) -> None:
    # a literal '%41' in an id stays '%41' (the path arrives decoded once already)
    r = client.get("/api/2.0/ip-access-lists/ab%2541cd")
    assert r.status_code == 404 and "ab%41cd" in r.json()["message"], r.text


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        (
            "/api/2.0/clusters/create",
            {
                "cluster_name": "c",
                "spark_version": "7.3.x-scala2.12",
                "node_type_id": "Standard_D3_v2",
                "num_workers": 1,
                "autoscale": {"min_workers": 1, "max_workers": 2},
            },
            "Only one of num_workers or autoscale can be specified",
        ),
        (
            "/api/2.1/clusters/resize",
            {"cluster_id": "c"},
            "Exactly one of num_workers or autoscale must be specified",
        ),
        ("/api/2.0/groups/add-member", {"parent_name": "g"}, "Exactly one of user_name and group_name must be given."),
        (
            "/api/2.1/jobs/run-now",
            {"job_id": 1, "jar_params": ["a"], "notebook_params": {"a": "b"}},
            "jar_params and notebook_params cannot both be specified",
        ),
    ],
)
def test_rules_between_fields_are_answered_in_databricks_words(
    client: httpx.Client, path: str, body: dict[str, object], message: str
) -> None:
    r = client.post(path, json=body)
    assert r.status_code == 400 and r.json() == {"error_code": "INVALID_PARAMETER_VALUE", "message": message}


def test_get_parameters_in_a_json_body_are_named_as_in_a_query_string(client: httpx.Client) -> None:
    # A null was the text "null" (a DBFS path "null"), an object was its JSON text under its own name, which no
    # parameter has: a filter sent that way was dropped and every cluster listed.
    r = client.request("GET", "/api/2.0/dbfs/get-status", json={"path": None})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert "Missing required parameter: path" in r.json()["message"]
    assert client.post("/api/2.0/clusters/create", json=CLUSTER).status_code == 200
    r = client.request("GET", "/api/2.1/clusters/list", json={"filter_by": {"cluster_states": ["TERMINATED"]}})
    assert r.status_code == 200 and r.json().get("clusters") is None, r.text
    r = client.request("GET", "/api/2.1/clusters/list", json={"filter_by": {"cluster_states": ["PENDING", "RUNNING"]}})
    assert [c["cluster_name"] for c in r.json()["clusters"]] == [CLUSTER["cluster_name"]]


def test_a_text_field_sent_as_a_file_part_is_held_to_the_text_field_bound(client: httpx.Client) -> None:
    # A text field sent as a file part (a multipart body may carry up to 2 GiB) was read into memory whole; as a
    # plain text part it is refused past 1 MB.
    big = b"/" + b"a" * (1024 * 1024 + 1)
    r = client.post("/api/2.0/dbfs/put", files={"path": ("p.txt", big), "contents": ("c", b"x")})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert "Form field path is larger than 1 MB" in r.json()["message"]
    r = client.post("/api/2.0/dbfs/put", files={"path": ("p.txt", b"/as-a-file"), "contents": ("c", b"x")})
    assert r.status_code == 200, r.text
