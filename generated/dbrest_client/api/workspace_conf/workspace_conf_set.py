from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.workspace_conf_update import WorkspaceConfUpdate
from ...types import Response


def _get_kwargs(
    *,
    body: WorkspaceConfUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/workspace-conf",
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
    *,
    client: AuthenticatedClient,
    body: WorkspaceConfUpdate,
) -> Response[Empty]:
    """Set workspace configuration values

     Sets each given key to its string value. Switches take "true" or "false"; maxTokenLifetimeDays takes
    a
    positive number of days or "" (no maximum). An unknown key or an invalid value →
    `INVALID_PARAMETER_VALUE` and nothing is changed. Setting enableIpAccessLists to "true" while the
    enabled IP access lists would block the caller's own IP → `INVALID_STATE`. Answers `{}` (the 2020
    docs showed an echo of the body). Admin only (`PERMISSION_DENIED`).

    Args:
        body (WorkspaceConfUpdate): The keys to set, each with its string value. Only the known
            keys are accepted (an unknown key →
            `INVALID_PARAMETER_VALUE` and nothing is changed); the values read back by
            `workspaceConfGet` stay an open
            map.
             Example: {'enableIpAccessLists': 'true', 'maxTokenLifetimeDays': '90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
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
    body: WorkspaceConfUpdate,
) -> Empty | None:
    """Set workspace configuration values

     Sets each given key to its string value. Switches take "true" or "false"; maxTokenLifetimeDays takes
    a
    positive number of days or "" (no maximum). An unknown key or an invalid value →
    `INVALID_PARAMETER_VALUE` and nothing is changed. Setting enableIpAccessLists to "true" while the
    enabled IP access lists would block the caller's own IP → `INVALID_STATE`. Answers `{}` (the 2020
    docs showed an echo of the body). Admin only (`PERMISSION_DENIED`).

    Args:
        body (WorkspaceConfUpdate): The keys to set, each with its string value. Only the known
            keys are accepted (an unknown key →
            `INVALID_PARAMETER_VALUE` and nothing is changed); the values read back by
            `workspaceConfGet` stay an open
            map.
             Example: {'enableIpAccessLists': 'true', 'maxTokenLifetimeDays': '90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkspaceConfUpdate,
) -> Response[Empty]:
    """Set workspace configuration values

     Sets each given key to its string value. Switches take "true" or "false"; maxTokenLifetimeDays takes
    a
    positive number of days or "" (no maximum). An unknown key or an invalid value →
    `INVALID_PARAMETER_VALUE` and nothing is changed. Setting enableIpAccessLists to "true" while the
    enabled IP access lists would block the caller's own IP → `INVALID_STATE`. Answers `{}` (the 2020
    docs showed an echo of the body). Admin only (`PERMISSION_DENIED`).

    Args:
        body (WorkspaceConfUpdate): The keys to set, each with its string value. Only the known
            keys are accepted (an unknown key →
            `INVALID_PARAMETER_VALUE` and nothing is changed); the values read back by
            `workspaceConfGet` stay an open
            map.
             Example: {'enableIpAccessLists': 'true', 'maxTokenLifetimeDays': '90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkspaceConfUpdate,
) -> Empty | None:
    """Set workspace configuration values

     Sets each given key to its string value. Switches take "true" or "false"; maxTokenLifetimeDays takes
    a
    positive number of days or "" (no maximum). An unknown key or an invalid value →
    `INVALID_PARAMETER_VALUE` and nothing is changed. Setting enableIpAccessLists to "true" while the
    enabled IP access lists would block the caller's own IP → `INVALID_STATE`. Answers `{}` (the 2020
    docs showed an echo of the body). Admin only (`PERMISSION_DENIED`).

    Args:
        body (WorkspaceConfUpdate): The keys to set, each with its string value. Only the known
            keys are accepted (an unknown key →
            `INVALID_PARAMETER_VALUE` and nothing is changed); the values read back by
            `workspaceConfGet` stay an open
            map.
             Example: {'enableIpAccessLists': 'true', 'maxTokenLifetimeDays': '90'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
