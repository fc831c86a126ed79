from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.global_init_script_update_request import GlobalInitScriptUpdateRequest
from ...types import Response


def _get_kwargs(
    script_id: str,
    *,
    body: GlobalInitScriptUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/global-init-scripts/{script_id}".format(
            script_id=quote(str(script_id), safe=""),
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
    script_id: str,
    *,
    client: AuthenticatedClient,
    body: GlobalInitScriptUpdateRequest,
) -> Response[Empty]:
    """Update a global init script

     Changes the given fields; the others keep their values. A new `position` moves the script there (at
    least the number of scripts → last), shifting the scripts in between. The 2020 spec marked `name`
    and `script` required; the service accepts partial updates. Same validation as create. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. An invalid field → `INVALID_PARAMETER_VALUE`, as for create.

    Args:
        script_id (str):
        body (GlobalInitScriptUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    script_id: str,
    *,
    client: AuthenticatedClient,
    body: GlobalInitScriptUpdateRequest,
) -> Empty | None:
    """Update a global init script

     Changes the given fields; the others keep their values. A new `position` moves the script there (at
    least the number of scripts → last), shifting the scripts in between. The 2020 spec marked `name`
    and `script` required; the service accepts partial updates. Same validation as create. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. An invalid field → `INVALID_PARAMETER_VALUE`, as for create.

    Args:
        script_id (str):
        body (GlobalInitScriptUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        script_id=script_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    script_id: str,
    *,
    client: AuthenticatedClient,
    body: GlobalInitScriptUpdateRequest,
) -> Response[Empty]:
    """Update a global init script

     Changes the given fields; the others keep their values. A new `position` moves the script there (at
    least the number of scripts → last), shifting the scripts in between. The 2020 spec marked `name`
    and `script` required; the service accepts partial updates. Same validation as create. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. An invalid field → `INVALID_PARAMETER_VALUE`, as for create.

    Args:
        script_id (str):
        body (GlobalInitScriptUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        script_id=script_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    script_id: str,
    *,
    client: AuthenticatedClient,
    body: GlobalInitScriptUpdateRequest,
) -> Empty | None:
    """Update a global init script

     Changes the given fields; the others keep their values. A new `position` moves the script there (at
    least the number of scripts → last), shifting the scripts in between. The 2020 spec marked `name`
    and `script` required; the service accepts partial updates. Same validation as create. Unknown id →
    `RESOURCE_DOES_NOT_EXIST`. Admin only. An invalid field → `INVALID_PARAMETER_VALUE`, as for create.

    Args:
        script_id (str):
        body (GlobalInitScriptUpdateRequest):

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
            body=body,
        )
    ).parsed
