from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_event_type import ClustersEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_event_data_plane_event_details import ClusterEventDataPlaneEventDetails
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
        timestamp (int | Unset): Epoch milliseconds of the event.
        type_ (ClustersEventType | Unset): Type of a cluster event.
        details (ClustersEventDetails | Unset): Details of a cluster event; which fields are present depends on the
            event type.
        data_plane_event_details (ClusterEventDataPlaneEventDetails | Unset): Details of an event reported by the data
            plane (node exclusions).
    """

    cluster_id: str
    timestamp: int | Unset = UNSET
    type_: ClustersEventType | Unset = UNSET
    details: ClustersEventDetails | Unset = UNSET
    data_plane_event_details: ClusterEventDataPlaneEventDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        timestamp = self.timestamp

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        data_plane_event_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_plane_event_details, Unset):
            data_plane_event_details = self.data_plane_event_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details
        if data_plane_event_details is not UNSET:
            field_dict["data_plane_event_details"] = data_plane_event_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_event_data_plane_event_details import ClusterEventDataPlaneEventDetails  # noqa: PLC0415
        from ..models.clusters_event_details import ClustersEventDetails  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("cluster_id")

        timestamp = d.pop("timestamp", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ClustersEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ClustersEventType(_type_)

        _details = d.pop("details", UNSET)
        details: ClustersEventDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ClustersEventDetails.from_dict(_details)

        _data_plane_event_details = d.pop("data_plane_event_details", UNSET)
        data_plane_event_details: ClusterEventDataPlaneEventDetails | Unset
        if isinstance(_data_plane_event_details, Unset):
            data_plane_event_details = UNSET
        else:
            data_plane_event_details = ClusterEventDataPlaneEventDetails.from_dict(_data_plane_event_details)

        cluster_event = cls(
            cluster_id=cluster_id,
            timestamp=timestamp,
            type_=type_,
            details=details,
            data_plane_event_details=data_plane_event_details,
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
