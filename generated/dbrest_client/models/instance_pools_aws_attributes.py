from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_pools_aws_attributes_availability import InstancePoolsAwsAttributesAvailability
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstancePoolsAwsAttributes")


@_attrs_define
class InstancePoolsAwsAttributes:
    """AWS attributes of the pool's instances (set at creation; cannot be edited).

    Example:
        {'availability': 'SPOT', 'zone_id': 'us-west-2a', 'spot_bid_price_percent': 100}

    Attributes:
        availability (InstancePoolsAwsAttributesAvailability | Unset): Availability type of all the pool's instances.
        zone_id (str | Unset): Availability zone, e.g. `us-west-2a`.
        instance_profile_arn (str | Unset): Instance profile of the pool's instances (a registered one, see instance-
            profiles).
        spot_bid_price_percent (int | Unset): Maximum spot price as a percentage of the on-demand price. Default 100.
    """

    availability: InstancePoolsAwsAttributesAvailability | Unset = UNSET
    zone_id: str | Unset = UNSET
    instance_profile_arn: str | Unset = UNSET
    spot_bid_price_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        zone_id = self.zone_id

        instance_profile_arn = self.instance_profile_arn

        spot_bid_price_percent = self.spot_bid_price_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability is not UNSET:
            field_dict["availability"] = availability
        if zone_id is not UNSET:
            field_dict["zone_id"] = zone_id
        if instance_profile_arn is not UNSET:
            field_dict["instance_profile_arn"] = instance_profile_arn
        if spot_bid_price_percent is not UNSET:
            field_dict["spot_bid_price_percent"] = spot_bid_price_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _availability = d.pop("availability", UNSET)
        availability: InstancePoolsAwsAttributesAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = InstancePoolsAwsAttributesAvailability(_availability)

        zone_id = d.pop("zone_id", UNSET)

        instance_profile_arn = d.pop("instance_profile_arn", UNSET)

        spot_bid_price_percent = d.pop("spot_bid_price_percent", UNSET)

        instance_pools_aws_attributes = cls(
            availability=availability,
            zone_id=zone_id,
            instance_profile_arn=instance_profile_arn,
            spot_bid_price_percent=spot_bid_price_percent,
        )

        instance_pools_aws_attributes.additional_properties = d
        return instance_pools_aws_attributes

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
