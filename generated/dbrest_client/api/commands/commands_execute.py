from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commands_execute_request import CommandsExecuteRequest
from ...models.commands_id_response import CommandsIdResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CommandsExecuteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/1.2/commands/execute",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommandsIdResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = CommandsIdResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CommandsIdResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CommandsExecuteRequest,
) -> Response[CommandsIdResponse]:
    """Run a command

     Queues a command in a context and returns its id at once. Commands of a context run one at a time in
    submission order: `Queued` → `Running` → `Finished` (or `Error`); poll `commands/status`. The
    context
    must be `Running` (400 otherwise); `command` is required (400), either as a field or, with
    `multipart/form-data`, as a file part named `command`. `%run` is not supported. An unknown cluster
    gives 400, an unknown context 404.

    Args:
        body (CommandsExecuteRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1', 'contextId': '5456852751451433082', 'command': 'print("hello")'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandsIdResponse]
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
    body: CommandsExecuteRequest,
) -> CommandsIdResponse | None:
    """Run a command

     Queues a command in a context and returns its id at once. Commands of a context run one at a time in
    submission order: `Queued` → `Running` → `Finished` (or `Error`); poll `commands/status`. The
    context
    must be `Running` (400 otherwise); `command` is required (400), either as a field or, with
    `multipart/form-data`, as a file part named `command`. `%run` is not supported. An unknown cluster
    gives 400, an unknown context 404.

    Args:
        body (CommandsExecuteRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1', 'contextId': '5456852751451433082', 'command': 'print("hello")'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandsIdResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CommandsExecuteRequest,
) -> Response[CommandsIdResponse]:
    """Run a command

     Queues a command in a context and returns its id at once. Commands of a context run one at a time in
    submission order: `Queued` → `Running` → `Finished` (or `Error`); poll `commands/status`. The
    context
    must be `Running` (400 otherwise); `command` is required (400), either as a field or, with
    `multipart/form-data`, as a file part named `command`. `%run` is not supported. An unknown cluster
    gives 400, an unknown context 404.

    Args:
        body (CommandsExecuteRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1', 'contextId': '5456852751451433082', 'command': 'print("hello")'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommandsIdResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CommandsExecuteRequest,
) -> CommandsIdResponse | None:
    """Run a command

     Queues a command in a context and returns its id at once. Commands of a context run one at a time in
    submission order: `Queued` → `Running` → `Finished` (or `Error`); poll `commands/status`. The
    context
    must be `Running` (400 otherwise); `command` is required (400), either as a field or, with
    `multipart/form-data`, as a file part named `command`. `%run` is not supported. An unknown cluster
    gives 400, an unknown context 404.

    Args:
        body (CommandsExecuteRequest):  Example: {'language': 'python', 'clusterId':
            '1202-211320-brick1', 'contextId': '5456852751451433082', 'command': 'print("hello")'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommandsIdResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
