from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_create_request import JobsCreateRequest
from ...models.jobs_create_response import JobsCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: JobsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.1/jobs/create",
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
    body: JobsCreateRequest,
) -> Response[JobsCreateResponse]:
    """Create a job

     Creates a multi-task format job and returns its `job_id`. Every task needs a unique `task_key`
    (1–100 characters `[A-Za-z0-9_-]`), exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`) and, except for pipeline and SQL tasks, exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`. `depends_on` must name other tasks of the job and form no
    cycle;
    a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id` must exist. At most
    100
    tasks through this version (a job of up to 1000 tasks needs Jobs API 2.2: "Resources with more than
    100
    tasks can only be handled by API 2.2 and above"), 100 job clusters and 25 tags. `format` is ignored
    (2.1 jobs are `MULTI_TASK`).
    `access_control_list` sets the job's initial permissions (a group cannot be `IS_OWNER`). Violations
    give `INVALID_PARAMETER_VALUE`. The job is also visible through Jobs API 2.0. A workspace that does
    not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsCreateRequest): The settings of the new job and its initial access control list.

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
    body: JobsCreateRequest,
) -> JobsCreateResponse | None:
    """Create a job

     Creates a multi-task format job and returns its `job_id`. Every task needs a unique `task_key`
    (1–100 characters `[A-Za-z0-9_-]`), exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`) and, except for pipeline and SQL tasks, exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`. `depends_on` must name other tasks of the job and form no
    cycle;
    a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id` must exist. At most
    100
    tasks through this version (a job of up to 1000 tasks needs Jobs API 2.2: "Resources with more than
    100
    tasks can only be handled by API 2.2 and above"), 100 job clusters and 25 tags. `format` is ignored
    (2.1 jobs are `MULTI_TASK`).
    `access_control_list` sets the job's initial permissions (a group cannot be `IS_OWNER`). Violations
    give `INVALID_PARAMETER_VALUE`. The job is also visible through Jobs API 2.0. A workspace that does
    not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsCreateRequest): The settings of the new job and its initial access control list.

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
    body: JobsCreateRequest,
) -> Response[JobsCreateResponse]:
    """Create a job

     Creates a multi-task format job and returns its `job_id`. Every task needs a unique `task_key`
    (1–100 characters `[A-Za-z0-9_-]`), exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`) and, except for pipeline and SQL tasks, exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`. `depends_on` must name other tasks of the job and form no
    cycle;
    a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id` must exist. At most
    100
    tasks through this version (a job of up to 1000 tasks needs Jobs API 2.2: "Resources with more than
    100
    tasks can only be handled by API 2.2 and above"), 100 job clusters and 25 tags. `format` is ignored
    (2.1 jobs are `MULTI_TASK`).
    `access_control_list` sets the job's initial permissions (a group cannot be `IS_OWNER`). Violations
    give `INVALID_PARAMETER_VALUE`. The job is also visible through Jobs API 2.0. A workspace that does
    not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsCreateRequest): The settings of the new job and its initial access control list.

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
    body: JobsCreateRequest,
) -> JobsCreateResponse | None:
    """Create a job

     Creates a multi-task format job and returns its `job_id`. Every task needs a unique `task_key`
    (1–100 characters `[A-Za-z0-9_-]`), exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`) and, except for pipeline and SQL tasks, exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`. `depends_on` must name other tasks of the job and form no
    cycle;
    a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id` must exist. At most
    100
    tasks through this version (a job of up to 1000 tasks needs Jobs API 2.2: "Resources with more than
    100
    tasks can only be handled by API 2.2 and above"), 100 job clusters and 25 tags. `format` is ignored
    (2.1 jobs are `MULTI_TASK`).
    `access_control_list` sets the job's initial permissions (a group cannot be `IS_OWNER`). Violations
    give `INVALID_PARAMETER_VALUE`. The job is also visible through Jobs API 2.0. A workspace that does
    not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        body (JobsCreateRequest): The settings of the new job and its initial access control list.

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
