from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permissions_permission_level import PermissionsPermissionLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionsPermission")


@_attrs_define
class PermissionsPermission:
    """One permission of a principal.

    Attributes:
        permission_level (PermissionsPermissionLevel): A permission level; which ones apply depends on the object type
            (see `permissionLevels`).
            CAN_BIND, CAN_CREATE, CAN_CREATE_APP, CAN_EDIT_METADATA, CAN_MONITOR, CAN_MONITOR_ONLY, CAN_QUERY and
            CAN_VIEW_METADATA belong to object types outside this spec (databricks-sdk 0.162.0 `PermissionLevel`).
        inherited (bool | Unset): Whether the permission comes from a parent object rather than a direct grant.
        inherited_from_object (list[str] | Unset): The parents it is inherited from, e.g. `/clusters/` or
            `/directories/2345`.
    """

    permission_level: PermissionsPermissionLevel
    inherited: bool | Unset = UNSET
    inherited_from_object: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_level = self.permission_level.value

        inherited = self.inherited

        inherited_from_object: list[str] | Unset = UNSET
        if not isinstance(self.inherited_from_object, Unset):
            inherited_from_object = self.inherited_from_object

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission_level": permission_level,
            }
        )
        if inherited is not UNSET:
            field_dict["inherited"] = inherited
        if inherited_from_object is not UNSET:
            field_dict["inherited_from_object"] = inherited_from_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission_level = PermissionsPermissionLevel(d.pop("permission_level"))

        inherited = d.pop("inherited", UNSET)

        inherited_from_object = cast(list[str], d.pop("inherited_from_object", UNSET))

        permissions_permission = cls(
            permission_level=permission_level,
            inherited=inherited,
            inherited_from_object=inherited_from_object,
        )

        permissions_permission.additional_properties = d
        return permissions_permission

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
