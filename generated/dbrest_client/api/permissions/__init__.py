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
    from ...models.access_control_request import AccessControlRequest
    from ...models.permissions_access_control_list_request import PermissionsAccessControlListRequest
    from ...models.permissions_levels_response import PermissionsLevelsResponse
    from ...models.permissions_object_permissions import PermissionsObjectPermissions
    from ...models.permissions_request_object_type import PermissionsRequestObjectType
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


class PermissionsService:
    """The permissions operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def get(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
    ) -> PermissionsObjectPermissions:
        """Get the access control list of an object

        Returns the object's ACL: every principal with its direct permissions (`inherited: false`) and the
        permissions it inherits (`inherited: true`, `inherited_from_object` naming the parent, e.g.
        `/clusters/` for the root of all clusters or `/directories/<id>` for a folder). The `admins` group
        always holds the top level of the object type (CAN_MANAGE; CAN_USE for cluster policies and
        passwords), inherited from the root object, except on `authorization/tokens` and
        `authorization/passwords` where it is direct. The creator of a cluster, pool or repo holds a direct
        CAN_MANAGE, the owner of a job or pipeline a direct IS_OWNER.
        An unknown object gives `RESOURCE_DOES_NOT_EXIST` (404); a caller who is neither an admin nor holds a
        permission on the object gets `PERMISSION_DENIED`. An unknown object type → HTTP 400
        `INVALID_PARAMETER_VALUE`.


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
        """

        from . import permissions_get as _op

        result: PermissionsObjectPermissions = _call(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
        )
        return result

    @overload
    def set(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions: ...

    @overload
    def set(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]],
    ) -> PermissionsObjectPermissions: ...

    @keyword_call
    def set(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: PermissionsAccessControlListRequest | Unset = UNSET,
    ) -> PermissionsObjectPermissions:
        """Replace all direct permissions of an object

        Replaces every direct permission of the object with `access_control_list` (an empty list removes
        them all); inherited permissions are unaffected. To delete one entry, GET the ACL, drop it and PUT
        the rest. The `admins` group keeps its permissions whatever the list says (they cannot be removed;
        a lower level for `admins` → `INVALID_PARAMETER_VALUE`); a job or pipeline keeps its owner when the
        list names no IS_OWNER. Same entry rules and errors as PATCH. Answers the resulting ACL. An unknown
        object → `RESOURCE_DOES_NOT_EXIST` (404).


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
            access_control_list (list[AccessControlRequest]): The grants to merge (PATCH) or the complete set of
                direct grants (PUT).
            body (PermissionsAccessControlListRequest): the whole request as a model, instead of the field
                keywords.
        """
        from ...models.permissions_access_control_list_request import PermissionsAccessControlListRequest

        body = request_body(
            PermissionsAccessControlListRequest,
            body,
            {
                "access_control_list": ("access_control_list", access_control_list),
            },
            "PermissionsService.set",
            True,
        )

        from . import permissions_set as _op

        result: PermissionsObjectPermissions = _call(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
            body=body,
        )
        return result

    @overload
    def update(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions: ...

    @overload
    def update(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]],
    ) -> PermissionsObjectPermissions: ...

    @keyword_call
    def update(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: PermissionsAccessControlListRequest | Unset = UNSET,
    ) -> PermissionsObjectPermissions:
        """Add or change permissions of an object

        Merges `access_control_list` into the object's direct permissions: a principal named in the list gets
        the given level (replacing its previous direct level); principals not named keep theirs. Answers the
        updated ACL. Each entry names exactly one of `user_name`, `group_name`, `service_principal_name`;
        the level must be one the object type supports (see `permissionLevels`), else
        `INVALID_PARAMETER_VALUE`. The permissions of the `admins` group cannot be changed or removed
        (an entry for `admins` other than its current level → `INVALID_PARAMETER_VALUE`); CAN_MANAGE on
        `authorization/tokens` is reserved to `admins`. A job or pipeline has exactly one owner (IS_OWNER,
        a user or service principal); granting IS_OWNER to someone else moves ownership. Unknown principals
        give `INVALID_PARAMETER_VALUE`. Requires CAN_MANAGE (or IS_OWNER) on the object, or admin. An unknown
        object → `RESOURCE_DOES_NOT_EXIST` (404).


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
            access_control_list (list[AccessControlRequest]): The grants to merge (PATCH) or the complete set of
                direct grants (PUT).
            body (PermissionsAccessControlListRequest): the whole request as a model, instead of the field
                keywords.
        """
        from ...models.permissions_access_control_list_request import PermissionsAccessControlListRequest

        body = request_body(
            PermissionsAccessControlListRequest,
            body,
            {
                "access_control_list": ("access_control_list", access_control_list),
            },
            "PermissionsService.update",
            True,
        )

        from . import permissions_update as _op

        result: PermissionsObjectPermissions = _call(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
            body=body,
        )
        return result

    @keyword_call
    def get_levels(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
    ) -> PermissionsLevelsResponse:
        """Get the permission levels of an object

        Lists the permission levels that can be granted on the object, highest first, each with a
        description: clusters CAN_MANAGE, CAN_RESTART, CAN_ATTACH_TO; cluster-policies CAN_USE;
        instance-pools CAN_MANAGE, CAN_ATTACH_TO; jobs IS_OWNER, CAN_MANAGE, CAN_MANAGE_RUN, CAN_VIEW;
        pipelines IS_OWNER, CAN_MANAGE, CAN_RUN, CAN_VIEW; notebooks, directories and repos CAN_MANAGE,
        CAN_EDIT, CAN_RUN, CAN_READ; experiments CAN_MANAGE, CAN_EDIT, CAN_READ; registered-models
        CAN_MANAGE, CAN_MANAGE_PRODUCTION_VERSIONS, CAN_MANAGE_STAGING_VERSIONS, CAN_EDIT, CAN_READ;
        authorization/tokens CAN_MANAGE, CAN_USE; authorization/passwords CAN_USE. Unknown object →
        `RESOURCE_DOES_NOT_EXIST`. An unknown object type → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
        """

        from . import permissions_get_levels as _op

        result: PermissionsLevelsResponse = _call(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
        )
        return result


class AsyncPermissionsService:
    """The permissions operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def get(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
    ) -> PermissionsObjectPermissions:
        """Get the access control list of an object

        Returns the object's ACL: every principal with its direct permissions (`inherited: false`) and the
        permissions it inherits (`inherited: true`, `inherited_from_object` naming the parent, e.g.
        `/clusters/` for the root of all clusters or `/directories/<id>` for a folder). The `admins` group
        always holds the top level of the object type (CAN_MANAGE; CAN_USE for cluster policies and
        passwords), inherited from the root object, except on `authorization/tokens` and
        `authorization/passwords` where it is direct. The creator of a cluster, pool or repo holds a direct
        CAN_MANAGE, the owner of a job or pipeline a direct IS_OWNER.
        An unknown object gives `RESOURCE_DOES_NOT_EXIST` (404); a caller who is neither an admin nor holds a
        permission on the object gets `PERMISSION_DENIED`. An unknown object type → HTTP 400
        `INVALID_PARAMETER_VALUE`.


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
        """

        from . import permissions_get as _op

        result: PermissionsObjectPermissions = await _acall(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
        )
        return result

    @overload
    async def set(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions: ...

    @overload
    async def set(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]],
    ) -> PermissionsObjectPermissions: ...

    @async_keyword_call
    async def set(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: PermissionsAccessControlListRequest | Unset = UNSET,
    ) -> PermissionsObjectPermissions:
        """Replace all direct permissions of an object

        Replaces every direct permission of the object with `access_control_list` (an empty list removes
        them all); inherited permissions are unaffected. To delete one entry, GET the ACL, drop it and PUT
        the rest. The `admins` group keeps its permissions whatever the list says (they cannot be removed;
        a lower level for `admins` → `INVALID_PARAMETER_VALUE`); a job or pipeline keeps its owner when the
        list names no IS_OWNER. Same entry rules and errors as PATCH. Answers the resulting ACL. An unknown
        object → `RESOURCE_DOES_NOT_EXIST` (404).


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
            access_control_list (list[AccessControlRequest]): The grants to merge (PATCH) or the complete set of
                direct grants (PUT).
            body (PermissionsAccessControlListRequest): the whole request as a model, instead of the field
                keywords.
        """
        from ...models.permissions_access_control_list_request import PermissionsAccessControlListRequest

        body = request_body(
            PermissionsAccessControlListRequest,
            body,
            {
                "access_control_list": ("access_control_list", access_control_list),
            },
            "AsyncPermissionsService.set",
            True,
        )

        from . import permissions_set as _op

        result: PermissionsObjectPermissions = await _acall(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
            body=body,
        )
        return result

    @overload
    async def update(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        *,
        body: PermissionsAccessControlListRequest,
    ) -> PermissionsObjectPermissions: ...

    @overload
    async def update(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]],
    ) -> PermissionsObjectPermissions: ...

    @async_keyword_call
    async def update(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: PermissionsAccessControlListRequest | Unset = UNSET,
    ) -> PermissionsObjectPermissions:
        """Add or change permissions of an object

        Merges `access_control_list` into the object's direct permissions: a principal named in the list gets
        the given level (replacing its previous direct level); principals not named keep theirs. Answers the
        updated ACL. Each entry names exactly one of `user_name`, `group_name`, `service_principal_name`;
        the level must be one the object type supports (see `permissionLevels`), else
        `INVALID_PARAMETER_VALUE`. The permissions of the `admins` group cannot be changed or removed
        (an entry for `admins` other than its current level → `INVALID_PARAMETER_VALUE`); CAN_MANAGE on
        `authorization/tokens` is reserved to `admins`. A job or pipeline has exactly one owner (IS_OWNER,
        a user or service principal); granting IS_OWNER to someone else moves ownership. Unknown principals
        give `INVALID_PARAMETER_VALUE`. Requires CAN_MANAGE (or IS_OWNER) on the object, or admin. An unknown
        object → `RESOURCE_DOES_NOT_EXIST` (404).


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
            access_control_list (list[AccessControlRequest]): The grants to merge (PATCH) or the complete set of
                direct grants (PUT).
            body (PermissionsAccessControlListRequest): the whole request as a model, instead of the field
                keywords.
        """
        from ...models.permissions_access_control_list_request import PermissionsAccessControlListRequest

        body = request_body(
            PermissionsAccessControlListRequest,
            body,
            {
                "access_control_list": ("access_control_list", access_control_list),
            },
            "AsyncPermissionsService.update",
            True,
        )

        from . import permissions_update as _op

        result: PermissionsObjectPermissions = await _acall(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
            body=body,
        )
        return result

    @async_keyword_call
    async def get_levels(
        self,
        request_object_type: PermissionsRequestObjectType | str,
        request_object_id: str,
    ) -> PermissionsLevelsResponse:
        """Get the permission levels of an object

        Lists the permission levels that can be granted on the object, highest first, each with a
        description: clusters CAN_MANAGE, CAN_RESTART, CAN_ATTACH_TO; cluster-policies CAN_USE;
        instance-pools CAN_MANAGE, CAN_ATTACH_TO; jobs IS_OWNER, CAN_MANAGE, CAN_MANAGE_RUN, CAN_VIEW;
        pipelines IS_OWNER, CAN_MANAGE, CAN_RUN, CAN_VIEW; notebooks, directories and repos CAN_MANAGE,
        CAN_EDIT, CAN_RUN, CAN_READ; experiments CAN_MANAGE, CAN_EDIT, CAN_READ; registered-models
        CAN_MANAGE, CAN_MANAGE_PRODUCTION_VERSIONS, CAN_MANAGE_STAGING_VERSIONS, CAN_EDIT, CAN_READ;
        authorization/tokens CAN_MANAGE, CAN_USE; authorization/passwords CAN_USE. Unknown object →
        `RESOURCE_DOES_NOT_EXIST`. An unknown object type → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            request_object_type (PermissionsRequestObjectType): The object types whose permissions are
                `<type>/<id>`.
            request_object_id (str):
        """

        from . import permissions_get_levels as _op

        result: PermissionsLevelsResponse = await _acall(
            self._client,
            _op,
            (),
            request_object_type=request_object_type,
            request_object_id=request_object_id,
        )
        return result


__all__ = ("PermissionsService", "AsyncPermissionsService")
