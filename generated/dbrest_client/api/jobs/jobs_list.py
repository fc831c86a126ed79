from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.jobs_21_list_response import Jobs21ListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    name: str | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["name"] = name

    params["expand_tasks"] = expand_tasks

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.2/jobs/list",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Jobs21ListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Jobs21ListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Jobs21ListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    name: str | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Jobs21ListResponse]:
    """List jobs

     Lists jobs, most recently created first, a page at a time: `offset` (default 0) and `limit` (1–25,
    default 20; out of range → `INVALID_PARAMETER_VALUE`); `has_more` tells whether more jobs follow.
    `name` keeps only the jobs with exactly that name (case-insensitive). Without `expand_tasks` the
    settings omit `tasks` and `job_clusters`. Jobs created through Jobs API 2.0 in the single-task
    format
    are shown in the multi-task form (one task) with `format: SINGLE_TASK`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.
    Jobs 2.2: `limit` up to 100; `page_token` (an answer's `next_page_token` or `prev_page_token`)
    replaces
    `offset`; with `expand_tasks` each job shows at most 100 tasks etc. and `has_more` when cut
    (jobs/get
    reads the rest).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        name (str | Unset):
        expand_tasks (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21ListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        name=name,
        expand_tasks=expand_tasks,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    name: str | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Jobs21ListResponse | None:
    """List jobs

     Lists jobs, most recently created first, a page at a time: `offset` (default 0) and `limit` (1–25,
    default 20; out of range → `INVALID_PARAMETER_VALUE`); `has_more` tells whether more jobs follow.
    `name` keeps only the jobs with exactly that name (case-insensitive). Without `expand_tasks` the
    settings omit `tasks` and `job_clusters`. Jobs created through Jobs API 2.0 in the single-task
    format
    are shown in the multi-task form (one task) with `format: SINGLE_TASK`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.
    Jobs 2.2: `limit` up to 100; `page_token` (an answer's `next_page_token` or `prev_page_token`)
    replaces
    `offset`; with `expand_tasks` each job shows at most 100 tasks etc. and `has_more` when cut
    (jobs/get
    reads the rest).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        name (str | Unset):
        expand_tasks (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21ListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        name=name,
        expand_tasks=expand_tasks,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    name: str | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[Jobs21ListResponse]:
    """List jobs

     Lists jobs, most recently created first, a page at a time: `offset` (default 0) and `limit` (1–25,
    default 20; out of range → `INVALID_PARAMETER_VALUE`); `has_more` tells whether more jobs follow.
    `name` keeps only the jobs with exactly that name (case-insensitive). Without `expand_tasks` the
    settings omit `tasks` and `job_clusters`. Jobs created through Jobs API 2.0 in the single-task
    format
    are shown in the multi-task form (one task) with `format: SINGLE_TASK`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.
    Jobs 2.2: `limit` up to 100; `page_token` (an answer's `next_page_token` or `prev_page_token`)
    replaces
    `offset`; with `expand_tasks` each job shows at most 100 tasks etc. and `has_more` when cut
    (jobs/get
    reads the rest).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        name (str | Unset):
        expand_tasks (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Jobs21ListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        name=name,
        expand_tasks=expand_tasks,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    name: str | Unset = UNSET,
    expand_tasks: bool | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Jobs21ListResponse | None:
    """List jobs

     Lists jobs, most recently created first, a page at a time: `offset` (default 0) and `limit` (1–25,
    default 20; out of range → `INVALID_PARAMETER_VALUE`); `has_more` tells whether more jobs follow.
    `name` keeps only the jobs with exactly that name (case-insensitive). Without `expand_tasks` the
    settings omit `tasks` and `job_clusters`. Jobs created through Jobs API 2.0 in the single-task
    format
    are shown in the multi-task form (one task) with `format: SINGLE_TASK`. A workspace that does not
    serve the path answers 404 `ENDPOINT_NOT_FOUND`.
    Jobs 2.2: `limit` up to 100; `page_token` (an answer's `next_page_token` or `prev_page_token`)
    replaces
    `offset`; with `expand_tasks` each job shows at most 100 tasks etc. and `has_more` when cut
    (jobs/get
    reads the rest).

    Args:
        limit (int | Unset):
        offset (int | Unset):
        name (str | Unset):
        expand_tasks (bool | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Jobs21ListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            name=name,
            expand_tasks=expand_tasks,
            page_token=page_token,
        )
    ).parsed
