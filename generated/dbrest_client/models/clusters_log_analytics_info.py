from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersLogAnalyticsInfo")


@_attrs_define
class ClustersLogAnalyticsInfo:
    """Azure Log Analytics workspace that receives the cluster's logs.

    Attributes:
        log_analytics_workspace_id (str | Unset):
        log_analytics_primary_key (str | Unset):
    """

    log_analytics_workspace_id: str | Unset = UNSET
    log_analytics_primary_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_analytics_workspace_id = self.log_analytics_workspace_id

        log_analytics_primary_key = self.log_analytics_primary_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_analytics_workspace_id is not UNSET:
            field_dict["log_analytics_workspace_id"] = log_analytics_workspace_id
        if log_analytics_primary_key is not UNSET:
            field_dict["log_analytics_primary_key"] = log_analytics_primary_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        log_analytics_workspace_id = d.pop("log_analytics_workspace_id", UNSET)

        log_analytics_primary_key = d.pop("log_analytics_primary_key", UNSET)

        clusters_log_analytics_info = cls(
            log_analytics_workspace_id=log_analytics_workspace_id,
            log_analytics_primary_key=log_analytics_primary_key,
        )

        clusters_log_analytics_info.additional_properties = d
        return clusters_log_analytics_info

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
