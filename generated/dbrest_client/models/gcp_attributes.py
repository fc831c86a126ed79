from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gcp_attributes_availability import GcpAttributesAvailability
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
    """

    google_service_account: str | Unset = UNSET
    boot_disk_size: int | Unset = UNSET
    availability: GcpAttributesAvailability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_service_account = self.google_service_account

        boot_disk_size = self.boot_disk_size

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if google_service_account is not UNSET:
            field_dict["google_service_account"] = google_service_account
        if boot_disk_size is not UNSET:
            field_dict["boot_disk_size"] = boot_disk_size
        if availability is not UNSET:
            field_dict["availability"] = availability

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

        gcp_attributes = cls(
            google_service_account=google_service_account,
            boot_disk_size=boot_disk_size,
            availability=availability,
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
