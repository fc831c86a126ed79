from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_task_alert import JobsSqlTaskAlert
    from ..models.jobs_sql_task_dashboard import JobsSqlTaskDashboard
    from ..models.jobs_sql_task_file import JobsSqlTaskFile
    from ..models.jobs_sql_task_query import JobsSqlTaskQuery
    from ..models.jobs_string_map import JobsStringMap


T = TypeVar("T", bound="JobsSqlTask")


@_attrs_define
class JobsSqlTask:
    """Run a Databricks SQL query, refresh a dashboard or an alert on a SQL warehouse.

    Attributes:
        warehouse_id (str):
        query (JobsSqlTaskQuery | Unset):
        dashboard (JobsSqlTaskDashboard | Unset):
        alert (JobsSqlTaskAlert | Unset):
        parameters (JobsStringMap | Unset): String key-value pairs.
        file (JobsSqlTaskFile | Unset):
    """

    warehouse_id: str
    query: JobsSqlTaskQuery | Unset = UNSET
    dashboard: JobsSqlTaskDashboard | Unset = UNSET
    alert: JobsSqlTaskAlert | Unset = UNSET
    parameters: JobsStringMap | Unset = UNSET
    file: JobsSqlTaskFile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        dashboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard, Unset):
            dashboard = self.dashboard.to_dict()

        alert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert, Unset):
            alert = self.alert.to_dict()

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warehouse_id": warehouse_id,
            }
        )
        if query is not UNSET:
            field_dict["query"] = query
        if dashboard is not UNSET:
            field_dict["dashboard"] = dashboard
        if alert is not UNSET:
            field_dict["alert"] = alert
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_task_alert import JobsSqlTaskAlert  # noqa: PLC0415
        from ..models.jobs_sql_task_dashboard import JobsSqlTaskDashboard  # noqa: PLC0415
        from ..models.jobs_sql_task_file import JobsSqlTaskFile  # noqa: PLC0415
        from ..models.jobs_sql_task_query import JobsSqlTaskQuery  # noqa: PLC0415
        from ..models.jobs_string_map import JobsStringMap  # noqa: PLC0415

        d = dict(src_dict)
        warehouse_id = d.pop("warehouse_id")

        _query = d.pop("query", UNSET)
        query: JobsSqlTaskQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = JobsSqlTaskQuery.from_dict(_query)

        _dashboard = d.pop("dashboard", UNSET)
        dashboard: JobsSqlTaskDashboard | Unset
        if isinstance(_dashboard, Unset):
            dashboard = UNSET
        else:
            dashboard = JobsSqlTaskDashboard.from_dict(_dashboard)

        _alert = d.pop("alert", UNSET)
        alert: JobsSqlTaskAlert | Unset
        if isinstance(_alert, Unset):
            alert = UNSET
        else:
            alert = JobsSqlTaskAlert.from_dict(_alert)

        _parameters = d.pop("parameters", UNSET)
        parameters: JobsStringMap | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = JobsStringMap.from_dict(_parameters)

        _file = d.pop("file", UNSET)
        file: JobsSqlTaskFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = JobsSqlTaskFile.from_dict(_file)

        jobs_sql_task = cls(
            warehouse_id=warehouse_id,
            query=query,
            dashboard=dashboard,
            alert=alert,
            parameters=parameters,
            file=file,
        )

        jobs_sql_task.additional_properties = d
        return jobs_sql_task

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
