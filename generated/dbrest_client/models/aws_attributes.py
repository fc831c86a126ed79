from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aws_attributes_availability import AwsAttributesAvailability
from ..models.aws_attributes_ebs_volume_type import AwsAttributesEbsVolumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwsAttributes")


@_attrs_define
class AwsAttributes:
    """Attributes of a cluster's AWS instances. AWS workspaces only.

    Example:
        {'first_on_demand': 1, 'availability': 'SPOT_WITH_FALLBACK', 'zone_id': 'us-west-2a'}

    Attributes:
        first_on_demand (int | Unset): The first `first_on_demand` nodes (including the driver) are on-demand instances.
        availability (AwsAttributesAvailability | Unset):
        zone_id (str | Unset): Availability zone, e.g. `us-west-2a`, or `auto` to let Databricks choose.
        instance_profile_arn (str | Unset):
        spot_bid_price_percent (int | Unset): Maximum spot price as a percentage of the on-demand price. Default 100.
        ebs_volume_type (AwsAttributesEbsVolumeType | Unset):
        ebs_volume_count (int | Unset):
        ebs_volume_size (int | Unset): Size of each EBS volume in GiB.
        ebs_volume_iops (int | Unset):
        ebs_volume_throughput (int | Unset):
    """

    first_on_demand: int | Unset = UNSET
    availability: AwsAttributesAvailability | Unset = UNSET
    zone_id: str | Unset = UNSET
    instance_profile_arn: str | Unset = UNSET
    spot_bid_price_percent: int | Unset = UNSET
    ebs_volume_type: AwsAttributesEbsVolumeType | Unset = UNSET
    ebs_volume_count: int | Unset = UNSET
    ebs_volume_size: int | Unset = UNSET
    ebs_volume_iops: int | Unset = UNSET
    ebs_volume_throughput: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_on_demand = self.first_on_demand

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        zone_id = self.zone_id

        instance_profile_arn = self.instance_profile_arn

        spot_bid_price_percent = self.spot_bid_price_percent

        ebs_volume_type: str | Unset = UNSET
        if not isinstance(self.ebs_volume_type, Unset):
            ebs_volume_type = self.ebs_volume_type.value

        ebs_volume_count = self.ebs_volume_count

        ebs_volume_size = self.ebs_volume_size

        ebs_volume_iops = self.ebs_volume_iops

        ebs_volume_throughput = self.ebs_volume_throughput

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_on_demand is not UNSET:
            field_dict["first_on_demand"] = first_on_demand
        if availability is not UNSET:
            field_dict["availability"] = availability
        if zone_id is not UNSET:
            field_dict["zone_id"] = zone_id
        if instance_profile_arn is not UNSET:
            field_dict["instance_profile_arn"] = instance_profile_arn
        if spot_bid_price_percent is not UNSET:
            field_dict["spot_bid_price_percent"] = spot_bid_price_percent
        if ebs_volume_type is not UNSET:
            field_dict["ebs_volume_type"] = ebs_volume_type
        if ebs_volume_count is not UNSET:
            field_dict["ebs_volume_count"] = ebs_volume_count
        if ebs_volume_size is not UNSET:
            field_dict["ebs_volume_size"] = ebs_volume_size
        if ebs_volume_iops is not UNSET:
            field_dict["ebs_volume_iops"] = ebs_volume_iops
        if ebs_volume_throughput is not UNSET:
            field_dict["ebs_volume_throughput"] = ebs_volume_throughput

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_on_demand = d.pop("first_on_demand", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: AwsAttributesAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = AwsAttributesAvailability(_availability)

        zone_id = d.pop("zone_id", UNSET)

        instance_profile_arn = d.pop("instance_profile_arn", UNSET)

        spot_bid_price_percent = d.pop("spot_bid_price_percent", UNSET)

        _ebs_volume_type = d.pop("ebs_volume_type", UNSET)
        ebs_volume_type: AwsAttributesEbsVolumeType | Unset
        if isinstance(_ebs_volume_type, Unset):
            ebs_volume_type = UNSET
        else:
            ebs_volume_type = AwsAttributesEbsVolumeType(_ebs_volume_type)

        ebs_volume_count = d.pop("ebs_volume_count", UNSET)

        ebs_volume_size = d.pop("ebs_volume_size", UNSET)

        ebs_volume_iops = d.pop("ebs_volume_iops", UNSET)

        ebs_volume_throughput = d.pop("ebs_volume_throughput", UNSET)

        aws_attributes = cls(
            first_on_demand=first_on_demand,
            availability=availability,
            zone_id=zone_id,
            instance_profile_arn=instance_profile_arn,
            spot_bid_price_percent=spot_bid_price_percent,
            ebs_volume_type=ebs_volume_type,
            ebs_volume_count=ebs_volume_count,
            ebs_volume_size=ebs_volume_size,
            ebs_volume_iops=ebs_volume_iops,
            ebs_volume_throughput=ebs_volume_throughput,
        )

        aws_attributes.additional_properties = d
        return aws_attributes

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
