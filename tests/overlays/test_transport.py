"""Retries through the mock's fault injection, on an injected clock: nothing sleeps."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys

import dbrest
import httpx
import pytest
from dbrest.transport import RetryPolicy
from dbrest_mock import MockServer

from tests.conftest import TOKEN


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class FakeAsyncClock(FakeClock):
    async def sleep(self, seconds: float) -> None:  # type: ignore[override]
        FakeClock.sleep(self, seconds)


def workspace(mock: MockServer, clock: FakeClock, **policy: object) -> dbrest.Workspace:
    return dbrest.Workspace(
        host="http://127.0.0.1",
        token=TOKEN,
        transport=mock.transport(),
        clock=clock,
        retry=RetryPolicy(**policy),  # type: ignore[arg-type]
    )


def test_429_with_retry_after_is_honoured(mock: MockServer) -> None:
    clock = FakeClock()
    mock.add_fault(path="/api/2.0/dbfs/get-status", status=429, retry_after=7, times=2)
    ws = workspace(mock, clock)
    assert ws.dbfs.get_status(path="/tmp").is_dir
    assert clock.sleeps == [7.0, 7.0]


def test_503_without_retry_after_backs_off_exponentially_with_jitter(mock: MockServer) -> None:
    clock = FakeClock()
    mock.add_fault(path="/api/2.0/dbfs/get-status", status=503, times=3)
    ws = workspace(mock, clock, backoff=1.0, jitter=0.25)
    ws.dbfs.get_status(path="/tmp")
    assert len(clock.sleeps) == 3
    for i, slept in enumerate(clock.sleeps):
        assert 2**i <= slept <= 2**i * 1.25


def test_budget_and_attempts_bound_the_retries(mock: MockServer) -> None:
    clock = FakeClock()
    mock.add_fault(path="/api/2.0/dbfs/get-status", status=503, retry_after=10)
    ws = workspace(mock, clock, budget=25)
    with pytest.raises(dbrest.TemporarilyUnavailable) as e:
        ws.dbfs.get_status(path="/tmp")
    assert clock.sleeps == [10.0, 10.0] and "already retried" in str(e.value)
    clock2 = FakeClock()
    ws = workspace(mock, clock2, max_attempts=3, budget=1e9)
    with pytest.raises(dbrest.TemporarilyUnavailable):
        ws.dbfs.get_status(path="/tmp")
    assert len(clock2.sleeps) == 2


def test_dropped_connections_are_retried_only_when_safe(mock: MockServer) -> None:
    clock = FakeClock()
    ws = workspace(mock, clock)
    mock.add_fault(path="/api/2.0/dbfs/get-status", drop_connection=True, times=1)
    assert ws.dbfs.get_status(path="/tmp").is_dir  # GET: safe to repeat
    mock.clear_faults()
    from dbrest_client.models.dbfs_create_request import DbfsCreateRequest

    mock.add_fault(path="/api/2.0/dbfs/create", drop_connection=True, times=1)
    with pytest.raises(dbrest.NetworkError) as err:
        ws.dbfs.create(body=DbfsCreateRequest(path="/x"))  # POST create: not repeated
    assert isinstance(err.value, httpx.TransportError) and isinstance(err.value.__cause__, httpx.RemoteProtocolError)
    assert err.value.request.url.path == "/api/2.0/dbfs/create"
    assert "(POST /api/2.0/dbfs/create)" in str(err.value) and "Check the host and the network" in str(err.value)
    mock.add_fault(path="/api/2.0/dbfs/mkdirs", drop_connection=True, times=1)
    ws.dbfs.mkdirs_p("/made")  # idempotent POST: repeated
    assert ws.dbfs.exists("/made")


def test_non_retryable_errors_raise_at_once(mock: MockServer) -> None:
    clock = FakeClock()
    ws = workspace(mock, clock)
    with pytest.raises(dbrest.ResourceDoesNotExist):
        ws.dbfs.get_status(path="/missing")
    assert clock.sleeps == []


def test_retries_are_logged_without_the_token(mock: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    clock = FakeClock()
    mock.add_fault(path="/api/2.0/dbfs/get-status", status=429, times=1)
    ws = workspace(mock, clock)
    ws.dbfs.get_status(path="/tmp")
    assert any("retrying GET /api/2.0/dbfs/get-status after HTTP 429" in r.getMessage() for r in caplog.records)
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(ws) and TOKEN not in repr(ws.api_client)


def test_async_workspace_retries_and_raises_typed_errors(mock: MockServer) -> None:
    clock = FakeAsyncClock()
    mock.add_fault(path="/api/2.0/dbfs/get-status", status=429, retry_after=2, times=1)
    ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport(), clock=clock)

    async def run() -> None:
        info = await ws.dbfs.get_status(path="/tmp")
        assert info.is_dir
        with pytest.raises(dbrest.ResourceDoesNotExist):
            await ws.dbfs.get_status(path="/missing")
        await ws.aclose()

    asyncio.run(run())
    assert clock.sleeps == [2.0]


def test_a_host_that_does_not_resolve_fails_at_once_with_a_hint() -> None:
    import socket

    class NoSuchHost(httpx.BaseTransport):
        calls = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            NoSuchHost.calls += 1
            try:
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            except socket.gaierror as exc:
                raise httpx.ConnectError(str(exc), request=request) from exc

    clock = FakeClock()
    ws = dbrest.Workspace(host="https://adb-typo.example.com", token=TOKEN, transport=NoSuchHost(), clock=clock)
    with pytest.raises(dbrest.HostNotFound, match="check the host") as err:
        ws.clusters.list()
    assert NoSuchHost.calls == 1 and clock.sleeps == []
    assert isinstance(err.value, dbrest.NetworkError) and TOKEN not in str(err.value)


def test_on_retry_hears_about_every_retry(mock: MockServer) -> None:
    heard: list[tuple[str, int, float, str]] = []
    ws = dbrest.Workspace(
        host="http://127.0.0.1",
        token=TOKEN,
        transport=mock.transport(),
        clock=FakeClock(),
        on_retry=lambda request, attempt, wait, why: heard.append((request.url.path, attempt, wait, why)),
    )
    mock.add_fault(path="/api/2.0/dbfs/get-status", status=429, retry_after=2, times=2)
    ws.dbfs.get_status(path="/")
    assert heard == [("/api/2.0/dbfs/get-status", 1, 2.0, "HTTP 429"), ("/api/2.0/dbfs/get-status", 2, 2.0, "HTTP 429")]


def test_importing_dbrest_and_building_a_workspace_does_not_import_asyncio() -> None:
    # Issue 18 (import cost): asyncio is ~20 ms of `import dbrest`; only async users import it, when they need it.
    code = (
        "import sys, dbrest\n"
        "dbrest.Workspace(host='https://adb-1.azuredatabricks.net', token='dapi-x')\n"
        "print('asyncio' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "False", out.stdout + out.stderr
