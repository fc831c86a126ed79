"""The mock's hot paths (issue 18, benchmarks/results.md "The mock"): the shortcuts taken for speed answer exactly
what the long way did. DBFS semantics follow the DBFS API 2.0 reference (read returns ``bytes_read`` and base64
``data``; add-block appends), as the rest of tests/mock/test_dbfs.py does."""

from __future__ import annotations

import base64
import io
import json
import os

import httpx
import pytest
from dbrest_mock import MockServer
from dbrest_mock.app import BODY_SPOOL_BYTES, BodySpool, RawRequest

from tests.conftest import TOKEN


def _put(client: httpx.Client, path: str, data: bytes) -> None:
    handle = client.post("/api/2.0/dbfs/create", json={"path": path, "overwrite": True}).json()["handle"]
    for i in range(0, len(data), 1024 * 1024):
        block = base64.b64encode(data[i : i + 1024 * 1024]).decode()
        r = client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": block})
        assert r.status_code == 200, r.text
    assert client.post("/api/2.0/dbfs/close", json={"handle": handle}).status_code == 200


@pytest.mark.parametrize("size", [0, 1, 3, 1024 * 1024])
def test_read_answers_valid_json_with_the_bytes(client: httpx.Client, size: int) -> None:
    data = os.urandom(size)
    _put(client, "/hot/read.bin", data)
    r = client.get("/api/2.0/dbfs/read", params={"path": "/hot/read.bin", "offset": 0, "length": 1024 * 1024})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = json.loads(r.content)
    assert body["bytes_read"] == size
    assert base64.b64decode(body["data"]) == data


def test_read_of_a_window_in_the_middle(client: httpx.Client) -> None:
    data = os.urandom(5000)
    _put(client, "/hot/window.bin", data)
    body = client.get("/api/2.0/dbfs/read", params={"path": "/hot/window.bin", "offset": 1000, "length": 10}).json()
    assert (body["bytes_read"], base64.b64decode(body["data"])) == (10, data[1000:1010])


def test_a_body_valid_as_sent_reaches_the_handler_unchanged(client: httpx.Client) -> None:
    assert client.post("/api/2.0/dbfs/mkdirs", json={"path": "/hot/dir"}).status_code == 200
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/hot/dir"}).json()["is_dir"] is True


def test_strings_for_integers_and_booleans_are_still_converted(client: httpx.Client) -> None:
    # The one-validation fast path must not skip the protobuf-style conversion (spec.scalars_from_strings):
    # databricks-cli sends int64s as strings and the docs send "overwrite": "false".
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/hot/s.bin", "overwrite": "true"}).json()["handle"]
    data = base64.b64encode(b"abc").decode()
    assert client.post("/api/2.0/dbfs/add-block", json={"handle": str(handle), "data": data}).status_code == 200
    assert client.post("/api/2.0/dbfs/close", json={"handle": str(handle)}).status_code == 200
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/hot/s.bin"}).json()["file_size"] == 3


def test_a_body_that_stays_invalid_after_conversion_is_refused(client: httpx.Client) -> None:
    r = client.post("/api/2.0/dbfs/create", json={"path": "/hot/x.bin", "overwrite": "maybe"})
    assert r.status_code == 400, r.text
    assert r.json()["error_code"] == "MALFORMED_REQUEST"  # a type error, as before the fast path


def test_the_log_keeps_the_body_as_sent_with_contents_elided(mock: MockServer, client: httpx.Client) -> None:
    # The log and the pipeline share one parse: the log's copy must not see what the handler does with the body.
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/hot/l.bin"}).json()["handle"]
    client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": base64.b64encode(b"x" * 100).decode()})
    create, add = list(mock.requests)[-2:]
    assert create.body == {"path": "/hot/l.bin"}
    assert add.body["handle"] == handle
    assert add.body["data"] != base64.b64encode(b"x" * 100).decode()  # elided, as before


def test_malformed_json_is_still_refused_and_logged(mock: MockServer, client: httpx.Client) -> None:
    r = client.post(
        "/api/2.0/dbfs/mkdirs", content=b'{"path": "/a", "x": NaN}', headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 400, r.text
    assert r.json()["error_code"] == "MALFORMED_REQUEST"
    assert list(mock.requests)[-1].status == 400


def test_a_dbfs_block_body_is_spooled_in_memory(mock: MockServer) -> None:
    # A 1 MiB block is ~1.4 MB of JSON: kept in memory (no temporary file per add-block); larger bodies spill.
    headers = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    spool = BodySpool(mock.core, headers)
    try:
        spool.write(b"x" * (1024 * 1024 * 3 // 2))
        assert not spool.on_disk
        spool.write(b"x" * BODY_SPOOL_BYTES)
        assert spool.on_disk
        raw: RawRequest = spool.request(method="POST", path="/api/2.0/dbfs/add-block")
        assert raw.body_size == 1024 * 1024 * 3 // 2 + BODY_SPOOL_BYTES
        assert raw.body is not None and raw.body.read() == b"x" * raw.body_size  # all of it, across the spill
    finally:
        spool.close()


def test_the_parsed_body_is_reused_only_for_the_same_request(mock: MockServer, client: httpx.Client) -> None:
    # A RawRequest parsed by the log carries its value; the pipeline answers from it like from the bytes.
    body = json.dumps({"path": "/hot/reuse"}).encode()
    raw = RawRequest(
        method="POST",
        path="/api/2.0/dbfs/mkdirs",
        headers={"authorization": f"Bearer {TOKEN}", "content-type": "application/json", "host": "localhost"},
        body=io.BytesIO(body),
        body_size=len(body),
    )
    resp = mock.core.handle(raw)
    assert resp.status == 200, resp.body
    assert raw.parsed_json == ({"path": "/hot/reuse"},)
    assert client.get("/api/2.0/dbfs/get-status", params={"path": "/hot/reuse"}).json()["is_dir"] is True
