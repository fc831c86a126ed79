"""``ws.jobs`` (Jobs API 2.2, as databricks-sdk 0.162.0 speaks it), ``ws.jobs21`` and ``ws.jobs20``: the generated
operations plus ``wait_run``, ``run_now_and_wait``, ``submit_and_wait`` and lazy ``iter_jobs`` / ``iter_runs``.
``ws.jobs.get`` and ``ws.jobs.runs_get`` read every 2.2 page and return the whole job or run (jobs_pages.py).

A run is PENDING → RUNNING → TERMINATING → TERMINATED, or ends SKIPPED or INTERNAL_ERROR (2.1 adds BLOCKED,
WAITING_FOR_RETRY, QUEUED on the way). ``wait_run`` returns the run when it TERMINATED with SUCCESS and raises
:class:`RunFailed` with the state message otherwise. Its timeout defaults to none: runs legitimately take hours
and the job's own ``timeout_seconds`` bounds them on the server (databricks-sdk-py's 20-minute default is issue
#518; downstream tools inherited it, featureform #1100).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from dbrest_client.api.jobs import JobsService as _GeneratedJobsService
from dbrest_client.api.jobs20 import Jobs20Service as _GeneratedJobs20Service
from dbrest_client.api.jobs21 import Jobs21Service as _GeneratedJobs21Service
from dbrest_client.types import UNSET

from .errors import OperationFailed
from .jobs_pages import iter_listed, whole_job, whole_run
from .paging import _opt, iter_offset
from .paging import _u as _unset
from .transport import AsyncClock, Clock, SystemClock
from .waiters import Backoff, poll, poll_async

if TYPE_CHECKING:
    from dbrest_client.client import AuthenticatedClient
    from dbrest_client.models.jobs_20_job import Jobs20Job
    from dbrest_client.models.jobs_20_run import Jobs20Run
    from dbrest_client.models.jobs_20_runs_submit_request import Jobs20RunsSubmitRequest
    from dbrest_client.models.jobs_21_job import Jobs21Job
    from dbrest_client.models.jobs_21_list_response import Jobs21ListResponse
    from dbrest_client.models.jobs_21_run import Jobs21Run
    from dbrest_client.models.jobs_21_runs_list_response import Jobs21RunsListResponse
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
RunT = TypeVar("RunT")
SubmitT = TypeVar("SubmitT")
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


class _RunWaits(ABC, Generic[RunT, SubmitT]):
    """``wait_run``, ``run_now_and_wait`` and ``submit_and_wait`` of every Jobs version (sync)."""

    _clock: Clock
    backoff: Backoff

    @abstractmethod
    def _read_run(self, run_id: int) -> RunT:
        """The run as runs/get of this version answers it."""

    @abstractmethod
    def _start_run(self, body: JobsRunNowRequest) -> int:
        """run-now of this version; the new run's id."""

    @abstractmethod
    def _submit_run(self, body: SubmitT) -> int:
        """runs/submit of this version; the new run's id."""

    def wait_run(self, run_id: int, *, timeout: float | None = None, callback: Callback | None = None) -> RunT:
        """Poll ``runs/get`` until the run ends; returns it on SUCCESS, raises :class:`RunFailed` otherwise.

        ``timeout`` (seconds; default: as long as the run lasts) raises OperationTimeout and leaves the run
        running. Example::

            run_id = ws.jobs.run_now(body=JobsRunNowRequest(job_id=42)).run_id
            run = ws.jobs.wait_run(run_id, timeout=4 * 3600, callback=lambda r: print(r.state.life_cycle_state))
        """
        run: RunT = poll(
            lambda: self._read_run(run_id),
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
    ) -> RunT:
        """``run-now``, then :meth:`wait_run`. Example::

        run = ws.jobs.run_now_and_wait(body=JobsRunNowRequest(job_id=42), timeout=3600)
        """
        return self.wait_run(self._start_run(body), timeout=timeout, callback=callback)

    def submit_and_wait(self, *, body: SubmitT, timeout: float | None = None, callback: Callback | None = None) -> RunT:
        """``runs/submit``, then :meth:`wait_run`. Example::

        run = ws.jobs.submit_and_wait(body=JobsRunsSubmitRequest.from_dict({"tasks": [...]}))
        """
        return self.wait_run(self._submit_run(body), timeout=timeout, callback=callback)


class _AsyncRunWaits(ABC, Generic[RunT, SubmitT]):
    """The async twins of :class:`_RunWaits`."""

    _clock: AsyncClock
    backoff: Backoff

    @abstractmethod
    async def _read_run(self, run_id: int) -> RunT:
        """The run as runs/get of this version answers it."""

    @abstractmethod
    async def _start_run(self, body: JobsRunNowRequest) -> int:
        """run-now of this version; the new run's id."""

    @abstractmethod
    async def _submit_run(self, body: SubmitT) -> int:
        """runs/submit of this version; the new run's id."""

    async def wait_run(self, run_id: int, *, timeout: float | None = None, callback: Callback | None = None) -> RunT:
        """The async twin of :meth:`JobsService.wait_run`."""
        run: RunT = await poll_async(
            lambda: self._read_run(run_id),
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
    ) -> RunT:
        """The async twin of :meth:`JobsService.run_now_and_wait`."""
        return await self.wait_run(await self._start_run(body), timeout=timeout, callback=callback)

    async def submit_and_wait(
        self, *, body: SubmitT, timeout: float | None = None, callback: Callback | None = None
    ) -> RunT:
        """The async twin of :meth:`JobsService.submit_and_wait`."""
        return await self.wait_run(await self._submit_run(body), timeout=timeout, callback=callback)


def _runs_query(
    job_id: int | None,
    active_only: bool,
    completed_only: bool,
    run_type: str | None,
    start_time_from: int | None,
    start_time_to: int | None,
) -> dict[str, Any]:
    return {
        "job_id": _unset(job_id),
        "active_only": _unset(active_only or None),
        "completed_only": _unset(completed_only or None),
        "run_type": _run_type(run_type),
        "start_time_from": _unset(start_time_from),
        "start_time_to": _unset(start_time_to),
    }


class JobsService(_RunWaits["Jobs21Run", "JobsRunsSubmitRequest"], _GeneratedJobsService):
    """``ws.jobs``: every generated Jobs 2.2 operation plus run waiters and lazy lists; ``get`` and
    ``runs_get`` return the whole job or run however many 100-item pages it takes."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = Backoff()

    def get(
        self, job_id: int, *, page_token: str | Unset = UNSET, include_trigger_state: bool | Unset = UNSET
    ) -> Jobs21Job:
        """The job with all its tasks, job_clusters, parameters and environments (every 2.2 page read and
        concatenated); with ``page_token``, that one page as the server answers it. Example::

            job = ws.jobs.get(job_id=42)
            print(len(job.settings.tasks))   # all of them, also beyond 100
        """
        if page_token:
            return super().get(job_id=job_id, page_token=page_token, include_trigger_state=include_trigger_state)
        return whole_job(
            lambda token: super(JobsService, self).get(
                job_id=job_id, page_token=_unset(token), include_trigger_state=include_trigger_state
            )
        )

    def runs_get(
        self,
        run_id: int,
        *,
        include_history: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_resolved_values: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """The run with all its tasks (or for-each iterations), job_clusters, job_parameters and repair history
        (every 2.2 page read and concatenated); with ``page_token``, that one page. Example::

            run = ws.jobs.runs_get(run_id=7, include_history=True)
        """
        if page_token:
            return super().runs_get(
                run_id=run_id,
                include_history=include_history,
                page_token=page_token,
                include_resolved_values=include_resolved_values,
            )
        return whole_run(
            lambda token: super(JobsService, self).runs_get(
                run_id=run_id,
                include_history=include_history,
                page_token=_unset(token),
                include_resolved_values=include_resolved_values,
            )
        )

    def _read_run(self, run_id: int) -> Jobs21Run:
        return self.runs_get(run_id=run_id)

    def _start_run(self, body: JobsRunNowRequest) -> int:
        return int(self.run_now(body=body).run_id)

    def _submit_run(self, body: JobsRunsSubmitRequest) -> int:
        return int(self.runs_submit(body=body).run_id)

    def iter_jobs(
        self, *, name: str | None = None, expand_tasks: bool = False, page_size: int = PAGE
    ) -> Iterator[Jobs21Job]:
        """Every job (``name``: exact, case-insensitive), ``page_size`` per request (up to 100), lazily over
        the 2.2 page tokens; with ``expand_tasks`` a job cut to its first 100 tasks is read whole. Example::

            for job in ws.jobs.iter_jobs(name="nightly"):
                print(job.job_id)
        """

        def fetch(token: str | None) -> Jobs21ListResponse:
            return self.list(
                limit=page_size, name=_unset(name), expand_tasks=_unset(expand_tasks or None), page_token=_unset(token)
            )

        return iter_listed(fetch, lambda page: _opt(page.jobs), _job_id, lambda job: self.get(job_id=_job_id(job)))

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
        """Runs, newest first, ``page_size`` per request, lazily over the 2.2 page tokens; a run is never
        yielded twice even when new runs shift the pages meanwhile. Example::

            failed = [r for r in ws.jobs.iter_runs(job_id=42, completed_only=True)
                      if r.state and r.state.result_state == "FAILED"]
        """
        query = _runs_query(job_id, active_only, completed_only, run_type, start_time_from, start_time_to)

        def fetch(token: str | None) -> Jobs21RunsListResponse:
            return self.runs_list(
                limit=page_size, expand_tasks=_unset(expand_tasks or None), page_token=_unset(token), **query
            )

        return iter_listed(fetch, lambda page: _opt(page.runs), _run_id, lambda run: self.runs_get(run_id=_run_id(run)))


class Jobs21Service(_RunWaits["Jobs21Run", "JobsRunsSubmitRequest"], _GeneratedJobs21Service):
    """``ws.jobs21``: every generated Jobs 2.1 operation plus the same waiters and lazy (offset) lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = Backoff()

    def _read_run(self, run_id: int) -> Jobs21Run:
        return self.runs_get(run_id=run_id)

    def _start_run(self, body: JobsRunNowRequest) -> int:
        return int(self.run_now(body=body).run_id)

    def _submit_run(self, body: JobsRunsSubmitRequest) -> int:
        return int(self.runs_submit(body=body).run_id)

    def iter_jobs(
        self, *, name: str | None = None, expand_tasks: bool = False, page_size: int = PAGE
    ) -> Iterator[Jobs21Job]:
        """See :meth:`JobsService.iter_jobs` (pages by offset)."""
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
        """See :meth:`JobsService.iter_runs` (pages by offset)."""
        query = _runs_query(job_id, active_only, completed_only, run_type, start_time_from, start_time_to)
        return iter_offset(
            lambda offset, limit: self.runs_list(
                offset=offset, limit=limit, expand_tasks=_unset(expand_tasks or None), **query
            ),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )


class Jobs20Service(_RunWaits["Jobs20Run", "Jobs20RunsSubmitRequest"], _GeneratedJobs20Service):
    """``ws.jobs20``: every generated Jobs 2.0 operation plus the same waiters and lazy lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = Backoff()

    def _read_run(self, run_id: int) -> Jobs20Run:
        return self.runs_get(run_id=run_id)

    def _start_run(self, body: JobsRunNowRequest) -> int:
        return int(self.run_now(body=body).run_id)

    def _submit_run(self, body: Jobs20RunsSubmitRequest) -> int:
        return int(self.runs_submit(body=body).run_id)

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
        query = _runs_query(job_id, active_only, completed_only, run_type, start_time_from, start_time_to)
        return iter_offset(
            lambda offset, limit: self.runs_list(offset=offset, limit=limit, **query),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )
