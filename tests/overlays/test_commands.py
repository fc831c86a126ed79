"""1.2 execution through ws.commands: one-shot execute, a shared context, error results, multipart command
files, and cancellation (timeout, KeyboardInterrupt, task cancellation) that always destroys the context."""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import dbrest
import httpx
import pytest
from dbrest.commands import CommandError
from dbrest_client.models.clusters_create_request import ClustersCreateRequest
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN, USER
from tests.overlays.sides import both_workspaces
from tests.overlays.test_waiters import CLUSTER, AsyncMockClock, MockClock


class Recorder(httpx.BaseTransport):
    """Remembers every request that reaches the mock (method, path, content type)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.seen: list[tuple[str, str, str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path, request.headers.get("content-type", "")))
        return self.inner.handle_request(request)

    def paths(self) -> list[str]:
        return [path for _, path, _ in self.seen]


class AsyncRecorder(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.seen: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.url.path)
        return await self.inner.handle_async_request(request)


def make_mock(**config: Any) -> MockServer:
    return MockServer(MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True, **config))


@pytest.fixture
def slow_mock() -> Iterator[MockServer]:
    """Commands take ten minutes: long enough to time out or be interrupted."""
    server = make_mock(duration_overrides={"commands.run": 600.0})
    yield server
    server.stop()


Start = Callable[..., tuple[Any, Recorder, str, MockClock]]


@pytest.fixture(params=["sync", "async"])
def start(request: pytest.FixtureRequest) -> Iterator[Start]:
    """``start(mock)``: a workspace with a running cluster on a virtual clock, ``(ws, recorder, cid, clock)``. A
    test that takes it runs twice: on ``dbrest.Workspace`` and on ``AsyncWorkspace`` (through sides.Synced)."""
    with contextlib.ExitStack() as stack:

        def started(mock: MockServer, clock: MockClock | None = None, *, running: bool = True) -> Any:
            clock = clock or (AsyncMockClock(mock) if request.param == "async" else MockClock(mock))
            recorder = Recorder(mock.transport())
            workspaces = both_workspaces(request.param, mock, recorder, clock=clock, async_clock=clock)
            ws = next(workspaces)
            stack.callback(workspaces.close)
            cid = ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER)).cluster_id
            if running:
                ws.clusters.wait_running(cid)
            return ws, recorder, cid, clock

        yield started


def setup(mock: MockServer, clock: MockClock | None = None) -> tuple[dbrest.Workspace, Recorder, str, MockClock]:
    """The sync client alone (for what only it has: a KeyboardInterrupt in the middle of a poll)."""
    clock = clock or MockClock(mock)
    recorder = Recorder(mock.transport())
    ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=recorder, clock=clock)
    cid = ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER)).cluster_id
    ws.clusters.wait_running(cid)
    return ws, recorder, cid, clock


def open_contexts(mock: MockServer) -> dict[str, Any]:
    contexts: dict[str, Any] = mock.env.service("commands").contexts  # type: ignore[attr-defined]
    return contexts


def test_execute_runs_one_command_in_a_context_it_destroys(start: Start, mock: MockServer) -> None:
    ws, recorder, cid, _ = start(mock)
    recorder.seen.clear()
    result = ws.commands.execute(cid, "print('hello', 42)")
    assert str(result.result_type) == "text" and result.data == "hello 42"
    assert open_contexts(mock) == {}
    paths = recorder.paths()
    assert paths[0] == "/api/1.2/contexts/create" and paths[-1] == "/api/1.2/contexts/destroy"
    assert "/api/1.2/commands/execute" in paths and "/api/1.2/commands/cancel" not in paths


def test_sql_results_are_typed_tables(start: Start, mock: MockServer) -> None:
    ws, _, cid, _ = start(mock)
    result = ws.commands.execute(cid, "SELECT 1 AS one, 'x' AS s", language="sql")
    assert str(result.result_type) == "table" and result.data == [[1, "x"]]
    assert [c.name for c in result.schema or []] == ["one", "s"]


def test_error_results_raise_with_the_summary_unless_check_is_off(start: Start, mock: MockServer) -> None:
    ws, _, cid, _ = start(mock)
    with pytest.raises(CommandError) as e:
        ws.commands.execute(cid, "def broken(:")
    assert "SyntaxError" in str(e.value) and "check=False" in str(e.value) and e.value.cause
    assert isinstance(e.value, dbrest.OperationFailed)
    assert str(ws.commands.execute(cid, "def broken(:", check=False).result_type) == "error"
    assert open_contexts(mock) == {}


def test_a_context_keeps_state_between_commands(start: Start) -> None:
    # Real evaluation (opt-in execute_python): the second command sees the first one's variable.
    mock = make_mock(execute_python=True)
    try:
        ws, _, cid, _ = start(mock)
        with ws.commands.context(cid, "python") as ctx:
            assert ctx.id in open_contexts(mock)
            ctx.run("x = 41")
            assert ctx.run("print(x + 1)").data == "42"
            with pytest.raises(CommandError, match="NameError"):
                ctx.run("print(y)")
            assert ctx.run("x").data == "41"  # an error result does not end the context
        assert open_contexts(mock) == {}
    finally:
        mock.stop()


def test_command_file_goes_as_a_multipart_file_part(start: Start, mock: MockServer, tmp_path: Path) -> None:
    ws, recorder, cid, _ = start(mock)
    script = tmp_path / "job.py"
    script.write_text("print('from a file')\n")
    recorder.seen.clear()
    assert ws.commands.execute(cid, file=script).data == "from a file"
    (kind,) = [ct for _, path, ct in recorder.seen if path == "/api/1.2/commands/execute"]
    assert kind.startswith("multipart/form-data; boundary=")
    assert ws.commands.execute(cid, file=io.BytesIO(b"print(7)"), language="python").data == "7"
    with pytest.raises(ValueError, match="exactly one"):
        ws.commands.execute(cid, "print(1)", file=script)


def test_timeout_cancels_the_command_and_destroys_the_context(start: Start, slow_mock: MockServer) -> None:
    ws, recorder, cid, clock = start(slow_mock)
    recorder.seen.clear()
    start = clock.now
    with pytest.raises(dbrest.OperationTimeout):
        ws.commands.execute(cid, "print(1)", timeout=30)
    assert clock.now - start == pytest.approx(30)  # the whole call, context start included
    paths = recorder.paths()
    assert paths.index("/api/1.2/commands/cancel") < paths.index("/api/1.2/contexts/destroy")
    assert open_contexts(slow_mock) == {}


def test_keyboard_interrupt_cancels_and_destroys(slow_mock: MockServer) -> None:
    ws, recorder, cid, clock = setup(slow_mock)
    clock.interrupt_at = clock.now + 20
    recorder.seen.clear()
    with pytest.raises(KeyboardInterrupt), ws.commands.context(cid) as ctx:
        ctx.run("print(1)")
    assert recorder.paths()[-2:] == ["/api/1.2/commands/cancel", "/api/1.2/contexts/destroy"]
    assert open_contexts(slow_mock) == {}


def test_a_starting_cluster_is_waited_for_and_a_dead_one_is_an_error(start: Start, mock: MockServer) -> None:
    ws, _, cid, clock = start(mock, running=False)
    assert ws.commands.execute(cid, "print('up')").data == "up"  # ClusterNotReadyException was retried
    assert clock.now >= 300
    from dbrest_client.models.clusters_id_request import ClustersIdRequest

    ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))
    with pytest.raises(dbrest.BadRequest, match="terminating"):
        ws.commands.execute(cid, "print('down')")


def test_async_execute_context_and_task_cancellation(slow_mock: MockServer) -> None:
    async def scenario() -> None:
        clock = AsyncMockClock(slow_mock)
        recorder = AsyncRecorder(slow_mock.async_transport())
        ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=recorder, clock=clock)
        cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        await ws.clusters.wait_running(cid)
        with pytest.raises(dbrest.OperationTimeout):
            await ws.commands.execute(cid, "print(1)", timeout=60)
        assert open_contexts(slow_mock) == {}

        async with ws.commands.context(cid, "python") as ctx:
            recorder.seen.clear()
            task = asyncio.create_task(ctx.run("print(2)"))
            while "/api/1.2/commands/status" not in recorder.seen:
                await asyncio.sleep(0)  # yields to the task; no time passes
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        assert recorder.seen[-2:] == ["/api/1.2/commands/cancel", "/api/1.2/contexts/destroy"]
        assert open_contexts(slow_mock) == {}
        await ws.aclose()

    asyncio.run(scenario())


def test_async_execute_returns_results(mock: MockServer) -> None:
    async def scenario() -> None:
        clock = AsyncMockClock(mock)
        ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport(), clock=clock)
        cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        await ws.clusters.wait_running(cid)
        assert (await ws.commands.execute(cid, "print('async')")).data == "async"
        assert (await ws.commands.execute(cid, file=io.BytesIO(b"print(3)"))).data == "3"
        with pytest.raises(CommandError):
            await ws.commands.execute(cid, "1 +")
        assert open_contexts(mock) == {}
        await ws.aclose()

    asyncio.run(scenario())
