from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersSparkNodeNodeAwsAttributes")


@_attrs_define
class ClustersSparkNodeNodeAwsAttributes:
    """
    Attributes:
        is_spot (bool | Unset):
    """

    is_spot: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_spot = self.is_spot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_spot is not UNSET:
            field_dict["is_spot"] = is_spot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_spot = d.pop("is_spot", UNSET)

        clusters_spark_node_node_aws_attributes = cls(
            is_spot=is_spot,
        )

        clusters_spark_node_node_aws_attributes.additional_properties = d
        return clusters_spark_node_node_aws_attributes

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
