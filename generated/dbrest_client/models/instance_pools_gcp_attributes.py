from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_pools_gcp_attributes_gcp_availability import InstancePoolsGcpAttributesGcpAvailability
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstancePoolsGcpAttributes")


@_attrs_define
class InstancePoolsGcpAttributes:
    """GCP attributes of the pool's instances (set at creation; cannot be edited).

    Example:
        {'gcp_availability': 'ON_DEMAND_GCP'}

    Attributes:
        gcp_availability (InstancePoolsGcpAttributesGcpAvailability | Unset):
        local_ssd_count (int | Unset):
        zone_id (str | Unset): GCP zone of the instances, e.g. `us-central1-a`.
    """

    gcp_availability: InstancePoolsGcpAttributesGcpAvailability | Unset = UNSET
    local_ssd_count: int | Unset = UNSET
    zone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gcp_availability: str | Unset = UNSET
        if not isinstance(self.gcp_availability, Unset):
            gcp_availability = self.gcp_availability.value

        local_ssd_count = self.local_ssd_count

        zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gcp_availability is not UNSET:
            field_dict["gcp_availability"] = gcp_availability
        if local_ssd_count is not UNSET:
            field_dict["local_ssd_count"] = local_ssd_count
        if zone_id is not UNSET:
            field_dict["zone_id"] = zone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _gcp_availability = d.pop("gcp_availability", UNSET)
        gcp_availability: InstancePoolsGcpAttributesGcpAvailability | Unset
        if isinstance(_gcp_availability, Unset):
            gcp_availability = UNSET
        else:
            gcp_availability = InstancePoolsGcpAttributesGcpAvailability(_gcp_availability)

        local_ssd_count = d.pop("local_ssd_count", UNSET)

        zone_id = d.pop("zone_id", UNSET)

        instance_pools_gcp_attributes = cls(
            gcp_availability=gcp_availability,
            local_ssd_count=local_ssd_count,
            zone_id=zone_id,
        )

        instance_pools_gcp_attributes.additional_properties = d
        return instance_pools_gcp_attributes

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
