from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_group_list import ScimGroupList
from ...models.scim_groups_list_sort_by import ScimGroupsListSortBy
from ...models.scim_groups_list_sort_order import ScimGroupsListSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimGroupsListSortBy | Unset = UNSET,
    sort_order: ScimGroupsListSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["attributes"] = attributes

    params["excludedAttributes"] = excluded_attributes

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
        "url": "/api/2.0/preview/scim/v2/Groups",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimGroupList | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ScimGroupList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimGroupList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimGroupsListSortBy | Unset = UNSET,
    sort_order: ScimGroupsListSortOrder | Unset = UNSET,
) -> Response[ScimGroupList]:
    """List groups

     Lists the workspace groups (including the built-in `admins` and `users`) as a SCIM ListResponse.
    Same `filter`, paging and sorting rules as `GET /Users`, on `displayName`, `id` and `externalId`.
    Any user may list; for non-admins each group carries only `id` and `displayName`. An unsupported
    filter or a malformed parameter → 400.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimGroupsListSortBy | Unset):
        sort_order (ScimGroupsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimGroupList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
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
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimGroupsListSortBy | Unset = UNSET,
    sort_order: ScimGroupsListSortOrder | Unset = UNSET,
) -> ScimGroupList | None:
    """List groups

     Lists the workspace groups (including the built-in `admins` and `users`) as a SCIM ListResponse.
    Same `filter`, paging and sorting rules as `GET /Users`, on `displayName`, `id` and `externalId`.
    Any user may list; for non-admins each group carries only `id` and `displayName`. An unsupported
    filter or a malformed parameter → 400.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimGroupsListSortBy | Unset):
        sort_order (ScimGroupsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimGroupList
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
        start_index=start_index,
        count=count,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimGroupsListSortBy | Unset = UNSET,
    sort_order: ScimGroupsListSortOrder | Unset = UNSET,
) -> Response[ScimGroupList]:
    """List groups

     Lists the workspace groups (including the built-in `admins` and `users`) as a SCIM ListResponse.
    Same `filter`, paging and sorting rules as `GET /Users`, on `displayName`, `id` and `externalId`.
    Any user may list; for non-admins each group carries only `id` and `displayName`. An unsupported
    filter or a malformed parameter → 400.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimGroupsListSortBy | Unset):
        sort_order (ScimGroupsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimGroupList]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
        start_index=start_index,
        count=count,
        sort_by=sort_by,
        sort_order=sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimGroupsListSortBy | Unset = UNSET,
    sort_order: ScimGroupsListSortOrder | Unset = UNSET,
) -> ScimGroupList | None:
    """List groups

     Lists the workspace groups (including the built-in `admins` and `users`) as a SCIM ListResponse.
    Same `filter`, paging and sorting rules as `GET /Users`, on `displayName`, `id` and `externalId`.
    Any user may list; for non-admins each group carries only `id` and `displayName`. An unsupported
    filter or a malformed parameter → 400.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimGroupsListSortBy | Unset):
        sort_order (ScimGroupsListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimGroupList
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
