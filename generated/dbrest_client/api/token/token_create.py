from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_create_request import TokenCreateRequest
from ...models.token_create_response import TokenCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/token/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TokenCreateResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = TokenCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TokenCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenCreateRequest,
) -> Response[TokenCreateResponse]:
    """Create a personal access token

     Creates a personal access token for the caller and returns its value (`dapi…`, shown only here) with
    its metadata. Without `lifetime_seconds` (or with a value ≤ 0) the token never expires
    (`expiry_time` -1). More than 600 unexpired tokens for the user → `QUOTA_EXCEEDED`. When an admin
    has
    disabled tokens (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; when
    `maxTokenLifetimeDays` is set, a token without a lifetime or with a longer one →
    `INVALID_PARAMETER_VALUE`. Non-admins also need the CAN_USE token permission.

    Args:
        body (TokenCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenCreateResponse]
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
    body: TokenCreateRequest,
) -> TokenCreateResponse | None:
    """Create a personal access token

     Creates a personal access token for the caller and returns its value (`dapi…`, shown only here) with
    its metadata. Without `lifetime_seconds` (or with a value ≤ 0) the token never expires
    (`expiry_time` -1). More than 600 unexpired tokens for the user → `QUOTA_EXCEEDED`. When an admin
    has
    disabled tokens (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; when
    `maxTokenLifetimeDays` is set, a token without a lifetime or with a longer one →
    `INVALID_PARAMETER_VALUE`. Non-admins also need the CAN_USE token permission.

    Args:
        body (TokenCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenCreateRequest,
) -> Response[TokenCreateResponse]:
    """Create a personal access token

     Creates a personal access token for the caller and returns its value (`dapi…`, shown only here) with
    its metadata. Without `lifetime_seconds` (or with a value ≤ 0) the token never expires
    (`expiry_time` -1). More than 600 unexpired tokens for the user → `QUOTA_EXCEEDED`. When an admin
    has
    disabled tokens (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; when
    `maxTokenLifetimeDays` is set, a token without a lifetime or with a longer one →
    `INVALID_PARAMETER_VALUE`. Non-admins also need the CAN_USE token permission.

    Args:
        body (TokenCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenCreateRequest,
) -> TokenCreateResponse | None:
    """Create a personal access token

     Creates a personal access token for the caller and returns its value (`dapi…`, shown only here) with
    its metadata. Without `lifetime_seconds` (or with a value ≤ 0) the token never expires
    (`expiry_time` -1). More than 600 unexpired tokens for the user → `QUOTA_EXCEEDED`. When an admin
    has
    disabled tokens (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; when
    `maxTokenLifetimeDays` is set, a token without a lifetime or with a longer one →
    `INVALID_PARAMETER_VALUE`. Non-admins also need the CAN_USE token permission.

    Args:
        body (TokenCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
