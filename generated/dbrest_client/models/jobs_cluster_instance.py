from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsClusterInstance")


@_attrs_define
class JobsClusterInstance:
    """The cluster and Spark context of a run; each field is absent until known.

    Attributes:
        cluster_id (str | Unset):
        spark_context_id (str | Unset):
    """

    cluster_id: str | Unset = UNSET
    spark_context_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        spark_context_id = self.spark_context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if spark_context_id is not UNSET:
            field_dict["spark_context_id"] = spark_context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("cluster_id", UNSET)

        spark_context_id = d.pop("spark_context_id", UNSET)

        jobs_cluster_instance = cls(
            cluster_id=cluster_id,
            spark_context_id=spark_context_id,
        )

        jobs_cluster_instance.additional_properties = d
        return jobs_cluster_instance

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
