from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecretsSecretMetadata")


@_attrs_define
class SecretsSecretMetadata:
    """
    Attributes:
        key (str):
        last_updated_timestamp (int | Unset): Last update time, epoch milliseconds.
    """

    key: str
    last_updated_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        last_updated_timestamp = self.last_updated_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if last_updated_timestamp is not UNSET:
            field_dict["last_updated_timestamp"] = last_updated_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        last_updated_timestamp = d.pop("last_updated_timestamp", UNSET)

        secrets_secret_metadata = cls(
            key=key,
            last_updated_timestamp=last_updated_timestamp,
        )

        secrets_secret_metadata.additional_properties = d
        return secrets_secret_metadata

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
