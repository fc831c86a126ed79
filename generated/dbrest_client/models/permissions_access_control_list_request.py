from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.access_control_request import AccessControlRequest


T = TypeVar("T", bound="PermissionsAccessControlListRequest")


@_attrs_define
class PermissionsAccessControlListRequest:
    """
    Attributes:
        access_control_list (list[AccessControlRequest]): The grants to merge (PATCH) or the complete set of direct
            grants (PUT).
    """

    access_control_list: list[AccessControlRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_control_list = []
        for access_control_list_item_data in self.access_control_list:
            access_control_list_item = access_control_list_item_data.to_dict()
            access_control_list.append(access_control_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_control_list": access_control_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_control_request import AccessControlRequest  # noqa: PLC0415

        d = dict(src_dict)
        access_control_list = []
        _access_control_list = d.pop("access_control_list")
        for access_control_list_item_data in _access_control_list:
            access_control_list_item = AccessControlRequest.from_dict(access_control_list_item_data)

            access_control_list.append(access_control_list_item)

        permissions_access_control_list_request = cls(
            access_control_list=access_control_list,
        )

        permissions_access_control_list_request.additional_properties = d
        return permissions_access_control_list_request

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
