from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretsPutRequest")


@_attrs_define
class SecretsPutRequest:
    """Exactly one of string_value and bytes_value.

    Attributes:
        scope (str): Name of the secret scope.
        key (str): A scope or key name of 1–128 characters from [A-Za-z0-9-_.].
        string_value (str | Unset): The value, stored as UTF-8; at most 128 KB (131072 bytes) once encoded.
        bytes_value (str | Unset): The value as base64, stored as bytes; at most 128 KB (131072 bytes) once decoded.
    """

    scope: str
    key: str
    string_value: str | Unset = UNSET
    bytes_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        key = self.key

        string_value = self.string_value

        bytes_value = self.bytes_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
                "key": key,
            }
        )
        if string_value is not UNSET:
            field_dict["string_value"] = string_value
        if bytes_value is not UNSET:
            field_dict["bytes_value"] = bytes_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scope = d.pop("scope")

        key = d.pop("key")

        string_value = d.pop("string_value", UNSET)

        bytes_value = d.pop("bytes_value", UNSET)

        secrets_put_request = cls(
            scope=scope,
            key=key,
            string_value=string_value,
            bytes_value=bytes_value,
        )

        secrets_put_request.additional_properties = d
        return secrets_put_request

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
