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
    from ...models.contexts_create_request import ContextsCreateRequest
    from ...models.contexts_destroy_request import ContextsDestroyRequest
    from ...models.contexts_id_response import ContextsIdResponse
    from ...models.contexts_status_response import ContextsStatusResponse
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class ContextsService:
    """The contexts operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ContextsCreateRequest,
    ) -> ContextsIdResponse:
        """Create an execution context"""
        from . import contexts_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def destroy(
        self,
        *,
        body: ContextsDestroyRequest,
    ) -> ContextsIdResponse:
        """Destroy an execution context"""
        from . import contexts_destroy as _op

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
    ) -> ContextsStatusResponse:
        """Get the status of an execution context"""
        from . import contexts_status as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                cluster_id=cluster_id,
                context_id=context_id,
            )
        )


class AsyncContextsService:
    """The contexts operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ContextsCreateRequest,
    ) -> ContextsIdResponse:
        """Create an execution context"""
        from . import contexts_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def destroy(
        self,
        *,
        body: ContextsDestroyRequest,
    ) -> ContextsIdResponse:
        """Destroy an execution context"""
        from . import contexts_destroy as _op

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
    ) -> ContextsStatusResponse:
        """Get the status of an execution context"""
        from . import contexts_status as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                cluster_id=cluster_id,
                context_id=context_id,
            )
        )


__all__ = ("ContextsService", "AsyncContextsService")
