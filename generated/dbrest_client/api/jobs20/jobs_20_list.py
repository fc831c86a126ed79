from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_20_list_response import Jobs20ListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["expand_tasks"] = expand_tasks

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/jobs/list",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jobs20ListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs20ListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Jobs20ListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
) -> Response[Jobs20ListResponse]:
    """List jobs

     Lists jobs, most recently created first. Without `offset` and `limit` every job is returned (the
    2020
    behaviour, which Jobs API 2.0 kept; `has_more` is false). With either, a page: `offset` (default 0)
    and `limit` (1–25, default 20), `has_more` telling whether more jobs follow. Single-task format jobs
    show their full settings; multi-task format jobs omit `tasks` and `job_clusters` unless
    `expand_tasks`. A `limit` or `offset` out of range → `INVALID_PARAMETER_VALUE`.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        expand_tasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20ListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        expand_tasks=expand_tasks,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
) -> Jobs20ListResponse | None:
    """List jobs

     Lists jobs, most recently created first. Without `offset` and `limit` every job is returned (the
    2020
    behaviour, which Jobs API 2.0 kept; `has_more` is false). With either, a page: `offset` (default 0)
    and `limit` (1–25, default 20), `has_more` telling whether more jobs follow. Single-task format jobs
    show their full settings; multi-task format jobs omit `tasks` and `job_clusters` unless
    `expand_tasks`. A `limit` or `offset` out of range → `INVALID_PARAMETER_VALUE`.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        expand_tasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20ListResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        expand_tasks=expand_tasks,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
) -> Response[Jobs20ListResponse]:
    """List jobs

     Lists jobs, most recently created first. Without `offset` and `limit` every job is returned (the
    2020
    behaviour, which Jobs API 2.0 kept; `has_more` is false). With either, a page: `offset` (default 0)
    and `limit` (1–25, default 20), `has_more` telling whether more jobs follow. Single-task format jobs
    show their full settings; multi-task format jobs omit `tasks` and `job_clusters` unless
    `expand_tasks`. A `limit` or `offset` out of range → `INVALID_PARAMETER_VALUE`.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        expand_tasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs20ListResponse]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        expand_tasks=expand_tasks,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
) -> Jobs20ListResponse | None:
    """List jobs

     Lists jobs, most recently created first. Without `offset` and `limit` every job is returned (the
    2020
    behaviour, which Jobs API 2.0 kept; `has_more` is false). With either, a page: `offset` (default 0)
    and `limit` (1–25, default 20), `has_more` telling whether more jobs follow. Single-task format jobs
    show their full settings; multi-task format jobs omit `tasks` and `job_clusters` unless
    `expand_tasks`. A `limit` or `offset` out of range → `INVALID_PARAMETER_VALUE`.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        expand_tasks (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs20ListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            expand_tasks=expand_tasks,
        )
    ).parsed
