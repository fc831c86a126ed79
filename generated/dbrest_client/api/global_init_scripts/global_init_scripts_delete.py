from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...types import Response


def _get_kwargs(
    script_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/2.0/global-init-scripts/{script_id}".format(
            script_id=quote(str(script_id), safe=""),
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
    script_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Empty]:
    """Delete a global init script

     Deletes the script; later scripts move up one position. Unknown id → `RESOURCE_DOES_NOT_EXIST`.
    Admin only.

    Args:
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    script_id: str,
    *,
    client: AuthenticatedClient,
) -> Empty | None:
    """Delete a global init script

     Deletes the script; later scripts move up one position. Unknown id → `RESOURCE_DOES_NOT_EXIST`.
    Admin only.

    Args:
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        script_id=script_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    script_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Empty]:
    """Delete a global init script

     Deletes the script; later scripts move up one position. Unknown id → `RESOURCE_DOES_NOT_EXIST`.
    Admin only.

    Args:
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    script_id: str,
    *,
    client: AuthenticatedClient,
) -> Empty | None:
    """Delete a global init script

     Deletes the script; later scripts move up one position. Unknown id → `RESOURCE_DOES_NOT_EXIST`.
    Admin only.

    Args:
        script_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            script_id=script_id,
            client=client,
        )
    ).parsed
