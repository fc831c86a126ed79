from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.ip_access_list_update_request import IpAccessListUpdateRequest
from ...types import Response


def _get_kwargs(
    ip_access_list_id: str,
    *,
    body: IpAccessListUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/ip-access-lists/{ip_access_list_id}".format(
            ip_access_list_id=quote(str(ip_access_list_id), safe=""),
        ),
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
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
    body: IpAccessListUpdateRequest,
) -> Response[Empty]:
    """Update an IP access list

     Changes the given fields of the list; the others keep their values. Same rules as replace. Unknown
    id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. The replace rules give `INVALID_PARAMETER_VALUE`,
    `QUOTA_EXCEEDED`, `INVALID_STATE` and `RESOURCE_ALREADY_EXISTS` (HTTP 400).

    Args:
        ip_access_list_id (str):
        body (IpAccessListUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        ip_access_list_id=ip_access_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
    body: IpAccessListUpdateRequest,
) -> Empty | None:
    """Update an IP access list

     Changes the given fields of the list; the others keep their values. Same rules as replace. Unknown
    id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. The replace rules give `INVALID_PARAMETER_VALUE`,
    `QUOTA_EXCEEDED`, `INVALID_STATE` and `RESOURCE_ALREADY_EXISTS` (HTTP 400).

    Args:
        ip_access_list_id (str):
        body (IpAccessListUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        ip_access_list_id=ip_access_list_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
    body: IpAccessListUpdateRequest,
) -> Response[Empty]:
    """Update an IP access list

     Changes the given fields of the list; the others keep their values. Same rules as replace. Unknown
    id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. The replace rules give `INVALID_PARAMETER_VALUE`,
    `QUOTA_EXCEEDED`, `INVALID_STATE` and `RESOURCE_ALREADY_EXISTS` (HTTP 400).

    Args:
        ip_access_list_id (str):
        body (IpAccessListUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        ip_access_list_id=ip_access_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ip_access_list_id: str,
    *,
    client: AuthenticatedClient,
    body: IpAccessListUpdateRequest,
) -> Empty | None:
    """Update an IP access list

     Changes the given fields of the list; the others keep their values. Same rules as replace. Unknown
    id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. The replace rules give `INVALID_PARAMETER_VALUE`,
    `QUOTA_EXCEEDED`, `INVALID_STATE` and `RESOURCE_ALREADY_EXISTS` (HTTP 400).

    Args:
        ip_access_list_id (str):
        body (IpAccessListUpdateRequest):

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
            body=body,
        )
    ).parsed
