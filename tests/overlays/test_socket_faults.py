"""The client over a real loopback socket (the databricks_mock fixture), with faults injected through the mock:
dropped connections mid-response, 429/503 with and without Retry-After, latency and timeouts, and DBFS transfers
through all of them. The retry waits run on a fake clock; only the injected latency is real (milliseconds)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import dbrest
import httpx
import pytest
from dbrest.transport import RetryPolicy
from dbrest_mock.pytest_plugin import DatabricksMock

from tests.overlays.test_transport import FakeClock


def workspace(mock: DatabricksMock, clock: FakeClock, **kwargs: object) -> dbrest.Workspace:
    return dbrest.Workspace(host=mock.url, token=mock.token, clock=clock, **kwargs)  # type: ignore[arg-type]


def test_a_connection_dropped_mid_response_is_retried_for_a_read(databricks_mock: DatabricksMock) -> None:
    clock = FakeClock()
    ws = workspace(databricks_mock, clock)
    # The mock answers the status line and part of the headers, then closes the socket.
    databricks_mock.add_fault(path="/api/2.0/dbfs/get-status", drop_connection=True, times=2)
    assert ws.dbfs.get_status(path="/").is_dir
    assert len(clock.sleeps) == 2


def test_a_dropped_create_is_not_repeated_and_raises_a_typed_error(databricks_mock: DatabricksMock) -> None:
    from dbrest_client.models.dbfs_create_request import DbfsCreateRequest

    ws = workspace(databricks_mock, FakeClock())
    databricks_mock.add_fault(path="/api/2.0/dbfs/create", drop_connection=True, times=1)
    with pytest.raises(dbrest.NetworkError, match=r"\(POST /api/2.0/dbfs/create\)"):
        ws.dbfs.create(body=DbfsCreateRequest(path="/x"))
    assert databricks_mock.server.env.service("dbfs").handles == {}  # type: ignore[attr-defined]


def test_429_and_503_over_a_socket_with_and_without_retry_after(databricks_mock: DatabricksMock) -> None:
    clock = FakeClock()
    ws = workspace(databricks_mock, clock, retry=RetryPolicy(backoff=0.5, jitter=0.0))
    databricks_mock.add_fault(path="/api/2.1/clusters/list", status=429, retry_after=3, times=1)
    databricks_mock.add_fault(path="/api/2.1/clusters/list", status=429, times=1)
    databricks_mock.add_fault(path="/api/2.1/clusters/list", status=503, error_code="TEMPORARILY_UNAVAILABLE", times=1)
    assert ws.clusters.list() is not None
    assert clock.sleeps == [3.0, 1.0, 2.0]  # Retry-After, then backoff 0.5 * 2**(attempt-1)


def test_a_slow_answer_times_out_with_a_typed_error_and_reads_are_retried(databricks_mock: DatabricksMock) -> None:
    clock = FakeClock()
    ws = workspace(databricks_mock, clock, timeout=httpx.Timeout(0.2))
    databricks_mock.add_fault(path="/api/2.1/clusters/list", delay_ms=600, times=1)
    assert ws.clusters.list() is not None  # GET: the timed-out attempt is repeated
    assert len(clock.sleeps) == 1
    from dbrest_client.models.dbfs_create_request import DbfsCreateRequest

    databricks_mock.add_fault(path="/api/2.0/dbfs/create", delay_ms=600, times=1)
    with pytest.raises(dbrest.RequestTimeout, match="pass a longer timeout") as err:
        ws.dbfs.create(body=DbfsCreateRequest(path="/slow"))
    assert isinstance(err.value, httpx.TimeoutException)


def test_dbfs_round_trip_through_faults_on_every_kind_of_request(
    databricks_mock: DatabricksMock, tmp_path: Path
) -> None:
    clock = FakeClock()
    ws = workspace(databricks_mock, clock)
    data = os.urandom(6 * 1024 * 1024 + 17)
    src = tmp_path / "src.bin"
    src.write_bytes(data)
    faults = []
    for path in ("/api/2.0/dbfs/put", "/api/2.0/dbfs/add-block", "/api/2.0/dbfs/read"):
        first = 0 if path.endswith("/put") else 1  # a put is one request; blocks and reads fail midway
        faults.append(
            databricks_mock.add_fault(path=path, status=503, error_code="TEMPORARILY_UNAVAILABLE", after=first, times=2)
        )
        faults.append(databricks_mock.add_fault(path=path, status=429, retry_after=1, after=first, times=1))
    faults.append(databricks_mock.add_fault(path="/api/2.0/dbfs/read", drop_connection=True, after=3, times=2))
    ws.dbfs.upload(src, "dbfs:/faults/put.bin")  # one streamed multipart put, sent again after each fault
    with src.open("rb") as f:
        ws.dbfs.upload(f, "dbfs:/faults/blocks.bin")  # create / add-block / close
    for remote in ("/faults/put.bin", "/faults/blocks.bin"):
        out = tmp_path / (remote.rsplit("/", 1)[1] + ".out")
        ws.dbfs.download(remote, out, parallelism=4)
        assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(data).digest()
    assert [f.fired for f in faults] == [2, 1, 2, 1, 2, 1, 2]  # every fault fired ...
    assert len(clock.sleeps) == 11  # ... and each was retried, once


def test_a_gateway_503_on_add_block_is_not_repeated(tmp_path: Path, databricks_mock: DatabricksMock) -> None:
    """An HTML 503 from a proxy may come after the block was appended: repeating it could duplicate the block.
    The upload fails and removes the partial file instead; an API 503 (JSON) is repeated (tested above)."""

    class Gateway(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()
            self.failed = False

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            if request.url.path.endswith("/add-block") and not self.failed:
                self.failed = True
                response.read()
                return httpx.Response(503, html="<html><title>503 Service Unavailable</title></html>")
            return response

    clock = FakeClock()
    ws = dbrest.Workspace(host=databricks_mock.url, token=databricks_mock.token, clock=clock, transport=Gateway())
    import io

    with pytest.raises(dbrest.TemporarilyUnavailable, match="503 Service Unavailable"):
        ws.dbfs.upload(io.BytesIO(os.urandom(3 * 1024 * 1024)), "/gateway.bin")
    assert clock.sleeps == []
    assert not ws.dbfs.exists("/gateway.bin")


def test_async_retries_a_connection_dropped_mid_response(databricks_mock: DatabricksMock) -> None:
    import asyncio

    from tests.overlays.test_transport import FakeAsyncClock

    async def main() -> None:
        clock = FakeAsyncClock()
        async with dbrest.AsyncWorkspace(host=databricks_mock.url, token=databricks_mock.token, clock=clock) as ws:
            databricks_mock.add_fault(path="/api/2.0/dbfs/get-status", drop_connection=True, times=1)
            assert (await ws.dbfs.get_status(path="/")).is_dir
            assert len(clock.sleeps) == 1
            databricks_mock.add_fault(path="/api/2.0/dbfs/delete", drop_connection=True, times=1)
            from dbrest_client.models.dbfs_delete_request import DbfsDeleteRequest

            await ws.dbfs.delete(body=DbfsDeleteRequest(path="/nothing"))  # POST delete is idempotent: repeated

    asyncio.run(main())
