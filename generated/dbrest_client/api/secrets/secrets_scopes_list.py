from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.secrets_scopes_list_response import SecretsScopesListResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/secrets/scopes/list",
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SecretsScopesListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = SecretsScopesListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SecretsScopesListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SecretsScopesListResponse]:
    """List secret scopes

     Lists every secret scope of the workspace with its backend type (and the Key Vault metadata of Azure
    Key
    Vault-backed scopes). Not paginated. No scopes → `{}`. No errors of its own beyond the common ones;
    the documented one is `PERMISSION_DENIED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsScopesListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> SecretsScopesListResponse | None:
    """List secret scopes

     Lists every secret scope of the workspace with its backend type (and the Key Vault metadata of Azure
    Key
    Vault-backed scopes). Not paginated. No scopes → `{}`. No errors of its own beyond the common ones;
    the documented one is `PERMISSION_DENIED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsScopesListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SecretsScopesListResponse]:
    """List secret scopes

     Lists every secret scope of the workspace with its backend type (and the Key Vault metadata of Azure
    Key
    Vault-backed scopes). Not paginated. No scopes → `{}`. No errors of its own beyond the common ones;
    the documented one is `PERMISSION_DENIED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsScopesListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> SecretsScopesListResponse | None:
    """List secret scopes

     Lists every secret scope of the workspace with its backend type (and the Key Vault metadata of Azure
    Key
    Vault-backed scopes). Not paginated. No scopes → `{}`. No errors of its own beyond the common ones;
    the documented one is `PERMISSION_DENIED`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsScopesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
