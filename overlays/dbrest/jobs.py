"""``ws.jobs`` (Jobs API 2.1) and ``ws.jobs20`` (2.0): the generated operations plus ``wait_run``,
``run_now_and_wait``, ``submit_and_wait`` and lazy ``iter_jobs`` / ``iter_runs``.

A run is PENDING → RUNNING → TERMINATING → TERMINATED, or ends SKIPPED or INTERNAL_ERROR (2.1 adds BLOCKED,
WAITING_FOR_RETRY, QUEUED on the way). ``wait_run`` returns the run when it TERMINATED with SUCCESS and raises
:class:`RunFailed` with the state message otherwise. Its timeout defaults to none: runs legitimately take hours
and the job's own ``timeout_seconds`` bounds them on the server (databricks-sdk-py's 20-minute default is issue
#518; downstream tools inherited it, featureform #1100).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

from dbrest_client.api.jobs import AsyncJobsService as _GeneratedAsyncJobsService
from dbrest_client.api.jobs import JobsService as _GeneratedJobsService
from dbrest_client.api.jobs20 import AsyncJobs20Service as _GeneratedAsyncJobs20Service
from dbrest_client.api.jobs20 import Jobs20Service as _GeneratedJobs20Service

from .errors import OperationFailed
from .paging import _opt, aiter_offset, iter_offset
from .paging import _u as _unset
from .transport import AsyncClock, Clock, SystemAsyncClock, SystemClock
from .waiters import Backoff, poll, poll_async

if TYPE_CHECKING:
    from dbrest_client.client import AuthenticatedClient
    from dbrest_client.models.jobs_20_job import Jobs20Job
    from dbrest_client.models.jobs_20_run import Jobs20Run
    from dbrest_client.models.jobs_20_runs_submit_request import Jobs20RunsSubmitRequest
    from dbrest_client.models.jobs_21_job import Jobs21Job
    from dbrest_client.models.jobs_21_run import Jobs21Run
    from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest
    from dbrest_client.models.jobs_run_type import JobsRunType
    from dbrest_client.models.jobs_runs_submit_request import JobsRunsSubmitRequest
    from dbrest_client.types import Unset

#: Life-cycle states after which a run never changes again.
TERMINAL = frozenset({"TERMINATED", "SKIPPED", "INTERNAL_ERROR"})
#: Result states that mean the run did what it should.
SUCCESSFUL = frozenset({"SUCCESS", "SUCCESS_WITH_FAILURES"})
#: Jobs and runs lists answer at most 25 per page (2.0 runs allow more, 25 is valid everywhere).
PAGE = 25
HINTS = {
    "FAILED": "see ws.jobs.runs_get_output(run_id=...) (per task run for multi-task jobs) for the error and trace",
    "TIMEDOUT": "it ran longer than the job's timeout_seconds; raise it or make the task faster",
    "CANCELED": "it was cancelled (runs/cancel, or a user in the UI)",
    "SKIPPED": "another run of the job was active (max_concurrent_runs) or an upstream task failed",
    "INTERNAL_ERROR": "a failure on the Databricks side; run it again and report it if it persists",
    "UPSTREAM_FAILED": "a task it depends on failed",
    "UPSTREAM_CANCELED": "a task it depends on was cancelled",
    "MAXIMUM_CONCURRENT_RUNS_REACHED": "the job's max_concurrent_runs was reached",
}
Callback = Callable[[Any], None]


class RunFailed(OperationFailed):
    """A run ended without success. ``run`` is the final run; the states and message are copied out."""

    def __init__(self, message: str, run: Any) -> None:
        super().__init__(message)
        self.run = run
        self.life_cycle_state, self.result_state, self.state_message = _states(run)


def _states(run: Any) -> tuple[str, str, str]:
    state = _opt(run.state)
    if state is None:
        return "", "", ""
    return str(_opt(state.life_cycle_state) or ""), str(_opt(state.result_state) or ""), str(state.state_message or "")


def describe(run: Any) -> str:
    life, result, message = _states(run)
    text = life + (f"/{result}" if result else "")
    return text + (f" ({message})" if message else "")


def _run_done(run_id: int) -> Callable[[Any], bool]:
    def done(run: Any) -> bool:
        life, result, message = _states(run)
        if life not in TERMINAL:
            return False
        if life == "TERMINATED" and result in SUCCESSFUL:
            return True
        outcome = result if life == "TERMINATED" and result else life
        url = _opt(run.run_page_url)
        raise RunFailed(
            f"run {run_id} ended {life}"
            + (f" with result {result}" if result else "")
            + (f": {message.rstrip('.')}" if message else "")
            + f". {HINTS.get(outcome, 'check the run in the Databricks UI')}"
            + (f" ({url})" if url else ""),
            run,
        )

    return done


def _run_type(value: str | None) -> JobsRunType | Unset:
    from dbrest_client.models.jobs_run_type import JobsRunType

    return _unset(None if value is None else JobsRunType(value))


def _run_id(run: Any) -> int:
    return int(run.run_id)


def _job_id(job: Any) -> int:
    return int(job.job_id)


def _has_more(page: Any) -> bool:
    return bool(_opt(page.has_more))


class JobsService(_GeneratedJobsService):
    """``ws.jobs``: every generated Jobs 2.1 operation plus run waiters and lazy lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = Backoff()

    def wait_run(self, run_id: int, *, timeout: float | None = None, callback: Callback | None = None) -> Jobs21Run:
        """Poll ``runs/get`` until the run ends; returns it on SUCCESS, raises :class:`RunFailed` otherwise.

        ``timeout`` (seconds; default: as long as the run lasts) raises OperationTimeout and leaves the run
        running. Example::

            run_id = ws.jobs.run_now(body=JobsRunNowRequest(job_id=42)).run_id
            run = ws.jobs.wait_run(run_id, timeout=4 * 3600, callback=lambda r: print(r.state.life_cycle_state))
        """
        run: Jobs21Run = poll(
            lambda: self.runs_get(run_id=run_id),
            _run_done(run_id),
            timeout=float("inf") if timeout is None else timeout,
            what=f"run {run_id} to finish",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )
        return run

    def run_now_and_wait(
        self, *, body: JobsRunNowRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs21Run:
        """``run-now``, then :meth:`wait_run`. Example::

        run = ws.jobs.run_now_and_wait(body=JobsRunNowRequest(job_id=42), timeout=3600)
        """
        return self.wait_run(self.run_now(body=body).run_id, timeout=timeout, callback=callback)

    def submit_and_wait(
        self, *, body: JobsRunsSubmitRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs21Run:
        """``runs/submit``, then :meth:`wait_run`. Example::

        run = ws.jobs.submit_and_wait(body=JobsRunsSubmitRequest.from_dict({"tasks": [...]}))
        """
        return self.wait_run(self.runs_submit(body=body).run_id, timeout=timeout, callback=callback)

    def iter_jobs(
        self, *, name: str | None = None, expand_tasks: bool = False, page_size: int = PAGE
    ) -> Iterator[Jobs21Job]:
        """Every job (``name``: exact, case-insensitive), ``page_size`` per request, lazily. Example::

        for job in ws.jobs.iter_jobs(name="nightly"):
            print(job.job_id)
        """
        return iter_offset(
            lambda offset, limit: self.list(
                offset=offset, limit=limit, name=_unset(name), expand_tasks=_unset(expand_tasks or None)
            ),
            lambda page: _opt(page.jobs),
            _has_more,
            limit=page_size,
            key=_job_id,
        )

    def iter_runs(
        self,
        *,
        job_id: int | None = None,
        active_only: bool = False,
        completed_only: bool = False,
        run_type: str | None = None,
        start_time_from: int | None = None,
        start_time_to: int | None = None,
        expand_tasks: bool = False,
        page_size: int = PAGE,
    ) -> Iterator[Jobs21Run]:
        """Runs, newest first, ``page_size`` per request, lazily; a run is never yielded twice even when new
        runs shift the pages meanwhile. Example::

            failed = [r for r in ws.jobs.iter_runs(job_id=42, completed_only=True)
                      if r.state and r.state.result_state == "FAILED"]
        """
        return iter_offset(
            lambda offset, limit: self.runs_list(
                offset=offset,
                limit=limit,
                job_id=_unset(job_id),
                active_only=_unset(active_only or None),
                completed_only=_unset(completed_only or None),
                run_type=_run_type(run_type),
                start_time_from=_unset(start_time_from),
                start_time_to=_unset(start_time_to),
                expand_tasks=_unset(expand_tasks or None),
            ),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )


class Jobs20Service(_GeneratedJobs20Service):
    """``ws.jobs20``: every generated Jobs 2.0 operation plus the same waiters and lazy lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = Backoff()

    def wait_run(self, run_id: int, *, timeout: float | None = None, callback: Callback | None = None) -> Jobs20Run:
        """See :meth:`JobsService.wait_run`. Example: ``ws.jobs20.wait_run(run_id, timeout=3600)``."""
        run: Jobs20Run = poll(
            lambda: self.runs_get(run_id=run_id),
            _run_done(run_id),
            timeout=float("inf") if timeout is None else timeout,
            what=f"run {run_id} to finish",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )
        return run

    def run_now_and_wait(
        self, *, body: JobsRunNowRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs20Run:
        """``run-now``, then :meth:`wait_run`."""
        return self.wait_run(self.run_now(body=body).run_id, timeout=timeout, callback=callback)

    def submit_and_wait(
        self, *, body: Jobs20RunsSubmitRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs20Run:
        """``runs/submit``, then :meth:`wait_run`."""
        return self.wait_run(self.runs_submit(body=body).run_id, timeout=timeout, callback=callback)

    def iter_jobs(self, *, expand_tasks: bool = False, page_size: int = PAGE) -> Iterator[Jobs20Job]:
        """Every job, ``page_size`` per request, lazily (a 2020 server answers all at once: one request)."""
        return iter_offset(
            lambda offset, limit: self.list(offset=offset, limit=limit, expand_tasks=_unset(expand_tasks or None)),
            lambda page: _opt(page.jobs),
            _has_more,
            limit=page_size,
            key=_job_id,
        )

    def iter_runs(
        self,
        *,
        job_id: int | None = None,
        active_only: bool = False,
        completed_only: bool = False,
        run_type: str | None = None,
        start_time_from: int | None = None,
        start_time_to: int | None = None,
        page_size: int = PAGE,
    ) -> Iterator[Jobs20Run]:
        """See :meth:`JobsService.iter_runs`."""
        return iter_offset(
            lambda offset, limit: self.runs_list(
                offset=offset,
                limit=limit,
                job_id=_unset(job_id),
                active_only=_unset(active_only or None),
                completed_only=_unset(completed_only or None),
                run_type=_run_type(run_type),
                start_time_from=_unset(start_time_from),
                start_time_to=_unset(start_time_to),
            ),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )


class AsyncJobsService(_GeneratedAsyncJobsService):
    """``AsyncWorkspace.jobs``: the async Jobs 2.1 operations plus the same waiters and lazy lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = Backoff()

    async def wait_run(
        self, run_id: int, *, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs21Run:
        """The async twin of :meth:`JobsService.wait_run`."""
        run: Jobs21Run = await poll_async(
            lambda: self.runs_get(run_id=run_id),
            _run_done(run_id),
            timeout=float("inf") if timeout is None else timeout,
            what=f"run {run_id} to finish",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )
        return run

    async def run_now_and_wait(
        self, *, body: JobsRunNowRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs21Run:
        """The async twin of :meth:`JobsService.run_now_and_wait`."""
        started = await self.run_now(body=body)
        return await self.wait_run(started.run_id, timeout=timeout, callback=callback)

    async def submit_and_wait(
        self, *, body: JobsRunsSubmitRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs21Run:
        """The async twin of :meth:`JobsService.submit_and_wait`."""
        started = await self.runs_submit(body=body)
        return await self.wait_run(started.run_id, timeout=timeout, callback=callback)

    def iter_jobs(
        self, *, name: str | None = None, expand_tasks: bool = False, page_size: int = PAGE
    ) -> AsyncIterator[Jobs21Job]:
        """The async twin of :meth:`JobsService.iter_jobs`: ``async for job in ws.jobs.iter_jobs(): ...``."""
        return aiter_offset(
            lambda offset, limit: self.list(
                offset=offset, limit=limit, name=_unset(name), expand_tasks=_unset(expand_tasks or None)
            ),
            lambda page: _opt(page.jobs),
            _has_more,
            limit=page_size,
            key=_job_id,
        )

    def iter_runs(
        self,
        *,
        job_id: int | None = None,
        active_only: bool = False,
        completed_only: bool = False,
        run_type: str | None = None,
        start_time_from: int | None = None,
        start_time_to: int | None = None,
        expand_tasks: bool = False,
        page_size: int = PAGE,
    ) -> AsyncIterator[Jobs21Run]:
        """The async twin of :meth:`JobsService.iter_runs`."""
        return aiter_offset(
            lambda offset, limit: self.runs_list(
                offset=offset,
                limit=limit,
                job_id=_unset(job_id),
                active_only=_unset(active_only or None),
                completed_only=_unset(completed_only or None),
                run_type=_run_type(run_type),
                start_time_from=_unset(start_time_from),
                start_time_to=_unset(start_time_to),
                expand_tasks=_unset(expand_tasks or None),
            ),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )


class AsyncJobs20Service(_GeneratedAsyncJobs20Service):
    """``AsyncWorkspace.jobs20``: the async Jobs 2.0 operations plus the same waiters and lazy lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = Backoff()

    async def wait_run(
        self, run_id: int, *, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs20Run:
        """The async twin of :meth:`Jobs20Service.wait_run`."""
        run: Jobs20Run = await poll_async(
            lambda: self.runs_get(run_id=run_id),
            _run_done(run_id),
            timeout=float("inf") if timeout is None else timeout,
            what=f"run {run_id} to finish",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )
        return run

    async def run_now_and_wait(
        self, *, body: JobsRunNowRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs20Run:
        """The async twin of :meth:`Jobs20Service.run_now_and_wait`."""
        started = await self.run_now(body=body)
        return await self.wait_run(started.run_id, timeout=timeout, callback=callback)

    async def submit_and_wait(
        self, *, body: Jobs20RunsSubmitRequest, timeout: float | None = None, callback: Callback | None = None
    ) -> Jobs20Run:
        """The async twin of :meth:`Jobs20Service.submit_and_wait`."""
        started = await self.runs_submit(body=body)
        return await self.wait_run(started.run_id, timeout=timeout, callback=callback)

    def iter_jobs(self, *, expand_tasks: bool = False, page_size: int = PAGE) -> AsyncIterator[Jobs20Job]:
        """The async twin of :meth:`Jobs20Service.iter_jobs`."""
        return aiter_offset(
            lambda offset, limit: self.list(offset=offset, limit=limit, expand_tasks=_unset(expand_tasks or None)),
            lambda page: _opt(page.jobs),
            _has_more,
            limit=page_size,
            key=_job_id,
        )

    def iter_runs(
        self,
        *,
        job_id: int | None = None,
        active_only: bool = False,
        completed_only: bool = False,
        run_type: str | None = None,
        start_time_from: int | None = None,
        start_time_to: int | None = None,
        page_size: int = PAGE,
    ) -> AsyncIterator[Jobs20Run]:
        """The async twin of :meth:`Jobs20Service.iter_runs`."""
        return aiter_offset(
            lambda offset, limit: self.runs_list(
                offset=offset,
                limit=limit,
                job_id=_unset(job_id),
                active_only=_unset(active_only or None),
                completed_only=_unset(completed_only or None),
                run_type=_run_type(run_type),
                start_time_from=_unset(start_time_from),
                start_time_to=_unset(start_time_to),
            ),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )
