"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ...client import AuthenticatedClient
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.commands_cancel_request import CommandsCancelRequest
    from ...models.commands_execute_request import CommandsExecuteRequest
    from ...models.commands_id_response import CommandsIdResponse
    from ...models.commands_status_response import CommandsStatusResponse
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class CommandsService:
    """The commands operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def cancel(
        self,
        *,
        body: CommandsCancelRequest,
    ) -> CommandsIdResponse:
        """Cancel a command"""
        from . import commands_cancel as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def execute(
        self,
        *,
        body: CommandsExecuteRequest,
    ) -> CommandsIdResponse:
        """Run a command"""
        from . import commands_execute as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def status(
        self,
        *,
        cluster_id: str,
        context_id: str,
        command_id: str,
    ) -> CommandsStatusResponse:
        """Get the status and result of a command"""
        from . import commands_status as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                cluster_id=cluster_id,
                context_id=context_id,
                command_id=command_id,
            )
        )


class AsyncCommandsService:
    """The commands operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def cancel(
        self,
        *,
        body: CommandsCancelRequest,
    ) -> CommandsIdResponse:
        """Cancel a command"""
        from . import commands_cancel as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def execute(
        self,
        *,
        body: CommandsExecuteRequest,
    ) -> CommandsIdResponse:
        """Run a command"""
        from . import commands_execute as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def status(
        self,
        *,
        cluster_id: str,
        context_id: str,
        command_id: str,
    ) -> CommandsStatusResponse:
        """Get the status and result of a command"""
        from . import commands_status as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                cluster_id=cluster_id,
                context_id=context_id,
                command_id=command_id,
            )
        )


__all__ = ("CommandsService", "AsyncCommandsService")
