from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ip_access_list_type import IpAccessListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IpAccessListInfo")


@_attrs_define
class IpAccessListInfo:
    """
    Example:
        {'list_id': '6f8c3b1e-2a4d-4c5b-9e7f-0a1b2c3d4e5f', 'label': 'office', 'ip_addresses': ['1.1.1.1',
            '2.2.2.2/21'], 'address_count': 2, 'list_type': 'ALLOW', 'created_at': 1578423494457, 'created_by':
            6476783916686816, 'updated_at': 1578423494457, 'updated_by': 6476783916686816, 'enabled': True}

    Attributes:
        list_id (UUID):
        label (str):
        ip_addresses (list[str]):
        address_count (int): Number of values in ip_addresses.
        list_type (IpAccessListType): ALLOW admits the addresses, BLOCK denies them (BLOCK lists are evaluated first).
        enabled (bool):
        created_at (int | Unset): Epoch milliseconds.
        created_by (int | Unset): User id of the creator.
        updated_at (int | Unset): Epoch milliseconds.
        updated_by (int | Unset): User id of the last updater.
    """

    list_id: UUID
    label: str
    ip_addresses: list[str]
    address_count: int
    list_type: IpAccessListType
    enabled: bool
    created_at: int | Unset = UNSET
    created_by: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    updated_by: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = str(self.list_id)

        label = self.label

        ip_addresses = self.ip_addresses

        address_count = self.address_count

        list_type = self.list_type.value

        enabled = self.enabled

        created_at = self.created_at

        created_by = self.created_by

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "label": label,
                "ip_addresses": ip_addresses,
                "address_count": address_count,
                "list_type": list_type,
                "enabled": enabled,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = UUID(d.pop("list_id"))

        label = d.pop("label")

        ip_addresses = cast(list[str], d.pop("ip_addresses"))

        address_count = d.pop("address_count")

        list_type = IpAccessListType(d.pop("list_type"))

        enabled = d.pop("enabled")

        created_at = d.pop("created_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        ip_access_list_info = cls(
            list_id=list_id,
            label=label,
            ip_addresses=ip_addresses,
            address_count=address_count,
            list_type=list_type,
            enabled=enabled,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        ip_access_list_info.additional_properties = d
        return ip_access_list_info

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
