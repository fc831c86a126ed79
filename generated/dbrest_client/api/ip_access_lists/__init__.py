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
    from ...models.ip_access_list_create_request import IpAccessListCreateRequest
    from ...models.ip_access_list_replace_request import IpAccessListReplaceRequest
    from ...models.ip_access_list_response import IpAccessListResponse
    from ...models.ip_access_list_type import IpAccessListType
    from ...models.ip_access_list_update_request import IpAccessListUpdateRequest
    from ...models.ip_access_lists_list_response import IpAccessListsListResponse
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


class IpAccessListsService:
    """The ip_access_lists operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def list(
        self,
    ) -> IpAccessListsListResponse:
        """List IP access lists

        Lists every IP access list of the workspace. Not paginated. No lists → `{}`. Admin only (`PERMISSION_DENIED`).
        """

        from . import ip_access_lists_list as _op

        result: IpAccessListsListResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    def create(
        self,
        *,
        body: IpAccessListCreateRequest,
    ) -> IpAccessListResponse: ...

    @overload
    def create(
        self,
        label: str,
        list_type: IpAccessListType | str,
        ip_addresses: builtins.list[str],
    ) -> IpAccessListResponse: ...

    @keyword_call
    def create(
        self,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        *,
        body: IpAccessListCreateRequest | Unset = UNSET,
    ) -> IpAccessListResponse:
        """Create an IP access list

        Creates an enabled ALLOW or BLOCK list of IPv4 addresses and CIDR ranges. A list with the same label and
        type exists → `RESOURCE_ALREADY_EXISTS`; more than 1000 values in all lists together → `QUOTA_EXCEEDED`;
        a value that is not an IPv4 address or CIDR range → `INVALID_PARAMETER_VALUE`; a list that would block
        the caller's own IP while enableIpAccessLists is "true" → `INVALID_STATE`. The change takes effect
        after a few minutes. Admin only (`PERMISSION_DENIED`).


        Args:
            label (str): Label of the list (not blank); unique per list type.
            list_type (IpAccessListType): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are
                evaluated first).
            ip_addresses (list[str]): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most 1000 values
                in all lists.
            body (IpAccessListCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.ip_access_list_create_request import IpAccessListCreateRequest

        body = request_body(
            IpAccessListCreateRequest,
            body,
            {
                "label": ("label", label),
                "list_type": ("list_type", list_type),
                "ip_addresses": ("ip_addresses", ip_addresses),
            },
            "IpAccessListsService.create",
            True,
        )

        from . import ip_access_lists_create as _op

        result: IpAccessListResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        ip_access_list_id: str,
    ) -> IpAccessListResponse:
        """Get an IP access list

        Returns the list. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

        Args:
            ip_access_list_id (str):
        """

        from . import ip_access_lists_get as _op

        result: IpAccessListResponse = _call(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
        )
        return result

    @overload
    def replace(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListReplaceRequest,
    ) -> Empty: ...

    @overload
    def replace(
        self,
        ip_access_list_id: str,
        label: str,
        list_type: IpAccessListType | str,
        ip_addresses: builtins.list[str],
        enabled: bool,
    ) -> Empty: ...

    @keyword_call
    def replace(
        self,
        ip_access_list_id: str,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        *,
        body: IpAccessListReplaceRequest | Unset = UNSET,
    ) -> Empty:
        """Replace an IP access list

        Replaces every field of the list (label, type, addresses, enabled). Same rules as create:
        `RESOURCE_ALREADY_EXISTS`, `QUOTA_EXCEEDED`, `INVALID_PARAMETER_VALUE`, `INVALID_STATE` (the result would
        block the caller while enableIpAccessLists is "true"). Unknown id → `RESOURCE_DOES_NOT_EXIST`. Answers
        `{}` (the 2020 docs described a copy of the list). Admin only.


        Args:
            ip_access_list_id (str):
            label (str): Label of the list (not blank); unique per list type.
            list_type (IpAccessListType): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are
                evaluated first).
            ip_addresses (list[str]): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most 1000 values
                in all lists.
            enabled (bool): Whether the list is evaluated.
            body (IpAccessListReplaceRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.ip_access_list_replace_request import IpAccessListReplaceRequest

        body = request_body(
            IpAccessListReplaceRequest,
            body,
            {
                "label": ("label", label),
                "list_type": ("list_type", list_type),
                "ip_addresses": ("ip_addresses", ip_addresses),
                "enabled": ("enabled", enabled),
            },
            "IpAccessListsService.replace",
            True,
        )

        from . import ip_access_lists_replace as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
            body=body,
        )
        return result

    @keyword_call
    def delete(
        self,
        ip_access_list_id: str,
    ) -> Empty:
        """Delete an IP access list

        Deletes the list. Deleting the ALLOW list that admits the caller while other ALLOW lists remain and
        enableIpAccessLists is "true" → `INVALID_STATE`. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.


        Args:
            ip_access_list_id (str):
        """

        from . import ip_access_lists_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
        )
        return result

    @overload
    def update(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListUpdateRequest,
    ) -> Empty: ...

    @overload
    def update(
        self,
        ip_access_list_id: str,
        *,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def update(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListUpdateRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty:
        """Update an IP access list

        Changes the given fields of the list; the others keep their values. Same rules as replace. Unknown id →
        `RESOURCE_DOES_NOT_EXIST`. Admin only. The replace rules give `INVALID_PARAMETER_VALUE`,
        `QUOTA_EXCEEDED`, `INVALID_STATE` and `RESOURCE_ALREADY_EXISTS` (HTTP 400).


        Args:
            ip_access_list_id (str):
            label (str | Unset): Label of the list (not blank); unique per list type.
            list_type (IpAccessListType | Unset): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are
                evaluated first).
            ip_addresses (list[str] | Unset): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most
                1000 values in all lists.
            enabled (bool | Unset): Whether the list is evaluated.
            body (IpAccessListUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.ip_access_list_update_request import IpAccessListUpdateRequest

        body = request_body(
            IpAccessListUpdateRequest,
            body,
            {
                "label": ("label", label),
                "list_type": ("list_type", list_type),
                "ip_addresses": ("ip_addresses", ip_addresses),
                "enabled": ("enabled", enabled),
            },
            "IpAccessListsService.update",
            True,
        )

        from . import ip_access_lists_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
            body=body,
        )
        return result


class AsyncIpAccessListsService:
    """The ip_access_lists operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def list(
        self,
    ) -> IpAccessListsListResponse:
        """List IP access lists

        Lists every IP access list of the workspace. Not paginated. No lists → `{}`. Admin only (`PERMISSION_DENIED`).
        """

        from . import ip_access_lists_list as _op

        result: IpAccessListsListResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: IpAccessListCreateRequest,
    ) -> IpAccessListResponse: ...

    @overload
    async def create(
        self,
        label: str,
        list_type: IpAccessListType | str,
        ip_addresses: builtins.list[str],
    ) -> IpAccessListResponse: ...

    @async_keyword_call
    async def create(
        self,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        *,
        body: IpAccessListCreateRequest | Unset = UNSET,
    ) -> IpAccessListResponse:
        """Create an IP access list

        Creates an enabled ALLOW or BLOCK list of IPv4 addresses and CIDR ranges. A list with the same label and
        type exists → `RESOURCE_ALREADY_EXISTS`; more than 1000 values in all lists together → `QUOTA_EXCEEDED`;
        a value that is not an IPv4 address or CIDR range → `INVALID_PARAMETER_VALUE`; a list that would block
        the caller's own IP while enableIpAccessLists is "true" → `INVALID_STATE`. The change takes effect
        after a few minutes. Admin only (`PERMISSION_DENIED`).


        Args:
            label (str): Label of the list (not blank); unique per list type.
            list_type (IpAccessListType): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are
                evaluated first).
            ip_addresses (list[str]): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most 1000 values
                in all lists.
            body (IpAccessListCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.ip_access_list_create_request import IpAccessListCreateRequest

        body = request_body(
            IpAccessListCreateRequest,
            body,
            {
                "label": ("label", label),
                "list_type": ("list_type", list_type),
                "ip_addresses": ("ip_addresses", ip_addresses),
            },
            "AsyncIpAccessListsService.create",
            True,
        )

        from . import ip_access_lists_create as _op

        result: IpAccessListResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        ip_access_list_id: str,
    ) -> IpAccessListResponse:
        """Get an IP access list

        Returns the list. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

        Args:
            ip_access_list_id (str):
        """

        from . import ip_access_lists_get as _op

        result: IpAccessListResponse = await _acall(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
        )
        return result

    @overload
    async def replace(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListReplaceRequest,
    ) -> Empty: ...

    @overload
    async def replace(
        self,
        ip_access_list_id: str,
        label: str,
        list_type: IpAccessListType | str,
        ip_addresses: builtins.list[str],
        enabled: bool,
    ) -> Empty: ...

    @async_keyword_call
    async def replace(
        self,
        ip_access_list_id: str,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        *,
        body: IpAccessListReplaceRequest | Unset = UNSET,
    ) -> Empty:
        """Replace an IP access list

        Replaces every field of the list (label, type, addresses, enabled). Same rules as create:
        `RESOURCE_ALREADY_EXISTS`, `QUOTA_EXCEEDED`, `INVALID_PARAMETER_VALUE`, `INVALID_STATE` (the result would
        block the caller while enableIpAccessLists is "true"). Unknown id → `RESOURCE_DOES_NOT_EXIST`. Answers
        `{}` (the 2020 docs described a copy of the list). Admin only.


        Args:
            ip_access_list_id (str):
            label (str): Label of the list (not blank); unique per list type.
            list_type (IpAccessListType): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are
                evaluated first).
            ip_addresses (list[str]): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most 1000 values
                in all lists.
            enabled (bool): Whether the list is evaluated.
            body (IpAccessListReplaceRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.ip_access_list_replace_request import IpAccessListReplaceRequest

        body = request_body(
            IpAccessListReplaceRequest,
            body,
            {
                "label": ("label", label),
                "list_type": ("list_type", list_type),
                "ip_addresses": ("ip_addresses", ip_addresses),
                "enabled": ("enabled", enabled),
            },
            "AsyncIpAccessListsService.replace",
            True,
        )

        from . import ip_access_lists_replace as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
            body=body,
        )
        return result

    @async_keyword_call
    async def delete(
        self,
        ip_access_list_id: str,
    ) -> Empty:
        """Delete an IP access list

        Deletes the list. Deleting the ALLOW list that admits the caller while other ALLOW lists remain and
        enableIpAccessLists is "true" → `INVALID_STATE`. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.


        Args:
            ip_access_list_id (str):
        """

        from . import ip_access_lists_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
        )
        return result

    @overload
    async def update(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListUpdateRequest,
    ) -> Empty: ...

    @overload
    async def update(
        self,
        ip_access_list_id: str,
        *,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def update(
        self,
        ip_access_list_id: str,
        *,
        body: IpAccessListUpdateRequest | Unset = UNSET,
        label: str | Unset = UNSET,
        list_type: IpAccessListType | str | Unset = UNSET,
        ip_addresses: builtins.list[str] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty:
        """Update an IP access list

        Changes the given fields of the list; the others keep their values. Same rules as replace. Unknown id →
        `RESOURCE_DOES_NOT_EXIST`. Admin only. The replace rules give `INVALID_PARAMETER_VALUE`,
        `QUOTA_EXCEEDED`, `INVALID_STATE` and `RESOURCE_ALREADY_EXISTS` (HTTP 400).


        Args:
            ip_access_list_id (str):
            label (str | Unset): Label of the list (not blank); unique per list type.
            list_type (IpAccessListType | Unset): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are
                evaluated first).
            ip_addresses (list[str] | Unset): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most
                1000 values in all lists.
            enabled (bool | Unset): Whether the list is evaluated.
            body (IpAccessListUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.ip_access_list_update_request import IpAccessListUpdateRequest

        body = request_body(
            IpAccessListUpdateRequest,
            body,
            {
                "label": ("label", label),
                "list_type": ("list_type", list_type),
                "ip_addresses": ("ip_addresses", ip_addresses),
                "enabled": ("enabled", enabled),
            },
            "AsyncIpAccessListsService.update",
            True,
        )

        from . import ip_access_lists_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            ip_access_list_id=ip_access_list_id,
            body=body,
        )
        return result


__all__ = ("IpAccessListsService", "AsyncIpAccessListsService")
