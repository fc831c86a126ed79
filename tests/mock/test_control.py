"""The control API (/__mock/...) and its Python twin: inputs are checked, so no control call can break the mock.

A bad value is a 400 that names the field, and nothing changes: the clock does not move, no fault is added, and
every API call afterwards is answered as before.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import httpx
import pytest
from dbrest_mock import MockServer
from dbrest_mock.clock import MAX_ADVANCE_SECONDS
from dbrest_mock.pytest_plugin import DatabricksMock

from tests.mock.helpers import CLUSTER


def still_serves(client: httpx.Client) -> None:
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
    r = client.post("/api/2.0/clusters/create", json=CLUSTER)
    assert r.status_code == 200, r.text
    assert client.get("/api/2.0/clusters/get", params={"cluster_id": r.json()["cluster_id"]}).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        b"[]",
        b'"60"',
        b"{}",
        b'{"seconds": "60"}',
        b'{"seconds": true}',
        b'{"seconds": null}',
        b'{"seconds": -1}',
        b'{"seconds": Infinity}',
        b'{"seconds": NaN}',
        b'{"seconds": 1e300}',
        b'{"seconds": 1e400}',
        b'{"seconds": 1' + b"0" * 400 + b"}",
        b"{not json",
    ],
)
def test_bad_advances_are_400_and_leave_the_clock_alone(client: httpx.Client, body: bytes) -> None:
    before = client.get("/__mock/clock").json()["now_ms"]
    r = client.post("/__mock/clock/advance", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error_code"] in ("MALFORMED_REQUEST", "INVALID_PARAMETER_VALUE"), r.text
    assert r.json()["message"]
    assert client.get("/__mock/clock").json()["now_ms"] == before
    still_serves(client)


def test_advances_are_bounded_to_ten_years(client: httpx.Client, mock: MockServer) -> None:
    before = client.get("/__mock/clock").json()["now_ms"]
    r = client.post("/__mock/clock/advance", json={"seconds": MAX_ADVANCE_SECONDS})
    assert r.status_code == 200 and r.json()["now_ms"] == before + int(MAX_ADVANCE_SECONDS * 1000)
    assert client.post("/__mock/clock/advance", json={"seconds": MAX_ADVANCE_SECONDS + 1}).status_code == 400
    still_serves(client)
    for bad in (math.inf, math.nan, -1.0, MAX_ADVANCE_SECONDS * 2):
        with pytest.raises(ValueError):
            mock.advance(bad)
    with pytest.raises(ValueError):
        mock.advance("60")  # type: ignore[arg-type]
    still_serves(client)


def test_the_clock_stops_at_the_year_9999(client: httpx.Client, mock: MockServer) -> None:
    with pytest.raises(ValueError, match="9999"):
        for _ in range(1000):
            mock.advance(MAX_ADVANCE_SECONDS)
    # a DBC export stamps zip entries with the virtual time (zip dates end in 2107)
    assert client.post("/api/2.0/workspace/mkdirs", json={"path": "/Users/late"}).status_code == 200
    r = client.get("/api/2.0/workspace/export", params={"path": "/Users/late", "format": "DBC"})
    assert r.status_code == 200, r.text
    still_serves(client)


BAD_FAULTS: list[dict[str, Any]] = [
    {"method": 5},
    {"method": "GET /x"},
    {"path": 5},
    {"path": ""},
    {"status": 429.5},
    {"status": "429"},
    {"status": True},
    {"status": 200},
    {"retry_after": "abc"},
    {"retry_after": -1},
    {"retry_after": 1e300},
    {"delay_ms": "10"},
    {"delay_ms": -1},
    {"delay_ms": 1e12},
    {"drop_connection": "yes"},
    {"drop_connection": 1},
    {"after": 1.5},
    {"after": -1},
    {"times": "2"},
    {"times": True},
    {"error_code": 5},
    {"message": ["x"]},
    {"unknown": 1},
    {"every": 0},
    {"every": 2.5},
    {"drop_response": "yes"},
    {"drop_connection": True, "drop_response": True},
    {"drop_response": True, "status": 503},
    {"drop_request": 1},
    {"drop_request": True, "drop_response": True},
]


@pytest.mark.parametrize("spec", BAD_FAULTS)
def test_bad_faults_are_400_and_nothing_is_added(client: httpx.Client, mock: MockServer, spec: dict[str, Any]) -> None:
    r = client.post("/__mock/faults", json=spec)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    field = next(iter(spec))
    assert field in r.json()["message"]
    assert client.get("/__mock/faults").json() == {"faults": []}
    with pytest.raises(ValueError):
        mock.add_fault(**spec)
    assert mock.list_faults() == []
    still_serves(client)


@pytest.mark.parametrize("body", [b"[]", b'"x"', b"[{}]", b'{"status": NaN}'])
def test_fault_bodies_must_be_json_objects(client: httpx.Client, body: bytes) -> None:
    r = client.post("/__mock/faults", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error_code"] == "MALFORMED_REQUEST", r.text


def test_list_faults_shows_what_was_added_and_how_often_it_fired(client: httpx.Client, mock: MockServer) -> None:
    fault = mock.add_fault(path="/api/2.0/dbfs/list", status=503, times=1)
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 503
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
    (listed,) = mock.list_faults()
    assert listed.id == fault.id and listed.seen == 2 and listed.fired == 1
    assert client.get("/__mock/faults").json()["faults"] == [listed.to_dict()]


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("GET", "/__mock/reset", "POST"),
        ("GET", "/__mock/clock/advance", "POST"),
        ("POST", "/__mock/clock", "GET"),
        ("PUT", "/__mock/faults", "DELETE, GET, POST"),
        ("DELETE", "/__mock/health", "GET"),
    ],
)
def test_a_wrong_method_on_a_control_route_is_405_with_allow(
    client: httpx.Client, method: str, path: str, allow: str
) -> None:
    before = client.get("/__mock/clock").json()["now_ms"]
    r = client.request(method, path)
    assert r.status_code == 405 and r.headers["allow"] == allow and r.json()["error_code"] == "METHOD_NOT_ALLOWED"
    assert client.get("/__mock/clock").json()["now_ms"] == before


def test_an_unknown_control_route_is_404(client: httpx.Client) -> None:
    r = client.get("/__mock/nope")
    assert r.status_code == 404 and r.json()["error_code"] == "ENDPOINT_NOT_FOUND"


def test_fault_message_error_code_and_after_over_http(databricks_mock: DatabricksMock) -> None:
    with httpx.Client(base_url=databricks_mock.url, headers={"Authorization": f"Bearer {databricks_mock.token}"}) as c:
        r = c.post(
            "/__mock/faults",
            json={
                "method": "get",
                "path": "/api/2.0/dbfs/*",
                "status": 409,
                "error_code": "RESOURCE_CONFLICT",
                "message": "Try again later.",
                "after": 2,
                "times": 1,
            },
        )
        assert r.status_code == 200 and r.json()["method"] == "GET"
        # the first two matching requests pass, the third gets the fault, then it is spent
        assert [c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code for _ in range(2)] == [200, 200]
        assert c.post("/api/2.0/dbfs/mkdirs", json={"path": "/x"}).status_code == 200  # POST: not matched
        r = c.get("/api/2.0/dbfs/get-status", params={"path": "/"})
        assert r.status_code == 409
        assert r.json() == {"error_code": "RESOURCE_CONFLICT", "message": "Try again later."}
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
        (listed,) = c.get("/__mock/faults").json()["faults"]
        assert listed["seen"] == 4 and listed["fired"] == 1
        # the 1.2 and SCIM families get the message in their own shapes
        c.post("/__mock/faults", json={"path": "/api/1.2/*", "status": 503, "message": "busy"})
        assert c.get("/api/1.2/contexts/status", params={"clusterId": "x", "contextId": "y"}).json() == {
            "error": "busy"
        }


def test_every_injects_at_a_steady_rate_and_passes_the_rest_to_the_next_rule(
    client: httpx.Client, mock: MockServer
) -> None:
    mock.add_fault(path="/api/2.0/dbfs/list", status=503, every=3)
    mock.add_fault(path="/api/2.0/dbfs/list", status=429, every=2)
    codes = [client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code for _ in range(9)]
    # every 3rd (1st, 4th, 7th) gets the 503; of the six it passed on, every 2nd of them (1st, 3rd, 5th) the 429
    assert codes == [503, 429, 200, 503, 429, 200, 503, 429, 200]
    first, second = mock.list_faults()
    assert (first.seen, first.fired, second.seen, second.fired) == (9, 3, 6, 3)


def test_drop_response_processes_the_request_then_cuts_the_answer_over_a_socket(
    databricks_mock: DatabricksMock,
) -> None:
    # The fault that makes a non-idempotent call dangerous to repeat: it happened, but the client never heard.
    with httpx.Client(base_url=databricks_mock.url, headers={"Authorization": f"Bearer {databricks_mock.token}"}) as c:
        c.post("/__mock/faults", json={"path": "/api/2.0/dbfs/mkdirs", "drop_response": True, "times": 1})
        with pytest.raises(httpx.RemoteProtocolError):
            c.post("/api/2.0/dbfs/mkdirs", json={"path": "/made-anyway"})
        r = c.get("/api/2.0/dbfs/get-status", params={"path": "/made-anyway"})
        assert r.status_code == 200 and r.json()["is_dir"] is True
        (listed,) = c.get("/__mock/faults").json()["faults"]
        assert listed["fired"] == 1 and listed["drop_response"] is True


def test_drop_response_in_process_raises_after_processing(client: httpx.Client, mock: MockServer) -> None:
    mock.add_fault(path="/api/2.0/dbfs/mkdirs", drop_response=True, times=1)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/api/2.0/dbfs/mkdirs", json={"path": "/made-anyway"})
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/made-anyway"}).json()["is_dir"] is True


def test_drop_request_cuts_a_large_body_off_and_nothing_is_written(
    databricks_mock: DatabricksMock, tmp_path: Path
) -> None:
    import dbrest

    ws = dbrest.Workspace(host=databricks_mock.url, token=databricks_mock.token, retry=dbrest.RetryPolicy(backoff=0.01))
    databricks_mock.add_fault(path="/api/2.0/dbfs/put", drop_request=True, times=1)
    source = tmp_path / "big.bin"
    source.write_bytes(os.urandom(3 * 1024 * 1024))
    # The client is still sending when the server closes: a failed write or a cut-off answer, and no retry (a
    # multipart put is not idempotent); nothing was processed.
    with pytest.raises(dbrest.NetworkError):
        ws.dbfs.upload(str(source), "dbfs:/cut.bin")
    assert not ws.dbfs.exists("dbfs:/cut.bin")
    # A GET cut off the same way is retried.
    databricks_mock.add_fault(path="/api/2.0/dbfs/get-status", drop_request=True, times=1)
    assert ws.dbfs.get_status(path="/").is_dir
    assert [f.fired for f in databricks_mock.list_faults()] == [1, 1]
