from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_dashboard_widget_output import JobsSqlDashboardWidgetOutput


T = TypeVar("T", bound="JobsSqlOutputDashboardOutput")


@_attrs_define
class JobsSqlOutputDashboardOutput:
    """
    Attributes:
        warehouse_id (str | Unset): The canonical identifier of the SQL warehouse.
        widgets (list[JobsSqlDashboardWidgetOutput] | Unset): Widgets executed in the run; only SQL query based widgets
            are listed.
    """

    warehouse_id: str | Unset = UNSET
    widgets: list[JobsSqlDashboardWidgetOutput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        widgets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widgets, Unset):
            widgets = []
            for widgets_item_data in self.widgets:
                widgets_item = widgets_item_data.to_dict()
                widgets.append(widgets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if widgets is not UNSET:
            field_dict["widgets"] = widgets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_dashboard_widget_output import JobsSqlDashboardWidgetOutput  # noqa: PLC0415

        d = dict(src_dict)
        warehouse_id = d.pop("warehouse_id", UNSET)

        _widgets = d.pop("widgets", UNSET)
        widgets: list[JobsSqlDashboardWidgetOutput] | Unset = UNSET
        if _widgets is not UNSET:
            widgets = []
            for widgets_item_data in _widgets:
                widgets_item = JobsSqlDashboardWidgetOutput.from_dict(widgets_item_data)

                widgets.append(widgets_item)

        jobs_sql_output_dashboard_output = cls(
            warehouse_id=warehouse_id,
            widgets=widgets,
        )

        jobs_sql_output_dashboard_output.additional_properties = d
        return jobs_sql_output_dashboard_output

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
