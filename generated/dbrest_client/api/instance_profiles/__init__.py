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
    from ...models.instance_profiles_add_request import InstanceProfilesAddRequest
    from ...models.instance_profiles_edit_request import InstanceProfilesEditRequest
    from ...models.instance_profiles_list_response import InstanceProfilesListResponse
    from ...models.instance_profiles_remove_request import InstanceProfilesRemoveRequest
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class InstanceProfilesService:
    """The instance_profiles operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def add(
        self,
        *,
        body: InstanceProfilesAddRequest,
    ) -> Empty:
        """Register an instance profile"""
        from . import instance_profiles_add as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def edit(
        self,
        *,
        body: InstanceProfilesEditRequest,
    ) -> Empty:
        """Change the IAM role of an instance profile"""
        from . import instance_profiles_edit as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def list(
        self,
    ) -> InstanceProfilesListResponse:
        """List the instance profiles"""
        from . import instance_profiles_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def remove(
        self,
        *,
        body: InstanceProfilesRemoveRequest,
    ) -> Empty:
        """Remove an instance profile"""
        from . import instance_profiles_remove as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )


class AsyncInstanceProfilesService:
    """The instance_profiles operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def add(
        self,
        *,
        body: InstanceProfilesAddRequest,
    ) -> Empty:
        """Register an instance profile"""
        from . import instance_profiles_add as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def edit(
        self,
        *,
        body: InstanceProfilesEditRequest,
    ) -> Empty:
        """Change the IAM role of an instance profile"""
        from . import instance_profiles_edit as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def list(
        self,
    ) -> InstanceProfilesListResponse:
        """List the instance profiles"""
        from . import instance_profiles_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def remove(
        self,
        *,
        body: InstanceProfilesRemoveRequest,
    ) -> Empty:
        """Remove an instance profile"""
        from . import instance_profiles_remove as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )


__all__ = ("InstanceProfilesService", "AsyncInstanceProfilesService")
