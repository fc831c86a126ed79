from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permissions_permission import PermissionsPermission


T = TypeVar("T", bound="PermissionsAccessControlResponse")


@_attrs_define
class PermissionsAccessControlResponse:
    """A principal (exactly one of the name fields) and all its permissions on the object.

    Attributes:
        user_name (str | Unset):
        group_name (str | Unset):
        service_principal_name (str | Unset):
        display_name (str | Unset): (later) Display name of the principal.
        all_permissions (list[PermissionsPermission] | Unset):
    """

    user_name: str | Unset = UNSET
    group_name: str | Unset = UNSET
    service_principal_name: str | Unset = UNSET
    display_name: str | Unset = UNSET
    all_permissions: list[PermissionsPermission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_name = self.user_name

        group_name = self.group_name

        service_principal_name = self.service_principal_name

        display_name = self.display_name

        all_permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_permissions, Unset):
            all_permissions = []
            for all_permissions_item_data in self.all_permissions:
                all_permissions_item = all_permissions_item_data.to_dict()
                all_permissions.append(all_permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if service_principal_name is not UNSET:
            field_dict["service_principal_name"] = service_principal_name
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if all_permissions is not UNSET:
            field_dict["all_permissions"] = all_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permissions_permission import PermissionsPermission  # noqa: PLC0415

        d = dict(src_dict)
        user_name = d.pop("user_name", UNSET)

        group_name = d.pop("group_name", UNSET)

        service_principal_name = d.pop("service_principal_name", UNSET)

        display_name = d.pop("display_name", UNSET)

        _all_permissions = d.pop("all_permissions", UNSET)
        all_permissions: list[PermissionsPermission] | Unset = UNSET
        if _all_permissions is not UNSET:
            all_permissions = []
            for all_permissions_item_data in _all_permissions:
                all_permissions_item = PermissionsPermission.from_dict(all_permissions_item_data)

                all_permissions.append(all_permissions_item)

        permissions_access_control_response = cls(
            user_name=user_name,
            group_name=group_name,
            service_principal_name=service_principal_name,
            display_name=display_name,
            all_permissions=all_permissions,
        )

        permissions_access_control_response.additional_properties = d
        return permissions_access_control_response

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
