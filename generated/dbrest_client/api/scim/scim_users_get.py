from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_user import ScimUser
from ...models.scim_users_get_sort_by import ScimUsersGetSortBy
from ...models.scim_users_get_sort_order import ScimUsersGetSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimUsersGetSortBy | Unset = UNSET,
    sort_order: ScimUsersGetSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["attributes"] = attributes

    params["excludedAttributes"] = excluded_attributes

    params["filter"] = filter_

    params["startIndex"] = start_index

    params["count"] = count

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/preview/scim/v2/Users/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimUser | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ScimUser.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimUsersGetSortBy | Unset = UNSET,
    sort_order: ScimUsersGetSortOrder | Unset = UNSET,
) -> Response[ScimUser]:
    """Get a user

     Returns the user with this id (admin only). Unknown id → 404. A malformed query parameter → 400.
    databricks-sdk 0.162.0 `UsersAPI.get` also sends the list parameters `filter`, `startIndex`,
    `count`,
    `sortBy` and `sortOrder`; they are checked as on the list and do not change the answer for one user.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        filter_ (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersGetSortBy | Unset):
        sort_order (ScimUsersGetSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
    """

    kwargs = _get_kwargs(
        id=id,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
        filter_=filter_,
        start_index=start_index,
        count=count,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimUsersGetSortBy | Unset = UNSET,
    sort_order: ScimUsersGetSortOrder | Unset = UNSET,
) -> ScimUser | None:
    """Get a user

     Returns the user with this id (admin only). Unknown id → 404. A malformed query parameter → 400.
    databricks-sdk 0.162.0 `UsersAPI.get` also sends the list parameters `filter`, `startIndex`,
    `count`,
    `sortBy` and `sortOrder`; they are checked as on the list and do not change the answer for one user.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        filter_ (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersGetSortBy | Unset):
        sort_order (ScimUsersGetSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return sync_detailed(
        id=id,
        client=client,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
        filter_=filter_,
        start_index=start_index,
        count=count,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimUsersGetSortBy | Unset = UNSET,
    sort_order: ScimUsersGetSortOrder | Unset = UNSET,
) -> Response[ScimUser]:
    """Get a user

     Returns the user with this id (admin only). Unknown id → 404. A malformed query parameter → 400.
    databricks-sdk 0.162.0 `UsersAPI.get` also sends the list parameters `filter`, `startIndex`,
    `count`,
    `sortBy` and `sortOrder`; they are checked as on the list and do not change the answer for one user.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        filter_ (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersGetSortBy | Unset):
        sort_order (ScimUsersGetSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
    """

    kwargs = _get_kwargs(
        id=id,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
        filter_=filter_,
        start_index=start_index,
        count=count,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimUsersGetSortBy | Unset = UNSET,
    sort_order: ScimUsersGetSortOrder | Unset = UNSET,
) -> ScimUser | None:
    """Get a user

     Returns the user with this id (admin only). Unknown id → 404. A malformed query parameter → 400.
    databricks-sdk 0.162.0 `UsersAPI.get` also sends the list parameters `filter`, `startIndex`,
    `count`,
    `sortBy` and `sortOrder`; they are checked as on the list and do not change the answer for one user.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        filter_ (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersGetSortBy | Unset):
        sort_order (ScimUsersGetSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            filter_=filter_,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
