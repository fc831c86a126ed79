from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commands_12_language import Commands12Language
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommandsExecuteRequest")


@_attrs_define
class CommandsExecuteRequest:
    """
    Example:
        {'language': 'python', 'clusterId': '1202-211320-brick1', 'contextId': '5456852751451433082', 'command':
            'print("hello")'}

    Attributes:
        language (Commands12Language): Language of an execution context or command (lower case on the wire). Example:
            python.
        cluster_id (str):
        context_id (str):
        command (str | Unset): The code to run, in `language`. Required; with `multipart/form-data` it may be sent as a
            file
            part named `command`.
    """

    language: Commands12Language
    cluster_id: str
    context_id: str
    command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language.value

        cluster_id = self.cluster_id

        context_id = self.context_id

        command = self.command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "clusterId": cluster_id,
                "contextId": context_id,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = Commands12Language(d.pop("language"))

        cluster_id = d.pop("clusterId")

        context_id = d.pop("contextId")

        command = d.pop("command", UNSET)

        commands_execute_request = cls(
            language=language,
            cluster_id=cluster_id,
            context_id=context_id,
            command=command,
        )

        commands_execute_request.additional_properties = d
        return commands_execute_request

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
