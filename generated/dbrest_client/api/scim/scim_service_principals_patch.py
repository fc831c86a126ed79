from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_patch_request import ScimPatchRequest
from ...models.scim_service_principal import ScimServicePrincipal
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ScimPatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/preview/scim/v2/ServicePrincipals/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimServicePrincipal | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ScimServicePrincipal.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScimServicePrincipal | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ScimPatchRequest,
) -> Response[ScimServicePrincipal | None]:
    """Update a service principal partially

     Applies PatchOp operations in order, all or nothing (admin only): `entitlements`, `roles`, `groups`,
    `displayName`, `active`, `externalId` and value filters on the multi-valued ones. `applicationId`
    and `id` are immutable (400 scimType `mutability`). Answers 200 with the updated service principal.
    An
    unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimServicePrincipal | None]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ScimPatchRequest,
) -> ScimServicePrincipal | None:
    """Update a service principal partially

     Applies PatchOp operations in order, all or nothing (admin only): `entitlements`, `roles`, `groups`,
    `displayName`, `active`, `externalId` and value filters on the multi-valued ones. `applicationId`
    and `id` are immutable (400 scimType `mutability`). Answers 200 with the updated service principal.
    An
    unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimServicePrincipal | None
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ScimPatchRequest,
) -> Response[ScimServicePrincipal | None]:
    """Update a service principal partially

     Applies PatchOp operations in order, all or nothing (admin only): `entitlements`, `roles`, `groups`,
    `displayName`, `active`, `externalId` and value filters on the multi-valued ones. `applicationId`
    and `id` are immutable (400 scimType `mutability`). Answers 200 with the updated service principal.
    An
    unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimServicePrincipal | None]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ScimPatchRequest,
) -> ScimServicePrincipal | None:
    """Update a service principal partially

     Applies PatchOp operations in order, all or nothing (admin only): `entitlements`, `roles`, `groups`,
    `displayName`, `active`, `externalId` and value filters on the multi-valued ones. `applicationId`
    and `id` are immutable (400 scimType `mutability`). Answers 200 with the updated service principal.
    An
    unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimServicePrincipal | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
