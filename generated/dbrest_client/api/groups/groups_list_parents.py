from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.groups_names_response import GroupsNamesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_name: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_name"] = user_name

    params["group_name"] = group_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/groups/list-parents",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GroupsNamesResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = GroupsNamesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GroupsNamesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_name: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Response[GroupsNamesResponse]:
    """List the groups a user or group belongs to

     Lists the groups of which the user `user_name` or the group `group_name` (exactly one of them;
    `INVALID_PARAMETER_VALUE` otherwise) is a direct member (non-recursive). Every user is a member of
    `users`. No parents → `{}`. Unknown user or group → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`).

    Args:
        user_name (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsNamesResponse]
    """

    kwargs = _get_kwargs(
        user_name=user_name,
        group_name=group_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_name: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> GroupsNamesResponse | None:
    """List the groups a user or group belongs to

     Lists the groups of which the user `user_name` or the group `group_name` (exactly one of them;
    `INVALID_PARAMETER_VALUE` otherwise) is a direct member (non-recursive). Every user is a member of
    `users`. No parents → `{}`. Unknown user or group → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`).

    Args:
        user_name (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsNamesResponse
    """

    return sync_detailed(
        client=client,
        user_name=user_name,
        group_name=group_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_name: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> Response[GroupsNamesResponse]:
    """List the groups a user or group belongs to

     Lists the groups of which the user `user_name` or the group `group_name` (exactly one of them;
    `INVALID_PARAMETER_VALUE` otherwise) is a direct member (non-recursive). Every user is a member of
    `users`. No parents → `{}`. Unknown user or group → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`).

    Args:
        user_name (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsNamesResponse]
    """

    kwargs = _get_kwargs(
        user_name=user_name,
        group_name=group_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_name: str | Unset = UNSET,
    group_name: str | Unset = UNSET,
) -> GroupsNamesResponse | None:
    """List the groups a user or group belongs to

     Lists the groups of which the user `user_name` or the group `group_name` (exactly one of them;
    `INVALID_PARAMETER_VALUE` otherwise) is a direct member (non-recursive). Every user is a member of
    `users`. No parents → `{}`. Unknown user or group → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`).

    Args:
        user_name (str | Unset):
        group_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsNamesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_name=user_name,
            group_name=group_name,
        )
    ).parsed
