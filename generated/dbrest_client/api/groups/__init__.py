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

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def create(
        self,
        *,
        body: GroupsGroupName,
    ) -> GroupsGroupName:
        """Create a group"""
        from . import groups_create as _op

        result: GroupsGroupName = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def delete(
        self,
        *,
        body: GroupsGroupName,
    ) -> Empty:
        """Delete a group"""
        from . import groups_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def list(
        self,
    ) -> GroupsNamesResponse:
        """List all groups"""
        from . import groups_list as _op

        result: GroupsNamesResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    def list_members(
        self,
        *,
        group_name: str,
    ) -> GroupsListMembersResponse:
        """List the direct members of a group"""
        from . import groups_list_members as _op

        result: GroupsListMembersResponse = _call(
            self._client,
            _op,
            (),
            group_name=group_name,
        )
        return result

    def list_parents(
        self,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> GroupsNamesResponse:
        """List the groups a user or group belongs to"""
        from . import groups_list_parents as _op

        result: GroupsNamesResponse = _call(
            self._client,
            _op,
            (),
            user_name=user_name,
            group_name=group_name,
        )
        return result

    def remove_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty:
        """Remove a user or group from a group"""
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

    async def add_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty:
        """Add a user or group to a group"""
        from . import groups_add_member as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def create(
        self,
        *,
        body: GroupsGroupName,
    ) -> GroupsGroupName:
        """Create a group"""
        from . import groups_create as _op

        result: GroupsGroupName = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def delete(
        self,
        *,
        body: GroupsGroupName,
    ) -> Empty:
        """Delete a group"""
        from . import groups_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def list(
        self,
    ) -> GroupsNamesResponse:
        """List all groups"""
        from . import groups_list as _op

        result: GroupsNamesResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    async def list_members(
        self,
        *,
        group_name: str,
    ) -> GroupsListMembersResponse:
        """List the direct members of a group"""
        from . import groups_list_members as _op

        result: GroupsListMembersResponse = await _acall(
            self._client,
            _op,
            (),
            group_name=group_name,
        )
        return result

    async def list_parents(
        self,
        *,
        user_name: str | Unset = UNSET,
        group_name: str | Unset = UNSET,
    ) -> GroupsNamesResponse:
        """List the groups a user or group belongs to"""
        from . import groups_list_parents as _op

        result: GroupsNamesResponse = await _acall(
            self._client,
            _op,
            (),
            user_name=user_name,
            group_name=group_name,
        )
        return result

    async def remove_member(
        self,
        *,
        body: GroupsMembershipRequest,
    ) -> Empty:
        """Remove a user or group from a group"""
        from . import groups_remove_member as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("GroupsService", "AsyncGroupsService")
