from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_event_type import ClustersEventType
from ..models.clusters_events_request_order import ClustersEventsRequestOrder
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersEventsRequest")


@_attrs_define
class ClustersEventsRequest:
    """Which events of which cluster; also the shape of `next_page`.

    Attributes:
        cluster_id (str):
        start_time (int | Unset): Earliest event time (epoch milliseconds, inclusive).
        end_time (int | Unset): Latest event time (epoch milliseconds, inclusive).
        order (ClustersEventsRequestOrder | Unset): Order by time; default DESC.
        event_types (list[ClustersEventType] | Unset): Only events of these types; default all.
        offset (int | Unset): Number of matching events to skip; default 0.
        limit (int | Unset): Deprecated (use `page_size`). Maximum number of events per page, 1–500; default 50.
        page_size (int | Unset): Maximum number of events per page with token paging; 0 lets the server decide (50),
            values outside
            0–500 count as 0 or 500.
        page_token (str | Unset): A `next_page_token` or `prev_page_token` of the previous page; absent for the first
            page.
    """

    cluster_id: str
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    order: ClustersEventsRequestOrder | Unset = UNSET
    event_types: list[ClustersEventType] | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    page_size: int | Unset = UNSET
    page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        start_time = self.start_time

        end_time = self.end_time

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        event_types: list[str] | Unset = UNSET
        if not isinstance(self.event_types, Unset):
            event_types = []
            for event_types_item_data in self.event_types:
                event_types_item = event_types_item_data.value
                event_types.append(event_types_item)

        offset = self.offset

        limit = self.limit

        page_size = self.page_size

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if order is not UNSET:
            field_dict["order"] = order
        if event_types is not UNSET:
            field_dict["event_types"] = event_types
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if page_token is not UNSET:
            field_dict["page_token"] = page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("cluster_id")

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _order = d.pop("order", UNSET)
        order: ClustersEventsRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = ClustersEventsRequestOrder(_order)

        _event_types = d.pop("event_types", UNSET)
        event_types: list[ClustersEventType] | Unset = UNSET
        if _event_types is not UNSET:
            event_types = []
            for event_types_item_data in _event_types:
                event_types_item = ClustersEventType(event_types_item_data)

                event_types.append(event_types_item)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        page_size = d.pop("page_size", UNSET)

        page_token = d.pop("page_token", UNSET)

        clusters_events_request = cls(
            cluster_id=cluster_id,
            start_time=start_time,
            end_time=end_time,
            order=order,
            event_types=event_types,
            offset=offset,
            limit=limit,
            page_size=page_size,
            page_token=page_token,
        )

        clusters_events_request.additional_properties = d
        return clusters_events_request

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
