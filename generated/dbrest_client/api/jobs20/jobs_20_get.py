from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_20_job import Jobs20Job
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
        "url": "/api/2.0/jobs/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jobs20Job | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs20Job.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Jobs20Job]:
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
) -> Response[Jobs20Job]:
    """Get a job

     Returns a job: single-task format jobs with their task settings at the top level, multi-task format
    jobs with `tasks` and `job_clusters` (as in 2.1). An unknown or deleted job → HTTP 400
    `INVALID_PARAMETER_VALUE` "Job <id> does not exist".

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20Job]
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
) -> Jobs20Job | None:
    """Get a job

     Returns a job: single-task format jobs with their task settings at the top level, multi-task format
    jobs with `tasks` and `job_clusters` (as in 2.1). An unknown or deleted job → HTTP 400
    `INVALID_PARAMETER_VALUE` "Job <id> does not exist".

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20Job
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    job_id: int,
) -> Response[Jobs20Job]:
    """Get a job

     Returns a job: single-task format jobs with their task settings at the top level, multi-task format
    jobs with `tasks` and `job_clusters` (as in 2.1). An unknown or deleted job → HTTP 400
    `INVALID_PARAMETER_VALUE` "Job <id> does not exist".

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20Job]
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
) -> Jobs20Job | None:
    """Get a job

     Returns a job: single-task format jobs with their task settings at the top level, multi-task format
    jobs with `tasks` and `job_clusters` (as in 2.1). An unknown or deleted job → HTTP 400
    `INVALID_PARAMETER_VALUE` "Job <id> does not exist".

    Args:
        job_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20Job
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
        )
    ).parsed
