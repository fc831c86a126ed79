from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstancePoolsFleetAttributes")


@_attrs_define
class InstancePoolsFleetAttributes:
    """AWS fleet settings (`fleet_on_demand_option`, `fleet_spot_option`, `launch_template_overrides`) for
    pools of fleet instance types. AWS only; stored as given.

        Example:
            {'fleet_spot_option': {'allocation_strategy': 'LOWEST_PRICE'}}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_pools_fleet_attributes = cls()

        instance_pools_fleet_attributes.additional_properties = d
        return instance_pools_fleet_attributes

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
