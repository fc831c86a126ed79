from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ip_access_list_info import IpAccessListInfo


T = TypeVar("T", bound="IpAccessListResponse")


@_attrs_define
class IpAccessListResponse:
    """
    Attributes:
        ip_access_list (IpAccessListInfo):  Example: {'list_id': '6f8c3b1e-2a4d-4c5b-9e7f-0a1b2c3d4e5f', 'label':
            'office', 'ip_addresses': ['1.1.1.1', '2.2.2.2/21'], 'address_count': 2, 'list_type': 'ALLOW', 'created_at':
            1578423494457, 'created_by': 6476783916686816, 'updated_at': 1578423494457, 'updated_by': 6476783916686816,
            'enabled': True}.
    """

    ip_access_list: IpAccessListInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_access_list = self.ip_access_list.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip_access_list": ip_access_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_access_list_info import IpAccessListInfo  # noqa: PLC0415

        d = dict(src_dict)
        ip_access_list = IpAccessListInfo.from_dict(d.pop("ip_access_list"))

        ip_access_list_response = cls(
            ip_access_list=ip_access_list,
        )

        ip_access_list_response.additional_properties = d
        return ip_access_list_response

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
