from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contexts_status_response import ContextsStatusResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    cluster_id: str,
    context_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clusterId"] = cluster_id

    params["contextId"] = context_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/1.2/contexts/status",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContextsStatusResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ContextsStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContextsStatusResponse]:
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
    context_id: str,
) -> Response[ContextsStatusResponse]:
    """Get the status of an execution context

     Returns the status of a context: `Pending` while it starts, `Running` when commands can be executed,
    `Error` when it failed (e.g. its cluster terminated or restarted). An unknown cluster gives 400; a
    context that does not exist on that cluster (never created or destroyed) gives 404.

    Args:
        cluster_id (str):
        context_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContextsStatusResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        context_id=context_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
    context_id: str,
) -> ContextsStatusResponse | None:
    """Get the status of an execution context

     Returns the status of a context: `Pending` while it starts, `Running` when commands can be executed,
    `Error` when it failed (e.g. its cluster terminated or restarted). An unknown cluster gives 400; a
    context that does not exist on that cluster (never created or destroyed) gives 404.

    Args:
        cluster_id (str):
        context_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContextsStatusResponse
    """

    return sync_detailed(
        client=client,
        cluster_id=cluster_id,
        context_id=context_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
    context_id: str,
) -> Response[ContextsStatusResponse]:
    """Get the status of an execution context

     Returns the status of a context: `Pending` while it starts, `Running` when commands can be executed,
    `Error` when it failed (e.g. its cluster terminated or restarted). An unknown cluster gives 400; a
    context that does not exist on that cluster (never created or destroyed) gives 404.

    Args:
        cluster_id (str):
        context_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContextsStatusResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        context_id=context_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
    context_id: str,
) -> ContextsStatusResponse | None:
    """Get the status of an execution context

     Returns the status of a context: `Pending` while it starts, `Running` when commands can be executed,
    `Error` when it failed (e.g. its cluster terminated or restarted). An unknown cluster gives 400; a
    context that does not exist on that cluster (never created or destroyed) gives 404.

    Args:
        cluster_id (str):
        context_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContextsStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_id=cluster_id,
            context_id=context_id,
        )
    ).parsed
