from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permissions_permission_level import PermissionsPermissionLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="PermissionsLevel")


@_attrs_define
class PermissionsLevel:
    """
    Attributes:
        permission_level (PermissionsPermissionLevel): A permission level; which ones apply depends on the object type
            (see `permissionLevels`).
            CAN_BIND, CAN_CREATE, CAN_CREATE_APP, CAN_EDIT_METADATA, CAN_MONITOR, CAN_MONITOR_ONLY, CAN_QUERY and
            CAN_VIEW_METADATA belong to object types outside this spec (databricks-sdk 0.162.0 `PermissionLevel`).
        description (str | Unset):
    """

    permission_level: PermissionsPermissionLevel
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_level = self.permission_level.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission_level": permission_level,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission_level = PermissionsPermissionLevel(d.pop("permission_level"))

        description = d.pop("description", UNSET)

        permissions_level = cls(
            permission_level=permission_level,
            description=description,
        )

        permissions_level.additional_properties = d
        return permissions_level

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
