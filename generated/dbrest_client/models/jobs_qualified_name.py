from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsQualifiedName")


@_attrs_define
class JobsQualifiedName:
    """A three-level Unity Catalog name (catalog.schema.table); any level may be unset.

    Attributes:
        catalog (str | Unset): Unity Catalog catalog.
        schema (str | Unset): Unity Catalog schema, within the catalog.
        table (str | Unset): Table, within the catalog and schema.
    """

    catalog: str | Unset = UNSET
    schema: str | Unset = UNSET
    table: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog = self.catalog

        schema = self.schema

        table = self.table

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if schema is not UNSET:
            field_dict["schema"] = schema
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog = d.pop("catalog", UNSET)

        schema = d.pop("schema", UNSET)

        table = d.pop("table", UNSET)

        jobs_qualified_name = cls(
            catalog=catalog,
            schema=schema,
            table=table,
        )

        jobs_qualified_name.additional_properties = d
        return jobs_qualified_name

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
