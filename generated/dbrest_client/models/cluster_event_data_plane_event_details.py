from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_event_data_plane_event_details_event_type import ClusterEventDataPlaneEventDetailsEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterEventDataPlaneEventDetails")


@_attrs_define
class ClusterEventDataPlaneEventDetails:
    """Details of an event reported by the data plane (node exclusions).

    Attributes:
        event_type (ClusterEventDataPlaneEventDetailsEventType | Unset):
        executor_failures (int | Unset):
        host_id (str | Unset):
        timestamp (int | Unset):
    """

    event_type: ClusterEventDataPlaneEventDetailsEventType | Unset = UNSET
    executor_failures: int | Unset = UNSET
    host_id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        executor_failures = self.executor_failures

        host_id = self.host_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if executor_failures is not UNSET:
            field_dict["executor_failures"] = executor_failures
        if host_id is not UNSET:
            field_dict["host_id"] = host_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _event_type = d.pop("event_type", UNSET)
        event_type: ClusterEventDataPlaneEventDetailsEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = ClusterEventDataPlaneEventDetailsEventType(_event_type)

        executor_failures = d.pop("executor_failures", UNSET)

        host_id = d.pop("host_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        cluster_event_data_plane_event_details = cls(
            event_type=event_type,
            executor_failures=executor_failures,
            host_id=host_id,
            timestamp=timestamp,
        )

        cluster_event_data_plane_event_details.additional_properties = d
        return cluster_event_data_plane_event_details

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
