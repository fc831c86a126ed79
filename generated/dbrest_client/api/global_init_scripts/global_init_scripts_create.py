from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.global_init_script_create_request import GlobalInitScriptCreateRequest
from ...models.global_init_script_create_response import GlobalInitScriptCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GlobalInitScriptCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/global-init-scripts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GlobalInitScriptCreateResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = GlobalInitScriptCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GlobalInitScriptCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GlobalInitScriptCreateRequest,
) -> Response[GlobalInitScriptCreateResponse]:
    """Create a global init script

     Creates a script and returns its id. `position` 0 runs first; omitted or at least the number of
    scripts puts it last; a position held by another script inserts it there and shifts that script and
    all later ones by +1. Scripts are disabled unless `enabled` is true. The decoded script is at most
    64 KB (`RESOURCE_LIMIT_EXCEEDED`); an invalid name or invalid base64 → `INVALID_PARAMETER_VALUE`.
    Admin only (`PERMISSION_DENIED`).

    Args:
        body (GlobalInitScriptCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalInitScriptCreateResponse]
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
    body: GlobalInitScriptCreateRequest,
) -> GlobalInitScriptCreateResponse | None:
    """Create a global init script

     Creates a script and returns its id. `position` 0 runs first; omitted or at least the number of
    scripts puts it last; a position held by another script inserts it there and shifts that script and
    all later ones by +1. Scripts are disabled unless `enabled` is true. The decoded script is at most
    64 KB (`RESOURCE_LIMIT_EXCEEDED`); an invalid name or invalid base64 → `INVALID_PARAMETER_VALUE`.
    Admin only (`PERMISSION_DENIED`).

    Args:
        body (GlobalInitScriptCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalInitScriptCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GlobalInitScriptCreateRequest,
) -> Response[GlobalInitScriptCreateResponse]:
    """Create a global init script

     Creates a script and returns its id. `position` 0 runs first; omitted or at least the number of
    scripts puts it last; a position held by another script inserts it there and shifts that script and
    all later ones by +1. Scripts are disabled unless `enabled` is true. The decoded script is at most
    64 KB (`RESOURCE_LIMIT_EXCEEDED`); an invalid name or invalid base64 → `INVALID_PARAMETER_VALUE`.
    Admin only (`PERMISSION_DENIED`).

    Args:
        body (GlobalInitScriptCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GlobalInitScriptCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GlobalInitScriptCreateRequest,
) -> GlobalInitScriptCreateResponse | None:
    """Create a global init script

     Creates a script and returns its id. `position` 0 runs first; omitted or at least the number of
    scripts puts it last; a position held by another script inserts it there and shifts that script and
    all later ones by +1. Scripts are disabled unless `enabled` is true. The decoded script is at most
    64 KB (`RESOURCE_LIMIT_EXCEEDED`); an invalid name or invalid base64 → `INVALID_PARAMETER_VALUE`.
    Admin only (`PERMISSION_DENIED`).

    Args:
        body (GlobalInitScriptCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GlobalInitScriptCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
