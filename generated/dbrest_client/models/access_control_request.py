from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permissions_permission_level import PermissionsPermissionLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessControlRequest")


@_attrs_define
class AccessControlRequest:
    """One grant: exactly one of `user_name`, `group_name`, `service_principal_name` (the application id of
    a service principal), and the level. Shared by the Permissions API and the Jobs `access_control_list`.

        Example:
            {'user_name': 'jsmith@example.com', 'permission_level': 'CAN_MANAGE'}

        Attributes:
            permission_level (PermissionsPermissionLevel): A permission level; which ones apply depends on the object type
                (see `permissionLevels`).
                CAN_BIND, CAN_CREATE, CAN_CREATE_APP, CAN_EDIT_METADATA, CAN_MONITOR, CAN_MONITOR_ONLY, CAN_QUERY and
                CAN_VIEW_METADATA belong to object types outside this spec (databricks-sdk 0.162.0 `PermissionLevel`).
            user_name (str | Unset): User name (e-mail) of a workspace user.
            group_name (str | Unset): Name of a workspace group, e.g. `users`.
            service_principal_name (str | Unset): Application id of a service principal.
    """

    permission_level: PermissionsPermissionLevel
    user_name: str | Unset = UNSET
    group_name: str | Unset = UNSET
    service_principal_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_level = self.permission_level.value

        user_name = self.user_name

        group_name = self.group_name

        service_principal_name = self.service_principal_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission_level": permission_level,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if service_principal_name is not UNSET:
            field_dict["service_principal_name"] = service_principal_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission_level = PermissionsPermissionLevel(d.pop("permission_level"))

        user_name = d.pop("user_name", UNSET)

        group_name = d.pop("group_name", UNSET)

        service_principal_name = d.pop("service_principal_name", UNSET)

        access_control_request = cls(
            permission_level=permission_level,
            user_name=user_name,
            group_name=group_name,
            service_principal_name=service_principal_name,
        )

        access_control_request.additional_properties = d
        return access_control_request

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
