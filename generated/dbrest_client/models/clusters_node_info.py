from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_node_info_status_item import ClustersNodeInfoStatusItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersNodeInfo")


@_attrs_define
class ClustersNodeInfo:
    """Availability of a node type in the workspace's subscription and region.

    Attributes:
        status (list[ClustersNodeInfoStatusItem] | Unset):
        available_core_quota (int | Unset):
        total_core_quota (int | Unset):
    """

    status: list[ClustersNodeInfoStatusItem] | Unset = UNSET
    available_core_quota: int | Unset = UNSET
    total_core_quota: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item = status_item_data.value
                status.append(status_item)

        available_core_quota = self.available_core_quota

        total_core_quota = self.total_core_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if available_core_quota is not UNSET:
            field_dict["available_core_quota"] = available_core_quota
        if total_core_quota is not UNSET:
            field_dict["total_core_quota"] = total_core_quota

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: list[ClustersNodeInfoStatusItem] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = ClustersNodeInfoStatusItem(status_item_data)

                status.append(status_item)

        available_core_quota = d.pop("available_core_quota", UNSET)

        total_core_quota = d.pop("total_core_quota", UNSET)

        clusters_node_info = cls(
            status=status,
            available_core_quota=available_core_quota,
            total_core_quota=total_core_quota,
        )

        clusters_node_info.additional_properties = d
        return clusters_node_info

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
