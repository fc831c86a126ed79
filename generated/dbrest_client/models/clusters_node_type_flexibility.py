from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersNodeTypeFlexibility")


@_attrs_define
class ClustersNodeTypeFlexibility:
    """Node types the service may use instead of the requested one when it is unavailable.

    Attributes:
        alternate_node_type_ids (list[str] | Unset): Alternative node types, in order of preference.
        aws_context_id (str | Unset): The AWS Context ID for EC2 Fleet (later; databricks-sdk 0.162.0): when set (non-
            empty), it is passed
            to the AWS CreateFleet API to create the EC2 Fleet.
    """

    alternate_node_type_ids: list[str] | Unset = UNSET
    aws_context_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternate_node_type_ids: list[str] | Unset = UNSET
        if not isinstance(self.alternate_node_type_ids, Unset):
            alternate_node_type_ids = self.alternate_node_type_ids

        aws_context_id = self.aws_context_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alternate_node_type_ids is not UNSET:
            field_dict["alternate_node_type_ids"] = alternate_node_type_ids
        if aws_context_id is not UNSET:
            field_dict["aws_context_id"] = aws_context_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alternate_node_type_ids = cast(list[str], d.pop("alternate_node_type_ids", UNSET))

        aws_context_id = d.pop("aws_context_id", UNSET)

        clusters_node_type_flexibility = cls(
            alternate_node_type_ids=alternate_node_type_ids,
            aws_context_id=aws_context_id,
        )

        clusters_node_type_flexibility.additional_properties = d
        return clusters_node_type_flexibility

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
