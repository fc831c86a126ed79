from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.groups_list_members_response import GroupsListMembersResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    group_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["group_name"] = group_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/groups/list-members",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupsListMembersResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = GroupsListMembersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupsListMembersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    group_name: str,
) -> Response[GroupsListMembersResponse]:
    """List the direct members of a group

     Lists the users and groups that are direct members of the group (non-recursive). No members → `{}`.
    Unknown group → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`). A missing or empty
    `group_name` → `INVALID_PARAMETER_VALUE`.

    Args:
        group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsListMembersResponse]
    """

    kwargs = _get_kwargs(
        group_name=group_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    group_name: str,
) -> GroupsListMembersResponse | None:
    """List the direct members of a group

     Lists the users and groups that are direct members of the group (non-recursive). No members → `{}`.
    Unknown group → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`). A missing or empty
    `group_name` → `INVALID_PARAMETER_VALUE`.

    Args:
        group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsListMembersResponse
    """

    return sync_detailed(
        client=client,
        group_name=group_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    group_name: str,
) -> Response[GroupsListMembersResponse]:
    """List the direct members of a group

     Lists the users and groups that are direct members of the group (non-recursive). No members → `{}`.
    Unknown group → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`). A missing or empty
    `group_name` → `INVALID_PARAMETER_VALUE`.

    Args:
        group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsListMembersResponse]
    """

    kwargs = _get_kwargs(
        group_name=group_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    group_name: str,
) -> GroupsListMembersResponse | None:
    """List the direct members of a group

     Lists the users and groups that are direct members of the group (non-recursive). No members → `{}`.
    Unknown group → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`). A missing or empty
    `group_name` → `INVALID_PARAMETER_VALUE`.

    Args:
        group_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsListMembersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            group_name=group_name,
        )
    ).parsed
