from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_20_job_settings import Jobs20JobSettings
from ...models.jobs_create_response import JobsCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: Jobs20JobSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/jobs/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobsCreateResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = JobsCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobsCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Jobs20JobSettings,
) -> Response[JobsCreateResponse]:
    """Create a job

     Creates a job and returns its `job_id`. Single-task format: exactly one task kind
    (`notebook_task`, `spark_jar_task`, `spark_python_task`, `spark_submit_task`, `pipeline_task`,
    `python_wheel_task`) and, except for pipeline tasks, exactly one of `existing_cluster_id` (which
    must
    exist) and `new_cluster` (spark-submit tasks need `new_cluster`). Giving `tasks` instead creates a
    multi-task format job, validated like Jobs API 2.1 create. `max_concurrent_runs` is 0–1000 (default
    1). Violations → `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20JobSettings): Settings of a job. Single-task format: the task kind, its
            cluster, libraries and retry policy at the
            top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the
            single-task
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsCreateResponse]
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
    body: Jobs20JobSettings,
) -> JobsCreateResponse | None:
    """Create a job

     Creates a job and returns its `job_id`. Single-task format: exactly one task kind
    (`notebook_task`, `spark_jar_task`, `spark_python_task`, `spark_submit_task`, `pipeline_task`,
    `python_wheel_task`) and, except for pipeline tasks, exactly one of `existing_cluster_id` (which
    must
    exist) and `new_cluster` (spark-submit tasks need `new_cluster`). Giving `tasks` instead creates a
    multi-task format job, validated like Jobs API 2.1 create. `max_concurrent_runs` is 0–1000 (default
    1). Violations → `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20JobSettings): Settings of a job. Single-task format: the task kind, its
            cluster, libraries and retry policy at the
            top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the
            single-task
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Jobs20JobSettings,
) -> Response[JobsCreateResponse]:
    """Create a job

     Creates a job and returns its `job_id`. Single-task format: exactly one task kind
    (`notebook_task`, `spark_jar_task`, `spark_python_task`, `spark_submit_task`, `pipeline_task`,
    `python_wheel_task`) and, except for pipeline tasks, exactly one of `existing_cluster_id` (which
    must
    exist) and `new_cluster` (spark-submit tasks need `new_cluster`). Giving `tasks` instead creates a
    multi-task format job, validated like Jobs API 2.1 create. `max_concurrent_runs` is 0–1000 (default
    1). Violations → `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20JobSettings): Settings of a job. Single-task format: the task kind, its
            cluster, libraries and retry policy at the
            top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the
            single-task
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobsCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Jobs20JobSettings,
) -> JobsCreateResponse | None:
    """Create a job

     Creates a job and returns its `job_id`. Single-task format: exactly one task kind
    (`notebook_task`, `spark_jar_task`, `spark_python_task`, `spark_submit_task`, `pipeline_task`,
    `python_wheel_task`) and, except for pipeline tasks, exactly one of `existing_cluster_id` (which
    must
    exist) and `new_cluster` (spark-submit tasks need `new_cluster`). Giving `tasks` instead creates a
    multi-task format job, validated like Jobs API 2.1 create. `max_concurrent_runs` is 0–1000 (default
    1). Violations → `INVALID_PARAMETER_VALUE`.

    Args:
        body (Jobs20JobSettings): Settings of a job. Single-task format: the task kind, its
            cluster, libraries and retry policy at the
            top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the
            single-task
            fields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobsCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
