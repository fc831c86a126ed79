from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contexts_create_request import ContextsCreateRequest
from ...models.contexts_id_response import ContextsIdResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContextsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/1.2/contexts/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContextsIdResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ContextsIdResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ContextsIdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ContextsCreateRequest,
) -> Response[ContextsIdResponse]:
    """Create an execution context

     Creates an execution context of `language` on a running cluster and returns its id at once; the
    context is `Pending` until its REPL is up, then `Running`. The cluster must be `RUNNING` (or
    `RESIZING`): a starting or restarting cluster gives a 400 `ClusterNotReadyException` error (retry
    later), a terminating or terminated one a 400 error; an unknown cluster gives 400. At most 150
    execution contexts can be open on a cluster (400 beyond).

    Args:
        body (ContextsCreateRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContextsIdResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ContextsCreateRequest,
) -> ContextsIdResponse | None:
    """Create an execution context

     Creates an execution context of `language` on a running cluster and returns its id at once; the
    context is `Pending` until its REPL is up, then `Running`. The cluster must be `RUNNING` (or
    `RESIZING`): a starting or restarting cluster gives a 400 `ClusterNotReadyException` error (retry
    later), a terminating or terminated one a 400 error; an unknown cluster gives 400. At most 150
    execution contexts can be open on a cluster (400 beyond).

    Args:
        body (ContextsCreateRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContextsIdResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ContextsCreateRequest,
) -> Response[ContextsIdResponse]:
    """Create an execution context

     Creates an execution context of `language` on a running cluster and returns its id at once; the
    context is `Pending` until its REPL is up, then `Running`. The cluster must be `RUNNING` (or
    `RESIZING`): a starting or restarting cluster gives a 400 `ClusterNotReadyException` error (retry
    later), a terminating or terminated one a 400 error; an unknown cluster gives 400. At most 150
    execution contexts can be open on a cluster (400 beyond).

    Args:
        body (ContextsCreateRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContextsIdResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ContextsCreateRequest,
) -> ContextsIdResponse | None:
    """Create an execution context

     Creates an execution context of `language` on a running cluster and returns its id at once; the
    context is `Pending` until its REPL is up, then `Running`. The cluster must be `RUNNING` (or
    `RESIZING`): a starting or restarting cluster gives a 400 `ClusterNotReadyException` error (retry
    later), a terminating or terminated one a 400 error; an unknown cluster gives 400. At most 150
    execution contexts can be open on a cluster (400 beyond).

    Args:
        body (ContextsCreateRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContextsIdResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
