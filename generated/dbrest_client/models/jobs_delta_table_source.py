from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsDeltaTableSource")


@_attrs_define
class JobsDeltaTableSource:
    """A Unity Catalog Delta table input source. The function is applied to each row.

    Attributes:
        table_name (str): Fully qualified three-part name of the source table (catalog.schema.table).
        input_column (str): Name of the column holding the content the function is applied to.
        merge_key_columns (list[str] | Unset): Columns that together identify a row across incremental runs, so results
            can be matched back to their source rows. When unset, the task derives an implicit key from Delta row tracking.
            If row tracking is also disabled there is no stable key, so each run reprocesses the entire source (a full
            refresh) rather than only the changed rows; set a key column or enable row tracking to keep runs incremental.
    """

    table_name: str
    input_column: str
    merge_key_columns: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_name = self.table_name

        input_column = self.input_column

        merge_key_columns: list[str] | Unset = UNSET
        if not isinstance(self.merge_key_columns, Unset):
            merge_key_columns = self.merge_key_columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table_name": table_name,
                "input_column": input_column,
            }
        )
        if merge_key_columns is not UNSET:
            field_dict["merge_key_columns"] = merge_key_columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        table_name = d.pop("table_name")

        input_column = d.pop("input_column")

        merge_key_columns = cast(list[str], d.pop("merge_key_columns", UNSET))

        jobs_delta_table_source = cls(
            table_name=table_name,
            input_column=input_column,
            merge_key_columns=merge_key_columns,
        )

        jobs_delta_table_source.additional_properties = d
        return jobs_delta_table_source

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
