from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_group_schemas_item import ScimGroupSchemasItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_entitlement import ScimEntitlement
    from ..models.scim_group_meta import ScimGroupMeta
    from ..models.scim_reference import ScimReference
    from ..models.scim_role import ScimRole


T = TypeVar("T", bound="ScimGroup")


@_attrs_define
class ScimGroup:
    """A workspace group.

    Attributes:
        schemas (list[ScimGroupSchemasItem]): Schema URNs of a group (the values of databricks-sdk 0.162.0
            `iam.GroupSchema`).
        meta (ScimGroupMeta | Unset): Resource metadata.
        id (str | Unset):
        display_name (str | Unset):
        members (list[ScimReference] | Unset): Direct members (users, groups, service principals).
        groups (list[ScimReference] | Unset): Groups this group is a direct member of.
        entitlements (list[ScimEntitlement] | Unset):
        roles (list[ScimRole] | Unset):
        external_id (str | Unset):
    """

    schemas: list[ScimGroupSchemasItem]
    meta: ScimGroupMeta | Unset = UNSET
    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    members: list[ScimReference] | Unset = UNSET
    groups: list[ScimReference] | Unset = UNSET
    entitlements: list[ScimEntitlement] | Unset = UNSET
    roles: list[ScimRole] | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = []
        for componentsschemas_scim_group_schemas_item_data in self.schemas:
            componentsschemas_scim_group_schemas_item = componentsschemas_scim_group_schemas_item_data.value
            schemas.append(componentsschemas_scim_group_schemas_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        id = self.id

        display_name = self.display_name

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schemas": schemas,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if members is not UNSET:
            field_dict["members"] = members
        if groups is not UNSET:
            field_dict["groups"] = groups
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if roles is not UNSET:
            field_dict["roles"] = roles
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scim_entitlement import ScimEntitlement  # noqa: PLC0415
        from ..models.scim_group_meta import ScimGroupMeta  # noqa: PLC0415
        from ..models.scim_reference import ScimReference  # noqa: PLC0415
        from ..models.scim_role import ScimRole  # noqa: PLC0415

        d = dict(src_dict)
        schemas = []
        _schemas = d.pop("schemas")
        for componentsschemas_scim_group_schemas_item_data in _schemas:
            componentsschemas_scim_group_schemas_item = ScimGroupSchemasItem(
                componentsschemas_scim_group_schemas_item_data
            )

            schemas.append(componentsschemas_scim_group_schemas_item)

        _meta = d.pop("meta", UNSET)
        meta: ScimGroupMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ScimGroupMeta.from_dict(_meta)

        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        _members = d.pop("members", UNSET)
        members: list[ScimReference] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = ScimReference.from_dict(members_item_data)

                members.append(members_item)

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

        scim_group = cls(
            schemas=schemas,
            meta=meta,
            id=id,
            display_name=display_name,
            members=members,
            groups=groups,
            entitlements=entitlements,
            roles=roles,
            external_id=external_id,
        )

        scim_group.additional_properties = d
        return scim_group

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
