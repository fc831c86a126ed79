"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ...client import AuthenticatedClient
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.jobs_21_job import Jobs21Job
    from ...models.jobs_21_list_response import Jobs21ListResponse
    from ...models.jobs_21_run import Jobs21Run
    from ...models.jobs_21_runs_get_output_response import Jobs21RunsGetOutputResponse
    from ...models.jobs_21_runs_list_response import Jobs21RunsListResponse
    from ...models.jobs_create_request import JobsCreateRequest
    from ...models.jobs_create_response import JobsCreateResponse
    from ...models.jobs_job_id_request import JobsJobIdRequest
    from ...models.jobs_reset_request import JobsResetRequest
    from ...models.jobs_run_id_request import JobsRunIdRequest
    from ...models.jobs_run_now_request import JobsRunNowRequest
    from ...models.jobs_run_now_response import JobsRunNowResponse
    from ...models.jobs_run_type import JobsRunType
    from ...models.jobs_runs_export_response import JobsRunsExportResponse
    from ...models.jobs_runs_repair_request import JobsRunsRepairRequest
    from ...models.jobs_runs_repair_response import JobsRunsRepairResponse
    from ...models.jobs_runs_submit_request import JobsRunsSubmitRequest
    from ...models.jobs_runs_submit_response import JobsRunsSubmitResponse
    from ...models.jobs_update_request import JobsUpdateRequest
    from ...models.jobs_views_to_export import JobsViewsToExport
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class Jobs21Service:
    """The jobs21 operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: JobsCreateRequest,
    ) -> JobsCreateResponse:
        """Create a job"""
        from . import jobs_21_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty:
        """Delete a job"""
        from . import jobs_21_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        *,
        job_id: int,
    ) -> Jobs21Job:
        """Get a job"""
        from . import jobs_21_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                job_id=job_id,
            )
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        name: str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
    ) -> Jobs21ListResponse:
        """List jobs"""
        from . import jobs_21_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                limit=limit,
                offset=offset,
                name=name,
                expand_tasks=expand_tasks,
            )
        )

    def reset(
        self,
        *,
        body: JobsResetRequest,
    ) -> Empty:
        """Replace all settings of a job"""
        from . import jobs_21_reset as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def run_now(
        self,
        *,
        body: JobsRunNowRequest,
    ) -> JobsRunNowResponse:
        """Trigger a run of a job"""
        from . import jobs_21_run_now as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def runs_cancel(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Cancel a run"""
        from . import jobs_21_runs_cancel as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def runs_cancel_all(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty:
        """Cancel all active runs of a job"""
        from . import jobs_21_runs_cancel_all as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def runs_delete(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Delete a run"""
        from . import jobs_21_runs_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def runs_export(
        self,
        *,
        run_id: int,
        views_to_export: JobsViewsToExport | Unset = UNSET,
    ) -> JobsRunsExportResponse:
        """Export a run"""
        from . import jobs_21_runs_export as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                run_id=run_id,
                views_to_export=views_to_export,
            )
        )

    def runs_get(
        self,
        *,
        run_id: int,
        include_history: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """Get a run"""
        from . import jobs_21_runs_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                run_id=run_id,
                include_history=include_history,
            )
        )

    def runs_get_output(
        self,
        *,
        run_id: int,
    ) -> Jobs21RunsGetOutputResponse:
        """Get the output of a task run"""
        from . import jobs_21_runs_get_output as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                run_id=run_id,
            )
        )

    def runs_list(
        self,
        *,
        active_only: bool | Unset = UNSET,
        completed_only: bool | Unset = UNSET,
        job_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        run_type: JobsRunType | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        start_time_from: int | Unset = UNSET,
        start_time_to: int | Unset = UNSET,
    ) -> Jobs21RunsListResponse:
        """List runs"""
        from . import jobs_21_runs_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                active_only=active_only,
                completed_only=completed_only,
                job_id=job_id,
                offset=offset,
                limit=limit,
                run_type=run_type,
                expand_tasks=expand_tasks,
                start_time_from=start_time_from,
                start_time_to=start_time_to,
            )
        )

    def runs_repair(
        self,
        *,
        body: JobsRunsRepairRequest,
    ) -> JobsRunsRepairResponse:
        """Re-run tasks of a finished multi-task run"""
        from . import jobs_21_runs_repair as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def runs_submit(
        self,
        *,
        body: JobsRunsSubmitRequest,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run"""
        from . import jobs_21_runs_submit as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def update(
        self,
        *,
        body: JobsUpdateRequest,
    ) -> Empty:
        """Change some settings of a job"""
        from . import jobs_21_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )


class AsyncJobs21Service:
    """The jobs21 operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: JobsCreateRequest,
    ) -> JobsCreateResponse:
        """Create a job"""
        from . import jobs_21_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty:
        """Delete a job"""
        from . import jobs_21_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        *,
        job_id: int,
    ) -> Jobs21Job:
        """Get a job"""
        from . import jobs_21_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                job_id=job_id,
            )
        )

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        name: str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
    ) -> Jobs21ListResponse:
        """List jobs"""
        from . import jobs_21_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                limit=limit,
                offset=offset,
                name=name,
                expand_tasks=expand_tasks,
            )
        )

    async def reset(
        self,
        *,
        body: JobsResetRequest,
    ) -> Empty:
        """Replace all settings of a job"""
        from . import jobs_21_reset as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def run_now(
        self,
        *,
        body: JobsRunNowRequest,
    ) -> JobsRunNowResponse:
        """Trigger a run of a job"""
        from . import jobs_21_run_now as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def runs_cancel(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Cancel a run"""
        from . import jobs_21_runs_cancel as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def runs_cancel_all(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty:
        """Cancel all active runs of a job"""
        from . import jobs_21_runs_cancel_all as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def runs_delete(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Delete a run"""
        from . import jobs_21_runs_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def runs_export(
        self,
        *,
        run_id: int,
        views_to_export: JobsViewsToExport | Unset = UNSET,
    ) -> JobsRunsExportResponse:
        """Export a run"""
        from . import jobs_21_runs_export as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                run_id=run_id,
                views_to_export=views_to_export,
            )
        )

    async def runs_get(
        self,
        *,
        run_id: int,
        include_history: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """Get a run"""
        from . import jobs_21_runs_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                run_id=run_id,
                include_history=include_history,
            )
        )

    async def runs_get_output(
        self,
        *,
        run_id: int,
    ) -> Jobs21RunsGetOutputResponse:
        """Get the output of a task run"""
        from . import jobs_21_runs_get_output as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                run_id=run_id,
            )
        )

    async def runs_list(
        self,
        *,
        active_only: bool | Unset = UNSET,
        completed_only: bool | Unset = UNSET,
        job_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        run_type: JobsRunType | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        start_time_from: int | Unset = UNSET,
        start_time_to: int | Unset = UNSET,
    ) -> Jobs21RunsListResponse:
        """List runs"""
        from . import jobs_21_runs_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                active_only=active_only,
                completed_only=completed_only,
                job_id=job_id,
                offset=offset,
                limit=limit,
                run_type=run_type,
                expand_tasks=expand_tasks,
                start_time_from=start_time_from,
                start_time_to=start_time_to,
            )
        )

    async def runs_repair(
        self,
        *,
        body: JobsRunsRepairRequest,
    ) -> JobsRunsRepairResponse:
        """Re-run tasks of a finished multi-task run"""
        from . import jobs_21_runs_repair as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def runs_submit(
        self,
        *,
        body: JobsRunsSubmitRequest,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run"""
        from . import jobs_21_runs_submit as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def update(
        self,
        *,
        body: JobsUpdateRequest,
    ) -> Empty:
        """Change some settings of a job"""
        from . import jobs_21_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )


__all__ = ("Jobs21Service", "AsyncJobs21Service")
