from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstancePoolStats")


@_attrs_define
class InstancePoolStats:
    """Instance counts of a pool.

    Example:
        {'used_count': 0, 'idle_count': 10, 'pending_used_count': 0, 'pending_idle_count': 0}

    Attributes:
        used_count (int | Unset): Instances in use by clusters.
        idle_count (int | Unset): Idle instances ready for clusters.
        pending_used_count (int | Unset): Instances being provisioned for clusters.
        pending_idle_count (int | Unset): Instances being provisioned to become idle.
    """

    used_count: int | Unset = UNSET
    idle_count: int | Unset = UNSET
    pending_used_count: int | Unset = UNSET
    pending_idle_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used_count = self.used_count

        idle_count = self.idle_count

        pending_used_count = self.pending_used_count

        pending_idle_count = self.pending_idle_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if used_count is not UNSET:
            field_dict["used_count"] = used_count
        if idle_count is not UNSET:
            field_dict["idle_count"] = idle_count
        if pending_used_count is not UNSET:
            field_dict["pending_used_count"] = pending_used_count
        if pending_idle_count is not UNSET:
            field_dict["pending_idle_count"] = pending_idle_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        used_count = d.pop("used_count", UNSET)

        idle_count = d.pop("idle_count", UNSET)

        pending_used_count = d.pop("pending_used_count", UNSET)

        pending_idle_count = d.pop("pending_idle_count", UNSET)

        instance_pool_stats = cls(
            used_count=used_count,
            idle_count=idle_count,
            pending_used_count=pending_used_count,
            pending_idle_count=pending_idle_count,
        )

        instance_pool_stats.additional_properties = d
        return instance_pool_stats

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
