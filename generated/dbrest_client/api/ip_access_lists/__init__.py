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
    from ...models.ip_access_list_create_request import IpAccessListCreateRequest
    from ...models.ip_access_list_replace_request import IpAccessListReplaceRequest
    from ...models.ip_access_list_response import IpAccessListResponse
    from ...models.ip_access_list_update_request import IpAccessListUpdateRequest
    from ...models.ip_access_lists_list_response import IpAccessListsListResponse
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class IpAccessListsService:
    """The ip_access_lists operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
    ) -> IpAccessListsListResponse:
        """List IP access lists"""
        from . import ip_access_lists_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def create(
        self,
        *,
        body: IpAccessListCreateRequest,
    ) -> IpAccessListResponse:
        """Create an IP access list"""
        from . import ip_access_lists_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        ip_access_list_id: str,
    ) -> IpAccessListResponse:
        """Get an IP access list"""
        from . import ip_access_lists_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
            )
        )

    def replace(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListReplaceRequest,
    ) -> Empty:
        """Replace an IP access list"""
        from . import ip_access_lists_replace as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
                body=body,
            )
        )

    def delete(
        self,
        ip_access_list_id: str,
    ) -> Empty:
        """Delete an IP access list"""
        from . import ip_access_lists_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
            )
        )

    def update(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListUpdateRequest,
    ) -> Empty:
        """Update an IP access list"""
        from . import ip_access_lists_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
                body=body,
            )
        )


class AsyncIpAccessListsService:
    """The ip_access_lists operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> IpAccessListsListResponse:
        """List IP access lists"""
        from . import ip_access_lists_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def create(
        self,
        *,
        body: IpAccessListCreateRequest,
    ) -> IpAccessListResponse:
        """Create an IP access list"""
        from . import ip_access_lists_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        ip_access_list_id: str,
    ) -> IpAccessListResponse:
        """Get an IP access list"""
        from . import ip_access_lists_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
            )
        )

    async def replace(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListReplaceRequest,
    ) -> Empty:
        """Replace an IP access list"""
        from . import ip_access_lists_replace as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
                body=body,
            )
        )

    async def delete(
        self,
        ip_access_list_id: str,
    ) -> Empty:
        """Delete an IP access list"""
        from . import ip_access_lists_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
            )
        )

    async def update(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListUpdateRequest,
    ) -> Empty:
        """Update an IP access list"""
        from . import ip_access_lists_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                ip_access_list_id=ip_access_list_id,
                body=body,
            )
        )


__all__ = ("IpAccessListsService", "AsyncIpAccessListsService")
