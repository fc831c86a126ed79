from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_alert_output import JobsSqlAlertOutput
    from ..models.jobs_sql_output_dashboard_output import JobsSqlOutputDashboardOutput
    from ..models.jobs_sql_query_output import JobsSqlQueryOutput
    from ..models.jobs_sql_task_sql_file_output import JobsSqlTaskSqlFileOutput


T = TypeVar("T", bound="JobsSqlOutput")


@_attrs_define
class JobsSqlOutput:
    """The output of a SQL task.

    Attributes:
        query_output (JobsSqlQueryOutput | Unset):
        dashboard_output (JobsSqlOutputDashboardOutput | Unset):
        alert_output (JobsSqlAlertOutput | Unset): The output of a SQL alert task (databricks-sdk 0.162.0
            SqlAlertOutput).
        file_output (JobsSqlTaskSqlFileOutput | Unset):
    """

    query_output: JobsSqlQueryOutput | Unset = UNSET
    dashboard_output: JobsSqlOutputDashboardOutput | Unset = UNSET
    alert_output: JobsSqlAlertOutput | Unset = UNSET
    file_output: JobsSqlTaskSqlFileOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_output, Unset):
            query_output = self.query_output.to_dict()

        dashboard_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard_output, Unset):
            dashboard_output = self.dashboard_output.to_dict()

        alert_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert_output, Unset):
            alert_output = self.alert_output.to_dict()

        file_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_output, Unset):
            file_output = self.file_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query_output is not UNSET:
            field_dict["query_output"] = query_output
        if dashboard_output is not UNSET:
            field_dict["dashboard_output"] = dashboard_output
        if alert_output is not UNSET:
            field_dict["alert_output"] = alert_output
        if file_output is not UNSET:
            field_dict["file_output"] = file_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_alert_output import JobsSqlAlertOutput  # noqa: PLC0415
        from ..models.jobs_sql_output_dashboard_output import JobsSqlOutputDashboardOutput  # noqa: PLC0415
        from ..models.jobs_sql_query_output import JobsSqlQueryOutput  # noqa: PLC0415
        from ..models.jobs_sql_task_sql_file_output import JobsSqlTaskSqlFileOutput  # noqa: PLC0415

        d = dict(src_dict)
        _query_output = d.pop("query_output", UNSET)
        query_output: JobsSqlQueryOutput | Unset
        if isinstance(_query_output, Unset):
            query_output = UNSET
        else:
            query_output = JobsSqlQueryOutput.from_dict(_query_output)

        _dashboard_output = d.pop("dashboard_output", UNSET)
        dashboard_output: JobsSqlOutputDashboardOutput | Unset
        if isinstance(_dashboard_output, Unset):
            dashboard_output = UNSET
        else:
            dashboard_output = JobsSqlOutputDashboardOutput.from_dict(_dashboard_output)

        _alert_output = d.pop("alert_output", UNSET)
        alert_output: JobsSqlAlertOutput | Unset
        if isinstance(_alert_output, Unset):
            alert_output = UNSET
        else:
            alert_output = JobsSqlAlertOutput.from_dict(_alert_output)

        _file_output = d.pop("file_output", UNSET)
        file_output: JobsSqlTaskSqlFileOutput | Unset
        if isinstance(_file_output, Unset):
            file_output = UNSET
        else:
            file_output = JobsSqlTaskSqlFileOutput.from_dict(_file_output)

        jobs_sql_output = cls(
            query_output=query_output,
            dashboard_output=dashboard_output,
            alert_output=alert_output,
            file_output=file_output,
        )

        jobs_sql_output.additional_properties = d
        return jobs_sql_output

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
