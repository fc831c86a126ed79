from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clusters_spark_versions_response import ClustersSparkVersionsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.1/clusters/spark-versions",
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClustersSparkVersionsResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ClustersSparkVersionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClustersSparkVersionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ClustersSparkVersionsResponse]:
    """List the Databricks Runtime versions

     Returns the runtime versions available for `spark_version`; `key` is the value to use. No errors of
    its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED,
    INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersSparkVersionsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ClustersSparkVersionsResponse | None:
    """List the Databricks Runtime versions

     Returns the runtime versions available for `spark_version`; `key` is the value to use. No errors of
    its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED,
    INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersSparkVersionsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ClustersSparkVersionsResponse]:
    """List the Databricks Runtime versions

     Returns the runtime versions available for `spark_version`; `key` is the value to use. No errors of
    its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED,
    INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersSparkVersionsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ClustersSparkVersionsResponse | None:
    """List the Databricks Runtime versions

     Returns the runtime versions available for `spark_version`; `key` is the value to use. No errors of
    its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED,
    INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersSparkVersionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
