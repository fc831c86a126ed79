from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clusters_20_list_can_use_client import Clusters20ListCanUseClient
from ...models.clusters_list_response import ClustersListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_can_use_client: str | Unset = UNSET
    if not isinstance(can_use_client, Unset):
        json_can_use_client = can_use_client.value

    params["can_use_client"] = json_can_use_client

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/clusters/list",
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
    can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
) -> Response[ClustersListResponse]:
    """List clusters

     Returns the pinned and active clusters, up to 70 all-purpose clusters terminated in the last 30 days
    and up to 30 job clusters terminated in the last 30 days. Not paginated. `clusters` is absent when
    there are none. An unknown `can_use_client` value → `INVALID_PARAMETER_VALUE`.

    Args:
        can_use_client (Clusters20ListCanUseClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersListResponse]
    """

    kwargs = _get_kwargs(
        can_use_client=can_use_client,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
) -> ClustersListResponse | None:
    """List clusters

     Returns the pinned and active clusters, up to 70 all-purpose clusters terminated in the last 30 days
    and up to 30 job clusters terminated in the last 30 days. Not paginated. `clusters` is absent when
    there are none. An unknown `can_use_client` value → `INVALID_PARAMETER_VALUE`.

    Args:
        can_use_client (Clusters20ListCanUseClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersListResponse
    """

    return sync_detailed(
        client=client,
        can_use_client=can_use_client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
) -> Response[ClustersListResponse]:
    """List clusters

     Returns the pinned and active clusters, up to 70 all-purpose clusters terminated in the last 30 days
    and up to 30 job clusters terminated in the last 30 days. Not paginated. `clusters` is absent when
    there are none. An unknown `can_use_client` value → `INVALID_PARAMETER_VALUE`.

    Args:
        can_use_client (Clusters20ListCanUseClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersListResponse]
    """

    kwargs = _get_kwargs(
        can_use_client=can_use_client,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
) -> ClustersListResponse | None:
    """List clusters

     Returns the pinned and active clusters, up to 70 all-purpose clusters terminated in the last 30 days
    and up to 30 job clusters terminated in the last 30 days. Not paginated. `clusters` is absent when
    there are none. An unknown `can_use_client` value → `INVALID_PARAMETER_VALUE`.

    Args:
        can_use_client (Clusters20ListCanUseClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            can_use_client=can_use_client,
        )
    ).parsed
