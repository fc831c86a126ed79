from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_patch_request import ScimPatchRequest
from ...models.scim_user import ScimUser
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ScimPatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/preview/scim/v2/Users/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimUser | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ScimUser.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimUser | None]:
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
) -> Response[ScimUser | None]:
    """Update a user partially

     Applies RFC 7644 PatchOp operations in order, all or nothing (admin only); the recommended way to
    change entitlements and group memberships. `op` is add, remove or replace (case-insensitive).
    Paths: `entitlements`, `roles`, `groups`, `emails`, `displayName`, `name`, `name.givenName`,
    `name.familyName`, `active`, `externalId`, and value filters such as `entitlements[value eq
    "allow-cluster-create"]` or `groups[value eq "123456"]`; without a path, `value` is an object of
    attributes. add merges into multi-valued attributes, replace overwrites them, remove drops the
    listed
    values (or, without a value, the attribute). `userName` and `id` are immutable (400 scimType
    `mutability`); an unknown path gives 400 `invalidPath`, a bad value 400 `invalidValue`. Answers 200
    with the updated user. An unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser | None]
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
) -> ScimUser | None:
    """Update a user partially

     Applies RFC 7644 PatchOp operations in order, all or nothing (admin only); the recommended way to
    change entitlements and group memberships. `op` is add, remove or replace (case-insensitive).
    Paths: `entitlements`, `roles`, `groups`, `emails`, `displayName`, `name`, `name.givenName`,
    `name.familyName`, `active`, `externalId`, and value filters such as `entitlements[value eq
    "allow-cluster-create"]` or `groups[value eq "123456"]`; without a path, `value` is an object of
    attributes. add merges into multi-valued attributes, replace overwrites them, remove drops the
    listed
    values (or, without a value, the attribute). `userName` and `id` are immutable (400 scimType
    `mutability`); an unknown path gives 400 `invalidPath`, a bad value 400 `invalidValue`. Answers 200
    with the updated user. An unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser | None
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
) -> Response[ScimUser | None]:
    """Update a user partially

     Applies RFC 7644 PatchOp operations in order, all or nothing (admin only); the recommended way to
    change entitlements and group memberships. `op` is add, remove or replace (case-insensitive).
    Paths: `entitlements`, `roles`, `groups`, `emails`, `displayName`, `name`, `name.givenName`,
    `name.familyName`, `active`, `externalId`, and value filters such as `entitlements[value eq
    "allow-cluster-create"]` or `groups[value eq "123456"]`; without a path, `value` is an object of
    attributes. add merges into multi-valued attributes, replace overwrites them, remove drops the
    listed
    values (or, without a value, the attribute). `userName` and `id` are immutable (400 scimType
    `mutability`); an unknown path gives 400 `invalidPath`, a bad value 400 `invalidValue`. Answers 200
    with the updated user. An unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser | None]
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
) -> ScimUser | None:
    """Update a user partially

     Applies RFC 7644 PatchOp operations in order, all or nothing (admin only); the recommended way to
    change entitlements and group memberships. `op` is add, remove or replace (case-insensitive).
    Paths: `entitlements`, `roles`, `groups`, `emails`, `displayName`, `name`, `name.givenName`,
    `name.familyName`, `active`, `externalId`, and value filters such as `entitlements[value eq
    "allow-cluster-create"]` or `groups[value eq "123456"]`; without a path, `value` is an object of
    attributes. add merges into multi-valued attributes, replace overwrites them, remove drops the
    listed
    values (or, without a value, the attribute). `userName` and `id` are immutable (400 scimType
    `mutability`); an unknown path gives 400 `invalidPath`, a bad value 400 `invalidValue`. Answers 200
    with the updated user. An unknown id → 404.

    Args:
        id (str):
        body (ScimPatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
