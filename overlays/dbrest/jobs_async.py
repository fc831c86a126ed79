"""``AsyncWorkspace.jobs`` (Jobs API 2.2), ``.jobs21`` and ``.jobs20``: the async twins of jobs.py's services."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from dbrest_client.api.jobs import AsyncJobsService as _GeneratedAsyncJobsService
from dbrest_client.api.jobs20 import AsyncJobs20Service as _GeneratedAsyncJobs20Service
from dbrest_client.api.jobs21 import AsyncJobs21Service as _GeneratedAsyncJobs21Service
from dbrest_client.types import UNSET

from .jobs import PAGE, _AsyncRunWaits, _has_more, _job_id, _run_id, _runs_query
from .jobs_pages import aiter_listed, whole_job_async, whole_run_async
from .paging import _opt, aiter_offset
from .paging import _u as _unset
from .transport import AsyncClock, SystemAsyncClock
from .waiters import Backoff

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
    from dbrest_client.models.jobs_runs_submit_request import JobsRunsSubmitRequest
    from dbrest_client.types import Unset


class AsyncJobsService(_AsyncRunWaits["Jobs21Run", "JobsRunsSubmitRequest"], _GeneratedAsyncJobsService):
    """``AsyncWorkspace.jobs``: the async Jobs 2.2 operations, whole jobs and runs, waiters and lazy lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = Backoff()

    async def get(
        self, job_id: int, *, page_token: str | Unset = UNSET, include_trigger_state: bool | Unset = UNSET
    ) -> Jobs21Job:
        """The async twin of :meth:`dbrest.jobs.JobsService.get`: ``await aws.jobs.get(job_id=42)``."""
        if page_token:
            return await super().get(job_id=job_id, page_token=page_token, include_trigger_state=include_trigger_state)
        return await whole_job_async(
            lambda token: super(AsyncJobsService, self).get(
                job_id=job_id, page_token=_unset(token), include_trigger_state=include_trigger_state
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
        """The async twin of :meth:`dbrest.jobs.JobsService.runs_get`."""
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
                page_token=_unset(token),
                include_resolved_values=include_resolved_values,
            )
        )

    async def _read_run(self, run_id: int) -> Jobs21Run:
        return await self.runs_get(run_id=run_id)

    async def _start_run(self, body: JobsRunNowRequest) -> int:
        return int((await self.run_now(body=body)).run_id)

    async def _submit_run(self, body: JobsRunsSubmitRequest) -> int:
        return int((await self.runs_submit(body=body)).run_id)

    def iter_jobs(
        self, *, name: str | None = None, expand_tasks: bool = False, page_size: int = PAGE
    ) -> AsyncIterator[Jobs21Job]:
        """The async twin of :meth:`dbrest.jobs.JobsService.iter_jobs`: ``async for job in aws.jobs.iter_jobs()``."""

        async def fetch(token: str | None) -> Jobs21ListResponse:
            return await self.list(
                limit=page_size, name=_unset(name), expand_tasks=_unset(expand_tasks or None), page_token=_unset(token)
            )

        async def whole(job: Jobs21Job) -> Jobs21Job:
            return await self.get(job_id=_job_id(job))

        return aiter_listed(fetch, lambda page: _opt(page.jobs), _job_id, whole)

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
        """The async twin of :meth:`dbrest.jobs.JobsService.iter_runs`."""
        query = _runs_query(job_id, active_only, completed_only, run_type, start_time_from, start_time_to)

        async def fetch(token: str | None) -> Jobs21RunsListResponse:
            return await self.runs_list(
                limit=page_size, expand_tasks=_unset(expand_tasks or None), page_token=_unset(token), **query
            )

        async def whole(run: Jobs21Run) -> Jobs21Run:
            return await self.runs_get(run_id=_run_id(run))

        return aiter_listed(fetch, lambda page: _opt(page.runs), _run_id, whole)


class AsyncJobs21Service(_AsyncRunWaits["Jobs21Run", "JobsRunsSubmitRequest"], _GeneratedAsyncJobs21Service):
    """``AsyncWorkspace.jobs21``: the async Jobs 2.1 operations plus the same waiters and lazy (offset) lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = Backoff()

    async def _read_run(self, run_id: int) -> Jobs21Run:
        return await self.runs_get(run_id=run_id)

    async def _start_run(self, body: JobsRunNowRequest) -> int:
        return int((await self.run_now(body=body)).run_id)

    async def _submit_run(self, body: JobsRunsSubmitRequest) -> int:
        return int((await self.runs_submit(body=body)).run_id)

    def iter_jobs(
        self, *, name: str | None = None, expand_tasks: bool = False, page_size: int = PAGE
    ) -> AsyncIterator[Jobs21Job]:
        """The async twin of :meth:`dbrest.jobs.Jobs21Service.iter_jobs`."""
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
        """The async twin of :meth:`dbrest.jobs.Jobs21Service.iter_runs`."""
        query = _runs_query(job_id, active_only, completed_only, run_type, start_time_from, start_time_to)
        return aiter_offset(
            lambda offset, limit: self.runs_list(
                offset=offset, limit=limit, expand_tasks=_unset(expand_tasks or None), **query
            ),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )


class AsyncJobs20Service(_AsyncRunWaits["Jobs20Run", "Jobs20RunsSubmitRequest"], _GeneratedAsyncJobs20Service):
    """``AsyncWorkspace.jobs20``: the async Jobs 2.0 operations plus the same waiters and lazy lists."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = Backoff()

    async def _read_run(self, run_id: int) -> Jobs20Run:
        return await self.runs_get(run_id=run_id)

    async def _start_run(self, body: JobsRunNowRequest) -> int:
        return int((await self.run_now(body=body)).run_id)

    async def _submit_run(self, body: Jobs20RunsSubmitRequest) -> int:
        return int((await self.runs_submit(body=body)).run_id)

    def iter_jobs(self, *, expand_tasks: bool = False, page_size: int = PAGE) -> AsyncIterator[Jobs20Job]:
        """The async twin of :meth:`dbrest.jobs.Jobs20Service.iter_jobs`."""
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
        """The async twin of :meth:`dbrest.jobs.Jobs20Service.iter_runs`."""
        query = _runs_query(job_id, active_only, completed_only, run_type, start_time_from, start_time_to)
        return aiter_offset(
            lambda offset, limit: self.runs_list(offset=offset, limit=limit, **query),
            lambda page: _opt(page.runs),
            _has_more,
            limit=page_size,
            key=_run_id,
        )
