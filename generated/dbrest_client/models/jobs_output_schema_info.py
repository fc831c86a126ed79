from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsOutputSchemaInfo")


@_attrs_define
class JobsOutputSchemaInfo:
    """Stores the catalog name, schema name, and the output schema expiration time for the clean room run.

    Attributes:
        catalog_name (str | Unset):
        expiration_time (int | Unset): The expiration time for the output schema as a Unix timestamp in milliseconds.
        schema_name (str | Unset):
    """

    catalog_name: str | Unset = UNSET
    expiration_time: int | Unset = UNSET
    schema_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_name = self.catalog_name

        expiration_time = self.expiration_time

        schema_name = self.schema_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_name is not UNSET:
            field_dict["catalog_name"] = catalog_name
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if schema_name is not UNSET:
            field_dict["schema_name"] = schema_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog_name = d.pop("catalog_name", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        schema_name = d.pop("schema_name", UNSET)

        jobs_output_schema_info = cls(
            catalog_name=catalog_name,
            expiration_time=expiration_time,
            schema_name=schema_name,
        )

        jobs_output_schema_info.additional_properties = d
        return jobs_output_schema_info

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
