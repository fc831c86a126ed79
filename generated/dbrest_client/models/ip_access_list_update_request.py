from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_access_list_type import IpAccessListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IpAccessListUpdateRequest")


@_attrs_define
class IpAccessListUpdateRequest:
    """
    Attributes:
        label (str | Unset): Label of the list (not blank); unique per list type.
        list_type (IpAccessListType | Unset): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are evaluated
            first).
        ip_addresses (list[str] | Unset): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most 1000 values in
            all lists.
        enabled (bool | Unset): Whether the list is evaluated.
    """

    label: str | Unset = UNSET
    list_type: IpAccessListType | Unset = UNSET
    ip_addresses: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        list_type: str | Unset = UNSET
        if not isinstance(self.list_type, Unset):
            list_type = self.list_type.value

        ip_addresses: list[str] | Unset = UNSET
        if not isinstance(self.ip_addresses, Unset):
            ip_addresses = self.ip_addresses

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if list_type is not UNSET:
            field_dict["list_type"] = list_type
        if ip_addresses is not UNSET:
            field_dict["ip_addresses"] = ip_addresses
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        _list_type = d.pop("list_type", UNSET)
        list_type: IpAccessListType | Unset
        if isinstance(_list_type, Unset):
            list_type = UNSET
        else:
            list_type = IpAccessListType(_list_type)

        ip_addresses = cast(list[str], d.pop("ip_addresses", UNSET))

        enabled = d.pop("enabled", UNSET)

        ip_access_list_update_request = cls(
            label=label,
            list_type=list_type,
            ip_addresses=ip_addresses,
            enabled=enabled,
        )

        ip_access_list_update_request.additional_properties = d
        return ip_access_list_update_request

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
