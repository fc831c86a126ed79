from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_run_now_request import JobsRunNowRequest
from ...models.jobs_run_now_response import JobsRunNowResponse
from ...types import Response


def _get_kwargs(
    *,
    body: JobsRunNowRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/jobs/run-now",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobsRunNowResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = JobsRunNowResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobsRunNowResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: JobsRunNowRequest,
) -> Response[JobsRunNowResponse]:
    """Trigger a run of a job

     Starts a run of the job (trigger `ONE_TIME`) and returns its `run_id` and `number_in_job` (the run's
    sequence number among the job's runs, from 1). `notebook_params` are merged over the notebook's
    `base_parameters`; `jar_params`, `python_params`, `spark_submit_params` and `python_named_params`
    replace the task's parameters. `jar_params` and `notebook_params` are mutually exclusive; each
    parameter field may take at most 10,000 bytes as JSON → `INVALID_PARAMETER_VALUE`. An
    `idempotency_token` (≤64 characters) already used by a run returns that run instead of starting one.
    When the job already has `max_concurrent_runs` active runs (0 skips every run) the run is created
    and ends at once in `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`.

    Args:
        body (JobsRunNowRequest): A job id, an optional idempotency token and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunNowResponse]
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
    body: JobsRunNowRequest,
) -> JobsRunNowResponse | None:
    """Trigger a run of a job

     Starts a run of the job (trigger `ONE_TIME`) and returns its `run_id` and `number_in_job` (the run's
    sequence number among the job's runs, from 1). `notebook_params` are merged over the notebook's
    `base_parameters`; `jar_params`, `python_params`, `spark_submit_params` and `python_named_params`
    replace the task's parameters. `jar_params` and `notebook_params` are mutually exclusive; each
    parameter field may take at most 10,000 bytes as JSON → `INVALID_PARAMETER_VALUE`. An
    `idempotency_token` (≤64 characters) already used by a run returns that run instead of starting one.
    When the job already has `max_concurrent_runs` active runs (0 skips every run) the run is created
    and ends at once in `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`.

    Args:
        body (JobsRunNowRequest): A job id, an optional idempotency token and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunNowResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: JobsRunNowRequest,
) -> Response[JobsRunNowResponse]:
    """Trigger a run of a job

     Starts a run of the job (trigger `ONE_TIME`) and returns its `run_id` and `number_in_job` (the run's
    sequence number among the job's runs, from 1). `notebook_params` are merged over the notebook's
    `base_parameters`; `jar_params`, `python_params`, `spark_submit_params` and `python_named_params`
    replace the task's parameters. `jar_params` and `notebook_params` are mutually exclusive; each
    parameter field may take at most 10,000 bytes as JSON → `INVALID_PARAMETER_VALUE`. An
    `idempotency_token` (≤64 characters) already used by a run returns that run instead of starting one.
    When the job already has `max_concurrent_runs` active runs (0 skips every run) the run is created
    and ends at once in `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`.

    Args:
        body (JobsRunNowRequest): A job id, an optional idempotency token and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsRunNowResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: JobsRunNowRequest,
) -> JobsRunNowResponse | None:
    """Trigger a run of a job

     Starts a run of the job (trigger `ONE_TIME`) and returns its `run_id` and `number_in_job` (the run's
    sequence number among the job's runs, from 1). `notebook_params` are merged over the notebook's
    `base_parameters`; `jar_params`, `python_params`, `spark_submit_params` and `python_named_params`
    replace the task's parameters. `jar_params` and `notebook_params` are mutually exclusive; each
    parameter field may take at most 10,000 bytes as JSON → `INVALID_PARAMETER_VALUE`. An
    `idempotency_token` (≤64 characters) already used by a run returns that run instead of starting one.
    When the job already has `max_concurrent_runs` active runs (0 skips every run) the run is created
    and ends at once in `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`.

    Args:
        body (JobsRunNowRequest): A job id, an optional idempotency token and parameters
            overriding the task settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsRunNowResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
