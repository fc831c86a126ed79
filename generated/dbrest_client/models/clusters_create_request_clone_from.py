from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ClustersCreateRequestCloneFrom")


@_attrs_define
class ClustersCreateRequestCloneFrom:
    """Clones the libraries of a source cluster onto the new cluster during its creation (later;
    databricks-sdk 0.162.0 `CloneCluster`). An unknown source cluster → `INVALID_PARAMETER_VALUE`.

        Attributes:
            source_cluster_id (str): The cluster whose libraries are cloned.
    """

    source_cluster_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_cluster_id = self.source_cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_cluster_id": source_cluster_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_cluster_id = d.pop("source_cluster_id")

        clusters_create_request_clone_from = cls(
            source_cluster_id=source_cluster_id,
        )

        clusters_create_request_clone_from.additional_properties = d
        return clusters_create_request_clone_from

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
