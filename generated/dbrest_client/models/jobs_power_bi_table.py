from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_storage_mode import JobsStorageMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsPowerBiTable")


@_attrs_define
class JobsPowerBiTable:
    """
    Attributes:
        catalog (str | Unset): The catalog name in Databricks
        name (str | Unset): The table name in Databricks
        schema (str | Unset): The schema name in Databricks
        storage_mode (JobsStorageMode | Unset):
    """

    catalog: str | Unset = UNSET
    name: str | Unset = UNSET
    schema: str | Unset = UNSET
    storage_mode: JobsStorageMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog = self.catalog

        name = self.name

        schema = self.schema

        storage_mode: str | Unset = UNSET
        if not isinstance(self.storage_mode, Unset):
            storage_mode = self.storage_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if name is not UNSET:
            field_dict["name"] = name
        if schema is not UNSET:
            field_dict["schema"] = schema
        if storage_mode is not UNSET:
            field_dict["storage_mode"] = storage_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        catalog = d.pop("catalog", UNSET)

        name = d.pop("name", UNSET)

        schema = d.pop("schema", UNSET)

        _storage_mode = d.pop("storage_mode", UNSET)
        storage_mode: JobsStorageMode | Unset
        if isinstance(_storage_mode, Unset):
            storage_mode = UNSET
        else:
            storage_mode = JobsStorageMode(_storage_mode)

        jobs_power_bi_table = cls(
            catalog=catalog,
            name=name,
            schema=schema,
            storage_mode=storage_mode,
        )

        jobs_power_bi_table.additional_properties = d
        return jobs_power_bi_table

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
