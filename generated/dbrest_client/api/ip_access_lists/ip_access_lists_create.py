from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ip_access_list_create_request import IpAccessListCreateRequest
from ...models.ip_access_list_response import IpAccessListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: IpAccessListCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/ip-access-lists",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IpAccessListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = IpAccessListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IpAccessListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IpAccessListCreateRequest,
) -> Response[IpAccessListResponse]:
    """Create an IP access list

     Creates an enabled ALLOW or BLOCK list of IPv4 addresses and CIDR ranges. A list with the same label
    and
    type exists → `RESOURCE_ALREADY_EXISTS`; more than 1000 values in all lists together →
    `QUOTA_EXCEEDED`;
    a value that is not an IPv4 address or CIDR range → `INVALID_PARAMETER_VALUE`; a list that would
    block
    the caller's own IP while enableIpAccessLists is "true" → `INVALID_STATE`. The change takes effect
    after a few minutes. Admin only (`PERMISSION_DENIED`).

    Args:
        body (IpAccessListCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IpAccessListResponse]
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
    body: IpAccessListCreateRequest,
) -> IpAccessListResponse | None:
    """Create an IP access list

     Creates an enabled ALLOW or BLOCK list of IPv4 addresses and CIDR ranges. A list with the same label
    and
    type exists → `RESOURCE_ALREADY_EXISTS`; more than 1000 values in all lists together →
    `QUOTA_EXCEEDED`;
    a value that is not an IPv4 address or CIDR range → `INVALID_PARAMETER_VALUE`; a list that would
    block
    the caller's own IP while enableIpAccessLists is "true" → `INVALID_STATE`. The change takes effect
    after a few minutes. Admin only (`PERMISSION_DENIED`).

    Args:
        body (IpAccessListCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IpAccessListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IpAccessListCreateRequest,
) -> Response[IpAccessListResponse]:
    """Create an IP access list

     Creates an enabled ALLOW or BLOCK list of IPv4 addresses and CIDR ranges. A list with the same label
    and
    type exists → `RESOURCE_ALREADY_EXISTS`; more than 1000 values in all lists together →
    `QUOTA_EXCEEDED`;
    a value that is not an IPv4 address or CIDR range → `INVALID_PARAMETER_VALUE`; a list that would
    block
    the caller's own IP while enableIpAccessLists is "true" → `INVALID_STATE`. The change takes effect
    after a few minutes. Admin only (`PERMISSION_DENIED`).

    Args:
        body (IpAccessListCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IpAccessListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IpAccessListCreateRequest,
) -> IpAccessListResponse | None:
    """Create an IP access list

     Creates an enabled ALLOW or BLOCK list of IPv4 addresses and CIDR ranges. A list with the same label
    and
    type exists → `RESOURCE_ALREADY_EXISTS`; more than 1000 values in all lists together →
    `QUOTA_EXCEEDED`;
    a value that is not an IPv4 address or CIDR range → `INVALID_PARAMETER_VALUE`; a list that would
    block
    the caller's own IP while enableIpAccessLists is "true" → `INVALID_STATE`. The change takes effect
    after a few minutes. Admin only (`PERMISSION_DENIED`).

    Args:
        body (IpAccessListCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IpAccessListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
