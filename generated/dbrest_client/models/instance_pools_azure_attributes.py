from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_pools_azure_attributes_availability import InstancePoolsAzureAttributesAvailability
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstancePoolsAzureAttributes")


@_attrs_define
class InstancePoolsAzureAttributes:
    """Azure attributes of the pool's instances (set at creation; cannot be edited).

    Example:
        {'availability': 'ON_DEMAND_AZURE'}

    Attributes:
        availability (InstancePoolsAzureAttributesAvailability | Unset): Availability type of all the pool's instances.
            Default ON_DEMAND_AZURE.
        spot_bid_max_price (float | Unset): Maximum price for spot instances in US dollars; -1 (the default) bids up to
            the on-demand price.
        capacity_reservation_group (str | Unset): Resource id of the Azure capacity reservation group the instances are
            placed in.
    """

    availability: InstancePoolsAzureAttributesAvailability | Unset = UNSET
    spot_bid_max_price: float | Unset = UNSET
    capacity_reservation_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        spot_bid_max_price = self.spot_bid_max_price

        capacity_reservation_group = self.capacity_reservation_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability is not UNSET:
            field_dict["availability"] = availability
        if spot_bid_max_price is not UNSET:
            field_dict["spot_bid_max_price"] = spot_bid_max_price
        if capacity_reservation_group is not UNSET:
            field_dict["capacity_reservation_group"] = capacity_reservation_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _availability = d.pop("availability", UNSET)
        availability: InstancePoolsAzureAttributesAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = InstancePoolsAzureAttributesAvailability(_availability)

        spot_bid_max_price = d.pop("spot_bid_max_price", UNSET)

        capacity_reservation_group = d.pop("capacity_reservation_group", UNSET)

        instance_pools_azure_attributes = cls(
            availability=availability,
            spot_bid_max_price=spot_bid_max_price,
            capacity_reservation_group=capacity_reservation_group,
        )

        instance_pools_azure_attributes.additional_properties = d
        return instance_pools_azure_attributes

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
