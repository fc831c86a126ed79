from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dbfs_create_request import DbfsCreateRequest
from ...models.dbfs_create_response import DbfsCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DbfsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/dbfs/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DbfsCreateResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = DbfsCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DbfsCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DbfsCreateRequest,
) -> Response[DbfsCreateResponse]:
    """Open a stream to write a file

     Opens a stream to write a file and returns a handle for `add-block` and `close`. The handle expires
    after 10 minutes without activity. An existing file without `overwrite` gives
    `RESOURCE_ALREADY_EXISTS`; a directory at the path or at a parent path gives
    `RESOURCE_ALREADY_EXISTS`
    too. Workflow: create → add-block × n → close.

    Args:
        body (DbfsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbfsCreateResponse]
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
    body: DbfsCreateRequest,
) -> DbfsCreateResponse | None:
    """Open a stream to write a file

     Opens a stream to write a file and returns a handle for `add-block` and `close`. The handle expires
    after 10 minutes without activity. An existing file without `overwrite` gives
    `RESOURCE_ALREADY_EXISTS`; a directory at the path or at a parent path gives
    `RESOURCE_ALREADY_EXISTS`
    too. Workflow: create → add-block × n → close.

    Args:
        body (DbfsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbfsCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DbfsCreateRequest,
) -> Response[DbfsCreateResponse]:
    """Open a stream to write a file

     Opens a stream to write a file and returns a handle for `add-block` and `close`. The handle expires
    after 10 minutes without activity. An existing file without `overwrite` gives
    `RESOURCE_ALREADY_EXISTS`; a directory at the path or at a parent path gives
    `RESOURCE_ALREADY_EXISTS`
    too. Workflow: create → add-block × n → close.

    Args:
        body (DbfsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DbfsCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DbfsCreateRequest,
) -> DbfsCreateResponse | None:
    """Open a stream to write a file

     Opens a stream to write a file and returns a handle for `add-block` and `close`. The handle expires
    after 10 minutes without activity. An existing file without `overwrite` gives
    `RESOURCE_ALREADY_EXISTS`; a directory at the path or at a parent path gives
    `RESOURCE_ALREADY_EXISTS`
    too. Workflow: create → add-block × n → close.

    Args:
        body (DbfsCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DbfsCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
