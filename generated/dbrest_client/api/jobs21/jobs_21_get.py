from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_21_job import Jobs21Job
from ...types import UNSET, Response


def _get_kwargs(
    *,
    job_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.1/jobs/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jobs21Job | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs21Job.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Jobs21Job]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    job_id: int,
) -> Response[Jobs21Job]:
    """Get a job

     Returns a job with its settings in the multi-task format. A job created through Jobs API 2.0 in the
    single-task format is shown as one task (task_key derived from the job name) with
    `format: SINGLE_TASK`. `run_as_user_name` is the `IS_OWNER` of the job's access control list, else
    its creator. An unknown or deleted job → HTTP 400 `INVALID_PARAMETER_VALUE` "Job <id> does not
    exist". A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    job_id: int,
) -> Jobs21Job | None:
    """Get a job

     Returns a job with its settings in the multi-task format. A job created through Jobs API 2.0 in the
    single-task format is shown as one task (task_key derived from the job name) with
    `format: SINGLE_TASK`. `run_as_user_name` is the `IS_OWNER` of the job's access control list, else
    its creator. An unknown or deleted job → HTTP 400 `INVALID_PARAMETER_VALUE` "Job <id> does not
    exist". A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21Job
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_id: int,
) -> Response[Jobs21Job]:
    """Get a job

     Returns a job with its settings in the multi-task format. A job created through Jobs API 2.0 in the
    single-task format is shown as one task (task_key derived from the job name) with
    `format: SINGLE_TASK`. `run_as_user_name` is the `IS_OWNER` of the job's access control list, else
    its creator. An unknown or deleted job → HTTP 400 `INVALID_PARAMETER_VALUE` "Job <id> does not
    exist". A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    job_id: int,
) -> Jobs21Job | None:
    """Get a job

     Returns a job with its settings in the multi-task format. A job created through Jobs API 2.0 in the
    single-task format is shown as one task (task_key derived from the job name) with
    `format: SINGLE_TASK`. `run_as_user_name` is the `IS_OWNER` of the job's access control list, else
    its creator. An unknown or deleted job → HTTP 400 `INVALID_PARAMETER_VALUE` "Job <id> does not
    exist". A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21Job
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
        )
    ).parsed
