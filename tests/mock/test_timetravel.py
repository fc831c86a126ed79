"""Time travel: a Workspace on a mock's MockClock never sleeps; its waits and retry backoff advance the mock's
virtual clock, and it sees the same sequence of states as it would in real time."""

from __future__ import annotations

import asyncio
import time

import dbrest
import pytest
from dbrest.virtual_time import SyncClockAsAsync, as_async_clock, clock_for, register_clock
from dbrest_mock import AsyncMockClock, MockConfig, MockServer, mock_databricks

CLUSTER = {
    "cluster_name": "tt",
    "spark_version": "13.3.x-scala2.12",
    "node_type_id": "Standard_DS3_v2",
    "num_workers": 1,
}


@pytest.fixture
def mock() -> MockServer:
    server = MockServer(MockConfig())  # realistic durations on a manual clock: the fixture's defaults
    yield server
    server.stop()


def test_wait_running_advances_virtual_time_by_the_poll_intervals_and_sees_every_state(mock: MockServer) -> None:
    ws = mock.workspace()
    cluster_id = ws.http.post("/api/2.1/clusters/create", json=CLUSTER).json()["cluster_id"]
    seen: list[tuple[float, str]] = []
    virtual_start = mock.clock.monotonic()
    real_start = time.perf_counter()

    ws.clusters.wait_running(cluster_id, callback=lambda c: seen.append((mock.clock.monotonic(), str(c.state))))

    assert time.perf_counter() - real_start < 2.0
    states = [s for _, s in seen]
    assert states[0] == "PENDING" and states[-1] == "RUNNING" and set(states) == {"PENDING", "RUNNING"}
    # A realistic start takes 300 virtual seconds (clusters.start); the waiter saw RUNNING at its first poll after.
    became_running = next(t for t, s in seen if s == "RUNNING") - virtual_start
    assert 300 <= became_running <= 300 + 10 * 1.1  # at most one poll interval (10 s + jitter) late
    assert all(s == "PENDING" for t, s in seen if t - virtual_start < 300)


def test_a_timeout_is_virtual_too(mock: MockServer) -> None:
    ws = mock.workspace()
    cluster_id = ws.http.post("/api/2.1/clusters/create", json=CLUSTER).json()["cluster_id"]
    before = mock.clock.monotonic()
    with pytest.raises(dbrest.OperationTimeout):
        ws.clusters.wait_running(cluster_id, timeout=60)
    assert mock.clock.monotonic() - before == pytest.approx(60, abs=0.001)


def test_retry_backoff_advances_the_clock_instead_of_sleeping(mock: MockServer) -> None:
    ws = mock.workspace()
    mock.add_fault(path="/api/2.0/dbfs/get-status", status=429, retry_after=30, times=2)
    before = mock.clock.monotonic()
    real_start = time.perf_counter()
    with pytest.raises(dbrest.ResourceDoesNotExist):
        ws.dbfs.get_status(path="/missing")
    assert mock.clock.monotonic() - before == pytest.approx(60, abs=0.001)  # two Retry-After: 30
    assert time.perf_counter() - real_start < 1.0


def test_an_async_workspace_takes_the_same_clock(mock: MockServer) -> None:
    async def scenario() -> list[str]:
        async with mock.async_workspace() as aws:
            assert isinstance(aws.clock, SyncClockAsAsync)
            created = await aws.http.post("/api/2.1/clusters/create", json=CLUSTER)
            seen: list[str] = []
            await aws.clusters.wait_running(created.json()["cluster_id"], callback=lambda c: seen.append(str(c.state)))
            return seen

    seen = asyncio.run(scenario())
    assert seen[0] == "PENDING" and seen[-1] == "RUNNING"


def test_an_async_clock_is_used_as_it_is(mock: MockServer) -> None:
    clock = AsyncMockClock(mock.clock)
    assert as_async_clock(clock) is clock
    assert as_async_clock(None) is None


def test_a_workspace_from_env_in_mock_databricks_gets_the_mock_clock() -> None:
    with mock_databricks() as mock:
        ws = dbrest.Workspace.from_env()
        assert ws.clock is mock.clock
        aws = dbrest.AsyncWorkspace.from_env()
        assert isinstance(aws.clock, SyncClockAsAsync) and aws.clock.clock is mock.clock
        url = mock.url
    assert url is not None and clock_for(url) is None  # unregistered on exit


@pytest.mark.parametrize(
    "host",
    [
        "https://127.0.0.1:8443",
        "http://adb-123.4.azuredatabricks.net",
        "https://adb-123.4.azuredatabricks.net",
        "http://10.0.0.5:80",
    ],
)
def test_only_plain_http_loopback_origins_can_get_a_virtual_clock(mock: MockServer, host: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        register_clock(host, mock.clock)
    assert clock_for(host) is None


def test_a_clock_belongs_to_one_exact_origin(mock: MockServer) -> None:
    unregister = register_clock("http://127.0.0.1:18089/", mock.clock)
    try:
        assert clock_for("http://127.0.0.1:18089") is mock.clock
        assert clock_for("http://127.0.0.1:18090") is None  # another port: another server
        assert clock_for("https://127.0.0.1:18089") is None
        assert clock_for("http://localhost:18089") is None
        ws = dbrest.Workspace(host="http://127.0.0.1:18090", token="t")
        assert ws.clock is None  # falls back to the system clock
    finally:
        unregister()
    assert clock_for("http://127.0.0.1:18089") is None


def test_registrations_nest(mock: MockServer) -> None:
    other = MockServer(MockConfig())
    try:
        outer = register_clock("http://127.0.0.1:18091", mock.clock)
        inner = register_clock("http://127.0.0.1:18091", other.clock)
        assert clock_for("http://127.0.0.1:18091") is other.clock
        inner()
        assert clock_for("http://127.0.0.1:18091") is mock.clock
        outer()
        assert clock_for("http://127.0.0.1:18091") is None
    finally:
        other.stop()


def test_an_explicit_clock_wins_over_the_registered_one(mock: MockServer) -> None:
    class Fixed:
        def monotonic(self) -> float:
            return 0.0

        def sleep(self, seconds: float) -> None:
            raise AssertionError("not expected to sleep")

    fixed = Fixed()
    with mock_databricks() as served:
        assert served.url is not None
        assert dbrest.Workspace(host=served.url, token=served.token, clock=fixed).clock is fixed
