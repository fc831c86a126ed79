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
    from ...models.global_init_script_create_request import GlobalInitScriptCreateRequest
    from ...models.global_init_script_create_response import GlobalInitScriptCreateResponse
    from ...models.global_init_script_details_with_content import GlobalInitScriptDetailsWithContent
    from ...models.global_init_script_update_request import GlobalInitScriptUpdateRequest
    from ...models.global_init_scripts_list_response import GlobalInitScriptsListResponse
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GlobalInitScriptsService:
    """The global_init_scripts operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
    ) -> GlobalInitScriptsListResponse:
        """List global init scripts"""
        from . import global_init_scripts_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def create(
        self,
        *,
        body: GlobalInitScriptCreateRequest,
    ) -> GlobalInitScriptCreateResponse:
        """Create a global init script"""
        from . import global_init_scripts_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        script_id: str,
    ) -> GlobalInitScriptDetailsWithContent:
        """Get a global init script"""
        from . import global_init_scripts_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                script_id=script_id,
            )
        )

    def delete(
        self,
        script_id: str,
    ) -> Empty:
        """Delete a global init script"""
        from . import global_init_scripts_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                script_id=script_id,
            )
        )

    def update(
        self,
        script_id: str,
        *,
        body: GlobalInitScriptUpdateRequest,
    ) -> Empty:
        """Update a global init script"""
        from . import global_init_scripts_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                script_id=script_id,
                body=body,
            )
        )


class AsyncGlobalInitScriptsService:
    """The global_init_scripts operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> GlobalInitScriptsListResponse:
        """List global init scripts"""
        from . import global_init_scripts_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def create(
        self,
        *,
        body: GlobalInitScriptCreateRequest,
    ) -> GlobalInitScriptCreateResponse:
        """Create a global init script"""
        from . import global_init_scripts_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        script_id: str,
    ) -> GlobalInitScriptDetailsWithContent:
        """Get a global init script"""
        from . import global_init_scripts_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                script_id=script_id,
            )
        )

    async def delete(
        self,
        script_id: str,
    ) -> Empty:
        """Delete a global init script"""
        from . import global_init_scripts_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                script_id=script_id,
            )
        )

    async def update(
        self,
        script_id: str,
        *,
        body: GlobalInitScriptUpdateRequest,
    ) -> Empty:
        """Update a global init script"""
        from . import global_init_scripts_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                script_id=script_id,
                body=body,
            )
        )


__all__ = ("GlobalInitScriptsService", "AsyncGlobalInitScriptsService")
