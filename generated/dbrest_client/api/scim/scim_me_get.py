from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_user import ScimUser
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["attributes"] = attributes

    params["excludedAttributes"] = excluded_attributes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/preview/scim/v2/Me",
        "params": params,
    }

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
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> Response[ScimUser]:
    """Get the calling user

     Returns the authenticated user in the same shape as `GET /Users/{id}`. Any user may call it.
    `attributes` / `excludedAttributes` select the returned attributes (`id` and `schemas` always come).
    A
    malformed query parameter → 400; a caller whose user no longer exists → 404.

    Args:
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
    """

    kwargs = _get_kwargs(
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> ScimUser | None:
    """Get the calling user

     Returns the authenticated user in the same shape as `GET /Users/{id}`. Any user may call it.
    `attributes` / `excludedAttributes` select the returned attributes (`id` and `schemas` always come).
    A
    malformed query parameter → 400; a caller whose user no longer exists → 404.

    Args:
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return sync_detailed(
        client=client,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> Response[ScimUser]:
    """Get the calling user

     Returns the authenticated user in the same shape as `GET /Users/{id}`. Any user may call it.
    `attributes` / `excludedAttributes` select the returned attributes (`id` and `schemas` always come).
    A
    malformed query parameter → 400; a caller whose user no longer exists → 404.

    Args:
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimUser]
    """

    kwargs = _get_kwargs(
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> ScimUser | None:
    """Get the calling user

     Returns the authenticated user in the same shape as `GET /Users/{id}`. Any user may call it.
    `attributes` / `excludedAttributes` select the returned attributes (`id` and `schemas` always come).
    A
    malformed query parameter → 400; a caller whose user no longer exists → 404.

    Args:
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimUser
    """

    return (
        await asyncio_detailed(
            client=client,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
    ).parsed
