"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

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
    from ...models.jobs_runs_cancel_all_request import JobsRunsCancelAllRequest
    from ...models.jobs_runs_export_response import JobsRunsExportResponse
    from ...models.jobs_runs_repair_request import JobsRunsRepairRequest
    from ...models.jobs_runs_repair_response import JobsRunsRepairResponse
    from ...models.jobs_runs_submit_request import JobsRunsSubmitRequest
    from ...models.jobs_runs_submit_response import JobsRunsSubmitResponse
    from ...models.jobs_update_request import JobsUpdateRequest
    from ...models.jobs_views_to_export import JobsViewsToExport
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op._parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class JobsService:
    """The jobs operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: JobsCreateRequest,
    ) -> JobsCreateResponse:
        """Create a job"""
        from . import jobs_create as _op

        result: JobsCreateResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def delete(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty:
        """Delete a job"""
        from . import jobs_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def get(
        self,
        *,
        job_id: int,
        page_token: str | Unset = UNSET,
        include_trigger_state: bool | Unset = UNSET,
    ) -> Jobs21Job:
        """Get a job"""
        from . import jobs_get as _op

        result: Jobs21Job = _call(
            self._client,
            _op,
            (),
            job_id=job_id,
            page_token=page_token,
            include_trigger_state=include_trigger_state,
        )
        return result

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        name: str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> Jobs21ListResponse:
        """List jobs"""
        from . import jobs_list as _op

        result: Jobs21ListResponse = _call(
            self._client,
            _op,
            (),
            limit=limit,
            offset=offset,
            name=name,
            expand_tasks=expand_tasks,
            page_token=page_token,
        )
        return result

    def reset(
        self,
        *,
        body: JobsResetRequest,
    ) -> Empty:
        """Replace all settings of a job"""
        from . import jobs_reset as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def run_now(
        self,
        *,
        body: JobsRunNowRequest,
    ) -> JobsRunNowResponse:
        """Trigger a run of a job"""
        from . import jobs_run_now as _op

        result: JobsRunNowResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def runs_cancel(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Cancel a run"""
        from . import jobs_runs_cancel as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def runs_cancel_all(
        self,
        *,
        body: JobsRunsCancelAllRequest,
    ) -> Empty:
        """Cancel all active runs of a job"""
        from . import jobs_runs_cancel_all as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def runs_delete(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Delete a run"""
        from . import jobs_runs_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def runs_export(
        self,
        *,
        run_id: int,
        views_to_export: JobsViewsToExport | Unset = UNSET,
    ) -> JobsRunsExportResponse:
        """Export a run"""
        from . import jobs_runs_export as _op

        result: JobsRunsExportResponse = _call(
            self._client,
            _op,
            (),
            run_id=run_id,
            views_to_export=views_to_export,
        )
        return result

    def runs_get(
        self,
        *,
        run_id: int,
        include_history: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_resolved_values: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """Get a run"""
        from . import jobs_runs_get as _op

        result: Jobs21Run = _call(
            self._client,
            _op,
            (),
            run_id=run_id,
            include_history=include_history,
            page_token=page_token,
            include_resolved_values=include_resolved_values,
        )
        return result

    def runs_get_output(
        self,
        *,
        run_id: int,
    ) -> Jobs21RunsGetOutputResponse:
        """Get the output of a task run"""
        from . import jobs_runs_get_output as _op

        result: Jobs21RunsGetOutputResponse = _call(
            self._client,
            _op,
            (),
            run_id=run_id,
        )
        return result

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
        page_token: str | Unset = UNSET,
    ) -> Jobs21RunsListResponse:
        """List runs"""
        from . import jobs_runs_list as _op

        result: Jobs21RunsListResponse = _call(
            self._client,
            _op,
            (),
            active_only=active_only,
            completed_only=completed_only,
            job_id=job_id,
            offset=offset,
            limit=limit,
            run_type=run_type,
            expand_tasks=expand_tasks,
            start_time_from=start_time_from,
            start_time_to=start_time_to,
            page_token=page_token,
        )
        return result

    def runs_repair(
        self,
        *,
        body: JobsRunsRepairRequest,
    ) -> JobsRunsRepairResponse:
        """Re-run tasks of a finished multi-task run"""
        from . import jobs_runs_repair as _op

        result: JobsRunsRepairResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def runs_submit(
        self,
        *,
        body: JobsRunsSubmitRequest,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run"""
        from . import jobs_runs_submit as _op

        result: JobsRunsSubmitResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def update(
        self,
        *,
        body: JobsUpdateRequest,
    ) -> Empty:
        """Change some settings of a job"""
        from . import jobs_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncJobsService:
    """The jobs operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: JobsCreateRequest,
    ) -> JobsCreateResponse:
        """Create a job"""
        from . import jobs_create as _op

        result: JobsCreateResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def delete(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty:
        """Delete a job"""
        from . import jobs_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def get(
        self,
        *,
        job_id: int,
        page_token: str | Unset = UNSET,
        include_trigger_state: bool | Unset = UNSET,
    ) -> Jobs21Job:
        """Get a job"""
        from . import jobs_get as _op

        result: Jobs21Job = await _acall(
            self._client,
            _op,
            (),
            job_id=job_id,
            page_token=page_token,
            include_trigger_state=include_trigger_state,
        )
        return result

    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        name: str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> Jobs21ListResponse:
        """List jobs"""
        from . import jobs_list as _op

        result: Jobs21ListResponse = await _acall(
            self._client,
            _op,
            (),
            limit=limit,
            offset=offset,
            name=name,
            expand_tasks=expand_tasks,
            page_token=page_token,
        )
        return result

    async def reset(
        self,
        *,
        body: JobsResetRequest,
    ) -> Empty:
        """Replace all settings of a job"""
        from . import jobs_reset as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def run_now(
        self,
        *,
        body: JobsRunNowRequest,
    ) -> JobsRunNowResponse:
        """Trigger a run of a job"""
        from . import jobs_run_now as _op

        result: JobsRunNowResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def runs_cancel(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Cancel a run"""
        from . import jobs_runs_cancel as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def runs_cancel_all(
        self,
        *,
        body: JobsRunsCancelAllRequest,
    ) -> Empty:
        """Cancel all active runs of a job"""
        from . import jobs_runs_cancel_all as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def runs_delete(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty:
        """Delete a run"""
        from . import jobs_runs_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def runs_export(
        self,
        *,
        run_id: int,
        views_to_export: JobsViewsToExport | Unset = UNSET,
    ) -> JobsRunsExportResponse:
        """Export a run"""
        from . import jobs_runs_export as _op

        result: JobsRunsExportResponse = await _acall(
            self._client,
            _op,
            (),
            run_id=run_id,
            views_to_export=views_to_export,
        )
        return result

    async def runs_get(
        self,
        *,
        run_id: int,
        include_history: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_resolved_values: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """Get a run"""
        from . import jobs_runs_get as _op

        result: Jobs21Run = await _acall(
            self._client,
            _op,
            (),
            run_id=run_id,
            include_history=include_history,
            page_token=page_token,
            include_resolved_values=include_resolved_values,
        )
        return result

    async def runs_get_output(
        self,
        *,
        run_id: int,
    ) -> Jobs21RunsGetOutputResponse:
        """Get the output of a task run"""
        from . import jobs_runs_get_output as _op

        result: Jobs21RunsGetOutputResponse = await _acall(
            self._client,
            _op,
            (),
            run_id=run_id,
        )
        return result

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
        page_token: str | Unset = UNSET,
    ) -> Jobs21RunsListResponse:
        """List runs"""
        from . import jobs_runs_list as _op

        result: Jobs21RunsListResponse = await _acall(
            self._client,
            _op,
            (),
            active_only=active_only,
            completed_only=completed_only,
            job_id=job_id,
            offset=offset,
            limit=limit,
            run_type=run_type,
            expand_tasks=expand_tasks,
            start_time_from=start_time_from,
            start_time_to=start_time_to,
            page_token=page_token,
        )
        return result

    async def runs_repair(
        self,
        *,
        body: JobsRunsRepairRequest,
    ) -> JobsRunsRepairResponse:
        """Re-run tasks of a finished multi-task run"""
        from . import jobs_runs_repair as _op

        result: JobsRunsRepairResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def runs_submit(
        self,
        *,
        body: JobsRunsSubmitRequest,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run"""
        from . import jobs_runs_submit as _op

        result: JobsRunsSubmitResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def update(
        self,
        *,
        body: JobsUpdateRequest,
    ) -> Empty:
        """Change some settings of a job"""
        from . import jobs_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("JobsService", "AsyncJobsService")
