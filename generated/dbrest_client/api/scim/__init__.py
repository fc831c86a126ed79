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
    from ...models.scim_group import ScimGroup
    from ...models.scim_group_list import ScimGroupList
    from ...models.scim_group_request import ScimGroupRequest
    from ...models.scim_groups_list_sort_by import ScimGroupsListSortBy
    from ...models.scim_groups_list_sort_order import ScimGroupsListSortOrder
    from ...models.scim_patch_request import ScimPatchRequest
    from ...models.scim_service_principal import ScimServicePrincipal
    from ...models.scim_service_principal_list import ScimServicePrincipalList
    from ...models.scim_service_principal_request import ScimServicePrincipalRequest
    from ...models.scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy
    from ...models.scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder
    from ...models.scim_user import ScimUser
    from ...models.scim_user_list import ScimUserList
    from ...models.scim_user_request import ScimUserRequest
    from ...models.scim_users_list_sort_by import ScimUsersListSortBy
    from ...models.scim_users_list_sort_order import ScimUsersListSortOrder
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def _parsed_or_none(response: Response[_T], body_less: tuple[int, ...]) -> _T | None:
    """The parsed body, or None for a documented body-less status (a 204); anything else unparsed raises."""
    if response.parsed is None and response.status_code not in body_less:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class ScimService:
    """The scim operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def groups_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimGroupsListSortBy | Unset = UNSET,
        sort_order: ScimGroupsListSortOrder | Unset = UNSET,
    ) -> ScimGroupList:
        """List groups"""
        from . import scim_groups_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                filter_=filter_,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
                start_index=start_index,
                count=count,
                sort_by=sort_by,
                sort_order=sort_order,
            )
        )

    def groups_create(
        self,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup:
        """Create a group"""
        from . import scim_groups_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def groups_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimGroup:
        """Get a group"""
        from . import scim_groups_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                id=id,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    def groups_replace(
        self,
        id: str,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup:
        """Replace a group"""
        from . import scim_groups_replace as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                id=id,
                body=body,
            )
        )

    def groups_delete(
        self,
        id: str,
    ) -> None:
        """Delete a group"""
        from . import scim_groups_delete as _op

        _parsed_or_none(
            _op.sync_detailed(
                client=self._client,
                id=id,
            ),
            (204,),
        )

    def groups_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimGroup | None:
        """Update a group partially"""
        from . import scim_groups_patch as _op

        return _parsed_or_none(
            _op.sync_detailed(
                client=self._client,
                id=id,
                body=body,
            ),
            (204,),
        )

    def me_get(
        self,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get the calling user"""
        from . import scim_me_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    def service_principals_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimServicePrincipalsListSortBy | Unset = UNSET,
        sort_order: ScimServicePrincipalsListSortOrder | Unset = UNSET,
    ) -> ScimServicePrincipalList:
        """List service principals"""
        from . import scim_service_principals_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                filter_=filter_,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
                start_index=start_index,
                count=count,
                sort_by=sort_by,
                sort_order=sort_order,
            )
        )

    def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal:
        """Create a service principal"""
        from . import scim_service_principals_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def service_principals_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Get a service principal"""
        from . import scim_service_principals_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                id=id,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal:
        """Replace a service principal"""
        from . import scim_service_principals_replace as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                id=id,
                body=body,
            )
        )

    def service_principals_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service principal"""
        from . import scim_service_principals_delete as _op

        _parsed_or_none(
            _op.sync_detailed(
                client=self._client,
                id=id,
            ),
            (204,),
        )

    def service_principals_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimServicePrincipal | None:
        """Update a service principal partially"""
        from . import scim_service_principals_patch as _op

        return _parsed_or_none(
            _op.sync_detailed(
                client=self._client,
                id=id,
                body=body,
            ),
            (204,),
        )

    def users_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersListSortBy | Unset = UNSET,
        sort_order: ScimUsersListSortOrder | Unset = UNSET,
    ) -> ScimUserList:
        """List users"""
        from . import scim_users_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                filter_=filter_,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
                start_index=start_index,
                count=count,
                sort_by=sort_by,
                sort_order=sort_order,
            )
        )

    def users_create(
        self,
        *,
        body: ScimUserRequest,
    ) -> ScimUser:
        """Create a user"""
        from . import scim_users_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def users_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get a user"""
        from . import scim_users_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                id=id,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    def users_replace(
        self,
        id: str,
        *,
        body: ScimUserRequest,
    ) -> ScimUser:
        """Replace a user"""
        from . import scim_users_replace as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                id=id,
                body=body,
            )
        )

    def users_delete(
        self,
        id: str,
    ) -> None:
        """Delete a user"""
        from . import scim_users_delete as _op

        _parsed_or_none(
            _op.sync_detailed(
                client=self._client,
                id=id,
            ),
            (204,),
        )

    def users_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimUser | None:
        """Update a user partially"""
        from . import scim_users_patch as _op

        return _parsed_or_none(
            _op.sync_detailed(
                client=self._client,
                id=id,
                body=body,
            ),
            (204,),
        )


class AsyncScimService:
    """The scim operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def groups_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimGroupsListSortBy | Unset = UNSET,
        sort_order: ScimGroupsListSortOrder | Unset = UNSET,
    ) -> ScimGroupList:
        """List groups"""
        from . import scim_groups_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                filter_=filter_,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
                start_index=start_index,
                count=count,
                sort_by=sort_by,
                sort_order=sort_order,
            )
        )

    async def groups_create(
        self,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup:
        """Create a group"""
        from . import scim_groups_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def groups_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimGroup:
        """Get a group"""
        from . import scim_groups_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    async def groups_replace(
        self,
        id: str,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup:
        """Replace a group"""
        from . import scim_groups_replace as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                body=body,
            )
        )

    async def groups_delete(
        self,
        id: str,
    ) -> None:
        """Delete a group"""
        from . import scim_groups_delete as _op

        _parsed_or_none(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
            ),
            (204,),
        )

    async def groups_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimGroup | None:
        """Update a group partially"""
        from . import scim_groups_patch as _op

        return _parsed_or_none(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                body=body,
            ),
            (204,),
        )

    async def me_get(
        self,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get the calling user"""
        from . import scim_me_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    async def service_principals_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimServicePrincipalsListSortBy | Unset = UNSET,
        sort_order: ScimServicePrincipalsListSortOrder | Unset = UNSET,
    ) -> ScimServicePrincipalList:
        """List service principals"""
        from . import scim_service_principals_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                filter_=filter_,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
                start_index=start_index,
                count=count,
                sort_by=sort_by,
                sort_order=sort_order,
            )
        )

    async def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal:
        """Create a service principal"""
        from . import scim_service_principals_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def service_principals_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Get a service principal"""
        from . import scim_service_principals_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    async def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal:
        """Replace a service principal"""
        from . import scim_service_principals_replace as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                body=body,
            )
        )

    async def service_principals_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service principal"""
        from . import scim_service_principals_delete as _op

        _parsed_or_none(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
            ),
            (204,),
        )

    async def service_principals_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimServicePrincipal | None:
        """Update a service principal partially"""
        from . import scim_service_principals_patch as _op

        return _parsed_or_none(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                body=body,
            ),
            (204,),
        )

    async def users_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersListSortBy | Unset = UNSET,
        sort_order: ScimUsersListSortOrder | Unset = UNSET,
    ) -> ScimUserList:
        """List users"""
        from . import scim_users_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                filter_=filter_,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
                start_index=start_index,
                count=count,
                sort_by=sort_by,
                sort_order=sort_order,
            )
        )

    async def users_create(
        self,
        *,
        body: ScimUserRequest,
    ) -> ScimUser:
        """Create a user"""
        from . import scim_users_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def users_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get a user"""
        from . import scim_users_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                attributes=attributes,
                excluded_attributes=excluded_attributes,
            )
        )

    async def users_replace(
        self,
        id: str,
        *,
        body: ScimUserRequest,
    ) -> ScimUser:
        """Replace a user"""
        from . import scim_users_replace as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                body=body,
            )
        )

    async def users_delete(
        self,
        id: str,
    ) -> None:
        """Delete a user"""
        from . import scim_users_delete as _op

        _parsed_or_none(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
            ),
            (204,),
        )

    async def users_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimUser | None:
        """Update a user partially"""
        from . import scim_users_patch as _op

        return _parsed_or_none(
            await _op.asyncio_detailed(
                client=self._client,
                id=id,
                body=body,
            ),
            (204,),
        )


__all__ = ("ScimService", "AsyncScimService")
