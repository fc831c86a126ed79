from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersInstanceSource")


@_attrs_define
class ClustersInstanceSource:
    """Where the nodes come from (observed in responses, undocumented).

    Attributes:
        node_type_id (str | Unset):
        instance_pool_id (str | Unset):
    """

    node_type_id: str | Unset = UNSET
    instance_pool_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_type_id = self.node_type_id

        instance_pool_id = self.instance_pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_type_id is not UNSET:
            field_dict["node_type_id"] = node_type_id
        if instance_pool_id is not UNSET:
            field_dict["instance_pool_id"] = instance_pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_type_id = d.pop("node_type_id", UNSET)

        instance_pool_id = d.pop("instance_pool_id", UNSET)

        clusters_instance_source = cls(
            node_type_id=node_type_id,
            instance_pool_id=instance_pool_id,
        )

        clusters_instance_source.additional_properties = d
        return clusters_instance_source

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
