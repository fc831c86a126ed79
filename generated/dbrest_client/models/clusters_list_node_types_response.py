from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_type import NodeType


T = TypeVar("T", bound="ClustersListNodeTypesResponse")


@_attrs_define
class ClustersListNodeTypesResponse:
    """
    Attributes:
        node_types (list[NodeType] | Unset):
    """

    node_types: list[NodeType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.node_types, Unset):
            node_types = []
            for node_types_item_data in self.node_types:
                node_types_item = node_types_item_data.to_dict()
                node_types.append(node_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_types is not UNSET:
            field_dict["node_types"] = node_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_type import NodeType  # noqa: PLC0415

        d = dict(src_dict)
        _node_types = d.pop("node_types", UNSET)
        node_types: list[NodeType] | Unset = UNSET
        if _node_types is not UNSET:
            node_types = []
            for node_types_item_data in _node_types:
                node_types_item = NodeType.from_dict(node_types_item_data)

                node_types.append(node_types_item)

        clusters_list_node_types_response = cls(
            node_types=node_types,
        )

        clusters_list_node_types_response.additional_properties = d
        return clusters_list_node_types_response

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
