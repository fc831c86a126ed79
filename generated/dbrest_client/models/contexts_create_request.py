from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commands_12_language import Commands12Language

T = TypeVar("T", bound="ContextsCreateRequest")


@_attrs_define
class ContextsCreateRequest:
    """
    Example:
        {'language': 'python', 'clusterId': '1202-211320-brick1'}

    Attributes:
        language (Commands12Language): Language of an execution context or command (lower case on the wire). Example:
            python.
        cluster_id (str): The running cluster to create the context on.
    """

    language: Commands12Language
    cluster_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language.value

        cluster_id = self.cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "clusterId": cluster_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = Commands12Language(d.pop("language"))

        cluster_id = d.pop("clusterId")

        contexts_create_request = cls(
            language=language,
            cluster_id=cluster_id,
        )

        contexts_create_request.additional_properties = d
        return contexts_create_request

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
