from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_service_principal import ScimServicePrincipal
from ...models.scim_service_principal_create_request import ScimServicePrincipalCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ScimServicePrincipalCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/preview/scim/v2/ServicePrincipals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimServicePrincipal | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 201:
        response_201 = ScimServicePrincipal.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScimServicePrincipal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimServicePrincipalCreateRequest,
) -> Response[ScimServicePrincipal]:
    """Create a service principal

     Adds a service principal (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal` (it may be left out, as databricks-sdk
    does). On Azure `applicationId` is the Azure AD
    application id and required there; when it is left out (AWS), Databricks generates one. A second
    service principal with the same `applicationId` gives 409 scimType `uniqueness`. `groups` and
    `entitlements` as for users (an unknown group id → 404). Answers 201.

    Args:
        body (ScimServicePrincipalCreateRequest): A new service principal (databricks-sdk 0.162.0
            sends its `id` field too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimServicePrincipal]
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
    body: ScimServicePrincipalCreateRequest,
) -> ScimServicePrincipal | None:
    """Create a service principal

     Adds a service principal (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal` (it may be left out, as databricks-sdk
    does). On Azure `applicationId` is the Azure AD
    application id and required there; when it is left out (AWS), Databricks generates one. A second
    service principal with the same `applicationId` gives 409 scimType `uniqueness`. `groups` and
    `entitlements` as for users (an unknown group id → 404). Answers 201.

    Args:
        body (ScimServicePrincipalCreateRequest): A new service principal (databricks-sdk 0.162.0
            sends its `id` field too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimServicePrincipal
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimServicePrincipalCreateRequest,
) -> Response[ScimServicePrincipal]:
    """Create a service principal

     Adds a service principal (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal` (it may be left out, as databricks-sdk
    does). On Azure `applicationId` is the Azure AD
    application id and required there; when it is left out (AWS), Databricks generates one. A second
    service principal with the same `applicationId` gives 409 scimType `uniqueness`. `groups` and
    `entitlements` as for users (an unknown group id → 404). Answers 201.

    Args:
        body (ScimServicePrincipalCreateRequest): A new service principal (databricks-sdk 0.162.0
            sends its `id` field too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimServicePrincipal]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScimServicePrincipalCreateRequest,
) -> ScimServicePrincipal | None:
    """Create a service principal

     Adds a service principal (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal` (it may be left out, as databricks-sdk
    does). On Azure `applicationId` is the Azure AD
    application id and required there; when it is left out (AWS), Databricks generates one. A second
    service principal with the same `applicationId` gives 409 scimType `uniqueness`. `groups` and
    `entitlements` as for users (an unknown group id → 404). Answers 201.

    Args:
        body (ScimServicePrincipalCreateRequest): A new service principal (databricks-sdk 0.162.0
            sends its `id` field too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimServicePrincipal
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
