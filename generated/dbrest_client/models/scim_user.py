from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_user_schemas_item import ScimUserSchemasItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scim_email import ScimEmail
    from ..models.scim_entitlement import ScimEntitlement
    from ..models.scim_name import ScimName
    from ..models.scim_reference import ScimReference
    from ..models.scim_role import ScimRole


T = TypeVar("T", bound="ScimUser")


@_attrs_define
class ScimUser:
    """A workspace user. Attributes left out by `attributes` / `excludedAttributes` are absent.

    Attributes:
        schemas (list[ScimUserSchemasItem]): Schema URNs of a user (the values of databricks-sdk 0.162.0
            `iam.UserSchema`).
        id (str | Unset):
        user_name (str | Unset):
        display_name (str | Unset):
        active (bool | Unset):
        emails (list[ScimEmail] | Unset):
        name (ScimName | Unset):
        groups (list[ScimReference] | Unset): Direct group memberships.
        entitlements (list[ScimEntitlement] | Unset):
        roles (list[ScimRole] | Unset):
        external_id (str | Unset):
    """

    schemas: list[ScimUserSchemasItem]
    id: str | Unset = UNSET
    user_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    active: bool | Unset = UNSET
    emails: list[ScimEmail] | Unset = UNSET
    name: ScimName | Unset = UNSET
    groups: list[ScimReference] | Unset = UNSET
    entitlements: list[ScimEntitlement] | Unset = UNSET
    roles: list[ScimRole] | Unset = UNSET
    external_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schemas = []
        for componentsschemas_scim_user_schemas_item_data in self.schemas:
            componentsschemas_scim_user_schemas_item = componentsschemas_scim_user_schemas_item_data.value
            schemas.append(componentsschemas_scim_user_schemas_item)

        id = self.id

        user_name = self.user_name

        display_name = self.display_name

        active = self.active

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

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
        if id is not UNSET:
            field_dict["id"] = id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if active is not UNSET:
            field_dict["active"] = active
        if emails is not UNSET:
            field_dict["emails"] = emails
        if name is not UNSET:
            field_dict["name"] = name
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
        from ..models.scim_email import ScimEmail  # noqa: PLC0415
        from ..models.scim_entitlement import ScimEntitlement  # noqa: PLC0415
        from ..models.scim_name import ScimName  # noqa: PLC0415
        from ..models.scim_reference import ScimReference  # noqa: PLC0415
        from ..models.scim_role import ScimRole  # noqa: PLC0415

        d = dict(src_dict)
        schemas = []
        _schemas = d.pop("schemas")
        for componentsschemas_scim_user_schemas_item_data in _schemas:
            componentsschemas_scim_user_schemas_item = ScimUserSchemasItem(
                componentsschemas_scim_user_schemas_item_data
            )

            schemas.append(componentsschemas_scim_user_schemas_item)

        id = d.pop("id", UNSET)

        user_name = d.pop("userName", UNSET)

        display_name = d.pop("displayName", UNSET)

        active = d.pop("active", UNSET)

        _emails = d.pop("emails", UNSET)
        emails: list[ScimEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = ScimEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        _name = d.pop("name", UNSET)
        name: ScimName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ScimName.from_dict(_name)

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

        scim_user = cls(
            schemas=schemas,
            id=id,
            user_name=user_name,
            display_name=display_name,
            active=active,
            emails=emails,
            name=name,
            groups=groups,
            entitlements=entitlements,
            roles=roles,
            external_id=external_id,
        )

        scim_user.additional_properties = d
        return scim_user

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
