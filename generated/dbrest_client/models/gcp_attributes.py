from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gcp_attributes_availability import GcpAttributesAvailability
from ..models.gcp_attributes_confidential_compute_type import GcpAttributesConfidentialComputeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GcpAttributes")


@_attrs_define
class GcpAttributes:
    """Attributes of a cluster's Google Cloud instances. GCP workspaces only.

    Example:
        {'availability': 'ON_DEMAND_GCP'}

    Attributes:
        google_service_account (str | Unset):
        boot_disk_size (int | Unset):
        availability (GcpAttributesAvailability | Unset):
        confidential_compute_type (GcpAttributesConfidentialComputeType | Unset):
        first_on_demand (int | Unset): The first `first_on_demand` nodes (including the driver) are on-demand instances.
        local_ssd_count (int | Unset):
        use_preemptible_executors (bool | Unset): Deprecated in favour of `availability`.
        zone_id (str | Unset): GCP zone, e.g. `us-central1-a`, `HA` or `AUTO`.
    """

    google_service_account: str | Unset = UNSET
    boot_disk_size: int | Unset = UNSET
    availability: GcpAttributesAvailability | Unset = UNSET
    confidential_compute_type: GcpAttributesConfidentialComputeType | Unset = UNSET
    first_on_demand: int | Unset = UNSET
    local_ssd_count: int | Unset = UNSET
    use_preemptible_executors: bool | Unset = UNSET
    zone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_service_account = self.google_service_account

        boot_disk_size = self.boot_disk_size

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        confidential_compute_type: str | Unset = UNSET
        if not isinstance(self.confidential_compute_type, Unset):
            confidential_compute_type = self.confidential_compute_type.value

        first_on_demand = self.first_on_demand

        local_ssd_count = self.local_ssd_count

        use_preemptible_executors = self.use_preemptible_executors

        zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if google_service_account is not UNSET:
            field_dict["google_service_account"] = google_service_account
        if boot_disk_size is not UNSET:
            field_dict["boot_disk_size"] = boot_disk_size
        if availability is not UNSET:
            field_dict["availability"] = availability
        if confidential_compute_type is not UNSET:
            field_dict["confidential_compute_type"] = confidential_compute_type
        if first_on_demand is not UNSET:
            field_dict["first_on_demand"] = first_on_demand
        if local_ssd_count is not UNSET:
            field_dict["local_ssd_count"] = local_ssd_count
        if use_preemptible_executors is not UNSET:
            field_dict["use_preemptible_executors"] = use_preemptible_executors
        if zone_id is not UNSET:
            field_dict["zone_id"] = zone_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        google_service_account = d.pop("google_service_account", UNSET)

        boot_disk_size = d.pop("boot_disk_size", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: GcpAttributesAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = GcpAttributesAvailability(_availability)

        _confidential_compute_type = d.pop("confidential_compute_type", UNSET)
        confidential_compute_type: GcpAttributesConfidentialComputeType | Unset
        if isinstance(_confidential_compute_type, Unset):
            confidential_compute_type = UNSET
        else:
            confidential_compute_type = GcpAttributesConfidentialComputeType(_confidential_compute_type)

        first_on_demand = d.pop("first_on_demand", UNSET)

        local_ssd_count = d.pop("local_ssd_count", UNSET)

        use_preemptible_executors = d.pop("use_preemptible_executors", UNSET)

        zone_id = d.pop("zone_id", UNSET)

        gcp_attributes = cls(
            google_service_account=google_service_account,
            boot_disk_size=boot_disk_size,
            availability=availability,
            confidential_compute_type=confidential_compute_type,
            first_on_demand=first_on_demand,
            local_ssd_count=local_ssd_count,
            use_preemptible_executors=use_preemptible_executors,
            zone_id=zone_id,
        )

        gcp_attributes.additional_properties = d
        return gcp_attributes

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
