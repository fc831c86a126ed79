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
    from ...models.instance_pool_and_stats import InstancePoolAndStats
    from ...models.instance_pools_create_request import InstancePoolsCreateRequest
    from ...models.instance_pools_create_response import InstancePoolsCreateResponse
    from ...models.instance_pools_delete_request import InstancePoolsDeleteRequest
    from ...models.instance_pools_edit_request import InstancePoolsEditRequest
    from ...models.instance_pools_list_response import InstancePoolsListResponse
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class InstancePoolsService:
    """The instance_pools operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: InstancePoolsCreateRequest,
    ) -> InstancePoolsCreateResponse:
        """Create an instance pool"""
        from . import instance_pools_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: InstancePoolsDeleteRequest,
    ) -> Empty:
        """Delete an instance pool"""
        from . import instance_pools_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def edit(
        self,
        *,
        body: InstancePoolsEditRequest,
    ) -> Empty:
        """Edit an instance pool"""
        from . import instance_pools_edit as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        *,
        instance_pool_id: str,
    ) -> InstancePoolAndStats:
        """Get an instance pool"""
        from . import instance_pools_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                instance_pool_id=instance_pool_id,
            )
        )

    def list(
        self,
    ) -> InstancePoolsListResponse:
        """List instance pools"""
        from . import instance_pools_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )


class AsyncInstancePoolsService:
    """The instance_pools operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: InstancePoolsCreateRequest,
    ) -> InstancePoolsCreateResponse:
        """Create an instance pool"""
        from . import instance_pools_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: InstancePoolsDeleteRequest,
    ) -> Empty:
        """Delete an instance pool"""
        from . import instance_pools_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def edit(
        self,
        *,
        body: InstancePoolsEditRequest,
    ) -> Empty:
        """Edit an instance pool"""
        from . import instance_pools_edit as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        *,
        instance_pool_id: str,
    ) -> InstancePoolAndStats:
        """Get an instance pool"""
        from . import instance_pools_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                instance_pool_id=instance_pool_id,
            )
        )

    async def list(
        self,
    ) -> InstancePoolsListResponse:
        """List instance pools"""
        from . import instance_pools_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )


__all__ = ("InstancePoolsService", "AsyncInstancePoolsService")
