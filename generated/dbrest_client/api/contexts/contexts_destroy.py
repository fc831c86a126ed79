from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contexts_destroy_request import ContextsDestroyRequest
from ...models.contexts_id_response import ContextsIdResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContextsDestroyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/1.2/contexts/destroy",
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
    body: ContextsDestroyRequest,
) -> Response[ContextsIdResponse]:
    """Destroy an execution context

     Destroys a context: its commands that have not finished are cancelled and its REPL state is lost;
    the context no longer exists afterwards (status gives 404). Answers the context id. An unknown
    cluster gives 400; an unknown context 404.

    Args:
        body (ContextsDestroyRequest):  Example: {'clusterId': '1202-211320-brick1', 'contextId':
            '1793653964133248955'}.

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
    body: ContextsDestroyRequest,
) -> ContextsIdResponse | None:
    """Destroy an execution context

     Destroys a context: its commands that have not finished are cancelled and its REPL state is lost;
    the context no longer exists afterwards (status gives 404). Answers the context id. An unknown
    cluster gives 400; an unknown context 404.

    Args:
        body (ContextsDestroyRequest):  Example: {'clusterId': '1202-211320-brick1', 'contextId':
            '1793653964133248955'}.

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
    body: ContextsDestroyRequest,
) -> Response[ContextsIdResponse]:
    """Destroy an execution context

     Destroys a context: its commands that have not finished are cancelled and its REPL state is lost;
    the context no longer exists afterwards (status gives 404). Answers the context id. An unknown
    cluster gives 400; an unknown context 404.

    Args:
        body (ContextsDestroyRequest):  Example: {'clusterId': '1202-211320-brick1', 'contextId':
            '1793653964133248955'}.

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
    body: ContextsDestroyRequest,
) -> ContextsIdResponse | None:
    """Destroy an execution context

     Destroys a context: its commands that have not finished are cancelled and its REPL state is lost;
    the context no longer exists afterwards (status gives 404). Answers the context id. An unknown
    cluster gives 400; an unknown context 404.

    Args:
        body (ContextsDestroyRequest):  Example: {'clusterId': '1202-211320-brick1', 'contextId':
            '1793653964133248955'}.

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
