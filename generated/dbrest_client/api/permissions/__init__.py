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
    from ...models.permissions_access_control_list_request import PermissionsAccessControlListRequest
    from ...models.permissions_levels_response import PermissionsLevelsResponse
    from ...models.permissions_object_permissions import PermissionsObjectPermissions
    from ...models.permissions_request_object_type import PermissionsRequestObjectType
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class PermissionsService:
    """The permissions operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def get(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
    ) -> PermissionsObjectPermissions:
        """Get the access control list of an object"""
        from . import permissions_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
            )
        )

    def set(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions:
        """Replace all direct permissions of an object"""
        from . import permissions_set as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
                body=body,
            )
        )

    def update(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions:
        """Add or change permissions of an object"""
        from . import permissions_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
                body=body,
            )
        )

    def get_levels(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
    ) -> PermissionsLevelsResponse:
        """Get the permission levels of an object"""
        from . import permissions_get_levels as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
            )
        )


class AsyncPermissionsService:
    """The permissions operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def get(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
    ) -> PermissionsObjectPermissions:
        """Get the access control list of an object"""
        from . import permissions_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
            )
        )

    async def set(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions:
        """Replace all direct permissions of an object"""
        from . import permissions_set as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
                body=body,
            )
        )

    async def update(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions:
        """Add or change permissions of an object"""
        from . import permissions_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
                body=body,
            )
        )

    async def get_levels(
        self,
        request_object_type: PermissionsRequestObjectType,
        request_object_id: str,
    ) -> PermissionsLevelsResponse:
        """Get the permission levels of an object"""
        from . import permissions_get_levels as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                request_object_type=request_object_type,
                request_object_id=request_object_id,
            )
        )


__all__ = ("PermissionsService", "AsyncPermissionsService")
