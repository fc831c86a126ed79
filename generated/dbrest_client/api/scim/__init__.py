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
    from ...models.scim_email import ScimEmail
    from ...models.scim_entitlement import ScimEntitlement
    from ...models.scim_group import ScimGroup
    from ...models.scim_group_create_request import ScimGroupCreateRequest
    from ...models.scim_group_list import ScimGroupList
    from ...models.scim_group_request import ScimGroupRequest
    from ...models.scim_group_request_meta import ScimGroupRequestMeta
    from ...models.scim_group_request_schemas_item import ScimGroupRequestSchemasItem
    from ...models.scim_groups_list_sort_by import ScimGroupsListSortBy
    from ...models.scim_groups_list_sort_order import ScimGroupsListSortOrder
    from ...models.scim_name import ScimName
    from ...models.scim_patch_operation import ScimPatchOperation
    from ...models.scim_patch_request import ScimPatchRequest
    from ...models.scim_patch_request_schemas_item import ScimPatchRequestSchemasItem
    from ...models.scim_reference import ScimReference
    from ...models.scim_role import ScimRole
    from ...models.scim_service_principal import ScimServicePrincipal
    from ...models.scim_service_principal_create_request import ScimServicePrincipalCreateRequest
    from ...models.scim_service_principal_list import ScimServicePrincipalList
    from ...models.scim_service_principal_request import ScimServicePrincipalRequest
    from ...models.scim_service_principal_request_schemas_item import ScimServicePrincipalRequestSchemasItem
    from ...models.scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy
    from ...models.scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder
    from ...models.scim_user import ScimUser
    from ...models.scim_user_create_request import ScimUserCreateRequest
    from ...models.scim_user_list import ScimUserList
    from ...models.scim_user_request import ScimUserRequest
    from ...models.scim_user_request_schemas_item import ScimUserRequestSchemasItem
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


class ScimService:
    """The scim operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def groups_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimGroupsListSortBy | str | Unset = UNSET,
        sort_order: ScimGroupsListSortOrder | str | Unset = UNSET,
    ) -> ScimGroupList:
        """List groups

        Lists the workspace groups (including the built-in `admins` and `users`) as a SCIM ListResponse.
        Same `filter`, paging and sorting rules as `GET /Users`, on `displayName`, `id` and `externalId`.
        Any user may list; for non-admins each group carries only `id` and `displayName`. An unsupported
        filter or a malformed parameter → 400.


        Args:
            filter_ (str | Unset):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimGroupsListSortBy | Unset):
            sort_order (ScimGroupsListSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_groups_list_sort_by import ScimGroupsListSortBy

            sort_by = ScimGroupsListSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_groups_list_sort_order import ScimGroupsListSortOrder

            sort_order = ScimGroupsListSortOrder(sort_order)

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

    @overload
    def groups_create(
        self,
        *,
        body: ScimGroupCreateRequest,
    ) -> ScimGroup: ...

    @overload
    def groups_create(
        self,
        display_name: str,
        *,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimGroup: ...

    @keyword_call
    def groups_create(
        self,
        display_name: str | Unset = UNSET,
        *,
        body: ScimGroupCreateRequest | Unset = UNSET,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimGroup:
        """Create a group

        Creates a group (admin only). `schemas`, when given, must name
        `urn:ietf:params:scim:schemas:core:2.0:Group` (it may be left out, as databricks-sdk does);
        `displayName` is required and unique (409 scimType `uniqueness`). `members` are ids of users,
        groups or service principals, `groups` ids of parent groups; an unknown id gives 404, a group that
        would contain itself 400 scimType `invalidValue`. Answers 201 with the group.


        Args:
            display_name (str): Group name; unique.
            schemas (list[ScimGroupRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:Group`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            meta (ScimGroupRequestMeta | Unset): Resource metadata (databricks-sdk 0.162.0 sends it); ignored,
                the workspace sets it.
            members (list[ScimReference] | Unset):
            groups (list[ScimReference] | Unset): Parent groups (by id).
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            id (str | Unset): Ignored on create; the workspace assigns the id.
            body (ScimGroupCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_group_create_request import ScimGroupCreateRequest

        body = request_body(
            ScimGroupCreateRequest,
            body,
            {
                "display_name": ("displayName", display_name),
                "schemas": ("schemas", schemas),
                "meta": ("meta", meta),
                "members": ("members", members),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
                "id": ("id", id),
            },
            "ScimService.groups_create",
            True,
        )

        from . import scim_groups_create as _op

        result: ScimGroup = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def groups_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimGroup:
        """Get a group

        Returns the group with this id and its direct members (admin only). Unknown id → 404. A malformed
        query parameter → 400.


        Args:
            id (str):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
        """

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

    @overload
    def groups_replace(
        self,
        id: str,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup: ...

    @overload
    def groups_replace(
        self,
        id: str,
        display_name: str,
        *,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimGroup: ...

    @keyword_call
    def groups_replace(
        self,
        id: str,
        display_name: str | Unset = UNSET,
        *,
        body: ScimGroupRequest | Unset = UNSET,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimGroup:
        """Replace a group

        Overwrites the group with the given representation (admin only): attributes left out are cleared,
        `members` becomes the exact set of direct members and `groups` the exact set of parent groups (an
        unknown id → 404, a group that would contain itself → 400 scimType `invalidValue`). `displayName` may
        change (a rename; a taken name → 409 scimType `uniqueness`; the built-in groups `admins` and `users`
        keep their names, 400). `schemas` may be left out, as databricks-sdk's `groups.update` does. Unknown
        id → 404. Answers 200 with the group as stored.


        Args:
            id (str):
            display_name (str): Group name; unique.
            schemas (list[ScimGroupRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:Group`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            meta (ScimGroupRequestMeta | Unset): Resource metadata (databricks-sdk 0.162.0 sends it); ignored,
                the workspace sets it.
            members (list[ScimReference] | Unset):
            groups (list[ScimReference] | Unset): Parent groups (by id).
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            body (ScimGroupRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_group_request import ScimGroupRequest

        body = request_body(
            ScimGroupRequest,
            body,
            {
                "display_name": ("displayName", display_name),
                "schemas": ("schemas", schemas),
                "meta": ("meta", meta),
                "members": ("members", members),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
            },
            "ScimService.groups_replace",
            True,
        )

        from . import scim_groups_replace as _op

        result: ScimGroup = _call(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    @keyword_call
    def groups_delete(
        self,
        id: str,
    ) -> None:
        """Delete a group

        Deletes the group (admin only); its members are not deleted, only their membership. The built-in
        groups `admins` and `users` cannot be deleted (400). Answers 204. Unknown id → 404.


        Args:
            id (str):
        """

        from . import scim_groups_delete as _op

        result: None = _call(
            self._client,
            _op,
            (204,),
            id=id,
        )
        return result

    @overload
    def groups_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimGroup | None: ...

    @overload
    def groups_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str],
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]],
    ) -> ScimGroup | None: ...

    @keyword_call
    def groups_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str] | Unset = UNSET,
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: ScimPatchRequest | Unset = UNSET,
    ) -> ScimGroup | None:
        """Update a group partially

        Applies PatchOp operations in order, all or nothing (admin only). Add members with
        `{"op": "add", "value": {"members": [{"value": "<id>"}]}}` or path `members`; remove one with
        `{"op": "remove", "path": "members[value eq \\"<id>\\"]"}` (or path `members` and a value list);
        replace `members` to set them all. Also `entitlements`, `roles`, `groups` (parents), `externalId`
        and `displayName` (a rename; the built-in groups cannot be renamed, a taken name gives 409). An
        unknown group, member or parent id → 404. Answers 200 with the updated group. An invalid operation →
        400 (scimType `invalidPath`, `invalidValue`, `noTarget` or `mutability`).


        Args:
            id (str):
            schemas (list[ScimPatchRequestSchemasItem]): Must contain
                `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
            operations (list[ScimPatchOperation]):
            body (ScimPatchRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_patch_request import ScimPatchRequest

        body = request_body(
            ScimPatchRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "operations": ("Operations", operations),
            },
            "ScimService.groups_patch",
            True,
        )

        from . import scim_groups_patch as _op

        result: ScimGroup | None = _call(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

    @keyword_call
    def me_get(
        self,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get the calling user

        Returns the authenticated user in the same shape as `GET /Users/{id}`. Any user may call it.
        `attributes` / `excludedAttributes` select the returned attributes (`id` and `schemas` always come). A
        malformed query parameter → 400; a caller whose user no longer exists → 404.


        Args:
            attributes (str | Unset):
            excluded_attributes (str | Unset):
        """

        from . import scim_me_get as _op

        result: ScimUser = _call(
            self._client,
            _op,
            (),
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

    @keyword_call
    def service_principals_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimServicePrincipalsListSortBy | str | Unset = UNSET,
        sort_order: ScimServicePrincipalsListSortOrder | str | Unset = UNSET,
    ) -> ScimServicePrincipalList:
        """List service principals

        Lists the workspace service principals as a SCIM ListResponse (admin only). Same `filter`, paging
        and sorting rules as `GET /Users`, on `applicationId`, `displayName`, `id`, `externalId`, `active`. An
        unsupported filter or a malformed parameter → 400.


        Args:
            filter_ (str | Unset):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimServicePrincipalsListSortBy | Unset):
            sort_order (ScimServicePrincipalsListSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy

            sort_by = ScimServicePrincipalsListSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder

            sort_order = ScimServicePrincipalsListSortOrder(sort_order)

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

    @overload
    def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalCreateRequest,
    ) -> ScimServicePrincipal: ...

    @overload
    def service_principals_create(
        self,
        *,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimServicePrincipal: ...

    @keyword_call
    def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalCreateRequest | Unset = UNSET,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Create a service principal

        Adds a service principal (admin only). `schemas`, when given, must name
        `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal` (it may be left out, as databricks-sdk does). On Azure `applicationId` is the Azure AD
        application id and required there; when it is left out (AWS), Databricks generates one. A second
        service principal with the same `applicationId` gives 409 scimType `uniqueness`. `groups` and
        `entitlements` as for users (an unknown group id → 404). Answers 201.


        Args:
            schemas (list[ScimServicePrincipalRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            application_id (str | Unset): Azure AD application id (required on Azure); generated when absent.
            display_name (str | Unset):
            active (bool | Unset): default true.
            groups (list[ScimReference] | Unset):
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            id (str | Unset): Ignored on create; the workspace assigns the id.
            body (ScimServicePrincipalCreateRequest): the whole request as a model, instead of the field
                keywords.
        """
        from ...models.scim_service_principal_create_request import ScimServicePrincipalCreateRequest

        body = request_body(
            ScimServicePrincipalCreateRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "application_id": ("applicationId", application_id),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
                "id": ("id", id),
            },
            "ScimService.service_principals_create",
            True,
        )

        from . import scim_service_principals_create as _op

        result: ScimServicePrincipal = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def service_principals_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Get a service principal

        Returns the service principal with this id (admin only). Unknown id → 404. A malformed query parameter
        → 400.


        Args:
            id (str):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
        """

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

    @overload
    def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal: ...

    @overload
    def service_principals_replace(
        self,
        id: str,
        *,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimServicePrincipal: ...

    @keyword_call
    def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest | Unset = UNSET,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Replace a service principal

        Overwrites the service principal (admin only): attributes left out are cleared, `groups` becomes the
        exact set of direct memberships. `applicationId`, when given, must stay the same (400 scimType
        `mutability`). Unknown id → 404.


        Args:
            id (str):
            schemas (list[ScimServicePrincipalRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            application_id (str | Unset): Azure AD application id (required on Azure); generated when absent.
            display_name (str | Unset):
            active (bool | Unset): default true.
            groups (list[ScimReference] | Unset):
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            body (ScimServicePrincipalRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_service_principal_request import ScimServicePrincipalRequest

        body = request_body(
            ScimServicePrincipalRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "application_id": ("applicationId", application_id),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
            },
            "ScimService.service_principals_replace",
            True,
        )

        from . import scim_service_principals_replace as _op

        result: ScimServicePrincipal = _call(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    @keyword_call
    def service_principals_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service principal

        Removes the service principal and its memberships (admin only). Answers 204. Unknown id → 404.

        Args:
            id (str):
        """

        from . import scim_service_principals_delete as _op

        result: None = _call(
            self._client,
            _op,
            (204,),
            id=id,
        )
        return result

    @overload
    def service_principals_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimServicePrincipal | None: ...

    @overload
    def service_principals_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str],
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]],
    ) -> ScimServicePrincipal | None: ...

    @keyword_call
    def service_principals_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str] | Unset = UNSET,
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: ScimPatchRequest | Unset = UNSET,
    ) -> ScimServicePrincipal | None:
        """Update a service principal partially

        Applies PatchOp operations in order, all or nothing (admin only): `entitlements`, `roles`, `groups`,
        `displayName`, `active`, `externalId` and value filters on the multi-valued ones. `applicationId`
        and `id` are immutable (400 scimType `mutability`). Answers 200 with the updated service principal. An
        unknown id → 404.


        Args:
            id (str):
            schemas (list[ScimPatchRequestSchemasItem]): Must contain
                `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
            operations (list[ScimPatchOperation]):
            body (ScimPatchRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_patch_request import ScimPatchRequest

        body = request_body(
            ScimPatchRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "operations": ("Operations", operations),
            },
            "ScimService.service_principals_patch",
            True,
        )

        from . import scim_service_principals_patch as _op

        result: ScimServicePrincipal | None = _call(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

    @keyword_call
    def users_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersListSortBy | str | Unset = UNSET,
        sort_order: ScimUsersListSortOrder | str | Unset = UNSET,
    ) -> ScimUserList:
        """List users

        Lists the workspace users as a SCIM ListResponse. `filter` supports `eq`, `ne`, `co`, `sw`, `and` and
        `or` on `userName`, `displayName`, `id`, `externalId`, `emails.value` and (admins) `active`; string
        comparisons are case-insensitive; anything else is rejected (400). Paging: `startIndex`
        (1-based; below 1 counts as 1) and `count` (default and maximum 10000; 0 returns only the totals).
        Sorted by `sortBy` (`sortOrder` ascending or descending), by id by default. Any user may list; for
        non-admins each user carries only `id`, `userName` and `displayName`; a non-admin filtering on `active`
        gets 400 scimType `invalidFilter`.


        Args:
            filter_ (str | Unset):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimUsersListSortBy | Unset):
            sort_order (ScimUsersListSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_users_list_sort_by import ScimUsersListSortBy

            sort_by = ScimUsersListSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_users_list_sort_order import ScimUsersListSortOrder

            sort_order = ScimUsersListSortOrder(sort_order)

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

    @overload
    def users_create(
        self,
        *,
        body: ScimUserCreateRequest,
    ) -> ScimUser: ...

    @overload
    def users_create(
        self,
        user_name: str,
        *,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimUser: ...

    @keyword_call
    def users_create(
        self,
        user_name: str | Unset = UNSET,
        *,
        body: ScimUserCreateRequest | Unset = UNSET,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimUser:
        """Create a user

        Adds a user to the workspace (admin only). `schemas`, when given, must name
        `urn:ietf:params:scim:schemas:core:2.0:User` (it may be left out, as databricks-sdk does); `userName` (an e-mail address) is required and unique
        case-insensitively (409 scimType `uniqueness`). `groups` makes the user a direct member of the groups
        with those ids (an unknown id → 404), `entitlements` grants allow-cluster-create,
        allow-instance-pool-create, workspace-access or databricks-sql-access. Without `emails` the user name
        becomes the primary work e-mail. Answers 201 with the user.


        Args:
            user_name (str): The user's e-mail address; unique.
            schemas (list[ScimUserRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:User`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            display_name (str | Unset):
            active (bool | Unset): default true.
            emails (list[ScimEmail] | Unset):
            name (ScimName | Unset):
            groups (list[ScimReference] | Unset): Groups (by id) the user becomes a direct member of.
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            id (str | Unset): Ignored on create; the workspace assigns the id.
            body (ScimUserCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_user_create_request import ScimUserCreateRequest

        body = request_body(
            ScimUserCreateRequest,
            body,
            {
                "user_name": ("userName", user_name),
                "schemas": ("schemas", schemas),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "emails": ("emails", emails),
                "name": ("name", name),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
                "id": ("id", id),
            },
            "ScimService.users_create",
            True,
        )

        from . import scim_users_create as _op

        result: ScimUser = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def users_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersGetSortBy | str | Unset = UNSET,
        sort_order: ScimUsersGetSortOrder | str | Unset = UNSET,
    ) -> ScimUser:
        """Get a user

        Returns the user with this id (admin only). Unknown id → 404. A malformed query parameter → 400.
        databricks-sdk 0.162.0 `UsersAPI.get` also sends the list parameters `filter`, `startIndex`, `count`,
        `sortBy` and `sortOrder`; they are checked as on the list and do not change the answer for one user.


        Args:
            id (str):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            filter_ (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimUsersGetSortBy | Unset):
            sort_order (ScimUsersGetSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_users_get_sort_by import ScimUsersGetSortBy

            sort_by = ScimUsersGetSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_users_get_sort_order import ScimUsersGetSortOrder

            sort_order = ScimUsersGetSortOrder(sort_order)

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

    @overload
    def users_replace(
        self,
        id: str,
        *,
        body: ScimUserRequest,
    ) -> ScimUser: ...

    @overload
    def users_replace(
        self,
        id: str,
        user_name: str,
        *,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimUser: ...

    @keyword_call
    def users_replace(
        self,
        id: str,
        user_name: str | Unset = UNSET,
        *,
        body: ScimUserRequest | Unset = UNSET,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimUser:
        """Replace a user

        Overwrites the user with the given representation (admin only): attributes left out are cleared,
        `groups` becomes the exact set of direct group memberships (every user stays in `users`; an unknown
        group id → 404). The
        `userName` must stay the same (400 scimType `mutability`). Unknown id → 404.


        Args:
            id (str):
            user_name (str): The user's e-mail address; unique.
            schemas (list[ScimUserRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:User`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            display_name (str | Unset):
            active (bool | Unset): default true.
            emails (list[ScimEmail] | Unset):
            name (ScimName | Unset):
            groups (list[ScimReference] | Unset): Groups (by id) the user becomes a direct member of.
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            body (ScimUserRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_user_request import ScimUserRequest

        body = request_body(
            ScimUserRequest,
            body,
            {
                "user_name": ("userName", user_name),
                "schemas": ("schemas", schemas),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "emails": ("emails", emails),
                "name": ("name", name),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
            },
            "ScimService.users_replace",
            True,
        )

        from . import scim_users_replace as _op

        result: ScimUser = _call(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    @keyword_call
    def users_delete(
        self,
        id: str,
    ) -> None:
        """Delete a user

        Removes the user from the workspace and from all its groups (admin only); objects it owns are kept.
        Answers 204. Unknown id → 404.


        Args:
            id (str):
        """

        from . import scim_users_delete as _op

        result: None = _call(
            self._client,
            _op,
            (204,),
            id=id,
        )
        return result

    @overload
    def users_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimUser | None: ...

    @overload
    def users_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str],
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]],
    ) -> ScimUser | None: ...

    @keyword_call
    def users_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str] | Unset = UNSET,
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: ScimPatchRequest | Unset = UNSET,
    ) -> ScimUser | None:
        """Update a user partially

        Applies RFC 7644 PatchOp operations in order, all or nothing (admin only); the recommended way to
        change entitlements and group memberships. `op` is add, remove or replace (case-insensitive).
        Paths: `entitlements`, `roles`, `groups`, `emails`, `displayName`, `name`, `name.givenName`,
        `name.familyName`, `active`, `externalId`, and value filters such as `entitlements[value eq
        "allow-cluster-create"]` or `groups[value eq "123456"]`; without a path, `value` is an object of
        attributes. add merges into multi-valued attributes, replace overwrites them, remove drops the listed
        values (or, without a value, the attribute). `userName` and `id` are immutable (400 scimType
        `mutability`); an unknown path gives 400 `invalidPath`, a bad value 400 `invalidValue`. Answers 200
        with the updated user. An unknown id → 404.


        Args:
            id (str):
            schemas (list[ScimPatchRequestSchemasItem]): Must contain
                `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
            operations (list[ScimPatchOperation]):
            body (ScimPatchRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_patch_request import ScimPatchRequest

        body = request_body(
            ScimPatchRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "operations": ("Operations", operations),
            },
            "ScimService.users_patch",
            True,
        )

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

    @async_keyword_call
    async def groups_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimGroupsListSortBy | str | Unset = UNSET,
        sort_order: ScimGroupsListSortOrder | str | Unset = UNSET,
    ) -> ScimGroupList:
        """List groups

        Lists the workspace groups (including the built-in `admins` and `users`) as a SCIM ListResponse.
        Same `filter`, paging and sorting rules as `GET /Users`, on `displayName`, `id` and `externalId`.
        Any user may list; for non-admins each group carries only `id` and `displayName`. An unsupported
        filter or a malformed parameter → 400.


        Args:
            filter_ (str | Unset):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimGroupsListSortBy | Unset):
            sort_order (ScimGroupsListSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_groups_list_sort_by import ScimGroupsListSortBy

            sort_by = ScimGroupsListSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_groups_list_sort_order import ScimGroupsListSortOrder

            sort_order = ScimGroupsListSortOrder(sort_order)

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

    @overload
    async def groups_create(
        self,
        *,
        body: ScimGroupCreateRequest,
    ) -> ScimGroup: ...

    @overload
    async def groups_create(
        self,
        display_name: str,
        *,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimGroup: ...

    @async_keyword_call
    async def groups_create(
        self,
        display_name: str | Unset = UNSET,
        *,
        body: ScimGroupCreateRequest | Unset = UNSET,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimGroup:
        """Create a group

        Creates a group (admin only). `schemas`, when given, must name
        `urn:ietf:params:scim:schemas:core:2.0:Group` (it may be left out, as databricks-sdk does);
        `displayName` is required and unique (409 scimType `uniqueness`). `members` are ids of users,
        groups or service principals, `groups` ids of parent groups; an unknown id gives 404, a group that
        would contain itself 400 scimType `invalidValue`. Answers 201 with the group.


        Args:
            display_name (str): Group name; unique.
            schemas (list[ScimGroupRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:Group`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            meta (ScimGroupRequestMeta | Unset): Resource metadata (databricks-sdk 0.162.0 sends it); ignored,
                the workspace sets it.
            members (list[ScimReference] | Unset):
            groups (list[ScimReference] | Unset): Parent groups (by id).
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            id (str | Unset): Ignored on create; the workspace assigns the id.
            body (ScimGroupCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_group_create_request import ScimGroupCreateRequest

        body = request_body(
            ScimGroupCreateRequest,
            body,
            {
                "display_name": ("displayName", display_name),
                "schemas": ("schemas", schemas),
                "meta": ("meta", meta),
                "members": ("members", members),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
                "id": ("id", id),
            },
            "AsyncScimService.groups_create",
            True,
        )

        from . import scim_groups_create as _op

        result: ScimGroup = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def groups_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimGroup:
        """Get a group

        Returns the group with this id and its direct members (admin only). Unknown id → 404. A malformed
        query parameter → 400.


        Args:
            id (str):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
        """

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

    @overload
    async def groups_replace(
        self,
        id: str,
        *,
        body: ScimGroupRequest,
    ) -> ScimGroup: ...

    @overload
    async def groups_replace(
        self,
        id: str,
        display_name: str,
        *,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimGroup: ...

    @async_keyword_call
    async def groups_replace(
        self,
        id: str,
        display_name: str | Unset = UNSET,
        *,
        body: ScimGroupRequest | Unset = UNSET,
        schemas: Sequence[ScimGroupRequestSchemasItem | str] | Unset = UNSET,
        meta: ScimGroupRequestMeta | Mapping[str, Any] | Unset = UNSET,
        members: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimGroup:
        """Replace a group

        Overwrites the group with the given representation (admin only): attributes left out are cleared,
        `members` becomes the exact set of direct members and `groups` the exact set of parent groups (an
        unknown id → 404, a group that would contain itself → 400 scimType `invalidValue`). `displayName` may
        change (a rename; a taken name → 409 scimType `uniqueness`; the built-in groups `admins` and `users`
        keep their names, 400). `schemas` may be left out, as databricks-sdk's `groups.update` does. Unknown
        id → 404. Answers 200 with the group as stored.


        Args:
            id (str):
            display_name (str): Group name; unique.
            schemas (list[ScimGroupRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:Group`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            meta (ScimGroupRequestMeta | Unset): Resource metadata (databricks-sdk 0.162.0 sends it); ignored,
                the workspace sets it.
            members (list[ScimReference] | Unset):
            groups (list[ScimReference] | Unset): Parent groups (by id).
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            body (ScimGroupRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_group_request import ScimGroupRequest

        body = request_body(
            ScimGroupRequest,
            body,
            {
                "display_name": ("displayName", display_name),
                "schemas": ("schemas", schemas),
                "meta": ("meta", meta),
                "members": ("members", members),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
            },
            "AsyncScimService.groups_replace",
            True,
        )

        from . import scim_groups_replace as _op

        result: ScimGroup = await _acall(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    @async_keyword_call
    async def groups_delete(
        self,
        id: str,
    ) -> None:
        """Delete a group

        Deletes the group (admin only); its members are not deleted, only their membership. The built-in
        groups `admins` and `users` cannot be deleted (400). Answers 204. Unknown id → 404.


        Args:
            id (str):
        """

        from . import scim_groups_delete as _op

        result: None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
        )
        return result

    @overload
    async def groups_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimGroup | None: ...

    @overload
    async def groups_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str],
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]],
    ) -> ScimGroup | None: ...

    @async_keyword_call
    async def groups_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str] | Unset = UNSET,
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: ScimPatchRequest | Unset = UNSET,
    ) -> ScimGroup | None:
        """Update a group partially

        Applies PatchOp operations in order, all or nothing (admin only). Add members with
        `{"op": "add", "value": {"members": [{"value": "<id>"}]}}` or path `members`; remove one with
        `{"op": "remove", "path": "members[value eq \\"<id>\\"]"}` (or path `members` and a value list);
        replace `members` to set them all. Also `entitlements`, `roles`, `groups` (parents), `externalId`
        and `displayName` (a rename; the built-in groups cannot be renamed, a taken name gives 409). An
        unknown group, member or parent id → 404. Answers 200 with the updated group. An invalid operation →
        400 (scimType `invalidPath`, `invalidValue`, `noTarget` or `mutability`).


        Args:
            id (str):
            schemas (list[ScimPatchRequestSchemasItem]): Must contain
                `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
            operations (list[ScimPatchOperation]):
            body (ScimPatchRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_patch_request import ScimPatchRequest

        body = request_body(
            ScimPatchRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "operations": ("Operations", operations),
            },
            "AsyncScimService.groups_patch",
            True,
        )

        from . import scim_groups_patch as _op

        result: ScimGroup | None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

    @async_keyword_call
    async def me_get(
        self,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimUser:
        """Get the calling user

        Returns the authenticated user in the same shape as `GET /Users/{id}`. Any user may call it.
        `attributes` / `excludedAttributes` select the returned attributes (`id` and `schemas` always come). A
        malformed query parameter → 400; a caller whose user no longer exists → 404.


        Args:
            attributes (str | Unset):
            excluded_attributes (str | Unset):
        """

        from . import scim_me_get as _op

        result: ScimUser = await _acall(
            self._client,
            _op,
            (),
            attributes=attributes,
            excluded_attributes=excluded_attributes,
        )
        return result

    @async_keyword_call
    async def service_principals_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimServicePrincipalsListSortBy | str | Unset = UNSET,
        sort_order: ScimServicePrincipalsListSortOrder | str | Unset = UNSET,
    ) -> ScimServicePrincipalList:
        """List service principals

        Lists the workspace service principals as a SCIM ListResponse (admin only). Same `filter`, paging
        and sorting rules as `GET /Users`, on `applicationId`, `displayName`, `id`, `externalId`, `active`. An
        unsupported filter or a malformed parameter → 400.


        Args:
            filter_ (str | Unset):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimServicePrincipalsListSortBy | Unset):
            sort_order (ScimServicePrincipalsListSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_service_principals_list_sort_by import ScimServicePrincipalsListSortBy

            sort_by = ScimServicePrincipalsListSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_service_principals_list_sort_order import ScimServicePrincipalsListSortOrder

            sort_order = ScimServicePrincipalsListSortOrder(sort_order)

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

    @overload
    async def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalCreateRequest,
    ) -> ScimServicePrincipal: ...

    @overload
    async def service_principals_create(
        self,
        *,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimServicePrincipal: ...

    @async_keyword_call
    async def service_principals_create(
        self,
        *,
        body: ScimServicePrincipalCreateRequest | Unset = UNSET,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Create a service principal

        Adds a service principal (admin only). `schemas`, when given, must name
        `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal` (it may be left out, as databricks-sdk does). On Azure `applicationId` is the Azure AD
        application id and required there; when it is left out (AWS), Databricks generates one. A second
        service principal with the same `applicationId` gives 409 scimType `uniqueness`. `groups` and
        `entitlements` as for users (an unknown group id → 404). Answers 201.


        Args:
            schemas (list[ScimServicePrincipalRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            application_id (str | Unset): Azure AD application id (required on Azure); generated when absent.
            display_name (str | Unset):
            active (bool | Unset): default true.
            groups (list[ScimReference] | Unset):
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            id (str | Unset): Ignored on create; the workspace assigns the id.
            body (ScimServicePrincipalCreateRequest): the whole request as a model, instead of the field
                keywords.
        """
        from ...models.scim_service_principal_create_request import ScimServicePrincipalCreateRequest

        body = request_body(
            ScimServicePrincipalCreateRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "application_id": ("applicationId", application_id),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
                "id": ("id", id),
            },
            "AsyncScimService.service_principals_create",
            True,
        )

        from . import scim_service_principals_create as _op

        result: ScimServicePrincipal = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def service_principals_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Get a service principal

        Returns the service principal with this id (admin only). Unknown id → 404. A malformed query parameter
        → 400.


        Args:
            id (str):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
        """

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

    @overload
    async def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest,
    ) -> ScimServicePrincipal: ...

    @overload
    async def service_principals_replace(
        self,
        id: str,
        *,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimServicePrincipal: ...

    @async_keyword_call
    async def service_principals_replace(
        self,
        id: str,
        *,
        body: ScimServicePrincipalRequest | Unset = UNSET,
        schemas: Sequence[ScimServicePrincipalRequestSchemasItem | str] | Unset = UNSET,
        application_id: str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimServicePrincipal:
        """Replace a service principal

        Overwrites the service principal (admin only): attributes left out are cleared, `groups` becomes the
        exact set of direct memberships. `applicationId`, when given, must stay the same (400 scimType
        `mutability`). Unknown id → 404.


        Args:
            id (str):
            schemas (list[ScimServicePrincipalRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            application_id (str | Unset): Azure AD application id (required on Azure); generated when absent.
            display_name (str | Unset):
            active (bool | Unset): default true.
            groups (list[ScimReference] | Unset):
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            body (ScimServicePrincipalRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_service_principal_request import ScimServicePrincipalRequest

        body = request_body(
            ScimServicePrincipalRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "application_id": ("applicationId", application_id),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
            },
            "AsyncScimService.service_principals_replace",
            True,
        )

        from . import scim_service_principals_replace as _op

        result: ScimServicePrincipal = await _acall(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    @async_keyword_call
    async def service_principals_delete(
        self,
        id: str,
    ) -> None:
        """Delete a service principal

        Removes the service principal and its memberships (admin only). Answers 204. Unknown id → 404.

        Args:
            id (str):
        """

        from . import scim_service_principals_delete as _op

        result: None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
        )
        return result

    @overload
    async def service_principals_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimServicePrincipal | None: ...

    @overload
    async def service_principals_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str],
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]],
    ) -> ScimServicePrincipal | None: ...

    @async_keyword_call
    async def service_principals_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str] | Unset = UNSET,
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: ScimPatchRequest | Unset = UNSET,
    ) -> ScimServicePrincipal | None:
        """Update a service principal partially

        Applies PatchOp operations in order, all or nothing (admin only): `entitlements`, `roles`, `groups`,
        `displayName`, `active`, `externalId` and value filters on the multi-valued ones. `applicationId`
        and `id` are immutable (400 scimType `mutability`). Answers 200 with the updated service principal. An
        unknown id → 404.


        Args:
            id (str):
            schemas (list[ScimPatchRequestSchemasItem]): Must contain
                `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
            operations (list[ScimPatchOperation]):
            body (ScimPatchRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_patch_request import ScimPatchRequest

        body = request_body(
            ScimPatchRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "operations": ("Operations", operations),
            },
            "AsyncScimService.service_principals_patch",
            True,
        )

        from . import scim_service_principals_patch as _op

        result: ScimServicePrincipal | None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
            body=body,
        )
        return result

    @async_keyword_call
    async def users_list(
        self,
        *,
        filter_: str | Unset = UNSET,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersListSortBy | str | Unset = UNSET,
        sort_order: ScimUsersListSortOrder | str | Unset = UNSET,
    ) -> ScimUserList:
        """List users

        Lists the workspace users as a SCIM ListResponse. `filter` supports `eq`, `ne`, `co`, `sw`, `and` and
        `or` on `userName`, `displayName`, `id`, `externalId`, `emails.value` and (admins) `active`; string
        comparisons are case-insensitive; anything else is rejected (400). Paging: `startIndex`
        (1-based; below 1 counts as 1) and `count` (default and maximum 10000; 0 returns only the totals).
        Sorted by `sortBy` (`sortOrder` ascending or descending), by id by default. Any user may list; for
        non-admins each user carries only `id`, `userName` and `displayName`; a non-admin filtering on `active`
        gets 400 scimType `invalidFilter`.


        Args:
            filter_ (str | Unset):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimUsersListSortBy | Unset):
            sort_order (ScimUsersListSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_users_list_sort_by import ScimUsersListSortBy

            sort_by = ScimUsersListSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_users_list_sort_order import ScimUsersListSortOrder

            sort_order = ScimUsersListSortOrder(sort_order)

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

    @overload
    async def users_create(
        self,
        *,
        body: ScimUserCreateRequest,
    ) -> ScimUser: ...

    @overload
    async def users_create(
        self,
        user_name: str,
        *,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimUser: ...

    @async_keyword_call
    async def users_create(
        self,
        user_name: str | Unset = UNSET,
        *,
        body: ScimUserCreateRequest | Unset = UNSET,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
    ) -> ScimUser:
        """Create a user

        Adds a user to the workspace (admin only). `schemas`, when given, must name
        `urn:ietf:params:scim:schemas:core:2.0:User` (it may be left out, as databricks-sdk does); `userName` (an e-mail address) is required and unique
        case-insensitively (409 scimType `uniqueness`). `groups` makes the user a direct member of the groups
        with those ids (an unknown id → 404), `entitlements` grants allow-cluster-create,
        allow-instance-pool-create, workspace-access or databricks-sql-access. Without `emails` the user name
        becomes the primary work e-mail. Answers 201 with the user.


        Args:
            user_name (str): The user's e-mail address; unique.
            schemas (list[ScimUserRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:User`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            display_name (str | Unset):
            active (bool | Unset): default true.
            emails (list[ScimEmail] | Unset):
            name (ScimName | Unset):
            groups (list[ScimReference] | Unset): Groups (by id) the user becomes a direct member of.
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            id (str | Unset): Ignored on create; the workspace assigns the id.
            body (ScimUserCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_user_create_request import ScimUserCreateRequest

        body = request_body(
            ScimUserCreateRequest,
            body,
            {
                "user_name": ("userName", user_name),
                "schemas": ("schemas", schemas),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "emails": ("emails", emails),
                "name": ("name", name),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
                "id": ("id", id),
            },
            "AsyncScimService.users_create",
            True,
        )

        from . import scim_users_create as _op

        result: ScimUser = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def users_get(
        self,
        id: str,
        *,
        attributes: str | Unset = UNSET,
        excluded_attributes: str | Unset = UNSET,
        filter_: str | Unset = UNSET,
        start_index: int | Unset = UNSET,
        count: int | Unset = UNSET,
        sort_by: ScimUsersGetSortBy | str | Unset = UNSET,
        sort_order: ScimUsersGetSortOrder | str | Unset = UNSET,
    ) -> ScimUser:
        """Get a user

        Returns the user with this id (admin only). Unknown id → 404. A malformed query parameter → 400.
        databricks-sdk 0.162.0 `UsersAPI.get` also sends the list parameters `filter`, `startIndex`, `count`,
        `sortBy` and `sortOrder`; they are checked as on the list and do not change the answer for one user.


        Args:
            id (str):
            attributes (str | Unset):
            excluded_attributes (str | Unset):
            filter_ (str | Unset):
            start_index (int | Unset):
            count (int | Unset):
            sort_by (ScimUsersGetSortBy | Unset):
            sort_order (ScimUsersGetSortOrder | Unset):
        """

        if not isinstance(sort_by, Unset):
            from ...models.scim_users_get_sort_by import ScimUsersGetSortBy

            sort_by = ScimUsersGetSortBy(sort_by)
        if not isinstance(sort_order, Unset):
            from ...models.scim_users_get_sort_order import ScimUsersGetSortOrder

            sort_order = ScimUsersGetSortOrder(sort_order)

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

    @overload
    async def users_replace(
        self,
        id: str,
        *,
        body: ScimUserRequest,
    ) -> ScimUser: ...

    @overload
    async def users_replace(
        self,
        id: str,
        user_name: str,
        *,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimUser: ...

    @async_keyword_call
    async def users_replace(
        self,
        id: str,
        user_name: str | Unset = UNSET,
        *,
        body: ScimUserRequest | Unset = UNSET,
        schemas: Sequence[ScimUserRequestSchemasItem | str] | Unset = UNSET,
        display_name: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        emails: Sequence[ScimEmail | Mapping[str, Any]] | Unset = UNSET,
        name: ScimName | Mapping[str, Any] | Unset = UNSET,
        groups: Sequence[ScimReference | Mapping[str, Any]] | Unset = UNSET,
        entitlements: Sequence[ScimEntitlement | Mapping[str, Any]] | Unset = UNSET,
        roles: Sequence[ScimRole | Mapping[str, Any]] | Unset = UNSET,
        external_id: str | Unset = UNSET,
    ) -> ScimUser:
        """Replace a user

        Overwrites the user with the given representation (admin only): attributes left out are cleared,
        `groups` becomes the exact set of direct group memberships (every user stays in `users`; an unknown
        group id → 404). The
        `userName` must stay the same (400 scimType `mutability`). Unknown id → 404.


        Args:
            id (str):
            user_name (str): The user's e-mail address; unique.
            schemas (list[ScimUserRequestSchemasItem] | Unset): When given, must contain
                `urn:ietf:params:scim:schemas:core:2.0:User`. Optional: Databricks
                accepts a request without it (databricks-sdk 0.162.0 sends none).
            display_name (str | Unset):
            active (bool | Unset): default true.
            emails (list[ScimEmail] | Unset):
            name (ScimName | Unset):
            groups (list[ScimReference] | Unset): Groups (by id) the user becomes a direct member of.
            entitlements (list[ScimEntitlement] | Unset):
            roles (list[ScimRole] | Unset):
            external_id (str | Unset):
            body (ScimUserRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_user_request import ScimUserRequest

        body = request_body(
            ScimUserRequest,
            body,
            {
                "user_name": ("userName", user_name),
                "schemas": ("schemas", schemas),
                "display_name": ("displayName", display_name),
                "active": ("active", active),
                "emails": ("emails", emails),
                "name": ("name", name),
                "groups": ("groups", groups),
                "entitlements": ("entitlements", entitlements),
                "roles": ("roles", roles),
                "external_id": ("externalId", external_id),
            },
            "AsyncScimService.users_replace",
            True,
        )

        from . import scim_users_replace as _op

        result: ScimUser = await _acall(
            self._client,
            _op,
            (),
            id=id,
            body=body,
        )
        return result

    @async_keyword_call
    async def users_delete(
        self,
        id: str,
    ) -> None:
        """Delete a user

        Removes the user from the workspace and from all its groups (admin only); objects it owns are kept.
        Answers 204. Unknown id → 404.


        Args:
            id (str):
        """

        from . import scim_users_delete as _op

        result: None = await _acall(
            self._client,
            _op,
            (204,),
            id=id,
        )
        return result

    @overload
    async def users_patch(
        self,
        id: str,
        *,
        body: ScimPatchRequest,
    ) -> ScimUser | None: ...

    @overload
    async def users_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str],
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]],
    ) -> ScimUser | None: ...

    @async_keyword_call
    async def users_patch(
        self,
        id: str,
        schemas: Sequence[ScimPatchRequestSchemasItem | str] | Unset = UNSET,
        operations: Sequence[ScimPatchOperation | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: ScimPatchRequest | Unset = UNSET,
    ) -> ScimUser | None:
        """Update a user partially

        Applies RFC 7644 PatchOp operations in order, all or nothing (admin only); the recommended way to
        change entitlements and group memberships. `op` is add, remove or replace (case-insensitive).
        Paths: `entitlements`, `roles`, `groups`, `emails`, `displayName`, `name`, `name.givenName`,
        `name.familyName`, `active`, `externalId`, and value filters such as `entitlements[value eq
        "allow-cluster-create"]` or `groups[value eq "123456"]`; without a path, `value` is an object of
        attributes. add merges into multi-valued attributes, replace overwrites them, remove drops the listed
        values (or, without a value, the attribute). `userName` and `id` are immutable (400 scimType
        `mutability`); an unknown path gives 400 `invalidPath`, a bad value 400 `invalidValue`. Answers 200
        with the updated user. An unknown id → 404.


        Args:
            id (str):
            schemas (list[ScimPatchRequestSchemasItem]): Must contain
                `urn:ietf:params:scim:api:messages:2.0:PatchOp`.
            operations (list[ScimPatchOperation]):
            body (ScimPatchRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.scim_patch_request import ScimPatchRequest

        body = request_body(
            ScimPatchRequest,
            body,
            {
                "schemas": ("schemas", schemas),
                "operations": ("Operations", operations),
            },
            "AsyncScimService.users_patch",
            True,
        )

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
