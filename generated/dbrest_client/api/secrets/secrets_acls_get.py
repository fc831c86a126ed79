from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.secrets_acl_item import SecretsAclItem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    scope: str,
    principal: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scope"] = scope

    params["principal"] = principal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/secrets/acls/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SecretsAclItem | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = SecretsAclItem.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SecretsAclItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    scope: str,
    principal: str,
) -> Response[SecretsAclItem]:
    """Get a scope ACL

     Returns the principal's permission on the scope. Unknown scope or no ACL for the principal →
    `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or
    principal
    → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):
        principal (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsAclItem]
    """

    kwargs = _get_kwargs(
        scope=scope,
        principal=principal,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scope: str,
    principal: str,
) -> SecretsAclItem | None:
    """Get a scope ACL

     Returns the principal's permission on the scope. Unknown scope or no ACL for the principal →
    `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or
    principal
    → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):
        principal (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsAclItem
    """

    return sync_detailed(
        client=client,
        scope=scope,
        principal=principal,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: str,
    principal: str,
) -> Response[SecretsAclItem]:
    """Get a scope ACL

     Returns the principal's permission on the scope. Unknown scope or no ACL for the principal →
    `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or
    principal
    → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):
        principal (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SecretsAclItem]
    """

    kwargs = _get_kwargs(
        scope=scope,
        principal=principal,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope: str,
    principal: str,
) -> SecretsAclItem | None:
    """Get a scope ACL

     Returns the principal's permission on the scope. Unknown scope or no ACL for the principal →
    `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or
    principal
    → `INVALID_PARAMETER_VALUE`.

    Args:
        scope (str):
        principal (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SecretsAclItem
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            principal=principal,
        )
    ).parsed
