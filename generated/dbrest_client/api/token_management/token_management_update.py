from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_management_token_info import TokenManagementTokenInfo
from ...models.token_management_update_request import TokenManagementUpdateRequest
from ...types import Response


def _get_kwargs(
    token_id: str,
    *,
    body: TokenManagementUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/token-management/tokens/{token_id}".format(
            token_id=quote(str(token_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenManagementTokenInfo | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = TokenManagementTokenInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenManagementTokenInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient,
    body: TokenManagementUpdateRequest,
) -> Response[TokenManagementTokenInfo]:
    """Update any token

     Changes the fields of any valid token of the workspace named by `update_mask` (comma-separated, no
    spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token`
    is cleared; any other field or an empty mask → `INVALID_PARAMETER_VALUE`. Answers the token's
    metadata
    as stored. Unknown, expired or revoked token → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`). databricks-sdk 0.162.0 `TokenManagementAPI.update_token_management`.

    Args:
        token_id (str):
        body (TokenManagementUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenManagementTokenInfo]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_id: str,
    *,
    client: AuthenticatedClient,
    body: TokenManagementUpdateRequest,
) -> TokenManagementTokenInfo | None:
    """Update any token

     Changes the fields of any valid token of the workspace named by `update_mask` (comma-separated, no
    spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token`
    is cleared; any other field or an empty mask → `INVALID_PARAMETER_VALUE`. Answers the token's
    metadata
    as stored. Unknown, expired or revoked token → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`). databricks-sdk 0.162.0 `TokenManagementAPI.update_token_management`.

    Args:
        token_id (str):
        body (TokenManagementUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenManagementTokenInfo
    """

    return sync_detailed(
        token_id=token_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient,
    body: TokenManagementUpdateRequest,
) -> Response[TokenManagementTokenInfo]:
    """Update any token

     Changes the fields of any valid token of the workspace named by `update_mask` (comma-separated, no
    spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token`
    is cleared; any other field or an empty mask → `INVALID_PARAMETER_VALUE`. Answers the token's
    metadata
    as stored. Unknown, expired or revoked token → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`). databricks-sdk 0.162.0 `TokenManagementAPI.update_token_management`.

    Args:
        token_id (str):
        body (TokenManagementUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenManagementTokenInfo]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_id: str,
    *,
    client: AuthenticatedClient,
    body: TokenManagementUpdateRequest,
) -> TokenManagementTokenInfo | None:
    """Update any token

     Changes the fields of any valid token of the workspace named by `update_mask` (comma-separated, no
    spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token`
    is cleared; any other field or an empty mask → `INVALID_PARAMETER_VALUE`. Answers the token's
    metadata
    as stored. Unknown, expired or revoked token → `RESOURCE_DOES_NOT_EXIST`. Admin only
    (`PERMISSION_DENIED`). databricks-sdk 0.162.0 `TokenManagementAPI.update_token_management`.

    Args:
        token_id (str):
        body (TokenManagementUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenManagementTokenInfo
    """

    return (
        await asyncio_detailed(
            token_id=token_id,
            client=client,
            body=body,
        )
    ).parsed
