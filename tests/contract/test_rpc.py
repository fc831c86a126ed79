"""The RPC-style resource rules, as deterministic scenarios built from the spec's links and examples:

* create then get answers 200 (every read link of every creating operation);
* delete then get answers the documented missing-resource error (400 INVALID_PARAMETER_VALUE "... does not exist"
  for clusters, 404 RESOURCE_DOES_NOT_EXIST elsewhere, the 1.2 / SCIM shapes on their routes);
* DBFS create / add-block / close then read returns exactly the bytes written.

schemathesis' own use_after_free and ensure_resource_availability need REST paths (DELETE /things/{id}) and
never fire on POST /clusters/permanent-delete {cluster_id}; these tests and ``RpcTracker`` (stateful phase) are
their RPC counterparts. Every response also goes through the generated client (``roundtrip_problem``).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from . import harness

RESOURCES = harness.resources()


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    server = harness.new_mock()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(mock: Any) -> Iterator[httpx.Client]:
    mock.reset()
    with harness.mock_client(mock) as c:
        yield c


def send(call: harness.Call, client: httpx.Client) -> httpx.Response:
    response = call.send(client)
    problem = harness.roundtrip_problem(
        call.op, response.status_code, list(response.headers.multi_items()), response.content
    )
    assert problem is None, f"{call}: {problem}"
    return response


def test_links_describe_resources() -> None:
    """The spec's links give this suite something to check: creating operations with reads and deletes."""
    assert RESOURCES, "no creating operation has a link to a GET operation"
    assert any(r.delete for r in RESOURCES), "no creating operation has a Delete*/Destroy* link"


@pytest.mark.parametrize("resource", RESOURCES, ids=lambda r: r.create.op_id)
def test_create_read_delete_read(resource: harness.Resource, client: httpx.Client) -> None:
    provisioner = harness.Provisioner(client)
    create = provisioner.prepare(resource.create)
    created = send(create, client)
    assert created.is_success, f"{create}: {created.status_code} {created.text}"
    exchange = create.exchange(created)
    reads = [link.request(exchange) for link in resource.reads]
    for read in reads:
        answer = send(read, client)
        assert answer.status_code == 200, f"create then read: {read} answered {answer.status_code} {answer.text}"
    if resource.delete is None:
        return
    delete = resource.delete.request(exchange)
    deleted = send(delete, client)
    assert deleted.is_success, f"{delete}: {deleted.status_code} {deleted.text}"
    gone = resource.delete.identity(exchange, expressions_only=True)
    for link, read in zip(resource.reads, reads, strict=True):
        if not harness.reads_the_deleted(link.identity(exchange), gone):
            continue  # reads the parent (secrets/list {scope} after secrets/delete {scope, key})
        answer = send(read, client)
        problem = harness.missing_resource_problem(read.op, answer)
        assert problem is None, f"delete then read: {read}: {problem}"


def _read_all(client: httpx.Client, path: str, chunk: int) -> bytes:
    out = b""
    while True:
        r = client.get("/api/2.0/dbfs/read", params={"path": path, "offset": len(out), "length": chunk})
        assert r.status_code == 200, r.text
        assert harness.roundtrip_problem(harness.OPERATIONS["dbfsRead"], 200, [], r.content) is None
        body = r.json()
        if body["bytes_read"] == 0:
            return out
        data = base64.b64decode(body["data"])
        assert len(data) == body["bytes_read"]
        out += data


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(
    blocks=st.lists(st.binary(max_size=3000), max_size=6),
    chunk=st.integers(min_value=1, max_value=4096),
)
def test_dbfs_stream_then_read_returns_the_bytes_written(blocks: list[bytes], chunk: int) -> None:
    with harness.new_mock() as mock, harness.mock_client(mock) as client:
        created = client.post("/api/2.0/dbfs/create", json={"path": "/contract/stream.bin", "overwrite": True})
        assert created.status_code == 200, created.text
        handle = created.json()["handle"]
        for block in blocks:
            r = client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": harness.b64(block)})
            assert r.status_code == 200, r.text
        r = client.post("/api/2.0/dbfs/close", json={"handle": handle})
        assert r.status_code == 200, r.text
        status = client.get("/api/2.0/dbfs/get-status", params={"path": "/contract/stream.bin"}).json()
        assert status["file_size"] == sum(map(len, blocks)) and status["is_dir"] is False
        assert _read_all(client, "/contract/stream.bin", chunk) == b"".join(blocks)


def test_dbfs_stream_of_full_blocks(client: httpx.Client) -> None:
    """Blocks at the 1 MB limit, read back with the largest read the API allows."""
    blocks = [bytes(range(256)) * 4096, b"\x00" * (1 << 20), b"tail"]
    handle = client.post("/api/2.0/dbfs/create", json={"path": "/contract/big.bin"}).json()["handle"]
    for block in blocks:
        r = client.post("/api/2.0/dbfs/add-block", json={"handle": handle, "data": harness.b64(block)})
        assert r.status_code == 200, r.text
    assert client.post("/api/2.0/dbfs/close", json={"handle": handle}).status_code == 200
    assert _read_all(client, "/contract/big.bin", 1 << 20) == b"".join(blocks)
