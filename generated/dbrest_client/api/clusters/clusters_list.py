from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_state import ClusterState
from ...models.clusters_list_response import ClustersListResponse
from ...models.clusters_list_sort_by_direction import ClustersListSortByDirection
from ...models.clusters_list_sort_by_field import ClustersListSortByField
from ...models.clusters_source import ClustersSource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filter_by_cluster_sources: list[ClustersSource] | Unset = UNSET,
    filter_by_cluster_states: list[ClusterState] | Unset = UNSET,
    filter_by_is_pinned: bool | Unset = UNSET,
    filter_by_policy_id: str | Unset = UNSET,
    sort_by_direction: ClustersListSortByDirection | Unset = UNSET,
    sort_by_field: ClustersListSortByField | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filter_by_cluster_sources: list[str] | Unset = UNSET
    if not isinstance(filter_by_cluster_sources, Unset):
        json_filter_by_cluster_sources = []
        for filter_by_cluster_sources_item_data in filter_by_cluster_sources:
            filter_by_cluster_sources_item = filter_by_cluster_sources_item_data.value
            json_filter_by_cluster_sources.append(filter_by_cluster_sources_item)

    params["filter_by.cluster_sources"] = json_filter_by_cluster_sources

    json_filter_by_cluster_states: list[str] | Unset = UNSET
    if not isinstance(filter_by_cluster_states, Unset):
        json_filter_by_cluster_states = []
        for filter_by_cluster_states_item_data in filter_by_cluster_states:
            filter_by_cluster_states_item = filter_by_cluster_states_item_data.value
            json_filter_by_cluster_states.append(filter_by_cluster_states_item)

    params["filter_by.cluster_states"] = json_filter_by_cluster_states

    params["filter_by.is_pinned"] = filter_by_is_pinned

    params["filter_by.policy_id"] = filter_by_policy_id

    json_sort_by_direction: str | Unset = UNSET
    if not isinstance(sort_by_direction, Unset):
        json_sort_by_direction = sort_by_direction.value

    params["sort_by.direction"] = json_sort_by_direction

    json_sort_by_field: str | Unset = UNSET
    if not isinstance(sort_by_field, Unset):
        json_sort_by_field = sort_by_field.value

    params["sort_by.field"] = json_sort_by_field

    params["page_size"] = page_size

    params["page_token"] = page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.1/clusters/list",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClustersListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ClustersListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClustersListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filter_by_cluster_sources: list[ClustersSource] | Unset = UNSET,
    filter_by_cluster_states: list[ClusterState] | Unset = UNSET,
    filter_by_is_pinned: bool | Unset = UNSET,
    filter_by_policy_id: str | Unset = UNSET,
    sort_by_direction: ClustersListSortByDirection | Unset = UNSET,
    sort_by_field: ClustersListSortByField | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ClustersListResponse]:
    """List clusters

     Returns the pinned and active clusters and the clusters terminated in the last 30 days (up to 70
    all-purpose and 30 job clusters), as `clusters/list` of API 2.0, one page at a time: at most
    `page_size` clusters (absent or 0: the server decides; the mock answers 100 and caps larger values
    at
    100). `next_page_token` and `prev_page_token` lead to the neighbouring pages and are absent (or
    empty)
    where there is none; a token is only valid with the filters and sort it was issued for, and an
    unknown
    or mismatched token → `INVALID_PARAMETER_VALUE`. `filter_by.*` keeps the clusters of the given
    sources
    and states, pinned or not, or created under a policy. By default clusters are sorted by state, then
    pinned first, then name (`sort_by.field` DEFAULT); `sort_by.field` CLUSTER_NAME sorts by name only,
    `sort_by.direction` reverses. Query parameters nest as `filter_by.cluster_states=RUNNING` (repeated
    for
    several values), the encoding databricks-sdk uses.

    Args:
        filter_by_cluster_sources (list[ClustersSource] | Unset):
        filter_by_cluster_states (list[ClusterState] | Unset):
        filter_by_is_pinned (bool | Unset):
        filter_by_policy_id (str | Unset):
        sort_by_direction (ClustersListSortByDirection | Unset):
        sort_by_field (ClustersListSortByField | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersListResponse]
    """

    kwargs = _get_kwargs(
        filter_by_cluster_sources=filter_by_cluster_sources,
        filter_by_cluster_states=filter_by_cluster_states,
        filter_by_is_pinned=filter_by_is_pinned,
        filter_by_policy_id=filter_by_policy_id,
        sort_by_direction=sort_by_direction,
        sort_by_field=sort_by_field,
        page_size=page_size,
        page_token=page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filter_by_cluster_sources: list[ClustersSource] | Unset = UNSET,
    filter_by_cluster_states: list[ClusterState] | Unset = UNSET,
    filter_by_is_pinned: bool | Unset = UNSET,
    filter_by_policy_id: str | Unset = UNSET,
    sort_by_direction: ClustersListSortByDirection | Unset = UNSET,
    sort_by_field: ClustersListSortByField | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ClustersListResponse | None:
    """List clusters

     Returns the pinned and active clusters and the clusters terminated in the last 30 days (up to 70
    all-purpose and 30 job clusters), as `clusters/list` of API 2.0, one page at a time: at most
    `page_size` clusters (absent or 0: the server decides; the mock answers 100 and caps larger values
    at
    100). `next_page_token` and `prev_page_token` lead to the neighbouring pages and are absent (or
    empty)
    where there is none; a token is only valid with the filters and sort it was issued for, and an
    unknown
    or mismatched token → `INVALID_PARAMETER_VALUE`. `filter_by.*` keeps the clusters of the given
    sources
    and states, pinned or not, or created under a policy. By default clusters are sorted by state, then
    pinned first, then name (`sort_by.field` DEFAULT); `sort_by.field` CLUSTER_NAME sorts by name only,
    `sort_by.direction` reverses. Query parameters nest as `filter_by.cluster_states=RUNNING` (repeated
    for
    several values), the encoding databricks-sdk uses.

    Args:
        filter_by_cluster_sources (list[ClustersSource] | Unset):
        filter_by_cluster_states (list[ClusterState] | Unset):
        filter_by_is_pinned (bool | Unset):
        filter_by_policy_id (str | Unset):
        sort_by_direction (ClustersListSortByDirection | Unset):
        sort_by_field (ClustersListSortByField | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersListResponse
    """

    return sync_detailed(
        client=client,
        filter_by_cluster_sources=filter_by_cluster_sources,
        filter_by_cluster_states=filter_by_cluster_states,
        filter_by_is_pinned=filter_by_is_pinned,
        filter_by_policy_id=filter_by_policy_id,
        sort_by_direction=sort_by_direction,
        sort_by_field=sort_by_field,
        page_size=page_size,
        page_token=page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filter_by_cluster_sources: list[ClustersSource] | Unset = UNSET,
    filter_by_cluster_states: list[ClusterState] | Unset = UNSET,
    filter_by_is_pinned: bool | Unset = UNSET,
    filter_by_policy_id: str | Unset = UNSET,
    sort_by_direction: ClustersListSortByDirection | Unset = UNSET,
    sort_by_field: ClustersListSortByField | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> Response[ClustersListResponse]:
    """List clusters

     Returns the pinned and active clusters and the clusters terminated in the last 30 days (up to 70
    all-purpose and 30 job clusters), as `clusters/list` of API 2.0, one page at a time: at most
    `page_size` clusters (absent or 0: the server decides; the mock answers 100 and caps larger values
    at
    100). `next_page_token` and `prev_page_token` lead to the neighbouring pages and are absent (or
    empty)
    where there is none; a token is only valid with the filters and sort it was issued for, and an
    unknown
    or mismatched token → `INVALID_PARAMETER_VALUE`. `filter_by.*` keeps the clusters of the given
    sources
    and states, pinned or not, or created under a policy. By default clusters are sorted by state, then
    pinned first, then name (`sort_by.field` DEFAULT); `sort_by.field` CLUSTER_NAME sorts by name only,
    `sort_by.direction` reverses. Query parameters nest as `filter_by.cluster_states=RUNNING` (repeated
    for
    several values), the encoding databricks-sdk uses.

    Args:
        filter_by_cluster_sources (list[ClustersSource] | Unset):
        filter_by_cluster_states (list[ClusterState] | Unset):
        filter_by_is_pinned (bool | Unset):
        filter_by_policy_id (str | Unset):
        sort_by_direction (ClustersListSortByDirection | Unset):
        sort_by_field (ClustersListSortByField | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersListResponse]
    """

    kwargs = _get_kwargs(
        filter_by_cluster_sources=filter_by_cluster_sources,
        filter_by_cluster_states=filter_by_cluster_states,
        filter_by_is_pinned=filter_by_is_pinned,
        filter_by_policy_id=filter_by_policy_id,
        sort_by_direction=sort_by_direction,
        sort_by_field=sort_by_field,
        page_size=page_size,
        page_token=page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filter_by_cluster_sources: list[ClustersSource] | Unset = UNSET,
    filter_by_cluster_states: list[ClusterState] | Unset = UNSET,
    filter_by_is_pinned: bool | Unset = UNSET,
    filter_by_policy_id: str | Unset = UNSET,
    sort_by_direction: ClustersListSortByDirection | Unset = UNSET,
    sort_by_field: ClustersListSortByField | Unset = UNSET,
    page_size: int | Unset = UNSET,
    page_token: str | Unset = UNSET,
) -> ClustersListResponse | None:
    """List clusters

     Returns the pinned and active clusters and the clusters terminated in the last 30 days (up to 70
    all-purpose and 30 job clusters), as `clusters/list` of API 2.0, one page at a time: at most
    `page_size` clusters (absent or 0: the server decides; the mock answers 100 and caps larger values
    at
    100). `next_page_token` and `prev_page_token` lead to the neighbouring pages and are absent (or
    empty)
    where there is none; a token is only valid with the filters and sort it was issued for, and an
    unknown
    or mismatched token → `INVALID_PARAMETER_VALUE`. `filter_by.*` keeps the clusters of the given
    sources
    and states, pinned or not, or created under a policy. By default clusters are sorted by state, then
    pinned first, then name (`sort_by.field` DEFAULT); `sort_by.field` CLUSTER_NAME sorts by name only,
    `sort_by.direction` reverses. Query parameters nest as `filter_by.cluster_states=RUNNING` (repeated
    for
    several values), the encoding databricks-sdk uses.

    Args:
        filter_by_cluster_sources (list[ClustersSource] | Unset):
        filter_by_cluster_states (list[ClusterState] | Unset):
        filter_by_is_pinned (bool | Unset):
        filter_by_policy_id (str | Unset):
        sort_by_direction (ClustersListSortByDirection | Unset):
        sort_by_field (ClustersListSortByField | Unset):
        page_size (int | Unset):
        page_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_by_cluster_sources=filter_by_cluster_sources,
            filter_by_cluster_states=filter_by_cluster_states,
            filter_by_is_pinned=filter_by_is_pinned,
            filter_by_policy_id=filter_by_policy_id,
            sort_by_direction=sort_by_direction,
            sort_by_field=sort_by_field,
            page_size=page_size,
            page_token=page_token,
        )
    ).parsed
