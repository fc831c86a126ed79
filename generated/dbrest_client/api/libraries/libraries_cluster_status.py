from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.libraries_cluster_library_statuses import LibrariesClusterLibraryStatuses
from ...types import UNSET, Response


def _get_kwargs(
    *,
    cluster_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cluster_id"] = cluster_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/libraries/cluster-status",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LibrariesClusterLibraryStatuses | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = LibrariesClusterLibraryStatuses.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LibrariesClusterLibraryStatuses]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
) -> Response[LibrariesClusterLibraryStatuses]:
    """Get the status of the libraries on a cluster

     Returns the status of every library of the cluster, in the order they were requested: libraries
    installed or being installed, libraries to be installed on all clusters, and libraries marked for
    removal (`UNINSTALL_ON_RESTART`). A terminated cluster keeps its libraries (they are installed again
    when it starts) and shows them `PENDING`. A cluster without libraries answers only its `cluster_id`.
    An unknown cluster gives `INVALID_PARAMETER_VALUE` (400), like the Clusters API.

    Args:
        cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LibrariesClusterLibraryStatuses]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
) -> LibrariesClusterLibraryStatuses | None:
    """Get the status of the libraries on a cluster

     Returns the status of every library of the cluster, in the order they were requested: libraries
    installed or being installed, libraries to be installed on all clusters, and libraries marked for
    removal (`UNINSTALL_ON_RESTART`). A terminated cluster keeps its libraries (they are installed again
    when it starts) and shows them `PENDING`. A cluster without libraries answers only its `cluster_id`.
    An unknown cluster gives `INVALID_PARAMETER_VALUE` (400), like the Clusters API.

    Args:
        cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LibrariesClusterLibraryStatuses
    """

    return sync_detailed(
        client=client,
        cluster_id=cluster_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
) -> Response[LibrariesClusterLibraryStatuses]:
    """Get the status of the libraries on a cluster

     Returns the status of every library of the cluster, in the order they were requested: libraries
    installed or being installed, libraries to be installed on all clusters, and libraries marked for
    removal (`UNINSTALL_ON_RESTART`). A terminated cluster keeps its libraries (they are installed again
    when it starts) and shows them `PENDING`. A cluster without libraries answers only its `cluster_id`.
    An unknown cluster gives `INVALID_PARAMETER_VALUE` (400), like the Clusters API.

    Args:
        cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LibrariesClusterLibraryStatuses]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
) -> LibrariesClusterLibraryStatuses | None:
    """Get the status of the libraries on a cluster

     Returns the status of every library of the cluster, in the order they were requested: libraries
    installed or being installed, libraries to be installed on all clusters, and libraries marked for
    removal (`UNINSTALL_ON_RESTART`). A terminated cluster keeps its libraries (they are installed again
    when it starts) and shows them `PENDING`. A cluster without libraries answers only its `cluster_id`.
    An unknown cluster gives `INVALID_PARAMETER_VALUE` (400), like the Clusters API.

    Args:
        cluster_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LibrariesClusterLibraryStatuses
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_id=cluster_id,
        )
    ).parsed
