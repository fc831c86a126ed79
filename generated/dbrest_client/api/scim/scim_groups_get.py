from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scim_group import ScimGroup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
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
        "url": "/api/2.0/preview/scim/v2/Groups/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScimGroup | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ScimGroup.from_dict(response.json())

        return response_200

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
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> Response[ScimGroup]:
    """Get a group

     Returns the group with this id and its direct members (admin only). Unknown id → 404. A malformed
    query parameter → 400.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimGroup]
    """

    kwargs = _get_kwargs(
        id=id,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> ScimGroup | None:
    """Get a group

     Returns the group with this id and its direct members (admin only). Unknown id → 404. A malformed
    query parameter → 400.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimGroup
    """

    return sync_detailed(
        id=id,
        client=client,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> Response[ScimGroup]:
    """Get a group

     Returns the group with this id and its direct members (admin only). Unknown id → 404. A malformed
    query parameter → 400.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScimGroup]
    """

    kwargs = _get_kwargs(
        id=id,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    attributes: str | Unset = UNSET,
    excluded_attributes: str | Unset = UNSET,
) -> ScimGroup | None:
    """Get a group

     Returns the group with this id and its direct members (admin only). Unknown id → 404. A malformed
    query parameter → 400.

    Args:
        id (str):
        attributes (str | Unset):
        excluded_attributes (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScimGroup
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
    ).parsed
