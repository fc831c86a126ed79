from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ip_access_list_info import IpAccessListInfo


T = TypeVar("T", bound="IpAccessListsListResponse")


@_attrs_define
class IpAccessListsListResponse:
    """
    Attributes:
        ip_access_lists (list[IpAccessListInfo] | Unset):
    """

    ip_access_lists: list[IpAccessListInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_access_lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_access_lists, Unset):
            ip_access_lists = []
            for ip_access_lists_item_data in self.ip_access_lists:
                ip_access_lists_item = ip_access_lists_item_data.to_dict()
                ip_access_lists.append(ip_access_lists_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_access_lists is not UNSET:
            field_dict["ip_access_lists"] = ip_access_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ip_access_list_info import IpAccessListInfo  # noqa: PLC0415

        d = dict(src_dict)
        _ip_access_lists = d.pop("ip_access_lists", UNSET)
        ip_access_lists: list[IpAccessListInfo] | Unset = UNSET
        if _ip_access_lists is not UNSET:
            ip_access_lists = []
            for ip_access_lists_item_data in _ip_access_lists:
                ip_access_lists_item = IpAccessListInfo.from_dict(ip_access_lists_item_data)

                ip_access_lists.append(ip_access_lists_item)

        ip_access_lists_list_response = cls(
            ip_access_lists=ip_access_lists,
        )

        ip_access_lists_list_response.additional_properties = d
        return ip_access_lists_list_response

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
