from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_user import ScimUser
from ...models.scim_user_request import ScimUserRequest
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ScimUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
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
    id: str,
    *,
    client: AuthenticatedClient,
    body: ScimUserRequest,
) -> Response[ScimUser]:
    """Replace a user

     Overwrites the user with the given representation (admin only): attributes left out are cleared,
    `groups` becomes the exact set of direct group memberships (every user stays in `users`; an unknown
    group id → 404). The
    `userName` must stay the same (400 scimType `mutability`). Unknown id → 404.

    Args:
        id (str):
        body (ScimUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
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
    body: ScimUserRequest,
) -> ScimUser | None:
    """Replace a user

     Overwrites the user with the given representation (admin only): attributes left out are cleared,
    `groups` becomes the exact set of direct group memberships (every user stays in `users`; an unknown
    group id → 404). The
    `userName` must stay the same (400 scimType `mutability`). Unknown id → 404.

    Args:
        id (str):
        body (ScimUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
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
    body: ScimUserRequest,
) -> Response[ScimUser]:
    """Replace a user

     Overwrites the user with the given representation (admin only): attributes left out are cleared,
    `groups` becomes the exact set of direct group memberships (every user stays in `users`; an unknown
    group id → 404). The
    `userName` must stay the same (400 scimType `mutability`). Unknown id → 404.

    Args:
        id (str):
        body (ScimUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
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
    body: ScimUserRequest,
) -> ScimUser | None:
    """Replace a user

     Overwrites the user with the given representation (admin only): attributes left out are cleared,
    `groups` becomes the exact set of direct group memberships (every user stays in `users`; an unknown
    group id → 404). The
    `userName` must stay the same (400 scimType `mutability`). Unknown id → 404.

    Args:
        id (str):
        body (ScimUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
