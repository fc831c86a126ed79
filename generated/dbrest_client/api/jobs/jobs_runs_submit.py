from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_runs_submit_request import JobsRunsSubmitRequest
from ...models.jobs_runs_submit_response import JobsRunsSubmitResponse
from ...types import Response


def _get_kwargs(
    *,
    body: JobsRunsSubmitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.2/jobs/runs/submit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobsRunsSubmitResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = JobsRunsSubmitResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobsRunsSubmitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobsRunsSubmitRequest,
) -> Response[JobsRunsSubmitResponse]:
    """Submit a one-time run

     Starts a one-time run of the given tasks without creating a job (run type `SUBMIT_RUN`, no
    `job_id`); poll `runs/get` for its state. Tasks are validated like job tasks, except that they
    cannot use `job_cluster_key`. `run_name` defaults to `Untitled`. An `idempotency_token` (≤64
    characters) already used by a run returns that run's id instead of starting a new run (a deleted
    run → `INVALID_PARAMETER_VALUE`). `timeout_seconds` bounds the whole run (0 = none). A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsSubmitRequest): A one-time run of tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunsSubmitResponse]
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
    body: JobsRunsSubmitRequest,
) -> JobsRunsSubmitResponse | None:
    """Submit a one-time run

     Starts a one-time run of the given tasks without creating a job (run type `SUBMIT_RUN`, no
    `job_id`); poll `runs/get` for its state. Tasks are validated like job tasks, except that they
    cannot use `job_cluster_key`. `run_name` defaults to `Untitled`. An `idempotency_token` (≤64
    characters) already used by a run returns that run's id instead of starting a new run (a deleted
    run → `INVALID_PARAMETER_VALUE`). `timeout_seconds` bounds the whole run (0 = none). A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsSubmitRequest): A one-time run of tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunsSubmitResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobsRunsSubmitRequest,
) -> Response[JobsRunsSubmitResponse]:
    """Submit a one-time run

     Starts a one-time run of the given tasks without creating a job (run type `SUBMIT_RUN`, no
    `job_id`); poll `runs/get` for its state. Tasks are validated like job tasks, except that they
    cannot use `job_cluster_key`. `run_name` defaults to `Untitled`. An `idempotency_token` (≤64
    characters) already used by a run returns that run's id instead of starting a new run (a deleted
    run → `INVALID_PARAMETER_VALUE`). `timeout_seconds` bounds the whole run (0 = none). A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsSubmitRequest): A one-time run of tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunsSubmitResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobsRunsSubmitRequest,
) -> JobsRunsSubmitResponse | None:
    """Submit a one-time run

     Starts a one-time run of the given tasks without creating a job (run type `SUBMIT_RUN`, no
    `job_id`); poll `runs/get` for its state. Tasks are validated like job tasks, except that they
    cannot use `job_cluster_key`. `run_name` defaults to `Untitled`. An `idempotency_token` (≤64
    characters) already used by a run returns that run's id instead of starting a new run (a deleted
    run → `INVALID_PARAMETER_VALUE`). `timeout_seconds` bounds the whole run (0 = none). A workspace
    that
    does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsRunsSubmitRequest): A one-time run of tasks.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunsSubmitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
