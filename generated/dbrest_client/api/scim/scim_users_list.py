from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_user_list import ScimUserList
from ...models.scim_users_list_sort_by import ScimUsersListSortBy
from ...models.scim_users_list_sort_order import ScimUsersListSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_: str | Unset = UNSET,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sort_by: ScimUsersListSortBy | Unset = UNSET,
    sort_order: ScimUsersListSortOrder | Unset = UNSET,
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
        "url": "/api/2.0/preview/scim/v2/Users",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimUserList | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ScimUserList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimUserList]:
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
    sort_by: ScimUsersListSortBy | Unset = UNSET,
    sort_order: ScimUsersListSortOrder | Unset = UNSET,
) -> Response[ScimUserList]:
    """List users

     Lists the workspace users as a SCIM ListResponse. `filter` supports `eq`, `ne`, `co`, `sw`, `and`
    and
    `or` on `userName`, `displayName`, `id`, `externalId`, `emails.value` and (admins) `active`; string
    comparisons are case-insensitive; anything else is rejected (400). Paging: `startIndex`
    (1-based; below 1 counts as 1) and `count` (default and maximum 10000; 0 returns only the totals).
    Sorted by `sortBy` (`sortOrder` ascending or descending), by id by default. Any user may list; for
    non-admins each user carries only `id`, `userName` and `displayName`; a non-admin filtering on
    `active`
    gets 400 scimType `invalidFilter`.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersListSortBy | Unset):
        sort_order (ScimUsersListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUserList]
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
    sort_by: ScimUsersListSortBy | Unset = UNSET,
    sort_order: ScimUsersListSortOrder | Unset = UNSET,
) -> ScimUserList | None:
    """List users

     Lists the workspace users as a SCIM ListResponse. `filter` supports `eq`, `ne`, `co`, `sw`, `and`
    and
    `or` on `userName`, `displayName`, `id`, `externalId`, `emails.value` and (admins) `active`; string
    comparisons are case-insensitive; anything else is rejected (400). Paging: `startIndex`
    (1-based; below 1 counts as 1) and `count` (default and maximum 10000; 0 returns only the totals).
    Sorted by `sortBy` (`sortOrder` ascending or descending), by id by default. Any user may list; for
    non-admins each user carries only `id`, `userName` and `displayName`; a non-admin filtering on
    `active`
    gets 400 scimType `invalidFilter`.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersListSortBy | Unset):
        sort_order (ScimUsersListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUserList
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
    sort_by: ScimUsersListSortBy | Unset = UNSET,
    sort_order: ScimUsersListSortOrder | Unset = UNSET,
) -> Response[ScimUserList]:
    """List users

     Lists the workspace users as a SCIM ListResponse. `filter` supports `eq`, `ne`, `co`, `sw`, `and`
    and
    `or` on `userName`, `displayName`, `id`, `externalId`, `emails.value` and (admins) `active`; string
    comparisons are case-insensitive; anything else is rejected (400). Paging: `startIndex`
    (1-based; below 1 counts as 1) and `count` (default and maximum 10000; 0 returns only the totals).
    Sorted by `sortBy` (`sortOrder` ascending or descending), by id by default. Any user may list; for
    non-admins each user carries only `id`, `userName` and `displayName`; a non-admin filtering on
    `active`
    gets 400 scimType `invalidFilter`.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersListSortBy | Unset):
        sort_order (ScimUsersListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUserList]
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
    sort_by: ScimUsersListSortBy | Unset = UNSET,
    sort_order: ScimUsersListSortOrder | Unset = UNSET,
) -> ScimUserList | None:
    """List users

     Lists the workspace users as a SCIM ListResponse. `filter` supports `eq`, `ne`, `co`, `sw`, `and`
    and
    `or` on `userName`, `displayName`, `id`, `externalId`, `emails.value` and (admins) `active`; string
    comparisons are case-insensitive; anything else is rejected (400). Paging: `startIndex`
    (1-based; below 1 counts as 1) and `count` (default and maximum 10000; 0 returns only the totals).
    Sorted by `sortBy` (`sortOrder` ascending or descending), by id by default. Any user may list; for
    non-admins each user carries only `id`, `userName` and `displayName`; a non-admin filtering on
    `active`
    gets 400 scimType `invalidFilter`.

    Args:
        filter_ (str | Unset):
        attributes (str | Unset):
        excluded_attributes (str | Unset):
        start_index (int | Unset):
        count (int | Unset):
        sort_by (ScimUsersListSortBy | Unset):
        sort_order (ScimUsersListSortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUserList
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
