from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_user import ScimUser
from ...models.scim_user_create_request import ScimUserCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ScimUserCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/preview/scim/v2/Users",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimUser | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 201:
        response_201 = ScimUser.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimUser]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimUserCreateRequest,
) -> Response[ScimUser]:
    """Create a user

     Adds a user to the workspace (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:User` (it may be left out, as databricks-sdk does);
    `userName` (an e-mail address) is required and unique
    case-insensitively (409 scimType `uniqueness`). `groups` makes the user a direct member of the
    groups
    with those ids (an unknown id → 404), `entitlements` grants allow-cluster-create,
    allow-instance-pool-create, workspace-access or databricks-sql-access. Without `emails` the user
    name
    becomes the primary work e-mail. Answers 201 with the user.

    Args:
        body (ScimUserCreateRequest): A new user (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
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
    body: ScimUserCreateRequest,
) -> ScimUser | None:
    """Create a user

     Adds a user to the workspace (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:User` (it may be left out, as databricks-sdk does);
    `userName` (an e-mail address) is required and unique
    case-insensitively (409 scimType `uniqueness`). `groups` makes the user a direct member of the
    groups
    with those ids (an unknown id → 404), `entitlements` grants allow-cluster-create,
    allow-instance-pool-create, workspace-access or databricks-sql-access. Without `emails` the user
    name
    becomes the primary work e-mail. Answers 201 with the user.

    Args:
        body (ScimUserCreateRequest): A new user (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimUserCreateRequest,
) -> Response[ScimUser]:
    """Create a user

     Adds a user to the workspace (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:User` (it may be left out, as databricks-sdk does);
    `userName` (an e-mail address) is required and unique
    case-insensitively (409 scimType `uniqueness`). `groups` makes the user a direct member of the
    groups
    with those ids (an unknown id → 404), `entitlements` grants allow-cluster-create,
    allow-instance-pool-create, workspace-access or databricks-sql-access. Without `emails` the user
    name
    becomes the primary work e-mail. Answers 201 with the user.

    Args:
        body (ScimUserCreateRequest): A new user (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScimUserCreateRequest,
) -> ScimUser | None:
    """Create a user

     Adds a user to the workspace (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:User` (it may be left out, as databricks-sdk does);
    `userName` (an e-mail address) is required and unique
    case-insensitively (409 scimType `uniqueness`). `groups` makes the user a direct member of the
    groups
    with those ids (an unknown id → 404), `entitlements` grants allow-cluster-create,
    allow-instance-pool-create, workspace-access or databricks-sql-access. Without `emails` the user
    name
    becomes the primary work e-mail. Answers 201 with the user.

    Args:
        body (ScimUserCreateRequest): A new user (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
