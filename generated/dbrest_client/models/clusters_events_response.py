from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_event import ClusterEvent
    from ..models.clusters_events_request import ClustersEventsRequest


T = TypeVar("T", bound="ClustersEventsResponse")


@_attrs_define
class ClustersEventsResponse:
    """
    Attributes:
        events (list[ClusterEvent] | Unset):
        next_page (ClustersEventsRequest | Unset): Which events of which cluster; also the shape of `next_page`.
        total_count (int | Unset): Number of events matching the filters (0 with token paging).
        next_page_token (str | Unset): Token of the next page (token paging); absent on the last page.
        prev_page_token (str | Unset): Token of the previous page (token paging); absent on the first page.
    """

    events: list[ClusterEvent] | Unset = UNSET
    next_page: ClustersEventsRequest | Unset = UNSET
    total_count: int | Unset = UNSET
    next_page_token: str | Unset = UNSET
    prev_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        next_page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_page, Unset):
            next_page = self.next_page.to_dict()

        total_count = self.total_count

        next_page_token = self.next_page_token

        prev_page_token = self.prev_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_event import ClusterEvent  # noqa: PLC0415
        from ..models.clusters_events_request import ClustersEventsRequest  # noqa: PLC0415

        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[ClusterEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = ClusterEvent.from_dict(events_item_data)

                events.append(events_item)

        _next_page = d.pop("next_page", UNSET)
        next_page: ClustersEventsRequest | Unset
        if isinstance(_next_page, Unset):
            next_page = UNSET
        else:
            next_page = ClustersEventsRequest.from_dict(_next_page)

        total_count = d.pop("total_count", UNSET)

        next_page_token = d.pop("next_page_token", UNSET)

        prev_page_token = d.pop("prev_page_token", UNSET)

        clusters_events_response = cls(
            events=events,
            next_page=next_page,
            total_count=total_count,
            next_page_token=next_page_token,
            prev_page_token=prev_page_token,
        )

        clusters_events_response.additional_properties = d
        return clusters_events_response

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
