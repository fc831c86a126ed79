from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_21_runs_list_response import Jobs21RunsListResponse
from ...models.jobs_run_type import JobsRunType
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active_only"] = active_only

    params["completed_only"] = completed_only

    params["job_id"] = job_id

    params["offset"] = offset

    params["limit"] = limit

    json_run_type: str | Unset = UNSET
    if not isinstance(run_type, Unset):
        json_run_type = run_type.value

    params["run_type"] = json_run_type

    params["expand_tasks"] = expand_tasks

    params["start_time_from"] = start_time_from

    params["start_time_to"] = start_time_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.1/jobs/runs/list",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jobs21RunsListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs21RunsListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Jobs21RunsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = UNSET,
    completed_only: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    run_type: JobsRunType | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    start_time_from: int | Unset = UNSET,
    start_time_to: int | Unset = UNSET,
) -> Response[Jobs21RunsListResponse]:
    """List runs

     Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
    and `limit` (1–25, default 25; 0 means the maximum, 25); `has_more` tells whether more runs follow.
    Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
    TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
    `start_time_from` / `start_time_to` (inclusive, epoch ms). Without `expand_tasks` the runs omit
    `tasks` and `job_clusters`. Task runs of multi-task runs are not listed on their own. A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        active_only (bool | Unset):
        completed_only (bool | Unset):
        job_id (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
            dbutils.notebook.run), SUBMIT_RUN (runs/submit).
        expand_tasks (bool | Unset):
        start_time_from (int | Unset):
        start_time_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21RunsListResponse]
    """

    kwargs = _get_kwargs(
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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = UNSET,
    completed_only: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    run_type: JobsRunType | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    start_time_from: int | Unset = UNSET,
    start_time_to: int | Unset = UNSET,
) -> Jobs21RunsListResponse | None:
    """List runs

     Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
    and `limit` (1–25, default 25; 0 means the maximum, 25); `has_more` tells whether more runs follow.
    Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
    TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
    `start_time_from` / `start_time_to` (inclusive, epoch ms). Without `expand_tasks` the runs omit
    `tasks` and `job_clusters`. Task runs of multi-task runs are not listed on their own. A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        active_only (bool | Unset):
        completed_only (bool | Unset):
        job_id (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
            dbutils.notebook.run), SUBMIT_RUN (runs/submit).
        expand_tasks (bool | Unset):
        start_time_from (int | Unset):
        start_time_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21RunsListResponse
    """

    return sync_detailed(
        client=client,
        active_only=active_only,
        completed_only=completed_only,
        job_id=job_id,
        offset=offset,
        limit=limit,
        run_type=run_type,
        expand_tasks=expand_tasks,
        start_time_from=start_time_from,
        start_time_to=start_time_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = UNSET,
    completed_only: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    run_type: JobsRunType | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    start_time_from: int | Unset = UNSET,
    start_time_to: int | Unset = UNSET,
) -> Response[Jobs21RunsListResponse]:
    """List runs

     Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
    and `limit` (1–25, default 25; 0 means the maximum, 25); `has_more` tells whether more runs follow.
    Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
    TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
    `start_time_from` / `start_time_to` (inclusive, epoch ms). Without `expand_tasks` the runs omit
    `tasks` and `job_clusters`. Task runs of multi-task runs are not listed on their own. A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        active_only (bool | Unset):
        completed_only (bool | Unset):
        job_id (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
            dbutils.notebook.run), SUBMIT_RUN (runs/submit).
        expand_tasks (bool | Unset):
        start_time_from (int | Unset):
        start_time_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21RunsListResponse]
    """

    kwargs = _get_kwargs(
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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = UNSET,
    completed_only: bool | Unset = UNSET,
    job_id: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    run_type: JobsRunType | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    start_time_from: int | Unset = UNSET,
    start_time_to: int | Unset = UNSET,
) -> Jobs21RunsListResponse | None:
    """List runs

     Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
    and `limit` (1–25, default 25; 0 means the maximum, 25); `has_more` tells whether more runs follow.
    Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
    TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
    `start_time_from` / `start_time_to` (inclusive, epoch ms). Without `expand_tasks` the runs omit
    `tasks` and `job_clusters`. Task runs of multi-task runs are not listed on their own. A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        active_only (bool | Unset):
        completed_only (bool | Unset):
        job_id (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
            dbutils.notebook.run), SUBMIT_RUN (runs/submit).
        expand_tasks (bool | Unset):
        start_time_from (int | Unset):
        start_time_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21RunsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed
