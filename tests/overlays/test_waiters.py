"""Waiters against the mock's real life cycles. The clock's sleep advances the mock's virtual clock, so the
poller and the mock move together in exact steps: nothing sleeps, and a timeout is exactly the time waited."""

from __future__ import annotations

import asyncio
import io
import statistics
from collections.abc import Callable
from typing import Any

import dbrest
import pytest
from dbrest.clusters import ClusterFailed
from dbrest.commands import CommandFailed, ContextFailed
from dbrest.libraries import LibraryInstallFailed, install_done
from dbrest_client.models.clusters_create_request import ClustersCreateRequest
from dbrest_client.models.clusters_id_request import ClustersIdRequest
from dbrest_client.models.clusters_restart_request import ClustersRestartRequest
from dbrest_client.models.commands_12_language import Commands12Language
from dbrest_client.models.commands_execute_request import CommandsExecuteRequest
from dbrest_client.models.contexts_create_request import ContextsCreateRequest
from dbrest_client.models.libraries_cluster_library_statuses import LibrariesClusterLibraryStatuses
from dbrest_client.models.library import Library
from dbrest_mock import MockServer

from tests.conftest import TOKEN

CLUSTER = {"cluster_name": "w", "spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_D3_v2", "num_workers": 1}


class MockClock:
    """Virtual time shared with the mock: ``sleep(s)`` is ``mock.advance(s)``. ``interrupt_at`` raises
    KeyboardInterrupt from the sleep that would pass that time (a Ctrl-C while the poller waits)."""

    def __init__(self, mock: MockServer, interrupt_at: float | None = None) -> None:
        self.mock = mock
        self.now = 0.0
        self.sleeps: list[float] = []
        self.interrupt_at = interrupt_at

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if self.interrupt_at is not None and self.now + seconds >= self.interrupt_at:
            raise KeyboardInterrupt
        self.sleeps.append(seconds)
        self.now += seconds
        self.mock.advance(seconds)


class AsyncMockClock(MockClock):
    async def sleep(self, seconds: float) -> None:  # type: ignore[override]
        MockClock.sleep(self, seconds)


def workspace(mock: MockServer, clock: MockClock) -> dbrest.Workspace:
    return dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=mock.transport(), clock=clock)


def async_workspace(mock: MockServer, clock: AsyncMockClock) -> dbrest.AsyncWorkspace:
    return dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport(), clock=clock)


def new_cluster(ws: dbrest.Workspace, mock: MockServer, *, running: bool = False) -> str:
    cid = ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER)).cluster_id
    if running:
        mock.advance(300)
    return cid


def states(seen: list[Any]) -> list[str]:
    return [str(x.state) for x in seen]


# --- clusters ----------------------------------------------------------------------------------------------


def test_wait_running_polls_until_running(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock)
    seen: list[Any] = []
    info = ws.clusters.wait_running(cid, callback=seen.append)
    assert str(info.state) == "RUNNING"
    assert set(states(seen[:-1])) == {"PENDING"} and states(seen)[-1] == "RUNNING"
    # The mock's start takes 300 s; the poller saw it within one (capped, jittered) interval of that.
    assert 300 <= clock.now <= 300 + 11


def test_wait_running_raises_the_termination_reason(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock)

    def terminate_on_first_poll(info: Any) -> None:
        if str(info.state) == "PENDING" and clock.now == 0:
            ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))

    with pytest.raises(ClusterFailed) as e:
        ws.clusters.wait_running(cid, callback=terminate_on_first_poll)
    assert isinstance(e.value, dbrest.OperationFailed)
    assert "TERMINATING" in str(e.value) and "USER_REQUEST" in str(e.value)
    assert str(e.value.cluster.state) == "TERMINATING"


def test_wait_running_times_out_exactly_and_says_what_it_saw(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock)
    with pytest.raises(dbrest.OperationTimeout) as e:
        ws.clusters.wait_running(cid, timeout=60)
    assert clock.now == pytest.approx(60)
    assert "60s" in str(e.value) and "RUNNING" in str(e.value) and "last seen: PENDING" in str(e.value)


def test_wait_terminated_and_its_timeout(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))
    with pytest.raises(dbrest.OperationTimeout):
        ws.clusters.wait_terminated(cid, timeout=5)
    info = ws.clusters.wait_terminated(cid)
    assert str(info.state) == "TERMINATED" and info.termination_reason
    assert str(info.termination_reason.code) == "USER_REQUEST"


def test_wait_terminated_fails_on_error_state(mock: MockServer) -> None:
    # The mock (like Databricks today) never reports ERROR; the waiter's decision is checked on the model.
    from dbrest._generated.clusters import WAIT_TERMINATED
    from dbrest_client.models.cluster_info import ClusterInfo

    done = WAIT_TERMINATED.done("c1")
    assert done(ClusterInfo.from_dict({"cluster_id": "c1", "state": "TERMINATED"}))
    assert not done(ClusterInfo.from_dict({"cluster_id": "c1", "state": "TERMINATING"}))
    with pytest.raises(ClusterFailed, match="ERROR"):
        done(ClusterInfo.from_dict({"cluster_id": "c1", "state": "ERROR", "state_message": "boom"}))


def test_ensure_running_starts_a_terminated_cluster_within_one_deadline(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))  # TERMINATING: waits, then starts
    assert str(ws.clusters.ensure_running(cid).state) == "RUNNING"
    assert str(ws.clusters.ensure_running(cid).state) == "RUNNING"  # already running: one request
    ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))
    before = clock.now
    with pytest.raises(dbrest.OperationTimeout):
        ws.clusters.ensure_running(cid, timeout=120)  # 60 s terminating + 300 s start > 120 s in total
    assert clock.now - before == pytest.approx(120)


def test_async_cluster_waiters(mock: MockServer) -> None:
    async def scenario() -> None:
        clock = AsyncMockClock(mock)
        ws = async_workspace(mock, clock)
        cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        with pytest.raises(dbrest.OperationTimeout):
            await ws.clusters.wait_running(cid, timeout=30)
        assert str((await ws.clusters.wait_running(cid)).state) == "RUNNING"
        await ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))
        with pytest.raises(ClusterFailed, match="USER_REQUEST"):
            await ws.clusters.wait_running(cid)
        assert str((await ws.clusters.wait_terminated(cid)).state) == "TERMINATED"
        other = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        with pytest.raises(dbrest.OperationTimeout, match="PENDING"):
            await ws.clusters.wait_terminated(other, timeout=30)  # it is starting, not stopping
        await ws.aclose()

    asyncio.run(scenario())


# --- 1.2 contexts and commands -----------------------------------------------------------------------------


def new_context(ws: dbrest.Workspace, cid: str) -> str:
    return ws.contexts.create(body=ContextsCreateRequest(language=Commands12Language.PYTHON, cluster_id=cid)).id


def run(ws: dbrest.Workspace, cid: str, ctx: str, command: str) -> str:
    body = CommandsExecuteRequest(language=Commands12Language.PYTHON, cluster_id=cid, context_id=ctx, command=command)
    return ws.commands.execute(body=body).id


def test_context_wait_success_failure_and_timeout(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    ctx = new_context(ws, cid)
    with pytest.raises(dbrest.OperationTimeout):
        ws.contexts.wait(cid, ctx, timeout=1)  # the mock's REPL takes 5 s to start
    assert str(ws.contexts.wait(cid, ctx).status) == "Running"
    ctx2 = new_context(ws, cid)
    ws.clusters.restart(body=ClustersRestartRequest(cluster_id=cid))  # contexts die with a restart
    with pytest.raises(ContextFailed, match="ensure_running"):
        ws.contexts.wait(cid, ctx2)


def test_command_wait_success_failure_cancel_and_timeout(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    ctx = new_context(ws, cid)
    ws.contexts.wait(cid, ctx)
    status = ws.commands.wait(cid, ctx, run(ws, cid, ctx, "print('hi')"))
    assert str(status.status) == "Finished" and status.results and status.results.data == "hi"

    slow = run(ws, cid, ctx, "print(1)")
    with pytest.raises(dbrest.OperationTimeout):
        ws.commands.wait(cid, ctx, slow, timeout=0.5)  # commands take 2 s in the mock
    from dbrest_client.models.commands_cancel_request import CommandsCancelRequest

    ws.commands.cancel(body=CommandsCancelRequest(cluster_id=cid, context_id=ctx, command_id=slow))
    with pytest.raises(CommandFailed) as cancelled:
        ws.commands.wait(cid, ctx, slow)
    assert cancelled.value.status == "Cancelled" and "cancelled" in str(cancelled.value)

    doomed = run(ws, cid, ctx, "print(2)")
    ws.clusters.delete(body=ClustersIdRequest(cluster_id=cid))  # the cluster dies under the command
    with pytest.raises(CommandFailed) as failed:
        ws.commands.wait(cid, ctx, doomed)
    assert failed.value.status == "Error"


def test_async_context_and_command_wait(mock: MockServer) -> None:
    async def scenario() -> None:
        clock = AsyncMockClock(mock)
        ws = async_workspace(mock, clock)
        cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        await ws.clusters.wait_running(cid)
        ctx = (
            await ws.contexts.create(body=ContextsCreateRequest(language=Commands12Language.PYTHON, cluster_id=cid))
        ).id
        assert str((await ws.contexts.wait(cid, ctx)).status) == "Running"
        body = CommandsExecuteRequest(language=Commands12Language.PYTHON, cluster_id=cid, context_id=ctx, command="1")
        command_id = (await ws.commands.execute(body=body)).id
        with pytest.raises(dbrest.OperationTimeout):
            await ws.commands.wait(cid, ctx, command_id, timeout=0.25)
        assert str((await ws.commands.wait(cid, ctx, command_id)).status) == "Finished"
        ctx2 = (
            await ws.contexts.create(body=ContextsCreateRequest(language=Commands12Language.PYTHON, cluster_id=cid))
        ).id
        with pytest.raises(dbrest.OperationTimeout):
            await ws.contexts.wait(cid, ctx2, timeout=1)  # the mock's REPL takes 5 s to start
        doomed = (await ws.commands.execute(body=body)).id
        await ws.clusters.restart(body=ClustersRestartRequest(cluster_id=cid))  # contexts die with a restart
        with pytest.raises(ContextFailed):
            await ws.contexts.wait(cid, ctx2)
        with pytest.raises(CommandFailed) as failed:
            await ws.commands.wait(cid, ctx, doomed)
        assert failed.value.status in ("Error", "Cancelled")
        await ws.aclose()

    asyncio.run(scenario())


# --- libraries ---------------------------------------------------------------------------------------------

PYPI = Library.from_dict({"pypi": {"package": "simplejson==3.8.0"}})
JAR = Library.from_dict({"jar": "dbfs:/mnt/libraries/library.jar"})


def test_wait_installed_success_and_timeout(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock)  # PENDING: libraries wait for the cluster
    from dbrest_client.models.libraries_install_request import LibrariesInstallRequest

    ws.libraries.install(body=LibrariesInstallRequest(cluster_id=cid, libraries=[PYPI]))
    with pytest.raises(dbrest.OperationTimeout, match="PENDING"):
        ws.libraries.wait_installed(cid, timeout=30)
    ws.clusters.wait_running(cid)
    ws.dbfs.upload(io.BytesIO(b"PK"), JAR.jar)  # type: ignore[arg-type]  # a jar that is not on DBFS fails
    final = ws.libraries.install_and_wait(cid, [JAR])  # waits for the jar only...
    by_kind = {next(iter(s.library.to_dict())): str(s.status) for s in final.library_statuses or [] if s.library}
    assert by_kind["jar"] == "INSTALLED"
    final = ws.libraries.wait_installed(cid)  # ...and then for all of the cluster's
    assert [str(s.status) for s in final.library_statuses or []] == ["INSTALLED", "INSTALLED"]


def test_wait_installed_raises_a_failed_install_with_its_messages(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    missing = Library.from_dict({"jar": "dbfs:/mnt/libraries/missing.jar"})
    with pytest.raises(LibraryInstallFailed, match=r"(?s)1 library failed to install .*FileNotFoundException") as e:
        ws.libraries.install_and_wait(cid, [PYPI, missing])
    assert [str(s.status) for s in e.value.failed] == ["FAILED"]

    async def scenario() -> None:
        aws = async_workspace(mock, AsyncMockClock(mock))
        with pytest.raises(LibraryInstallFailed, match=r"missing\.jar"):
            await aws.libraries.wait_installed(cid)
        with pytest.raises(dbrest.OperationTimeout):
            other = (await aws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
            from dbrest_client.models.libraries_install_request import LibrariesInstallRequest

            await aws.libraries.install(body=LibrariesInstallRequest(cluster_id=other, libraries=[PYPI]))
            await aws.libraries.wait_installed(other, timeout=30)  # the cluster is still PENDING
        await aws.aclose()

    asyncio.run(scenario())


def test_wait_installed_raises_every_failure_with_its_messages() -> None:
    # The decision on every failed library, checked on the spec's status shape.
    page = LibrariesClusterLibraryStatuses.from_dict(
        {
            "cluster_id": "c1",
            "library_statuses": [
                {"library": {"pypi": {"package": "nope==0.0"}}, "status": "FAILED", "messages": ["No matching dist"]},
                {"library": {"jar": "dbfs:/x.jar"}, "status": "INSTALLED"},
            ],
        }
    )
    with pytest.raises(LibraryInstallFailed) as e:
        install_done("c1", None)(page)
    assert "pypi:nope==0.0: No matching dist" in str(e.value) and len(e.value.failed) == 1
    assert install_done("c1", [Library.from_dict({"jar": "dbfs:/x.jar"})])(page)  # the failure is not watched
    pending = LibrariesClusterLibraryStatuses.from_dict(
        {"cluster_id": "c1", "library_statuses": [{"library": {"jar": "dbfs:/x.jar"}, "status": "RESOLVING"}]}
    )
    assert not install_done("c1", None)(pending)
    assert not install_done("c1", [PYPI])(pending)  # a watched library not listed yet keeps waiting


def test_async_wait_installed(mock: MockServer) -> None:
    async def scenario() -> None:
        clock = AsyncMockClock(mock)
        ws = async_workspace(mock, clock)
        cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        await ws.clusters.wait_running(cid)
        final = await ws.libraries.install_and_wait(cid, [PYPI], timeout=60)
        assert [str(s.status) for s in final.library_statuses or []] == ["INSTALLED"]
        await ws.aclose()

    asyncio.run(scenario())


# --- jobs runs ---------------------------------------------------------------------------------------------


def notebook_job(cid: str, **settings: Any) -> dict[str, Any]:
    task = {"task_key": "nb", "existing_cluster_id": cid, "notebook_task": {"notebook_path": "/Users/x/nightly"}}
    return {"name": "nightly", "tasks": [task], **settings}


def start_job(ws: dbrest.Workspace, cid: str, params: dict[str, str] | None = None, **settings: Any) -> int:
    from dbrest_client.models.jobs_create_request import JobsCreateRequest
    from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest

    job_id = ws.jobs.create(body=JobsCreateRequest.from_dict(notebook_job(cid, **settings))).job_id
    body: dict[str, Any] = {"job_id": job_id, "notebook_params": params or {}}
    return ws.jobs.run_now(body=JobsRunNowRequest.from_dict(body)).run_id


def test_wait_run_returns_the_successful_run(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    seen: list[str] = []
    run = ws.jobs.wait_run(start_job(ws, cid), callback=lambda r: seen.append(str(r.state.life_cycle_state)))
    assert run.state and str(run.state.life_cycle_state) == "TERMINATED" and str(run.state.result_state) == "SUCCESS"
    assert seen[0] == "PENDING" and "RUNNING" in seen and seen[-1] == "TERMINATED"
    assert 75 <= clock.now <= 75 + 11  # 10 s pending + 60 s running + 5 s cleanup


@pytest.mark.parametrize(
    ("setup", "life_cycle", "result", "words"),
    [
        ("failed", "TERMINATED", "FAILED", "runs_get_output"),
        ("timedout", "TERMINATED", "TIMEDOUT", "timeout_seconds"),
        ("canceled", "TERMINATED", "CANCELED", "cancelled"),
        ("skipped", "SKIPPED", "", "max_concurrent_runs"),
        ("internal", "INTERNAL_ERROR", "FAILED", "INTERNAL_ERROR"),
    ],
)
def test_wait_run_raises_every_unsuccessful_end(
    mock: MockServer, setup: str, life_cycle: str, result: str, words: str
) -> None:
    from dbrest.jobs import RunFailed
    from dbrest_client.models.jobs_run_id_request import JobsRunIdRequest

    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    callback = None
    if setup == "failed":
        run_id = start_job(ws, cid, {"dbrest_mock_result": "FAILED"})
    elif setup == "timedout":
        run_id = start_job(ws, cid, timeout_seconds=20)
    elif setup == "canceled":
        run_id = start_job(ws, cid)

        def callback(run: Any) -> None:
            if str(run.state.life_cycle_state) == "RUNNING":
                ws.jobs.runs_cancel(body=JobsRunIdRequest(run_id=run_id))

    elif setup == "skipped":
        # Jobs created through 2.2 queue runs at the limit by default; without the queue they are skipped.
        first = start_job(ws, cid, max_concurrent_runs=1, queue={"enabled": False})
        job_id = ws.jobs.runs_get(run_id=first).job_id
        from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest

        run_id = ws.jobs.run_now(body=JobsRunNowRequest(job_id=int(job_id or 0))).run_id
    else:
        # A single-task (2.0 format) run is its own task: the cluster vanishing ends it INTERNAL_ERROR.
        from dbrest_client.models.jobs_20_job_settings import Jobs20JobSettings
        from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest

        flat = {"name": "flat", "existing_cluster_id": cid, "notebook_task": {"notebook_path": "/Users/x/nb"}}
        job_id = ws.jobs20.create(body=Jobs20JobSettings.from_dict(flat)).job_id
        run_id = ws.jobs.run_now(body=JobsRunNowRequest(job_id=job_id)).run_id

        def callback(run: Any) -> None:
            if str(run.state.life_cycle_state) == "RUNNING":
                ws.clusters.permanent_delete(body=ClustersIdRequest(cluster_id=cid))

    with pytest.raises(RunFailed) as e:
        ws.jobs.wait_run(run_id, callback=callback)
    assert isinstance(e.value, dbrest.OperationFailed)
    assert (e.value.life_cycle_state, e.value.result_state) == (life_cycle, result)
    assert words in str(e.value) and f"run {run_id} ended {life_cycle}" in str(e.value)
    if e.value.state_message:
        assert e.value.state_message in str(e.value)


def test_wait_run_timeout_leaves_the_run_running(mock: MockServer) -> None:
    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    run_id = start_job(ws, cid)
    with pytest.raises(dbrest.OperationTimeout, match="RUNNING"):
        ws.jobs.wait_run(run_id, timeout=30)
    assert clock.now == pytest.approx(30)
    state = ws.jobs.runs_get(run_id=run_id).state
    assert state and str(state.life_cycle_state) == "RUNNING"
    assert str(ws.jobs.wait_run(run_id).state.result_state) == "SUCCESS"  # type: ignore[union-attr]


def test_jobs20_run_now_and_submit_and_wait(mock: MockServer) -> None:
    from dbrest.jobs import RunFailed
    from dbrest_client.models.jobs_20_job_settings import Jobs20JobSettings
    from dbrest_client.models.jobs_20_runs_submit_request import Jobs20RunsSubmitRequest
    from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest

    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    settings = {"name": "flat", "existing_cluster_id": cid, "notebook_task": {"notebook_path": "/Users/x/nb"}}
    job_id = ws.jobs20.create(body=Jobs20JobSettings.from_dict(settings)).job_id
    run = ws.jobs20.run_now_and_wait(body=JobsRunNowRequest(job_id=job_id))
    assert str(run.state.result_state) == "SUCCESS"  # type: ignore[union-attr]
    failing = {
        **settings,
        "run_name": "once",
        "notebook_task": {"notebook_path": "/Users/x/nb", "base_parameters": {"dbrest_mock_result": "FAILED"}},
    }
    del failing["name"]
    with pytest.raises(RunFailed, match="FAILED"):
        ws.jobs20.submit_and_wait(body=Jobs20RunsSubmitRequest.from_dict(failing))
    with pytest.raises(dbrest.OperationTimeout):
        ws.jobs20.run_now_and_wait(body=JobsRunNowRequest(job_id=job_id), timeout=5)


def test_async_wait_run(mock: MockServer) -> None:
    from dbrest.jobs import RunFailed
    from dbrest_client.models.jobs_create_request import JobsCreateRequest
    from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest
    from dbrest_client.models.jobs_runs_submit_request import JobsRunsSubmitRequest

    async def scenario() -> None:
        clock = AsyncMockClock(mock)
        ws = async_workspace(mock, clock)
        cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        await ws.clusters.wait_running(cid)
        settings = notebook_job(cid, max_concurrent_runs=2)  # the timed-out run keeps running
        job_id = (await ws.jobs.create(body=JobsCreateRequest.from_dict(settings))).job_id
        with pytest.raises(dbrest.OperationTimeout):
            await ws.jobs.run_now_and_wait(body=JobsRunNowRequest(job_id=job_id), timeout=1)
        run = await ws.jobs.run_now_and_wait(body=JobsRunNowRequest(job_id=job_id))
        assert str(run.state.result_state) == "SUCCESS"  # type: ignore[union-attr]
        submit = {"run_name": "once", "tasks": notebook_job(cid)["tasks"]}
        submit["tasks"][0]["notebook_task"]["base_parameters"] = {"dbrest_mock_result": "FAILED"}
        with pytest.raises(RunFailed, match="FAILED"):
            await ws.jobs.submit_and_wait(body=JobsRunsSubmitRequest.from_dict(submit))
        await ws.aclose()

    asyncio.run(scenario())


# --- the generated waiters' schedule and <op>_and_wait, sync and async -----------------------------------------


def polls_until(change_at: float, interval: Callable[[int], float]) -> tuple[int, float]:
    """A poll loop with ``interval(attempt)`` between polls: the polls it makes and the time it returns for a
    change at ``change_at`` seconds."""
    now, attempt = 0.0, 1
    while now < change_at:
        now += interval(attempt)
        attempt += 1
    return attempt, now


def sdk_interval(jitter: float) -> Callable[[int], float]:
    """databricks-sdk 0.162.0's ``wait_get_cluster_running`` (service/compute.py): ``sleep = attempt``, capped at 10,
    then ``time.sleep(sleep + random.random())``; ``random.random()`` fixed at ``jitter``."""
    return lambda attempt: min(attempt, 10) + jitter


@pytest.mark.parametrize("jitter", [0.0, 0.5, 0.999])
@pytest.mark.parametrize("horizon", [12.0, 60.0, 300.0, 1200.0])
def test_the_schedule_waits_no_longer_than_the_sdks_for_at_most_1_5_times_its_polls(
    jitter: float, horizon: float
) -> None:
    # issue 18 item 6: over every moment a state can change (a 0.25 s grid up to the horizon), the median and mean
    # delay from the change to the waiter returning are at most the SDK's, with at most 1.5x its polls.
    from dbrest.waiters import Schedule

    ours, sdk = Schedule(jitter=lambda: jitter).interval, sdk_interval(jitter)
    grid = [i * 0.25 for i in range(int(horizon * 4) + 1)]
    mine = [polls_until(t, ours) for t in grid]
    theirs = [polls_until(t, sdk) for t in grid]
    delay = [at - t for t, (_, at) in zip(grid, mine, strict=True)]
    sdk_delay = [at - t for t, (_, at) in zip(grid, theirs, strict=True)]
    assert statistics.median(delay) <= statistics.median(sdk_delay)
    assert statistics.mean(delay) <= statistics.mean(sdk_delay)
    assert sum(n for n, _ in mine) <= 1.5 * sum(n for n, _ in theirs)


@pytest.mark.parametrize("side", ["sync", "async"])
@pytest.mark.parametrize("jitter", [0.0, 0.5])
def test_a_waiter_polls_on_its_schedule(mock: MockServer, side: str, jitter: float) -> None:
    # The mock's cluster start takes 300 s (its realistic duration): the waiter returns on its first poll at or after
    # it, having polled exactly as its schedule says, on the workspace's clock.
    from dbrest.waiters import Schedule

    schedule = Schedule(jitter=lambda: jitter)
    polls, returned_at = polls_until(300.0, schedule.interval)
    if side == "sync":
        clock = MockClock(mock)
        ws = workspace(mock, clock)
        ws.clusters.schedule = schedule
        seen: list[Any] = []
        ws.clusters.create_and_wait(callback=seen.append, **CLUSTER)
    else:
        clock = AsyncMockClock(mock)

        async def scenario() -> list[Any]:
            aws = async_workspace(mock, clock)
            aws.clusters.schedule = schedule
            seen: list[Any] = []
            await aws.clusters.create_and_wait(callback=seen.append, **CLUSTER)
            await aws.aclose()
            return seen

        seen = asyncio.run(scenario())
    assert len(seen) == polls and states(seen)[-1] == "RUNNING"
    assert clock.now == pytest.approx(returned_at)


@pytest.mark.parametrize("side", ["sync", "async"])
def test_and_wait_methods_take_the_operations_arguments(mock: MockServer, side: str) -> None:
    async def scenario(ws: Any, awaitable: Callable[[Any], Any]) -> None:
        info = await awaitable(ws.clusters.create_and_wait(**CLUSTER, timeout=600))
        cid = info.cluster_id
        assert str(info.state) == "RUNNING"
        # the id from the request: positional, keyword or in body=
        assert str((await awaitable(ws.clusters.restart_and_wait(cid))).state) == "RUNNING"
        done = await awaitable(ws.clusters.delete_and_wait(body=ClustersIdRequest(cluster_id=cid)))
        assert str(done.state) == "TERMINATED"
        assert str((await awaitable(ws.clusters.start_and_wait(cluster_id=cid))).state) == "RUNNING"
        job = await awaitable(ws.jobs.create(**notebook_job(cid)))
        run = await awaitable(ws.jobs.run_now_and_wait(job.job_id))  # the job_id field, positional
        assert str(run.state.result_state) == "SUCCESS"
        with pytest.raises(dbrest.OperationTimeout, match=f"cluster {cid} to be TERMINATED"):
            await awaitable(ws.clusters.delete_and_wait(cid, timeout=5))

    async def same(value: Any) -> Any:
        return value

    async def awaited(value: Any) -> Any:
        return await value

    if side == "sync":
        asyncio.run(scenario(workspace(mock, MockClock(mock)), same))
    else:

        async def run_async() -> None:
            aws = async_workspace(mock, AsyncMockClock(mock))
            await scenario(aws, awaited)
            await aws.aclose()

        asyncio.run(run_async())


def test_a_waiter_keeps_polling_through_a_state_it_does_not_know() -> None:
    # Forward compatibility: a state Databricks adds later is neither the target nor a failure.
    from dbrest._generated.clusters import WAIT_RUNNING
    from dbrest_client.models.cluster_info import ClusterInfo

    done = WAIT_RUNNING.done("c1")
    assert not done(ClusterInfo.from_dict({"cluster_id": "c1", "state": "HIBERNATING"}))
    assert done(ClusterInfo.from_dict({"cluster_id": "c1", "state": "RUNNING"}))
    with pytest.raises(ClusterFailed, match=r"cluster c1 is TERMINATED: idle \(code INACTIVITY"):
        done(
            ClusterInfo.from_dict(
                {
                    "cluster_id": "c1",
                    "state": "TERMINATED",
                    "state_message": "idle",
                    "termination_reason": {"code": "INACTIVITY"},
                }
            )
        )


def test_runs_repair_and_wait_waits_for_the_repaired_run(mock: MockServer) -> None:
    # databricks-sdk 0.162.0's JobsAPI.repair_run returns a Wait on the run (jobs.py): the run id is the request's.
    from dbrest.jobs import RunFailed

    clock = MockClock(mock)
    ws = workspace(mock, clock)
    cid = new_cluster(ws, mock, running=True)
    run_id = start_job(ws, cid, {"dbrest_mock_result": "FAILED"})
    with pytest.raises(RunFailed):
        ws.jobs.wait_run(run_id)
    repaired = ws.jobs.runs_repair_and_wait(
        run_id, rerun_all_failed_tasks=True, notebook_params={"dbrest_mock_result": "SUCCESS"}
    )
    assert repaired.run_id == run_id and str(repaired.state.result_state) == "SUCCESS"  # type: ignore[union-attr]
