from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.token_update_request import TokenUpdateRequest
from ...types import Response


def _get_kwargs(
    token_id: str,
    *,
    body: TokenUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/token/{token_id}".format(
            token_id=quote(str(token_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty]:
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
    body: TokenUpdateRequest,
) -> Response[Empty]:
    """Update one of the caller's tokens

     Changes the fields of one of the caller's valid tokens named by `update_mask` (a comma-separated
    list,
    no spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token` is cleared. Any other field in the mask, or an empty mask → `INVALID_PARAMETER_VALUE`.
    Unknown,
    expired or revoked id, or another user's token → `RESOURCE_DOES_NOT_EXIST`. databricks-sdk 0.162.0
    `TokensAPI.update`.

    Args:
        token_id (str):
        body (TokenUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
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
    body: TokenUpdateRequest,
) -> Empty | None:
    """Update one of the caller's tokens

     Changes the fields of one of the caller's valid tokens named by `update_mask` (a comma-separated
    list,
    no spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token` is cleared. Any other field in the mask, or an empty mask → `INVALID_PARAMETER_VALUE`.
    Unknown,
    expired or revoked id, or another user's token → `RESOURCE_DOES_NOT_EXIST`. databricks-sdk 0.162.0
    `TokensAPI.update`.

    Args:
        token_id (str):
        body (TokenUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
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
    body: TokenUpdateRequest,
) -> Response[Empty]:
    """Update one of the caller's tokens

     Changes the fields of one of the caller's valid tokens named by `update_mask` (a comma-separated
    list,
    no spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token` is cleared. Any other field in the mask, or an empty mask → `INVALID_PARAMETER_VALUE`.
    Unknown,
    expired or revoked id, or another user's token → `RESOURCE_DOES_NOT_EXIST`. databricks-sdk 0.162.0
    `TokensAPI.update`.

    Args:
        token_id (str):
        body (TokenUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
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
    body: TokenUpdateRequest,
) -> Empty | None:
    """Update one of the caller's tokens

     Changes the fields of one of the caller's valid tokens named by `update_mask` (a comma-separated
    list,
    no spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
    `token` is cleared. Any other field in the mask, or an empty mask → `INVALID_PARAMETER_VALUE`.
    Unknown,
    expired or revoked id, or another user's token → `RESOURCE_DOES_NOT_EXIST`. databricks-sdk 0.162.0
    `TokensAPI.update`.

    Args:
        token_id (str):
        body (TokenUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            token_id=token_id,
            client=client,
            body=body,
        )
    ).parsed
