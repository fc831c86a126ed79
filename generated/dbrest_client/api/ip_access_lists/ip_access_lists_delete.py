from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...types import Response


def _get_kwargs(
    ip_access_list_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/2.0/ip-access-lists/{ip_access_list_id}".format(
            ip_access_list_id=quote(str(ip_access_list_id), safe=""),
        ),
    }

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
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Empty]:
    """Delete an IP access list

     Deletes the list. Deleting the ALLOW list that admits the caller while other ALLOW lists remain and
    enableIpAccessLists is "true" → `INVALID_STATE`. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

    Args:
        ip_access_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        ip_access_list_id=ip_access_list_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
) -> Empty | None:
    """Delete an IP access list

     Deletes the list. Deleting the ALLOW list that admits the caller while other ALLOW lists remain and
    enableIpAccessLists is "true" → `INVALID_STATE`. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

    Args:
        ip_access_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        ip_access_list_id=ip_access_list_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Empty]:
    """Delete an IP access list

     Deletes the list. Deleting the ALLOW list that admits the caller while other ALLOW lists remain and
    enableIpAccessLists is "true" → `INVALID_STATE`. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

    Args:
        ip_access_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        ip_access_list_id=ip_access_list_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
) -> Empty | None:
    """Delete an IP access list

     Deletes the list. Deleting the ALLOW list that admits the caller while other ALLOW lists remain and
    enableIpAccessLists is "true" → `INVALID_STATE`. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

    Args:
        ip_access_list_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            ip_access_list_id=ip_access_list_id,
            client=client,
        )
    ).parsed
