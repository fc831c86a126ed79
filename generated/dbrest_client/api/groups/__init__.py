"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.groups_group_name import GroupsGroupName
    from ...models.groups_list_members_response import GroupsListMembersResponse
    from ...models.groups_membership_request import GroupsMembershipRequest
    from ...models.groups_names_response import GroupsNamesResponse
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
        parsed = op.parse_response(client=client, response=response)
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


class GroupsService:
    """The groups operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def add_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty: ...

    @overload
    def add_member(
        self,
        parent_name: str,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def add_member(
        self,
        parent_name: str | Unset = UNSET,
        *,
        body: GroupsMembershipRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty:
        """Add a user or group to a group

        Adds the user `user_name` or the group `group_name` (exactly one of them; `INVALID_PARAMETER_VALUE`
        otherwise) to the group `parent_name`. Adding an existing member is a no-op. An unknown user, member
        group or parent group → `RESOURCE_DOES_NOT_EXIST`; adding a group to itself or to one of its own
        members (a cycle) → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).


        Args:
            parent_name (str): Name of the parent group.
            user_name (str | Unset): User name of the member user.
            group_name (str | Unset): Name of the member group.
            body (GroupsMembershipRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_membership_request import GroupsMembershipRequest

        body = request_body(
            GroupsMembershipRequest,
            body,
            {
                "parent_name": ("parent_name", parent_name),
                "user_name": ("user_name", user_name),
                "group_name": ("group_name", group_name),
            },
            "GroupsService.add_member",
            True,
        )

        from . import groups_add_member as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def create(
        self,
        *,
        body: GroupsGroupName,
    ) -> GroupsGroupName: ...

    @overload
    def create(
        self,
        group_name: str,
    ) -> GroupsGroupName: ...

    @keyword_call
    def create(
        self,
        group_name: str | Unset = UNSET,
        *,
        body: GroupsGroupName | Unset = UNSET,
    ) -> GroupsGroupName:
        """Create a group

        Creates an empty group and returns its name. A group with the same name exists →
        `RESOURCE_ALREADY_EXISTS`. Admin only (`PERMISSION_DENIED`).


        Args:
            group_name (str): Name of the group.
            body (GroupsGroupName): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_group_name import GroupsGroupName

        body = request_body(
            GroupsGroupName,
            body,
            {
                "group_name": ("group_name", group_name),
            },
            "GroupsService.create",
            True,
        )

        from . import groups_create as _op

        result: GroupsGroupName = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def delete(
        self,
        *,
        body: GroupsGroupName,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        group_name: str,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        group_name: str | Unset = UNSET,
        *,
        body: GroupsGroupName | Unset = UNSET,
    ) -> Empty:
        """Delete a group

        Deletes the group; its members lose the membership (users themselves are not deleted) and it leaves
        the groups it belonged to. Unknown group → `RESOURCE_DOES_NOT_EXIST`; the built-in `admins` and
        `users` groups cannot be deleted (`INVALID_PARAMETER_VALUE`). Admin only (`PERMISSION_DENIED`).


        Args:
            group_name (str): Name of the group.
            body (GroupsGroupName): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_group_name import GroupsGroupName

        body = request_body(
            GroupsGroupName,
            body,
            {
                "group_name": ("group_name", group_name),
            },
            "GroupsService.delete",
            True,
        )

        from . import groups_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def list(
        self,
    ) -> GroupsNamesResponse:
        """List all groups

        Lists the names of every group of the workspace, including `admins` and `users`. Admin only (`PERMISSION_DENIED`).
        """

        from . import groups_list as _op

        result: GroupsNamesResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @keyword_call
    def list_members(
        self,
        group_name: str,
    ) -> GroupsListMembersResponse:
        """List the direct members of a group

        Lists the users and groups that are direct members of the group (non-recursive). No members → `{}`.
        Unknown group → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`). A missing or empty
        `group_name` → `INVALID_PARAMETER_VALUE`.


        Args:
            group_name (str):
        """

        from . import groups_list_members as _op

        result: GroupsListMembersResponse = _call(
            self._client,
            _op,
            (),
            group_name=group_name,
        )
        return result

    @keyword_call
    def list_parents(
        self,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> GroupsNamesResponse:
        """List the groups a user or group belongs to

        Lists the groups of which the user `user_name` or the group `group_name` (exactly one of them;
        `INVALID_PARAMETER_VALUE` otherwise) is a direct member (non-recursive). Every user is a member of
        `users`. No parents → `{}`. Unknown user or group → `RESOURCE_DOES_NOT_EXIST`. Admin only
        (`PERMISSION_DENIED`).


        Args:
            user_name (str | Unset):
            group_name (str | Unset):
        """

        from . import groups_list_parents as _op

        result: GroupsNamesResponse = _call(
            self._client,
            _op,
            (),
            user_name=user_name,
            group_name=group_name,
        )
        return result

    @overload
    def remove_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty: ...

    @overload
    def remove_member(
        self,
        parent_name: str,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def remove_member(
        self,
        parent_name: str | Unset = UNSET,
        *,
        body: GroupsMembershipRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty:
        """Remove a user or group from a group

        Removes the user `user_name` or the group `group_name` (exactly one of them; `INVALID_PARAMETER_VALUE`
        otherwise) from the group `parent_name`; removing a principal that is not a direct member is a no-op.
        An unknown user, member group or parent group → `RESOURCE_DOES_NOT_EXIST`. Users cannot leave the
        built-in `users` group (`INVALID_PARAMETER_VALUE`). Admin only (`PERMISSION_DENIED`).


        Args:
            parent_name (str): Name of the parent group.
            user_name (str | Unset): User name of the member user.
            group_name (str | Unset): Name of the member group.
            body (GroupsMembershipRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_membership_request import GroupsMembershipRequest

        body = request_body(
            GroupsMembershipRequest,
            body,
            {
                "parent_name": ("parent_name", parent_name),
                "user_name": ("user_name", user_name),
                "group_name": ("group_name", group_name),
            },
            "GroupsService.remove_member",
            True,
        )

        from . import groups_remove_member as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncGroupsService:
    """The groups operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def add_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty: ...

    @overload
    async def add_member(
        self,
        parent_name: str,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def add_member(
        self,
        parent_name: str | Unset = UNSET,
        *,
        body: GroupsMembershipRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty:
        """Add a user or group to a group

        Adds the user `user_name` or the group `group_name` (exactly one of them; `INVALID_PARAMETER_VALUE`
        otherwise) to the group `parent_name`. Adding an existing member is a no-op. An unknown user, member
        group or parent group → `RESOURCE_DOES_NOT_EXIST`; adding a group to itself or to one of its own
        members (a cycle) → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).


        Args:
            parent_name (str): Name of the parent group.
            user_name (str | Unset): User name of the member user.
            group_name (str | Unset): Name of the member group.
            body (GroupsMembershipRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_membership_request import GroupsMembershipRequest

        body = request_body(
            GroupsMembershipRequest,
            body,
            {
                "parent_name": ("parent_name", parent_name),
                "user_name": ("user_name", user_name),
                "group_name": ("group_name", group_name),
            },
            "AsyncGroupsService.add_member",
            True,
        )

        from . import groups_add_member as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: GroupsGroupName,
    ) -> GroupsGroupName: ...

    @overload
    async def create(
        self,
        group_name: str,
    ) -> GroupsGroupName: ...

    @async_keyword_call
    async def create(
        self,
        group_name: str | Unset = UNSET,
        *,
        body: GroupsGroupName | Unset = UNSET,
    ) -> GroupsGroupName:
        """Create a group

        Creates an empty group and returns its name. A group with the same name exists →
        `RESOURCE_ALREADY_EXISTS`. Admin only (`PERMISSION_DENIED`).


        Args:
            group_name (str): Name of the group.
            body (GroupsGroupName): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_group_name import GroupsGroupName

        body = request_body(
            GroupsGroupName,
            body,
            {
                "group_name": ("group_name", group_name),
            },
            "AsyncGroupsService.create",
            True,
        )

        from . import groups_create as _op

        result: GroupsGroupName = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def delete(
        self,
        *,
        body: GroupsGroupName,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        group_name: str,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        group_name: str | Unset = UNSET,
        *,
        body: GroupsGroupName | Unset = UNSET,
    ) -> Empty:
        """Delete a group

        Deletes the group; its members lose the membership (users themselves are not deleted) and it leaves
        the groups it belonged to. Unknown group → `RESOURCE_DOES_NOT_EXIST`; the built-in `admins` and
        `users` groups cannot be deleted (`INVALID_PARAMETER_VALUE`). Admin only (`PERMISSION_DENIED`).


        Args:
            group_name (str): Name of the group.
            body (GroupsGroupName): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_group_name import GroupsGroupName

        body = request_body(
            GroupsGroupName,
            body,
            {
                "group_name": ("group_name", group_name),
            },
            "AsyncGroupsService.delete",
            True,
        )

        from . import groups_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def list(
        self,
    ) -> GroupsNamesResponse:
        """List all groups

        Lists the names of every group of the workspace, including `admins` and `users`. Admin only (`PERMISSION_DENIED`).
        """

        from . import groups_list as _op

        result: GroupsNamesResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @async_keyword_call
    async def list_members(
        self,
        group_name: str,
    ) -> GroupsListMembersResponse:
        """List the direct members of a group

        Lists the users and groups that are direct members of the group (non-recursive). No members → `{}`.
        Unknown group → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`). A missing or empty
        `group_name` → `INVALID_PARAMETER_VALUE`.


        Args:
            group_name (str):
        """

        from . import groups_list_members as _op

        result: GroupsListMembersResponse = await _acall(
            self._client,
            _op,
            (),
            group_name=group_name,
        )
        return result

    @async_keyword_call
    async def list_parents(
        self,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> GroupsNamesResponse:
        """List the groups a user or group belongs to

        Lists the groups of which the user `user_name` or the group `group_name` (exactly one of them;
        `INVALID_PARAMETER_VALUE` otherwise) is a direct member (non-recursive). Every user is a member of
        `users`. No parents → `{}`. Unknown user or group → `RESOURCE_DOES_NOT_EXIST`. Admin only
        (`PERMISSION_DENIED`).


        Args:
            user_name (str | Unset):
            group_name (str | Unset):
        """

        from . import groups_list_parents as _op

        result: GroupsNamesResponse = await _acall(
            self._client,
            _op,
            (),
            user_name=user_name,
            group_name=group_name,
        )
        return result

    @overload
    async def remove_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty: ...

    @overload
    async def remove_member(
        self,
        parent_name: str,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def remove_member(
        self,
        parent_name: str | Unset = UNSET,
        *,
        body: GroupsMembershipRequest | Unset = UNSET,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> Empty:
        """Remove a user or group from a group

        Removes the user `user_name` or the group `group_name` (exactly one of them; `INVALID_PARAMETER_VALUE`
        otherwise) from the group `parent_name`; removing a principal that is not a direct member is a no-op.
        An unknown user, member group or parent group → `RESOURCE_DOES_NOT_EXIST`. Users cannot leave the
        built-in `users` group (`INVALID_PARAMETER_VALUE`). Admin only (`PERMISSION_DENIED`).


        Args:
            parent_name (str): Name of the parent group.
            user_name (str | Unset): User name of the member user.
            group_name (str | Unset): Name of the member group.
            body (GroupsMembershipRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.groups_membership_request import GroupsMembershipRequest

        body = request_body(
            GroupsMembershipRequest,
            body,
            {
                "parent_name": ("parent_name", parent_name),
                "user_name": ("user_name", user_name),
                "group_name": ("group_name", group_name),
            },
            "AsyncGroupsService.remove_member",
            True,
        )

        from . import groups_remove_member as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("GroupsService", "AsyncGroupsService")
