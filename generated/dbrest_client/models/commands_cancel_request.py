from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommandsCancelRequest")


@_attrs_define
class CommandsCancelRequest:
    """
    Example:
        {'clusterId': '1202-211320-brick1', 'contextId': '5456852751451433082', 'commandId': '2245426871786618466'}

    Attributes:
        cluster_id (str):
        context_id (str):
        command_id (str):
    """

    cluster_id: str
    context_id: str
    command_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        context_id = self.context_id

        command_id = self.command_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clusterId": cluster_id,
                "contextId": context_id,
                "commandId": command_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cluster_id = d.pop("clusterId")

        context_id = d.pop("contextId")

        command_id = d.pop("commandId")

        commands_cancel_request = cls(
            cluster_id=cluster_id,
            context_id=context_id,
            command_id=command_id,
        )

        commands_cancel_request.additional_properties = d
        return commands_cancel_request

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
