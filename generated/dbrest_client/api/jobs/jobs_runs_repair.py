from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_runs_repair_request import JobsRunsRepairRequest
from ...models.jobs_runs_repair_response import JobsRunsRepairResponse
from ...types import Response


def _get_kwargs(
    *,
    body: JobsRunsRepairRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.2/jobs/runs/repair",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobsRunsRepairResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = JobsRunsRepairResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobsRunsRepairResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobsRunsRepairRequest,
) -> Response[JobsRunsRepairResponse]:
    """Re-run tasks of a finished multi-task run

     Re-runs tasks of a finished multi-task run as part of that run, with the job's current task
    settings: the tasks named in `rerun_tasks`, or with `rerun_all_failed_tasks` every task that did not
    succeed (exactly one of the two). Each re-run task gets a new task run id; tasks that depend on a
    re-run task wait for it. The run goes back to RUNNING and the repair is recorded in
    `repair_history`.
    After the first repair, `latest_repair_id` must name the latest repair. The run parameters override
    like `run-now`. A run in progress → `INVALID_STATE`; a single-task format run, an unknown task key,
    a
    wrong `latest_repair_id` or an unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsRepairRequest): Which tasks of a finished run to re-run, and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunsRepairResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: JobsRunsRepairRequest,
) -> JobsRunsRepairResponse | None:
    """Re-run tasks of a finished multi-task run

     Re-runs tasks of a finished multi-task run as part of that run, with the job's current task
    settings: the tasks named in `rerun_tasks`, or with `rerun_all_failed_tasks` every task that did not
    succeed (exactly one of the two). Each re-run task gets a new task run id; tasks that depend on a
    re-run task wait for it. The run goes back to RUNNING and the repair is recorded in
    `repair_history`.
    After the first repair, `latest_repair_id` must name the latest repair. The run parameters override
    like `run-now`. A run in progress → `INVALID_STATE`; a single-task format run, an unknown task key,
    a
    wrong `latest_repair_id` or an unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsRepairRequest): Which tasks of a finished run to re-run, and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunsRepairResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobsRunsRepairRequest,
) -> Response[JobsRunsRepairResponse]:
    """Re-run tasks of a finished multi-task run

     Re-runs tasks of a finished multi-task run as part of that run, with the job's current task
    settings: the tasks named in `rerun_tasks`, or with `rerun_all_failed_tasks` every task that did not
    succeed (exactly one of the two). Each re-run task gets a new task run id; tasks that depend on a
    re-run task wait for it. The run goes back to RUNNING and the repair is recorded in
    `repair_history`.
    After the first repair, `latest_repair_id` must name the latest repair. The run parameters override
    like `run-now`. A run in progress → `INVALID_STATE`; a single-task format run, an unknown task key,
    a
    wrong `latest_repair_id` or an unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsRepairRequest): Which tasks of a finished run to re-run, and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunsRepairResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobsRunsRepairRequest,
) -> JobsRunsRepairResponse | None:
    """Re-run tasks of a finished multi-task run

     Re-runs tasks of a finished multi-task run as part of that run, with the job's current task
    settings: the tasks named in `rerun_tasks`, or with `rerun_all_failed_tasks` every task that did not
    succeed (exactly one of the two). Each re-run task gets a new task run id; tasks that depend on a
    re-run task wait for it. The run goes back to RUNNING and the repair is recorded in
    `repair_history`.
    After the first repair, `latest_repair_id` must name the latest repair. The run parameters override
    like `run-now`. A run in progress → `INVALID_STATE`; a single-task format run, an unknown task key,
    a
    wrong `latest_repair_id` or an unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsRepairRequest): Which tasks of a finished run to re-run, and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunsRepairResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
