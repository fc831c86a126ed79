from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_policies_list_response import ClusterPoliciesListResponse
from ...models.cluster_policies_list_sort_column import ClusterPoliciesListSortColumn
from ...models.cluster_policies_list_sort_order import ClusterPoliciesListSortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort_order: ClusterPoliciesListSortOrder | Unset = UNSET,
    sort_column: ClusterPoliciesListSortColumn | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sort_column"] = json_sort_column

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/policies/clusters/list",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterPoliciesListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ClusterPoliciesListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterPoliciesListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sort_order: ClusterPoliciesListSortOrder | Unset = UNSET,
    sort_column: ClusterPoliciesListSortColumn | Unset = UNSET,
) -> Response[ClusterPoliciesListResponse]:
    """List cluster policies

     Lists the policies the caller can use: every policy for an admin, the policies on which the caller
    has `CAN_USE` (Permissions API) otherwise. Sorted by `sort_column` (default `POLICY_CREATION_TIME`)
    in `sort_order` (default `DESC`); ties are broken by policy id. Not paginated; `total_count` is the
    number of policies returned. No policies → `{"total_count": 0}`. An unknown `sort_order` or
    `sort_column` → `INVALID_PARAMETER_VALUE`.

    Args:
        sort_order (ClusterPoliciesListSortOrder | Unset):
        sort_column (ClusterPoliciesListSortColumn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterPoliciesListResponse]
    """

    kwargs = _get_kwargs(
        sort_order=sort_order,
        sort_column=sort_column,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sort_order: ClusterPoliciesListSortOrder | Unset = UNSET,
    sort_column: ClusterPoliciesListSortColumn | Unset = UNSET,
) -> ClusterPoliciesListResponse | None:
    """List cluster policies

     Lists the policies the caller can use: every policy for an admin, the policies on which the caller
    has `CAN_USE` (Permissions API) otherwise. Sorted by `sort_column` (default `POLICY_CREATION_TIME`)
    in `sort_order` (default `DESC`); ties are broken by policy id. Not paginated; `total_count` is the
    number of policies returned. No policies → `{"total_count": 0}`. An unknown `sort_order` or
    `sort_column` → `INVALID_PARAMETER_VALUE`.

    Args:
        sort_order (ClusterPoliciesListSortOrder | Unset):
        sort_column (ClusterPoliciesListSortColumn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterPoliciesListResponse
    """

    return sync_detailed(
        client=client,
        sort_order=sort_order,
        sort_column=sort_column,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sort_order: ClusterPoliciesListSortOrder | Unset = UNSET,
    sort_column: ClusterPoliciesListSortColumn | Unset = UNSET,
) -> Response[ClusterPoliciesListResponse]:
    """List cluster policies

     Lists the policies the caller can use: every policy for an admin, the policies on which the caller
    has `CAN_USE` (Permissions API) otherwise. Sorted by `sort_column` (default `POLICY_CREATION_TIME`)
    in `sort_order` (default `DESC`); ties are broken by policy id. Not paginated; `total_count` is the
    number of policies returned. No policies → `{"total_count": 0}`. An unknown `sort_order` or
    `sort_column` → `INVALID_PARAMETER_VALUE`.

    Args:
        sort_order (ClusterPoliciesListSortOrder | Unset):
        sort_column (ClusterPoliciesListSortColumn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterPoliciesListResponse]
    """

    kwargs = _get_kwargs(
        sort_order=sort_order,
        sort_column=sort_column,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sort_order: ClusterPoliciesListSortOrder | Unset = UNSET,
    sort_column: ClusterPoliciesListSortColumn | Unset = UNSET,
) -> ClusterPoliciesListResponse | None:
    """List cluster policies

     Lists the policies the caller can use: every policy for an admin, the policies on which the caller
    has `CAN_USE` (Permissions API) otherwise. Sorted by `sort_column` (default `POLICY_CREATION_TIME`)
    in `sort_order` (default `DESC`); ties are broken by policy id. Not paginated; `total_count` is the
    number of policies returned. No policies → `{"total_count": 0}`. An unknown `sort_order` or
    `sort_column` → `INVALID_PARAMETER_VALUE`.

    Args:
        sort_order (ClusterPoliciesListSortOrder | Unset):
        sort_column (ClusterPoliciesListSortColumn | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterPoliciesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_order=sort_order,
            sort_column=sort_column,
        )
    ).parsed
