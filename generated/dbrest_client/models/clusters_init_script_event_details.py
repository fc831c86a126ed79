from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_init_script_execution import ClustersInitScriptExecution


T = TypeVar("T", bound="ClustersInitScriptEventDetails")


@_attrs_define
class ClustersInitScriptEventDetails:
    """How the init scripts ran on a node (INIT_SCRIPTS_FINISHED events).

    Attributes:
        cluster (list[ClustersInitScriptExecution] | Unset): The cluster-scoped scripts.
        global_ (list[ClustersInitScriptExecution] | Unset): The global init scripts.
        reported_for_node (str | Unset): The node the details are about.
    """

    cluster: list[ClustersInitScriptExecution] | Unset = UNSET
    global_: list[ClustersInitScriptExecution] | Unset = UNSET
    reported_for_node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = []
            for cluster_item_data in self.cluster:
                cluster_item = cluster_item_data.to_dict()
                cluster.append(cluster_item)

        global_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = []
            for global_item_data in self.global_:
                global_item = global_item_data.to_dict()
                global_.append(global_item)

        reported_for_node = self.reported_for_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if global_ is not UNSET:
            field_dict["global"] = global_
        if reported_for_node is not UNSET:
            field_dict["reported_for_node"] = reported_for_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_init_script_execution import ClustersInitScriptExecution  # noqa: PLC0415

        d = dict(src_dict)
        _cluster = d.pop("cluster", UNSET)
        cluster: list[ClustersInitScriptExecution] | Unset = UNSET
        if _cluster is not UNSET:
            cluster = []
            for cluster_item_data in _cluster:
                cluster_item = ClustersInitScriptExecution.from_dict(cluster_item_data)

                cluster.append(cluster_item)

        _global_ = d.pop("global", UNSET)
        global_: list[ClustersInitScriptExecution] | Unset = UNSET
        if _global_ is not UNSET:
            global_ = []
            for global_item_data in _global_:
                global_item = ClustersInitScriptExecution.from_dict(global_item_data)

                global_.append(global_item)

        reported_for_node = d.pop("reported_for_node", UNSET)

        clusters_init_script_event_details = cls(
            cluster=cluster,
            global_=global_,
            reported_for_node=reported_for_node,
        )

        clusters_init_script_event_details.additional_properties = d
        return clusters_init_script_event_details

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
