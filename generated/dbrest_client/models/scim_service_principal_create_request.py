from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_service_principal_request_schemas_item import ScimServicePrincipalRequestSchemasItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_entitlement import ScimEntitlement
    from ..models.scim_reference import ScimReference
    from ..models.scim_role import ScimRole


T = TypeVar("T", bound="ScimServicePrincipalCreateRequest")


@_attrs_define
class ScimServicePrincipalCreateRequest:
    """A new service principal (databricks-sdk 0.162.0 sends its `id` field too).

    Attributes:
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
    """

    schemas: list[ScimServicePrincipalRequestSchemasItem] | Unset = UNSET
    application_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    groups: list[ScimReference] | Unset = UNSET
    entitlements: list[ScimEntitlement] | Unset = UNSET
    roles: list[ScimRole] | Unset = UNSET
    external_id: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas: list[str] | Unset = UNSET
        if not isinstance(self.schemas, Unset):
            schemas = []
            for schemas_item_data in self.schemas:
                schemas_item = schemas_item_data.value
                schemas.append(schemas_item)

        application_id = self.application_id

        display_name = self.display_name

        active = self.active

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        entitlements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entitlements, Unset):
            entitlements = []
            for entitlements_item_data in self.entitlements:
                entitlements_item = entitlements_item_data.to_dict()
                entitlements.append(entitlements_item)

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        external_id = self.external_id

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schemas is not UNSET:
            field_dict["schemas"] = schemas
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if active is not UNSET:
            field_dict["active"] = active
        if groups is not UNSET:
            field_dict["groups"] = groups
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if roles is not UNSET:
            field_dict["roles"] = roles
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_entitlement import ScimEntitlement  # noqa: PLC0415
        from ..models.scim_reference import ScimReference  # noqa: PLC0415
        from ..models.scim_role import ScimRole  # noqa: PLC0415

        d = dict(src_dict)
        _schemas = d.pop("schemas", UNSET)
        schemas: list[ScimServicePrincipalRequestSchemasItem] | Unset = UNSET
        if _schemas is not UNSET:
            schemas = []
            for schemas_item_data in _schemas:
                schemas_item = ScimServicePrincipalRequestSchemasItem(schemas_item_data)

                schemas.append(schemas_item)

        application_id = d.pop("applicationId", UNSET)

        display_name = d.pop("displayName", UNSET)

        active = d.pop("active", UNSET)

        _groups = d.pop("groups", UNSET)
        groups: list[ScimReference] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = ScimReference.from_dict(groups_item_data)

                groups.append(groups_item)

        _entitlements = d.pop("entitlements", UNSET)
        entitlements: list[ScimEntitlement] | Unset = UNSET
        if _entitlements is not UNSET:
            entitlements = []
            for entitlements_item_data in _entitlements:
                entitlements_item = ScimEntitlement.from_dict(entitlements_item_data)

                entitlements.append(entitlements_item)

        _roles = d.pop("roles", UNSET)
        roles: list[ScimRole] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = ScimRole.from_dict(roles_item_data)

                roles.append(roles_item)

        external_id = d.pop("externalId", UNSET)

        id = d.pop("id", UNSET)

        scim_service_principal_create_request = cls(
            schemas=schemas,
            application_id=application_id,
            display_name=display_name,
            active=active,
            groups=groups,
            entitlements=entitlements,
            roles=roles,
            external_id=external_id,
            id=id,
        )

        scim_service_principal_create_request.additional_properties = d
        return scim_service_principal_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
