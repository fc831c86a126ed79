from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobsDashboardTaskFilters")


@_attrs_define
class JobsDashboardTaskFilters:
    """Dashboard task parameters. Used to apply dashboard filter values during dashboard task execution. Parameter values
    get applied to any dashboard filters that have a matching URL identifier as the parameter key. The parameter value
    format is dependent on the filter type: - For text and single-select filters, provide a single value (e.g.
    ``"value"``) - For date and datetime filters, provide the value in ISO 8601 format (e.g. ``"2000-01-01T00:00:00"``)
    - For multi-select filters, provide a JSON array of values (e.g. ``"["value1","value2"]"``) - For range and date
    range filters, provide a JSON obje

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jobs_dashboard_task_filters = cls()

        jobs_dashboard_task_filters.additional_properties = d
        return jobs_dashboard_task_filters

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
