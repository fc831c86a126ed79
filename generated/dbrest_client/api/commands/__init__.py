"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.commands_12_language import Commands12Language
    from ...models.commands_cancel_request import CommandsCancelRequest
    from ...models.commands_execute_request import CommandsExecuteRequest
    from ...models.commands_id_response import CommandsIdResponse
    from ...models.commands_status_response import CommandsStatusResponse
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op.parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class CommandsService:
    """The commands operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def cancel(
        self,
        *,
        body: CommandsCancelRequest,
    ) -> CommandsIdResponse: ...

    @overload
    def cancel(
        self,
        cluster_id: str,
        context_id: str,
        command_id: str,
    ) -> CommandsIdResponse: ...

    @keyword_call
    def cancel(
        self,
        cluster_id: str | Unset = UNSET,
        context_id: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        *,
        body: CommandsCancelRequest | Unset = UNSET,
    ) -> CommandsIdResponse:
        """Cancel a command

        Cancels a command: a queued command becomes `Cancelled`, a running one `Cancelling` and then
        `Cancelled`; cancelling a command that already ended changes nothing. Answers the command id; poll
        `commands/status` until `Cancelled`. An unknown cluster gives 400; an unknown context or command 404.


        Args:
            cluster_id (str):
            context_id (str):
            command_id (str):
            body (CommandsCancelRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.commands_cancel_request import CommandsCancelRequest

        body = request_body(
            CommandsCancelRequest,
            body,
            {
                "cluster_id": ("clusterId", cluster_id),
                "context_id": ("contextId", context_id),
                "command_id": ("commandId", command_id),
            },
            "CommandsService.cancel",
            True,
        )

        from . import commands_cancel as _op

        result: CommandsIdResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def execute(
        self,
        *,
        body: CommandsExecuteRequest,
    ) -> CommandsIdResponse: ...

    @overload
    def execute(
        self,
        language: Commands12Language | str,
        cluster_id: str,
        context_id: str,
        *,
        command: str | Unset = UNSET,
    ) -> CommandsIdResponse: ...

    @keyword_call
    def execute(
        self,
        language: Commands12Language | str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        context_id: str | Unset = UNSET,
        *,
        body: CommandsExecuteRequest | Unset = UNSET,
        command: str | Unset = UNSET,
    ) -> CommandsIdResponse:
        """Run a command

        Queues a command in a context and returns its id at once. Commands of a context run one at a time in
        submission order: `Queued` → `Running` → `Finished` (or `Error`); poll `commands/status`. The context
        must be `Running` (400 otherwise); `command` is required (400), either as a field or, with
        `multipart/form-data`, as a file part named `command`. `%run` is not supported. An unknown cluster
        gives 400, an unknown context 404.


        Args:
            language (Commands12Language): Language of an execution context or command (lower case on the wire).
                Example: python.
            cluster_id (str):
            context_id (str):
            command (str | Unset): The code to run, in `language`. Required; with `multipart/form-data` it may
                be sent as a file
                part named `command`.
            body (CommandsExecuteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.commands_execute_request import CommandsExecuteRequest

        body = request_body(
            CommandsExecuteRequest,
            body,
            {
                "language": ("language", language),
                "cluster_id": ("clusterId", cluster_id),
                "context_id": ("contextId", context_id),
                "command": ("command", command),
            },
            "CommandsService.execute",
            True,
        )

        from . import commands_execute as _op

        result: CommandsIdResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def status(
        self,
        cluster_id: str,
        context_id: str,
        command_id: str,
    ) -> CommandsStatusResponse:
        """Get the status and result of a command

        Returns the status of a command and, once it is `Finished` or `Error`, its `results`. Statuses:
        `Queued`, `Running`, `Cancelling`, `Finished`, `Cancelled`, `Error` (terminal: `Finished`,
        `Cancelled`, `Error`). A command that raised an exception is `Finished` with an `error` result; a
        command whose context or cluster died is `Error`. An unknown cluster gives 400; an unknown context or
        command 404.


        Args:
            cluster_id (str):
            context_id (str):
            command_id (str):
        """

        from . import commands_status as _op

        result: CommandsStatusResponse = _call(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
            context_id=context_id,
            command_id=command_id,
        )
        return result


class AsyncCommandsService:
    """The commands operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def cancel(
        self,
        *,
        body: CommandsCancelRequest,
    ) -> CommandsIdResponse: ...

    @overload
    async def cancel(
        self,
        cluster_id: str,
        context_id: str,
        command_id: str,
    ) -> CommandsIdResponse: ...

    @async_keyword_call
    async def cancel(
        self,
        cluster_id: str | Unset = UNSET,
        context_id: str | Unset = UNSET,
        command_id: str | Unset = UNSET,
        *,
        body: CommandsCancelRequest | Unset = UNSET,
    ) -> CommandsIdResponse:
        """Cancel a command

        Cancels a command: a queued command becomes `Cancelled`, a running one `Cancelling` and then
        `Cancelled`; cancelling a command that already ended changes nothing. Answers the command id; poll
        `commands/status` until `Cancelled`. An unknown cluster gives 400; an unknown context or command 404.


        Args:
            cluster_id (str):
            context_id (str):
            command_id (str):
            body (CommandsCancelRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.commands_cancel_request import CommandsCancelRequest

        body = request_body(
            CommandsCancelRequest,
            body,
            {
                "cluster_id": ("clusterId", cluster_id),
                "context_id": ("contextId", context_id),
                "command_id": ("commandId", command_id),
            },
            "AsyncCommandsService.cancel",
            True,
        )

        from . import commands_cancel as _op

        result: CommandsIdResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def execute(
        self,
        *,
        body: CommandsExecuteRequest,
    ) -> CommandsIdResponse: ...

    @overload
    async def execute(
        self,
        language: Commands12Language | str,
        cluster_id: str,
        context_id: str,
        *,
        command: str | Unset = UNSET,
    ) -> CommandsIdResponse: ...

    @async_keyword_call
    async def execute(
        self,
        language: Commands12Language | str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        context_id: str | Unset = UNSET,
        *,
        body: CommandsExecuteRequest | Unset = UNSET,
        command: str | Unset = UNSET,
    ) -> CommandsIdResponse:
        """Run a command

        Queues a command in a context and returns its id at once. Commands of a context run one at a time in
        submission order: `Queued` → `Running` → `Finished` (or `Error`); poll `commands/status`. The context
        must be `Running` (400 otherwise); `command` is required (400), either as a field or, with
        `multipart/form-data`, as a file part named `command`. `%run` is not supported. An unknown cluster
        gives 400, an unknown context 404.


        Args:
            language (Commands12Language): Language of an execution context or command (lower case on the wire).
                Example: python.
            cluster_id (str):
            context_id (str):
            command (str | Unset): The code to run, in `language`. Required; with `multipart/form-data` it may
                be sent as a file
                part named `command`.
            body (CommandsExecuteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.commands_execute_request import CommandsExecuteRequest

        body = request_body(
            CommandsExecuteRequest,
            body,
            {
                "language": ("language", language),
                "cluster_id": ("clusterId", cluster_id),
                "context_id": ("contextId", context_id),
                "command": ("command", command),
            },
            "AsyncCommandsService.execute",
            True,
        )

        from . import commands_execute as _op

        result: CommandsIdResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def status(
        self,
        cluster_id: str,
        context_id: str,
        command_id: str,
    ) -> CommandsStatusResponse:
        """Get the status and result of a command

        Returns the status of a command and, once it is `Finished` or `Error`, its `results`. Statuses:
        `Queued`, `Running`, `Cancelling`, `Finished`, `Cancelled`, `Error` (terminal: `Finished`,
        `Cancelled`, `Error`). A command that raised an exception is `Finished` with an `error` result; a
        command whose context or cluster died is `Error`. An unknown cluster gives 400; an unknown context or
        command 404.


        Args:
            cluster_id (str):
            context_id (str):
            command_id (str):
        """

        from . import commands_status as _op

        result: CommandsStatusResponse = await _acall(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
            context_id=context_id,
            command_id=command_id,
        )
        return result


__all__ = ("CommandsService", "AsyncCommandsService")
