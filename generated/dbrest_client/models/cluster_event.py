from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_event_type import ClustersEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_event_details import ClustersEventDetails


T = TypeVar("T", bound="ClusterEvent")


@_attrs_define
class ClusterEvent:
    """One event in the life of a cluster.

    Example:
        {'cluster_id': '1202-211320-brick1', 'timestamp': 1534358289590, 'type': 'RUNNING', 'details':
            {'current_num_workers': 2, 'target_num_workers': 2}}

    Attributes:
        cluster_id (str):
        type_ (ClustersEventType): Type of a cluster event.
        details (ClustersEventDetails): Details of a cluster event; which fields are present depends on the event type.
        timestamp (int | Unset): Epoch milliseconds of the event.
    """

    cluster_id: str
    type_: ClustersEventType
    details: ClustersEventDetails
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        type_ = self.type_.value

        details = self.details.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
                "type": type_,
                "details": details,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_event_details import ClustersEventDetails  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("cluster_id")

        type_ = ClustersEventType(d.pop("type"))

        details = ClustersEventDetails.from_dict(d.pop("details"))

        timestamp = d.pop("timestamp", UNSET)

        cluster_event = cls(
            cluster_id=cluster_id,
            type_=type_,
            details=details,
            timestamp=timestamp,
        )

        cluster_event.additional_properties = d
        return cluster_event

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
