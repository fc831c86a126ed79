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
        "url": "/api/2.2/jobs/create",
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
    (1–100 characters `[A-Za-z0-9_-]`) and exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`, `condition_task`, `run_job_task`, `for_each_task`, `dashboard_task`, `power_bi_task`,
    `clean_rooms_notebook_task`, `dbt_cloud_task`, `dbt_platform_task`, `alert_task`,
    `gen_ai_compute_task`, `python_operator_task`, `ai_function_task`, `ai_runtime_task`). Notebook,
    JAR,
    Python, spark-submit, wheel and dbt tasks need compute: exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`, or an `environment_key` of the job's `environments`
    (serverless).
    `depends_on` must name other tasks of the job and form no cycle (an `outcome` only on a
    `condition_task`); a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id`
    must
    exist; the task of a `for_each_task` cannot be another `for_each_task`; `parameters` names are
    unique.
    At most 1000 tasks, 100 job clusters and 25 tags. Runs of jobs created through this version are
    queued at `max_concurrent_runs` unless `queue.enabled` is false. `access_control_list` sets the
    job's
    initial permissions (a group cannot be `IS_OWNER`). Violations give `INVALID_PARAMETER_VALUE`. The
    job is also visible through Jobs API 2.1 and 2.0. A workspace that does not serve the path answers
    404 `ENDPOINT_NOT_FOUND`.

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
    (1–100 characters `[A-Za-z0-9_-]`) and exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`, `condition_task`, `run_job_task`, `for_each_task`, `dashboard_task`, `power_bi_task`,
    `clean_rooms_notebook_task`, `dbt_cloud_task`, `dbt_platform_task`, `alert_task`,
    `gen_ai_compute_task`, `python_operator_task`, `ai_function_task`, `ai_runtime_task`). Notebook,
    JAR,
    Python, spark-submit, wheel and dbt tasks need compute: exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`, or an `environment_key` of the job's `environments`
    (serverless).
    `depends_on` must name other tasks of the job and form no cycle (an `outcome` only on a
    `condition_task`); a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id`
    must
    exist; the task of a `for_each_task` cannot be another `for_each_task`; `parameters` names are
    unique.
    At most 1000 tasks, 100 job clusters and 25 tags. Runs of jobs created through this version are
    queued at `max_concurrent_runs` unless `queue.enabled` is false. `access_control_list` sets the
    job's
    initial permissions (a group cannot be `IS_OWNER`). Violations give `INVALID_PARAMETER_VALUE`. The
    job is also visible through Jobs API 2.1 and 2.0. A workspace that does not serve the path answers
    404 `ENDPOINT_NOT_FOUND`.

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
    (1–100 characters `[A-Za-z0-9_-]`) and exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`, `condition_task`, `run_job_task`, `for_each_task`, `dashboard_task`, `power_bi_task`,
    `clean_rooms_notebook_task`, `dbt_cloud_task`, `dbt_platform_task`, `alert_task`,
    `gen_ai_compute_task`, `python_operator_task`, `ai_function_task`, `ai_runtime_task`). Notebook,
    JAR,
    Python, spark-submit, wheel and dbt tasks need compute: exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`, or an `environment_key` of the job's `environments`
    (serverless).
    `depends_on` must name other tasks of the job and form no cycle (an `outcome` only on a
    `condition_task`); a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id`
    must
    exist; the task of a `for_each_task` cannot be another `for_each_task`; `parameters` names are
    unique.
    At most 1000 tasks, 100 job clusters and 25 tags. Runs of jobs created through this version are
    queued at `max_concurrent_runs` unless `queue.enabled` is false. `access_control_list` sets the
    job's
    initial permissions (a group cannot be `IS_OWNER`). Violations give `INVALID_PARAMETER_VALUE`. The
    job is also visible through Jobs API 2.1 and 2.0. A workspace that does not serve the path answers
    404 `ENDPOINT_NOT_FOUND`.

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
    (1–100 characters `[A-Za-z0-9_-]`) and exactly one task kind (`notebook_task`, `spark_jar_task`,
    `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
    `dbt_task`, `condition_task`, `run_job_task`, `for_each_task`, `dashboard_task`, `power_bi_task`,
    `clean_rooms_notebook_task`, `dbt_cloud_task`, `dbt_platform_task`, `alert_task`,
    `gen_ai_compute_task`, `python_operator_task`, `ai_function_task`, `ai_runtime_task`). Notebook,
    JAR,
    Python, spark-submit, wheel and dbt tasks need compute: exactly one of `existing_cluster_id`,
    `new_cluster` and `job_cluster_key`, or an `environment_key` of the job's `environments`
    (serverless).
    `depends_on` must name other tasks of the job and form no cycle (an `outcome` only on a
    `condition_task`); a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id`
    must
    exist; the task of a `for_each_task` cannot be another `for_each_task`; `parameters` names are
    unique.
    At most 1000 tasks, 100 job clusters and 25 tags. Runs of jobs created through this version are
    queued at `max_concurrent_runs` unless `queue.enabled` is false. `access_control_list` sets the
    job's
    initial permissions (a group cannot be `IS_OWNER`). Violations give `INVALID_PARAMETER_VALUE`. The
    job is also visible through Jobs API 2.1 and 2.0. A workspace that does not serve the path answers
    404 `ENDPOINT_NOT_FOUND`.

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
