from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_access_list_type import IpAccessListType

T = TypeVar("T", bound="IpAccessListCreateRequest")


@_attrs_define
class IpAccessListCreateRequest:
    """
    Attributes:
        label (str): Label of the list (not blank); unique per list type.
        list_type (IpAccessListType): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are evaluated first).
        ip_addresses (list[str]): IPv4 addresses (1.1.1.1) and CIDR ranges (2.2.2.2/21); at most 1000 values in all
            lists.
    """

    label: str
    list_type: IpAccessListType
    ip_addresses: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        list_type = self.list_type.value

        ip_addresses = self.ip_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "list_type": list_type,
                "ip_addresses": ip_addresses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        list_type = IpAccessListType(d.pop("list_type"))

        ip_addresses = cast(list[str], d.pop("ip_addresses"))

        ip_access_list_create_request = cls(
            label=label,
            list_type=list_type,
            ip_addresses=ip_addresses,
        )

        ip_access_list_create_request.additional_properties = d
        return ip_access_list_create_request

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
