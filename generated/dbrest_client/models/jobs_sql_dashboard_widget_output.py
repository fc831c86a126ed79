from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_sql_dashboard_widget_output_status import JobsSqlDashboardWidgetOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_dashboard_widget_output_error import JobsSqlDashboardWidgetOutputError


T = TypeVar("T", bound="JobsSqlDashboardWidgetOutput")


@_attrs_define
class JobsSqlDashboardWidgetOutput:
    """
    Attributes:
        widget_id (str | Unset):
        widget_title (str | Unset):
        output_link (str | Unset):
        status (JobsSqlDashboardWidgetOutputStatus | Unset):
        error (JobsSqlDashboardWidgetOutputError | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
    """

    widget_id: str | Unset = UNSET
    widget_title: str | Unset = UNSET
    output_link: str | Unset = UNSET
    status: JobsSqlDashboardWidgetOutputStatus | Unset = UNSET
    error: JobsSqlDashboardWidgetOutputError | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        widget_id = self.widget_id

        widget_title = self.widget_title

        output_link = self.output_link

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        start_time = self.start_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if widget_id is not UNSET:
            field_dict["widget_id"] = widget_id
        if widget_title is not UNSET:
            field_dict["widget_title"] = widget_title
        if output_link is not UNSET:
            field_dict["output_link"] = output_link
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_dashboard_widget_output_error import JobsSqlDashboardWidgetOutputError  # noqa: PLC0415

        d = dict(src_dict)
        widget_id = d.pop("widget_id", UNSET)

        widget_title = d.pop("widget_title", UNSET)

        output_link = d.pop("output_link", UNSET)

        _status = d.pop("status", UNSET)
        status: JobsSqlDashboardWidgetOutputStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobsSqlDashboardWidgetOutputStatus(_status)

        _error = d.pop("error", UNSET)
        error: JobsSqlDashboardWidgetOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = JobsSqlDashboardWidgetOutputError.from_dict(_error)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        jobs_sql_dashboard_widget_output = cls(
            widget_id=widget_id,
            widget_title=widget_title,
            output_link=output_link,
            status=status,
            error=error,
            start_time=start_time,
            end_time=end_time,
        )

        jobs_sql_dashboard_widget_output.additional_properties = d
        return jobs_sql_dashboard_widget_output

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
