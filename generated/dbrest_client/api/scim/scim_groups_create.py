from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_group import ScimGroup
from ...models.scim_group_create_request import ScimGroupCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ScimGroupCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/preview/scim/v2/Groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/scim+json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimGroup | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 201:
        response_201 = ScimGroup.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ScimGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimGroupCreateRequest,
) -> Response[ScimGroup]:
    """Create a group

     Creates a group (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:Group` (it may be left out, as databricks-sdk does);
    `displayName` is required and unique (409 scimType `uniqueness`). `members` are ids of users,
    groups or service principals, `groups` ids of parent groups; an unknown id gives 404, a group that
    would contain itself 400 scimType `invalidValue`. Answers 201 with the group.

    Args:
        body (ScimGroupCreateRequest): A new group (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimGroup]
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
    body: ScimGroupCreateRequest,
) -> ScimGroup | None:
    """Create a group

     Creates a group (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:Group` (it may be left out, as databricks-sdk does);
    `displayName` is required and unique (409 scimType `uniqueness`). `members` are ids of users,
    groups or service principals, `groups` ids of parent groups; an unknown id gives 404, a group that
    would contain itself 400 scimType `invalidValue`. Answers 201 with the group.

    Args:
        body (ScimGroupCreateRequest): A new group (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimGroup
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScimGroupCreateRequest,
) -> Response[ScimGroup]:
    """Create a group

     Creates a group (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:Group` (it may be left out, as databricks-sdk does);
    `displayName` is required and unique (409 scimType `uniqueness`). `members` are ids of users,
    groups or service principals, `groups` ids of parent groups; an unknown id gives 404, a group that
    would contain itself 400 scimType `invalidValue`. Answers 201 with the group.

    Args:
        body (ScimGroupCreateRequest): A new group (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimGroup]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScimGroupCreateRequest,
) -> ScimGroup | None:
    """Create a group

     Creates a group (admin only). `schemas`, when given, must name
    `urn:ietf:params:scim:schemas:core:2.0:Group` (it may be left out, as databricks-sdk does);
    `displayName` is required and unique (409 scimType `uniqueness`). `members` are ids of users,
    groups or service principals, `groups` ids of parent groups; an unknown id gives 404, a group that
    would contain itself 400 scimType `invalidValue`. Answers 201 with the group.

    Args:
        body (ScimGroupCreateRequest): A new group (databricks-sdk 0.162.0 sends its `id` field
            too).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimGroup
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
