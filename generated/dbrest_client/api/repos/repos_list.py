from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.repos_list_response import ReposListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    path_prefix: str | Unset = UNSET,
    next_page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path_prefix"] = path_prefix

    params["next_page_token"] = next_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/repos",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReposListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ReposListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ReposListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    path_prefix: str | Unset = UNSET,
    next_page_token: str | Unset = UNSET,
) -> Response[ReposListResponse]:
    """List repos

     Lists the repos the caller can manage, ordered by path, in pages of 20. Pass the `next_page_token`
    of
    an answer to get the next page; the last page has no `next_page_token`. `path_prefix` keeps the
    repos
    whose path starts with it. An invalid page token gives `INVALID_PARAMETER_VALUE`. No repos → `{}`.

    Args:
        path_prefix (str | Unset):
        next_page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReposListResponse]
    """

    kwargs = _get_kwargs(
        path_prefix=path_prefix,
        next_page_token=next_page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path_prefix: str | Unset = UNSET,
    next_page_token: str | Unset = UNSET,
) -> ReposListResponse | None:
    """List repos

     Lists the repos the caller can manage, ordered by path, in pages of 20. Pass the `next_page_token`
    of
    an answer to get the next page; the last page has no `next_page_token`. `path_prefix` keeps the
    repos
    whose path starts with it. An invalid page token gives `INVALID_PARAMETER_VALUE`. No repos → `{}`.

    Args:
        path_prefix (str | Unset):
        next_page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReposListResponse
    """

    return sync_detailed(
        client=client,
        path_prefix=path_prefix,
        next_page_token=next_page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path_prefix: str | Unset = UNSET,
    next_page_token: str | Unset = UNSET,
) -> Response[ReposListResponse]:
    """List repos

     Lists the repos the caller can manage, ordered by path, in pages of 20. Pass the `next_page_token`
    of
    an answer to get the next page; the last page has no `next_page_token`. `path_prefix` keeps the
    repos
    whose path starts with it. An invalid page token gives `INVALID_PARAMETER_VALUE`. No repos → `{}`.

    Args:
        path_prefix (str | Unset):
        next_page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReposListResponse]
    """

    kwargs = _get_kwargs(
        path_prefix=path_prefix,
        next_page_token=next_page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path_prefix: str | Unset = UNSET,
    next_page_token: str | Unset = UNSET,
) -> ReposListResponse | None:
    """List repos

     Lists the repos the caller can manage, ordered by path, in pages of 20. Pass the `next_page_token`
    of
    an answer to get the next page; the last page has no `next_page_token`. `path_prefix` keeps the
    repos
    whose path starts with it. An invalid page token gives `INVALID_PARAMETER_VALUE`. No repos → `{}`.

    Args:
        path_prefix (str | Unset):
        next_page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReposListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            path_prefix=path_prefix,
            next_page_token=next_page_token,
        )
    ).parsed
