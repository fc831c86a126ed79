from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_management_create_obo_request import TokenManagementCreateOboRequest
from ...models.token_management_create_obo_response import TokenManagementCreateOboResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TokenManagementCreateOboRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/token-management/on-behalf-of/tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenManagementCreateOboResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = TokenManagementCreateOboResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenManagementCreateOboResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenManagementCreateOboRequest,
) -> Response[TokenManagementCreateOboResponse]:
    """Create a token on behalf of a service principal

     Creates a personal access token owned by the service principal with `application_id` (its Azure AD
    application id on Azure) and returns its value (shown only here) with its metadata; the caller is
    recorded as creator. A `lifetime_seconds` ≤ 0 means no expiry. Unknown service principal →
    `INVALID_PARAMETER_VALUE`; more than 600 unexpired tokens for the principal → `QUOTA_EXCEEDED`;
    tokens
    disabled (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; a lifetime above
    `maxTokenLifetimeDays` → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).

    Args:
        body (TokenManagementCreateOboRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenManagementCreateOboResponse]
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
    body: TokenManagementCreateOboRequest,
) -> TokenManagementCreateOboResponse | None:
    """Create a token on behalf of a service principal

     Creates a personal access token owned by the service principal with `application_id` (its Azure AD
    application id on Azure) and returns its value (shown only here) with its metadata; the caller is
    recorded as creator. A `lifetime_seconds` ≤ 0 means no expiry. Unknown service principal →
    `INVALID_PARAMETER_VALUE`; more than 600 unexpired tokens for the principal → `QUOTA_EXCEEDED`;
    tokens
    disabled (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; a lifetime above
    `maxTokenLifetimeDays` → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).

    Args:
        body (TokenManagementCreateOboRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenManagementCreateOboResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenManagementCreateOboRequest,
) -> Response[TokenManagementCreateOboResponse]:
    """Create a token on behalf of a service principal

     Creates a personal access token owned by the service principal with `application_id` (its Azure AD
    application id on Azure) and returns its value (shown only here) with its metadata; the caller is
    recorded as creator. A `lifetime_seconds` ≤ 0 means no expiry. Unknown service principal →
    `INVALID_PARAMETER_VALUE`; more than 600 unexpired tokens for the principal → `QUOTA_EXCEEDED`;
    tokens
    disabled (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; a lifetime above
    `maxTokenLifetimeDays` → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).

    Args:
        body (TokenManagementCreateOboRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenManagementCreateOboResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenManagementCreateOboRequest,
) -> TokenManagementCreateOboResponse | None:
    """Create a token on behalf of a service principal

     Creates a personal access token owned by the service principal with `application_id` (its Azure AD
    application id on Azure) and returns its value (shown only here) with its metadata; the caller is
    recorded as creator. A `lifetime_seconds` ≤ 0 means no expiry. Unknown service principal →
    `INVALID_PARAMETER_VALUE`; more than 600 unexpired tokens for the principal → `QUOTA_EXCEEDED`;
    tokens
    disabled (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; a lifetime above
    `maxTokenLifetimeDays` → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).

    Args:
        body (TokenManagementCreateOboRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenManagementCreateOboResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
