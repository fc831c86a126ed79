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
    from ...models.groups_group_name import GroupsGroupName
    from ...models.groups_list_members_response import GroupsListMembersResponse
    from ...models.groups_membership_request import GroupsMembershipRequest
    from ...models.groups_names_response import GroupsNamesResponse
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GroupsService:
    """The groups operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def add_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty:
        """Add a user or group to a group"""
        from . import groups_add_member as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def create(
        self,
        *,
        body: GroupsGroupName,
    ) -> GroupsGroupName:
        """Create a group"""
        from . import groups_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: GroupsGroupName,
    ) -> Empty:
        """Delete a group"""
        from . import groups_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def list(
        self,
    ) -> GroupsNamesResponse:
        """List all groups"""
        from . import groups_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def list_members(
        self,
        *,
        group_name: str,
    ) -> GroupsListMembersResponse:
        """List the direct members of a group"""
        from . import groups_list_members as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                group_name=group_name,
            )
        )

    def list_parents(
        self,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> GroupsNamesResponse:
        """List the groups a user or group belongs to"""
        from . import groups_list_parents as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                user_name=user_name,
                group_name=group_name,
            )
        )

    def remove_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty:
        """Remove a user or group from a group"""
        from . import groups_remove_member as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )


class AsyncGroupsService:
    """The groups operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def add_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty:
        """Add a user or group to a group"""
        from . import groups_add_member as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def create(
        self,
        *,
        body: GroupsGroupName,
    ) -> GroupsGroupName:
        """Create a group"""
        from . import groups_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: GroupsGroupName,
    ) -> Empty:
        """Delete a group"""
        from . import groups_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def list(
        self,
    ) -> GroupsNamesResponse:
        """List all groups"""
        from . import groups_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def list_members(
        self,
        *,
        group_name: str,
    ) -> GroupsListMembersResponse:
        """List the direct members of a group"""
        from . import groups_list_members as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                group_name=group_name,
            )
        )

    async def list_parents(
        self,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> GroupsNamesResponse:
        """List the groups a user or group belongs to"""
        from . import groups_list_parents as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                user_name=user_name,
                group_name=group_name,
            )
        )

    async def remove_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty:
        """Remove a user or group from a group"""
        from . import groups_remove_member as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )


__all__ = ("GroupsService", "AsyncGroupsService")
