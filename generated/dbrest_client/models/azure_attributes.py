from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.azure_attributes_availability import AzureAttributesAvailability
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_log_analytics_info import ClustersLogAnalyticsInfo


T = TypeVar("T", bound="AzureAttributes")


@_attrs_define
class AzureAttributes:
    """Attributes of a cluster's Azure virtual machines. Azure workspaces only.

    Example:
        {'first_on_demand': 1, 'availability': 'ON_DEMAND_AZURE', 'spot_bid_max_price': -1}

    Attributes:
        first_on_demand (int | Unset): The first `first_on_demand` nodes (including the driver) are on-demand instances;
            the rest use
            `availability`. Default 1.
        availability (AzureAttributesAvailability | Unset): Availability type of the nodes after the first
            `first_on_demand` ones.
        spot_bid_max_price (float | Unset): Maximum bid price for spot instances in US dollars; -1 (the default) bids up
            to the on-demand price.
        log_analytics_info (ClustersLogAnalyticsInfo | Unset): Azure Log Analytics workspace that receives the cluster's
            logs.
        capacity_reservation_group (str | Unset): Resource id of the Azure capacity reservation group the nodes are
            placed in.
    """

    first_on_demand: int | Unset = UNSET
    availability: AzureAttributesAvailability | Unset = UNSET
    spot_bid_max_price: float | Unset = UNSET
    log_analytics_info: ClustersLogAnalyticsInfo | Unset = UNSET
    capacity_reservation_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_on_demand = self.first_on_demand

        availability: str | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.value

        spot_bid_max_price = self.spot_bid_max_price

        log_analytics_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_analytics_info, Unset):
            log_analytics_info = self.log_analytics_info.to_dict()

        capacity_reservation_group = self.capacity_reservation_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_on_demand is not UNSET:
            field_dict["first_on_demand"] = first_on_demand
        if availability is not UNSET:
            field_dict["availability"] = availability
        if spot_bid_max_price is not UNSET:
            field_dict["spot_bid_max_price"] = spot_bid_max_price
        if log_analytics_info is not UNSET:
            field_dict["log_analytics_info"] = log_analytics_info
        if capacity_reservation_group is not UNSET:
            field_dict["capacity_reservation_group"] = capacity_reservation_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_log_analytics_info import ClustersLogAnalyticsInfo  # noqa: PLC0415

        d = dict(src_dict)
        first_on_demand = d.pop("first_on_demand", UNSET)

        _availability = d.pop("availability", UNSET)
        availability: AzureAttributesAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = AzureAttributesAvailability(_availability)

        spot_bid_max_price = d.pop("spot_bid_max_price", UNSET)

        _log_analytics_info = d.pop("log_analytics_info", UNSET)
        log_analytics_info: ClustersLogAnalyticsInfo | Unset
        if isinstance(_log_analytics_info, Unset):
            log_analytics_info = UNSET
        else:
            log_analytics_info = ClustersLogAnalyticsInfo.from_dict(_log_analytics_info)

        capacity_reservation_group = d.pop("capacity_reservation_group", UNSET)

        azure_attributes = cls(
            first_on_demand=first_on_demand,
            availability=availability,
            spot_bid_max_price=spot_bid_max_price,
            log_analytics_info=log_analytics_info,
            capacity_reservation_group=capacity_reservation_group,
        )

        azure_attributes.additional_properties = d
        return azure_attributes

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
