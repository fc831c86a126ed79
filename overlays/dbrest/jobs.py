"""``ws.jobs`` (Jobs API 2.2, as databricks-sdk 0.162.0 speaks it): the generated service with its waiters
(``wait_run``, ``run_now_and_wait``, ``submit_and_wait``) and lazy ``iter_jobs`` / ``iter_runs``, plus whole reads:
``ws.jobs.get`` and ``ws.jobs.runs_get`` read every 2.2 page and return the whole job or run (jobs_pages.py).
``ws.jobs21`` and ``ws.jobs20`` are generated whole (``dbrest._generated``).

A run is PENDING → RUNNING → TERMINATING → TERMINATED, or ends SKIPPED or INTERNAL_ERROR (2.1 adds BLOCKED,
WAITING_FOR_RETRY, QUEUED on the way). ``wait_run`` returns the run when it TERMINATED with SUCCESS and raises
:class:`RunFailed` with the state message otherwise. Its timeout defaults to none: runs legitimately take hours
and the job's own ``timeout_seconds`` bounds them on the server (databricks-sdk-py's 20-minute default is issue
#518; downstream tools inherited it, featureform #1100).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dbrest_client.types import UNSET, Unset

from ._generated.jobs import WAIT_RUN
from ._generated.jobs import AsyncJobsService as _GeneratedAsync
from ._generated.jobs import JobsService as _Generated
from .errors import OperationFailed
from .jobs_pages import whole_job, whole_job_async, whole_run, whole_run_async
from .paging import opt

if TYPE_CHECKING:
    from dbrest_client.models.jobs_21_job import Jobs21Job
    from dbrest_client.models.jobs_21_run import Jobs21Run

#: What to do about each way a run can end (the spec's x-dbrest-waiters of runs/get).
HINTS = WAIT_RUN.hints


def _token(value: str | None) -> str | Unset:
    return UNSET if value is None else value


class RunFailed(OperationFailed):
    """A run ended without success. ``run`` is the final run; the states and message are copied out."""

    def __init__(self, message: str, run: Any) -> None:
        super().__init__(message)
        self.run = run
        state = opt(run.state)
        self.life_cycle_state = str(opt(state.life_cycle_state) or "") if state else ""
        self.result_state = str(opt(state.result_state) or "") if state else ""
        self.state_message = str(opt(state.state_message) or "") if state else ""


class JobsService(_Generated):
    """``ws.jobs``: every generated Jobs 2.2 operation, waiters and lazy lists; ``get`` and ``runs_get`` return the
    whole job or run however many 100-item pages it takes."""

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
                job_id=job_id, page_token=_token(token), include_trigger_state=include_trigger_state
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
                page_token=_token(token),
                include_resolved_values=include_resolved_values,
            )
        )


class AsyncJobsService(_GeneratedAsync):
    """``AsyncWorkspace.jobs``: the async Jobs 2.2 operations, whole jobs and runs, waiters and lazy lists."""

    async def get(
        self, job_id: int, *, page_token: str | Unset = UNSET, include_trigger_state: bool | Unset = UNSET
    ) -> Jobs21Job:
        """The async twin of :meth:`JobsService.get`: ``await aws.jobs.get(job_id=42)``."""
        if page_token:
            return await super().get(job_id=job_id, page_token=page_token, include_trigger_state=include_trigger_state)
        return await whole_job_async(
            lambda token: super(AsyncJobsService, self).get(
                job_id=job_id, page_token=_token(token), include_trigger_state=include_trigger_state
            )
        )

    async def runs_get(
        self,
        run_id: int,
        *,
        include_history: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_resolved_values: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """The async twin of :meth:`JobsService.runs_get`."""
        if page_token:
            return await super().runs_get(
                run_id=run_id,
                include_history=include_history,
                page_token=page_token,
                include_resolved_values=include_resolved_values,
            )
        return await whole_run_async(
            lambda token: super(AsyncJobsService, self).runs_get(
                run_id=run_id,
                include_history=include_history,
                page_token=_token(token),
                include_resolved_values=include_resolved_values,
            )
        )
