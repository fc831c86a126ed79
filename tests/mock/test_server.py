"""Running the mock: `python -m dbrest_mock`, the control API over HTTP, the pytest plugin, robustness."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.__main__ import build_parser, config_from_args
from dbrest_mock.pytest_plugin import DatabricksMock

from tests.mock.helpers import start_mock_cli

SPEC = json.loads(
    (__import__("pathlib").Path(__file__).resolve().parents[2] / "generated/dbrest_client/openapi.json").read_text()
)
METHODS = ("get", "put", "post", "delete", "patch")


def test_python_m_dbrest_mock_serves_on_a_free_loopback_port_and_stops() -> None:
    proc = start_mock_cli("--port", "0", "--token", "T0K")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("dbrest_mock listening on http://127.0.0.1:")
        url = line.rsplit(" ", 1)[1]
        r = httpx.get(f"{url}/api/2.0/dbfs/list", params={"path": "/"}, headers={"Authorization": "Bearer T0K"})
        assert r.status_code == 200
        assert httpx.get(f"{url}/api/2.0/dbfs/list", params={"path": "/"}).status_code == 401
        assert httpx.post(f"{url}/__mock/clock/advance", json={"seconds": 60}).status_code == 401
        r = httpx.post(f"{url}/__mock/clock/advance", json={"seconds": 60}, headers={"Authorization": "Bearer T0K"})
        assert r.status_code == 200 and r.json()["fired"] >= 0
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


def test_control_api_over_http(databricks_mock: DatabricksMock) -> None:
    url, headers = databricks_mock.url, {"Authorization": f"Bearer {databricks_mock.token}"}
    with httpx.Client(base_url=url, headers=headers) as c:
        before = c.get("/__mock/clock").json()["now_ms"]
        assert c.post("/__mock/clock/advance", json={"seconds": 30}).json()["now_ms"] == before + 30_000
        assert c.post("/__mock/clock/advance", json={"seconds": -1}).status_code == 400
        fault = c.post(
            "/__mock/faults",
            json={"method": "GET", "path": "/api/2.0/dbfs/*", "status": 429, "retry_after": 3, "times": 1},
        ).json()
        assert fault["id"] >= 1
        r = c.get("/api/2.0/dbfs/list", params={"path": "/"})
        assert (
            r.status_code == 429
            and r.headers["retry-after"] == "3"
            and r.json()["error_code"] == "REQUEST_LIMIT_EXCEEDED"
        )
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
        assert c.post("/__mock/faults", json={"nope": 1}).status_code == 400
        c.post("/__mock/faults", json={"path": "/api/2.0/dbfs/list", "status": 503})
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 503
        assert c.delete("/__mock/faults").status_code == 200
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
        c.post("/api/2.0/dbfs/mkdirs", json={"path": "/keep"})
        assert c.post("/__mock/reset").status_code == 200
        assert c.get("/api/2.0/dbfs/get-status", params={"path": "/keep"}).status_code == 404
        c.post("/__mock/faults", json={"path": "/api/2.0/dbfs/list", "drop_connection": True, "times": 1})
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/api/2.0/dbfs/list", params={"path": "/"})


def test_fault_latency_is_real_on_a_socket(databricks_mock: DatabricksMock) -> None:
    databricks_mock.add_fault(path="/api/2.0/dbfs/list", delay_ms=50, times=1)
    r = httpx.get(
        f"{databricks_mock.url}/api/2.0/dbfs/list",
        params={"path": "/"},
        headers={"Authorization": f"Bearer {databricks_mock.token}"},
    )
    assert r.status_code == 200 and r.elapsed.total_seconds() >= 0.05


def test_thirty_two_concurrent_dbfs_writers_lose_nothing(databricks_mock: DatabricksMock) -> None:
    headers = {"Authorization": f"Bearer {databricks_mock.token}"}
    payloads = {i: os.urandom(300_000 + i) for i in range(32)}
    errors: list[Any] = []

    def writer(i: int) -> None:
        with httpx.Client(base_url=databricks_mock.url, headers=headers, timeout=60) as c:
            h = c.post("/api/2.0/dbfs/create", json={"path": f"/concurrent/{i}.bin"}).json()["handle"]
            data = payloads[i]
            for off in range(0, len(data), 100_000):
                r = c.post(
                    "/api/2.0/dbfs/add-block",
                    json={"handle": h, "data": base64.b64encode(data[off : off + 100_000]).decode()},
                )
                if r.status_code != 200:
                    errors.append(r.text)
            if c.post("/api/2.0/dbfs/close", json={"handle": h}).status_code != 200:
                errors.append(f"close {i}")

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors
    dbfs = databricks_mock.server.env.service("dbfs")
    for i, data in payloads.items():
        assert dbfs.file_bytes(f"/concurrent/{i}.bin") == data  # type: ignore[attr-defined]


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, item[m]) for p, item in SPEC["paths"].items() for m in METHODS if m in item]


@pytest.mark.parametrize(("path", "method"), [(p, m) for p, m, op in _operations() if "requestBody" in op])
def test_bad_bodies_get_databricks_shaped_4xx_never_5xx(
    mock: MockServer, client: httpx.Client, path: str, method: str
) -> None:
    url = path.replace("{", "").replace("}", "")  # a path parameter named like its placeholder
    empty = client.request(method.upper(), url, content=b"{}", headers={"Content-Type": "application/json"})
    assert empty.status_code < 500, f"{method.upper()} {path} {{}}: {empty.status_code} {empty.text[:200]}"
    for content in (
        b"{not json",
        b"[]",
        b"[" * 200 + b"]" * 200,
        b"[" * 100_000 + b"]" * 100_000,  # past Python's recursion limit: RecursionError in the parser
        b'{"x": NaN}',
        b'{"x": 1e400}',
        b'{"x": "\\udc80"}',  # a lone surrogate
        b"\xff\xfe\x00",
        b'"just a string"',
    ):
        r = client.request(method.upper(), url, content=content, headers={"Content-Type": "application/json"})
        assert 400 <= r.status_code < 500, f"{method.upper()} {path} {content[:20]!r}: {r.status_code} {r.text[:200]}"
        body = r.json()
        if path.startswith("/api/1.2/"):
            assert "error" in body
        elif "/scim/" in path:
            assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
        else:
            assert set(body) >= {"error_code", "message"}


def test_oversized_body_is_a_4xx(client: httpx.Client) -> None:
    big = b'{"path": "/x", "contents": "' + b"A" * (11 * 1024 * 1024) + b'"}'
    r = client.post("/api/2.0/dbfs/put", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error_code"] in ("MAX_REQUEST_SIZE_EXCEEDED", "MAX_BLOCK_SIZE_EXCEEDED")


def test_every_spec_operation_has_a_handler(mock: MockServer) -> None:
    missing = [op["operationId"] for _, _, op in _operations() if op["operationId"] not in mock.core.handlers]
    assert not missing, f"operations without a mock handler: {missing}"


def test_multipart_with_utf8_field_names_and_filenames(client: httpx.Client) -> None:
    """Part names and filenames outside latin-1 (httpx and browsers send UTF-8) are parsed, not a 400."""
    boundary = "b0undary"
    parts = [
        ('name="path"', b"/utf8/\xc3\xa9t\xc3\xa9.txt"),
        ('name="\xe6\xf6\xf0\xa8\xb6\x8f"', b"ignored"),  # an unknown field, in UTF-8
        ('name="contents"; filename="\xe6\x97\xa5\xe6\x9c\xac.txt"', b"caf\xc3\xa9 \xf0\x9f\x8d\xb0"),
    ]
    body = (
        b"".join(
            f"--{boundary}\r\nContent-Disposition: form-data; ".encode()
            + disp.encode("latin-1")
            + b"\r\n\r\n"
            + data
            + b"\r\n"
            for disp, data in parts
        )
        + f"--{boundary}--\r\n".encode()
    )
    r = client.post(
        "/api/2.0/dbfs/put", content=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    assert r.status_code == 200, r.text
    read = client.get("/api/2.0/dbfs/read", params={"path": "/utf8/été.txt"}).json()
    assert base64.b64decode(read["data"]) == "café 🍰".encode()


def _json_stream(megabytes: int, sent: list[int]) -> Iterator[bytes]:
    """A JSON body of about ``megabytes`` MB, generated as it is sent (``sent`` counts the bytes taken)."""
    chunk = b"A" * (1 << 20)
    yield b'{"path": "/x", "contents": "'
    for _ in range(megabytes):
        sent[0] += len(chunk)
        yield chunk
    yield b'"}'


def test_an_oversized_body_over_a_socket_is_refused_without_reading_it_all(databricks_mock: DatabricksMock) -> None:
    headers = {"Authorization": f"Bearer {databricks_mock.token}", "Content-Type": "application/json"}
    with httpx.Client(base_url=databricks_mock.url, headers=headers, timeout=60) as c:
        # chunked: no Content-Length to go by, so the server reads up to the 10 MB limit and stops there
        sent = [0]
        r = c.post("/api/2.0/dbfs/put", content=_json_stream(2048, sent))
        assert r.status_code == 400 and r.json()["error_code"] == "MAX_REQUEST_SIZE_EXCEEDED", r.text
        assert sent[0] < 256 << 20, f"the client got to send {sent[0] >> 20} MB of a 2 GB body"
        # with a Content-Length past the limit, nothing is read
        big = b'{"path": "/x", "contents": "' + b"A" * (11 << 20) + b'"}'
        r = c.post("/api/2.0/dbfs/put", content=big)
        assert r.status_code == 400 and r.json()["error_code"] == "MAX_REQUEST_SIZE_EXCEEDED"
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
    assert not list(databricks_mock.server.core.upload_dir.iterdir())


def test_the_in_process_transports_stop_reading_at_the_limit(mock: MockServer, client: httpx.Client) -> None:
    sent = [0]
    r = client.post("/api/2.0/dbfs/put", content=_json_stream(100, sent), headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_REQUEST_SIZE_EXCEEDED"
    assert sent[0] <= mock.config.max_body_bytes + (1 << 20)

    async def post_async() -> tuple[httpx.Response, int]:
        sent_async = [0]

        async def stream() -> AsyncIterator[bytes]:
            for chunk in _json_stream(100, sent_async):
                yield chunk

        async with httpx.AsyncClient(
            base_url="http://mock", transport=mock.async_transport(), headers=dict(client.headers)
        ) as ac:
            resp = await ac.post("/api/2.0/dbfs/put", content=stream(), headers={"Content-Type": "application/json"})
        return resp, sent_async[0]

    r, sent_async = asyncio.run(post_async())
    assert r.status_code == 400 and r.json()["error_code"] == "MAX_REQUEST_SIZE_EXCEEDED"
    assert sent_async <= mock.config.max_body_bytes + (1 << 20)


def test_a_realistic_cluster_start_takes_five_virtual_minutes(databricks_mock: DatabricksMock) -> None:
    """The pytest plugin's mock: realistic durations on a manual clock, so nothing moves until the test says so."""
    with httpx.Client(base_url=databricks_mock.url, headers={"Authorization": f"Bearer {databricks_mock.token}"}) as c:
        cluster = {"cluster_name": "c", "spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_D3_v2"}
        cluster_id = c.post("/api/2.0/clusters/create", json={**cluster, "num_workers": 1}).json()["cluster_id"]

        def state() -> str:
            return str(c.get("/api/2.0/clusters/get", params={"cluster_id": cluster_id}).json()["state"])

        assert state() == "PENDING"
        databricks_mock.advance(299)
        assert state() == "PENDING"
        databricks_mock.advance(1)
        assert state() == "RUNNING"


def test_python_is_never_executed_by_default() -> None:
    assert MockConfig().execute_python is False
    assert build_parser().parse_args([]).execute_python is False
    assert config_from_args(build_parser().parse_args([])).execute_python is False
    assert config_from_args(build_parser().parse_args(["--execute-python"])).execute_python is True


def test_the_command_line_defaults_and_basic_accounts() -> None:
    args = build_parser().parse_args([])
    assert (args.durations, args.clock) == ("fast", "realtime")  # a standalone server moves by itself
    config = config_from_args(args)
    assert config.passwords == {} and config.tokens == {"dapi-mock-token": "admin@example.com"}
    config = config_from_args(
        build_parser().parse_args(["--user", "me@example.com", "--password", "pw", "--token", "T"])
    )
    assert config.passwords == {"me@example.com": "pw"} and config.tokens == {"T": "me@example.com"}
    assert config.admins == {"me@example.com"}
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--password", ""])
    # a blank token matches no request (and would pass for "a token of your own" when serving off loopback)
    for argv in (["--token", ""], ["--token", " "], ["--token", "two words"], ["--control-token", ""]):
        with pytest.raises(SystemExit):
            build_parser().parse_args(argv)


def test_help_explains_the_clock_and_durations() -> None:
    text = " ".join(build_parser().format_help().split())
    for words in (
        "realistic (minutes, as Databricks)",
        "manual: only POST /__mock/clock/advance moves it",
        "MockConfig",
        "--password",
    ):
        assert words in text, words
