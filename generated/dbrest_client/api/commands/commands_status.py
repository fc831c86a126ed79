from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commands_status_response import CommandsStatusResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    cluster_id: str,
    context_id: str,
    command_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["clusterId"] = cluster_id

    params["contextId"] = context_id

    params["commandId"] = command_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/1.2/commands/status",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommandsStatusResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = CommandsStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommandsStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
    context_id: str,
    command_id: str,
) -> Response[CommandsStatusResponse]:
    """Get the status and result of a command

     Returns the status of a command and, once it is `Finished` or `Error`, its `results`. Statuses:
    `Queued`, `Running`, `Cancelling`, `Finished`, `Cancelled`, `Error` (terminal: `Finished`,
    `Cancelled`, `Error`). A command that raised an exception is `Finished` with an `error` result; a
    command whose context or cluster died is `Error`. An unknown cluster gives 400; an unknown context
    or
    command 404.

    Args:
        cluster_id (str):
        context_id (str):
        command_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandsStatusResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        context_id=context_id,
        command_id=command_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
    context_id: str,
    command_id: str,
) -> CommandsStatusResponse | None:
    """Get the status and result of a command

     Returns the status of a command and, once it is `Finished` or `Error`, its `results`. Statuses:
    `Queued`, `Running`, `Cancelling`, `Finished`, `Cancelled`, `Error` (terminal: `Finished`,
    `Cancelled`, `Error`). A command that raised an exception is `Finished` with an `error` result; a
    command whose context or cluster died is `Error`. An unknown cluster gives 400; an unknown context
    or
    command 404.

    Args:
        cluster_id (str):
        context_id (str):
        command_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandsStatusResponse
    """

    return sync_detailed(
        client=client,
        cluster_id=cluster_id,
        context_id=context_id,
        command_id=command_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
    context_id: str,
    command_id: str,
) -> Response[CommandsStatusResponse]:
    """Get the status and result of a command

     Returns the status of a command and, once it is `Finished` or `Error`, its `results`. Statuses:
    `Queued`, `Running`, `Cancelling`, `Finished`, `Cancelled`, `Error` (terminal: `Finished`,
    `Cancelled`, `Error`). A command that raised an exception is `Finished` with an `error` result; a
    command whose context or cluster died is `Error`. An unknown cluster gives 400; an unknown context
    or
    command 404.

    Args:
        cluster_id (str):
        context_id (str):
        command_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandsStatusResponse]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        context_id=context_id,
        command_id=command_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cluster_id: str,
    context_id: str,
    command_id: str,
) -> CommandsStatusResponse | None:
    """Get the status and result of a command

     Returns the status of a command and, once it is `Finished` or `Error`, its `results`. Statuses:
    `Queued`, `Running`, `Cancelling`, `Finished`, `Cancelled`, `Error` (terminal: `Finished`,
    `Cancelled`, `Error`). A command that raised an exception is `Finished` with an `error` result; a
    command whose context or cluster died is `Error`. An unknown cluster gives 400; an unknown context
    or
    command 404.

    Args:
        cluster_id (str):
        context_id (str):
        command_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandsStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cluster_id=cluster_id,
            context_id=context_id,
            command_id=command_id,
        )
    ).parsed
