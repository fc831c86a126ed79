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
    from ...models.empty import Empty
    from ...models.workspace_conf import WorkspaceConf
    from ...models.workspace_conf_update import WorkspaceConfUpdate
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class WorkspaceConfService:
    """The workspace_conf operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get(
        self,
        *,
        keys: str,
    ) -> WorkspaceConf:
        """Get workspace configuration values"""
        from . import workspace_conf_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                keys=keys,
            )
        )

    def set(
        self,
        *,
        body: WorkspaceConfUpdate,
    ) -> Empty:
        """Set workspace configuration values"""
        from . import workspace_conf_set as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )


class AsyncWorkspaceConfService:
    """The workspace_conf operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get(
        self,
        *,
        keys: str,
    ) -> WorkspaceConf:
        """Get workspace configuration values"""
        from . import workspace_conf_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                keys=keys,
            )
        )

    async def set(
        self,
        *,
        body: WorkspaceConfUpdate,
    ) -> Empty:
        """Set workspace configuration values"""
        from . import workspace_conf_set as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )


__all__ = ("WorkspaceConfService", "AsyncWorkspaceConfService")
