"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...client import AuthenticatedClient
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.scim_group import ScimGroup
    from ...models.scim_group_create_request import ScimGroupCreateRequest
    from ...models.scim_group_list import ScimGroupList
    from ...models.scim_group_request import ScimGroupRequest
    from ...models.scim_groups_list_sort_by import ScimGroupsListSortBy
    from ...models.scim_groups_list_sort_order import ScimGroupsListSortOrder
    from ...models.scim_patch_request import ScimPatchRequest
    from ...models.scim_service_principal import ScimServicePrincipal
    from ...models.scim_service_principal_create_request import ScimServicePrincipalCreateRequest
    from ...models.scim_service_principal_list import ScimServicePrincipalList
    from ...models.scim_service_principal_request import ScimServicePrincipalRequest
    from ...models.scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy
    from ...models.scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder
    from ...models.scim_user import ScimUser
    from ...models.scim_user_create_request import ScimUserCreateRequest
    from ...models.scim_user_list import ScimUserList
    from ...models.scim_user_request import ScimUserRequest
    from ...models.scim_users_get_sort_by import ScimUsersGetSortBy
    from ...models.scim_users_get_sort_order import ScimUsersGetSortOrder
    from ...models.scim_users_list_sort_by import ScimUsersListSortBy
    from ...models.scim_users_list_sort_order import ScimUsersListSortOrder
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op._parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


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

        result: ScimGroupList = _call(
            self._client,
            _op,
            (),
            filter_=filter_,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    def groups_create(
        self,
        *,
        body: ScimGroupCreateRequest,
    ) -> ScimGroup:
        """Create a group"""
        from . import scim_groups_create as _op

        result: ScimGroup = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def groups_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimGroup:
        """Get a group"""
        from . import scim_groups_get as _op

        result: ScimGroup = _call(
            self._client,
            _op,
            (),
            id=id,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

    def groups_replace(
        self,
        id: str,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup:
        """Replace a group"""
        from . import scim_groups_replace as _op

        result: ScimGroup = _call(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    def groups_delete(
        self,
        id: str,
    ) -> None:
        """Delete a group"""
        from . import scim_groups_delete as _op

        _call(
            self._client,
            _op,
            (204,),
            id=id,
        )

    def groups_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimGroup | None:
        """Update a group partially"""
        from . import scim_groups_patch as _op

        result: ScimGroup | None = _call(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

    def me_get(
        self,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get the calling user"""
        from . import scim_me_get as _op

        result: ScimUser = _call(
            self._client,
            _op,
            (),
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

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

        result: ScimServicePrincipalList = _call(
            self._client,
            _op,
            (),
            filter_=filter_,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalCreateRequest,
    ) -> ScimServicePrincipal:
        """Create a service principal"""
        from . import scim_service_principals_create as _op

        result: ScimServicePrincipal = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def service_principals_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Get a service principal"""
        from . import scim_service_principals_get as _op

        result: ScimServicePrincipal = _call(
            self._client,
            _op,
            (),
            id=id,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

    def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal:
        """Replace a service principal"""
        from . import scim_service_principals_replace as _op

        result: ScimServicePrincipal = _call(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    def service_principals_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service principal"""
        from . import scim_service_principals_delete as _op

        _call(
            self._client,
            _op,
            (204,),
            id=id,
        )

    def service_principals_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimServicePrincipal | None:
        """Update a service principal partially"""
        from . import scim_service_principals_patch as _op

        result: ScimServicePrincipal | None = _call(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

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

        result: ScimUserList = _call(
            self._client,
            _op,
            (),
            filter_=filter_,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    def users_create(
        self,
        *,
        body: ScimUserCreateRequest,
    ) -> ScimUser:
        """Create a user"""
        from . import scim_users_create as _op

        result: ScimUser = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def users_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersGetSortBy | Unset = UNSET,
        sort_order: ScimUsersGetSortOrder | Unset = UNSET,
    ) -> ScimUser:
        """Get a user"""
        from . import scim_users_get as _op

        result: ScimUser = _call(
            self._client,
            _op,
            (),
            id=id,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            filter_=filter_,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    def users_replace(
        self,
        id: str,
        *,
        body: ScimUserRequest,
    ) -> ScimUser:
        """Replace a user"""
        from . import scim_users_replace as _op

        result: ScimUser = _call(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    def users_delete(
        self,
        id: str,
    ) -> None:
        """Delete a user"""
        from . import scim_users_delete as _op

        _call(
            self._client,
            _op,
            (204,),
            id=id,
        )

    def users_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimUser | None:
        """Update a user partially"""
        from . import scim_users_patch as _op

        result: ScimUser | None = _call(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result


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

        result: ScimGroupList = await _acall(
            self._client,
            _op,
            (),
            filter_=filter_,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    async def groups_create(
        self,
        *,
        body: ScimGroupCreateRequest,
    ) -> ScimGroup:
        """Create a group"""
        from . import scim_groups_create as _op

        result: ScimGroup = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def groups_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimGroup:
        """Get a group"""
        from . import scim_groups_get as _op

        result: ScimGroup = await _acall(
            self._client,
            _op,
            (),
            id=id,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

    async def groups_replace(
        self,
        id: str,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup:
        """Replace a group"""
        from . import scim_groups_replace as _op

        result: ScimGroup = await _acall(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    async def groups_delete(
        self,
        id: str,
    ) -> None:
        """Delete a group"""
        from . import scim_groups_delete as _op

        await _acall(
            self._client,
            _op,
            (204,),
            id=id,
        )

    async def groups_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimGroup | None:
        """Update a group partially"""
        from . import scim_groups_patch as _op

        result: ScimGroup | None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

    async def me_get(
        self,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get the calling user"""
        from . import scim_me_get as _op

        result: ScimUser = await _acall(
            self._client,
            _op,
            (),
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

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

        result: ScimServicePrincipalList = await _acall(
            self._client,
            _op,
            (),
            filter_=filter_,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    async def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalCreateRequest,
    ) -> ScimServicePrincipal:
        """Create a service principal"""
        from . import scim_service_principals_create as _op

        result: ScimServicePrincipal = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def service_principals_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Get a service principal"""
        from . import scim_service_principals_get as _op

        result: ScimServicePrincipal = await _acall(
            self._client,
            _op,
            (),
            id=id,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

    async def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal:
        """Replace a service principal"""
        from . import scim_service_principals_replace as _op

        result: ScimServicePrincipal = await _acall(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    async def service_principals_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service principal"""
        from . import scim_service_principals_delete as _op

        await _acall(
            self._client,
            _op,
            (204,),
            id=id,
        )

    async def service_principals_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimServicePrincipal | None:
        """Update a service principal partially"""
        from . import scim_service_principals_patch as _op

        result: ScimServicePrincipal | None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

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

        result: ScimUserList = await _acall(
            self._client,
            _op,
            (),
            filter_=filter_,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    async def users_create(
        self,
        *,
        body: ScimUserCreateRequest,
    ) -> ScimUser:
        """Create a user"""
        from . import scim_users_create as _op

        result: ScimUser = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def users_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersGetSortBy | Unset = UNSET,
        sort_order: ScimUsersGetSortOrder | Unset = UNSET,
    ) -> ScimUser:
        """Get a user"""
        from . import scim_users_get as _op

        result: ScimUser = await _acall(
            self._client,
            _op,
            (),
            id=id,
            attributes=attributes,
            excluded_attributes=excluded_attributes,
            filter_=filter_,
            start_index=start_index,
            count=count,
            sort_by=sort_by,
            sort_order=sort_order,
        )
        return result

    async def users_replace(
        self,
        id: str,
        *,
        body: ScimUserRequest,
    ) -> ScimUser:
        """Replace a user"""
        from . import scim_users_replace as _op

        result: ScimUser = await _acall(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    async def users_delete(
        self,
        id: str,
    ) -> None:
        """Delete a user"""
        from . import scim_users_delete as _op

        await _acall(
            self._client,
            _op,
            (204,),
            id=id,
        )

    async def users_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimUser | None:
        """Update a user partially"""
        from . import scim_users_patch as _op

        result: ScimUser | None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result


__all__ = ("ScimService", "AsyncScimService")
