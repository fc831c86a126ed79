from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsTableState")


@_attrs_define
class JobsTableState:
    """
    Attributes:
        has_seen_updates (bool | Unset): Whether or not the table has seen updates since either the creation of the
            trigger or the last successful evaluation of the trigger
        table_name (str | Unset): Full table name of the table to monitor, e.g. ``mycatalog.myschema.mytable``
    """

    has_seen_updates: bool | Unset = UNSET
    table_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_seen_updates = self.has_seen_updates

        table_name = self.table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_seen_updates is not UNSET:
            field_dict["has_seen_updates"] = has_seen_updates
        if table_name is not UNSET:
            field_dict["table_name"] = table_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_seen_updates = d.pop("has_seen_updates", UNSET)

        table_name = d.pop("table_name", UNSET)

        jobs_table_state = cls(
            has_seen_updates=has_seen_updates,
            table_name=table_name,
        )

        jobs_table_state.additional_properties = d
        return jobs_table_state

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
