from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.secrets_scopes_create_request import SecretsScopesCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SecretsScopesCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/secrets/scopes/create",
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
    *,
    client: AuthenticatedClient,
    body: SecretsScopesCreateRequest,
) -> Response[Empty]:
    """Create a secret scope

     Creates a secret scope. The name must be unique in the workspace, consist of alphanumeric
    characters,
    dashes, underscores and periods and be at most 128 characters long (`INVALID_PARAMETER_VALUE`
    otherwise). An existing name gives `RESOURCE_ALREADY_EXISTS`; more than 100 scopes in the workspace
    give
    `RESOURCE_LIMIT_EXCEEDED`.

    Initial ACL: without `initial_manage_principal` the caller gets MANAGE on the scope; the only
    accepted
    value is `users` (the group of all workspace users), which then gets MANAGE instead. Other values
    give
    `INVALID_PARAMETER_VALUE`.

    `scope_backend_type` is DATABRICKS (default) or AZURE_KEYVAULT; an Azure Key Vault-backed scope
    needs
    `backend_azure_keyvault` (the vault's resource id and DNS name), must be created with an Azure AD
    token
    (not a PAT) and is read-only through this API: its secrets are managed in Azure Key Vault.

    Args:
        body (SecretsScopesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
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
    body: SecretsScopesCreateRequest,
) -> Empty | None:
    """Create a secret scope

     Creates a secret scope. The name must be unique in the workspace, consist of alphanumeric
    characters,
    dashes, underscores and periods and be at most 128 characters long (`INVALID_PARAMETER_VALUE`
    otherwise). An existing name gives `RESOURCE_ALREADY_EXISTS`; more than 100 scopes in the workspace
    give
    `RESOURCE_LIMIT_EXCEEDED`.

    Initial ACL: without `initial_manage_principal` the caller gets MANAGE on the scope; the only
    accepted
    value is `users` (the group of all workspace users), which then gets MANAGE instead. Other values
    give
    `INVALID_PARAMETER_VALUE`.

    `scope_backend_type` is DATABRICKS (default) or AZURE_KEYVAULT; an Azure Key Vault-backed scope
    needs
    `backend_azure_keyvault` (the vault's resource id and DNS name), must be created with an Azure AD
    token
    (not a PAT) and is read-only through this API: its secrets are managed in Azure Key Vault.

    Args:
        body (SecretsScopesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SecretsScopesCreateRequest,
) -> Response[Empty]:
    """Create a secret scope

     Creates a secret scope. The name must be unique in the workspace, consist of alphanumeric
    characters,
    dashes, underscores and periods and be at most 128 characters long (`INVALID_PARAMETER_VALUE`
    otherwise). An existing name gives `RESOURCE_ALREADY_EXISTS`; more than 100 scopes in the workspace
    give
    `RESOURCE_LIMIT_EXCEEDED`.

    Initial ACL: without `initial_manage_principal` the caller gets MANAGE on the scope; the only
    accepted
    value is `users` (the group of all workspace users), which then gets MANAGE instead. Other values
    give
    `INVALID_PARAMETER_VALUE`.

    `scope_backend_type` is DATABRICKS (default) or AZURE_KEYVAULT; an Azure Key Vault-backed scope
    needs
    `backend_azure_keyvault` (the vault's resource id and DNS name), must be created with an Azure AD
    token
    (not a PAT) and is read-only through this API: its secrets are managed in Azure Key Vault.

    Args:
        body (SecretsScopesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SecretsScopesCreateRequest,
) -> Empty | None:
    """Create a secret scope

     Creates a secret scope. The name must be unique in the workspace, consist of alphanumeric
    characters,
    dashes, underscores and periods and be at most 128 characters long (`INVALID_PARAMETER_VALUE`
    otherwise). An existing name gives `RESOURCE_ALREADY_EXISTS`; more than 100 scopes in the workspace
    give
    `RESOURCE_LIMIT_EXCEEDED`.

    Initial ACL: without `initial_manage_principal` the caller gets MANAGE on the scope; the only
    accepted
    value is `users` (the group of all workspace users), which then gets MANAGE instead. Other values
    give
    `INVALID_PARAMETER_VALUE`.

    `scope_backend_type` is DATABRICKS (default) or AZURE_KEYVAULT; an Azure Key Vault-backed scope
    needs
    `backend_azure_keyvault` (the vault's resource id and DNS name), must be created with an Azure AD
    token
    (not a PAT) and is read-only through this API: its secrets are managed in Azure Key Vault.

    Args:
        body (SecretsScopesCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
