from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_21_run import Jobs21Run
    from ..models.jobs_ai_function_task_output import JobsAiFunctionTaskOutput
    from ..models.jobs_ai_runtime_task_output import JobsAiRuntimeTaskOutput
    from ..models.jobs_alert_task_output import JobsAlertTaskOutput
    from ..models.jobs_clean_rooms_notebook_task_clean_rooms_notebook_task_output import (
        JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput,
    )
    from ..models.jobs_dashboard_task_output import JobsDashboardTaskOutput
    from ..models.jobs_dbt_cloud_task_output import JobsDbtCloudTaskOutput
    from ..models.jobs_dbt_output import JobsDbtOutput
    from ..models.jobs_dbt_platform_task_output import JobsDbtPlatformTaskOutput
    from ..models.jobs_notebook_output import JobsNotebookOutput
    from ..models.jobs_run_job_output import JobsRunJobOutput
    from ..models.jobs_sql_output import JobsSqlOutput


T = TypeVar("T", bound="Jobs21RunsGetOutputResponse")


@_attrs_define
class Jobs21RunsGetOutputResponse:
    """
    Attributes:
        notebook_output (JobsNotebookOutput | Unset): The value the notebook passed to `dbutils.notebook.exit()` (first
            5 MB); `result` is absent when it
            did not call it.
        sql_output (JobsSqlOutput | Unset): The output of a SQL task.
        dbt_output (JobsDbtOutput | Unset): The output of a dbt task.
        logs (str | Unset): Last 5 MB of stdout/stderr of JAR, Python and wheel tasks.
        logs_truncated (bool | Unset):
        error (str | Unset): Why the run failed or why its output is unavailable; unstructured.
        error_trace (str | Unset):
        metadata (Jobs21Run | Unset): A run, in the multi-task form.
        ai_function_task_output (JobsAiFunctionTaskOutput | Unset): The result of an AI function task run. Also reported
            mid-run, so the counts can be partial.
        ai_runtime_task_output (JobsAiRuntimeTaskOutput | Unset): AiRuntimeTaskOutput: output identifiers for an
            AiRuntimeTask run — the MLflow experiment and run IDs the task wrote to. Run lifecycle and termination status
            are not on this message; they live on the surrounding ``RunTask.status`` field (see
            ``runs.proto:RunTask.status``).
        alert_output (JobsAlertTaskOutput | Unset):
        clean_rooms_notebook_output (JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput | Unset):
        dashboard_output (JobsDashboardTaskOutput | Unset):
        dbt_cloud_output (JobsDbtCloudTaskOutput | Unset): Deprecated in favor of DbtPlatformTaskOutput
        dbt_platform_output (JobsDbtPlatformTaskOutput | Unset):
        info (str | Unset):
        run_job_output (JobsRunJobOutput | Unset):
    """

    notebook_output: JobsNotebookOutput | Unset = UNSET
    sql_output: JobsSqlOutput | Unset = UNSET
    dbt_output: JobsDbtOutput | Unset = UNSET
    logs: str | Unset = UNSET
    logs_truncated: bool | Unset = UNSET
    error: str | Unset = UNSET
    error_trace: str | Unset = UNSET
    metadata: Jobs21Run | Unset = UNSET
    ai_function_task_output: JobsAiFunctionTaskOutput | Unset = UNSET
    ai_runtime_task_output: JobsAiRuntimeTaskOutput | Unset = UNSET
    alert_output: JobsAlertTaskOutput | Unset = UNSET
    clean_rooms_notebook_output: JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput | Unset = UNSET
    dashboard_output: JobsDashboardTaskOutput | Unset = UNSET
    dbt_cloud_output: JobsDbtCloudTaskOutput | Unset = UNSET
    dbt_platform_output: JobsDbtPlatformTaskOutput | Unset = UNSET
    info: str | Unset = UNSET
    run_job_output: JobsRunJobOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notebook_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_output, Unset):
            notebook_output = self.notebook_output.to_dict()

        sql_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_output, Unset):
            sql_output = self.sql_output.to_dict()

        dbt_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_output, Unset):
            dbt_output = self.dbt_output.to_dict()

        logs = self.logs

        logs_truncated = self.logs_truncated

        error = self.error

        error_trace = self.error_trace

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        ai_function_task_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_function_task_output, Unset):
            ai_function_task_output = self.ai_function_task_output.to_dict()

        ai_runtime_task_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_runtime_task_output, Unset):
            ai_runtime_task_output = self.ai_runtime_task_output.to_dict()

        alert_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert_output, Unset):
            alert_output = self.alert_output.to_dict()

        clean_rooms_notebook_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clean_rooms_notebook_output, Unset):
            clean_rooms_notebook_output = self.clean_rooms_notebook_output.to_dict()

        dashboard_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard_output, Unset):
            dashboard_output = self.dashboard_output.to_dict()

        dbt_cloud_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_cloud_output, Unset):
            dbt_cloud_output = self.dbt_cloud_output.to_dict()

        dbt_platform_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_platform_output, Unset):
            dbt_platform_output = self.dbt_platform_output.to_dict()

        info = self.info

        run_job_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_job_output, Unset):
            run_job_output = self.run_job_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notebook_output is not UNSET:
            field_dict["notebook_output"] = notebook_output
        if sql_output is not UNSET:
            field_dict["sql_output"] = sql_output
        if dbt_output is not UNSET:
            field_dict["dbt_output"] = dbt_output
        if logs is not UNSET:
            field_dict["logs"] = logs
        if logs_truncated is not UNSET:
            field_dict["logs_truncated"] = logs_truncated
        if error is not UNSET:
            field_dict["error"] = error
        if error_trace is not UNSET:
            field_dict["error_trace"] = error_trace
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if ai_function_task_output is not UNSET:
            field_dict["ai_function_task_output"] = ai_function_task_output
        if ai_runtime_task_output is not UNSET:
            field_dict["ai_runtime_task_output"] = ai_runtime_task_output
        if alert_output is not UNSET:
            field_dict["alert_output"] = alert_output
        if clean_rooms_notebook_output is not UNSET:
            field_dict["clean_rooms_notebook_output"] = clean_rooms_notebook_output
        if dashboard_output is not UNSET:
            field_dict["dashboard_output"] = dashboard_output
        if dbt_cloud_output is not UNSET:
            field_dict["dbt_cloud_output"] = dbt_cloud_output
        if dbt_platform_output is not UNSET:
            field_dict["dbt_platform_output"] = dbt_platform_output
        if info is not UNSET:
            field_dict["info"] = info
        if run_job_output is not UNSET:
            field_dict["run_job_output"] = run_job_output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_21_run import Jobs21Run  # noqa: PLC0415
        from ..models.jobs_ai_function_task_output import JobsAiFunctionTaskOutput  # noqa: PLC0415
        from ..models.jobs_ai_runtime_task_output import JobsAiRuntimeTaskOutput  # noqa: PLC0415
        from ..models.jobs_alert_task_output import JobsAlertTaskOutput  # noqa: PLC0415
        from ..models.jobs_clean_rooms_notebook_task_clean_rooms_notebook_task_output import (
            JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput,  # noqa: PLC0415
        )
        from ..models.jobs_dashboard_task_output import JobsDashboardTaskOutput  # noqa: PLC0415
        from ..models.jobs_dbt_cloud_task_output import JobsDbtCloudTaskOutput  # noqa: PLC0415
        from ..models.jobs_dbt_output import JobsDbtOutput  # noqa: PLC0415
        from ..models.jobs_dbt_platform_task_output import JobsDbtPlatformTaskOutput  # noqa: PLC0415
        from ..models.jobs_notebook_output import JobsNotebookOutput  # noqa: PLC0415
        from ..models.jobs_run_job_output import JobsRunJobOutput  # noqa: PLC0415
        from ..models.jobs_sql_output import JobsSqlOutput  # noqa: PLC0415

        d = dict(src_dict)
        _notebook_output = d.pop("notebook_output", UNSET)
        notebook_output: JobsNotebookOutput | Unset
        if isinstance(_notebook_output, Unset):
            notebook_output = UNSET
        else:
            notebook_output = JobsNotebookOutput.from_dict(_notebook_output)

        _sql_output = d.pop("sql_output", UNSET)
        sql_output: JobsSqlOutput | Unset
        if isinstance(_sql_output, Unset):
            sql_output = UNSET
        else:
            sql_output = JobsSqlOutput.from_dict(_sql_output)

        _dbt_output = d.pop("dbt_output", UNSET)
        dbt_output: JobsDbtOutput | Unset
        if isinstance(_dbt_output, Unset):
            dbt_output = UNSET
        else:
            dbt_output = JobsDbtOutput.from_dict(_dbt_output)

        logs = d.pop("logs", UNSET)

        logs_truncated = d.pop("logs_truncated", UNSET)

        error = d.pop("error", UNSET)

        error_trace = d.pop("error_trace", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: Jobs21Run | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Jobs21Run.from_dict(_metadata)

        _ai_function_task_output = d.pop("ai_function_task_output", UNSET)
        ai_function_task_output: JobsAiFunctionTaskOutput | Unset
        if isinstance(_ai_function_task_output, Unset):
            ai_function_task_output = UNSET
        else:
            ai_function_task_output = JobsAiFunctionTaskOutput.from_dict(_ai_function_task_output)

        _ai_runtime_task_output = d.pop("ai_runtime_task_output", UNSET)
        ai_runtime_task_output: JobsAiRuntimeTaskOutput | Unset
        if isinstance(_ai_runtime_task_output, Unset):
            ai_runtime_task_output = UNSET
        else:
            ai_runtime_task_output = JobsAiRuntimeTaskOutput.from_dict(_ai_runtime_task_output)

        _alert_output = d.pop("alert_output", UNSET)
        alert_output: JobsAlertTaskOutput | Unset
        if isinstance(_alert_output, Unset):
            alert_output = UNSET
        else:
            alert_output = JobsAlertTaskOutput.from_dict(_alert_output)

        _clean_rooms_notebook_output = d.pop("clean_rooms_notebook_output", UNSET)
        clean_rooms_notebook_output: JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput | Unset
        if isinstance(_clean_rooms_notebook_output, Unset):
            clean_rooms_notebook_output = UNSET
        else:
            clean_rooms_notebook_output = JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput.from_dict(
                _clean_rooms_notebook_output
            )

        _dashboard_output = d.pop("dashboard_output", UNSET)
        dashboard_output: JobsDashboardTaskOutput | Unset
        if isinstance(_dashboard_output, Unset):
            dashboard_output = UNSET
        else:
            dashboard_output = JobsDashboardTaskOutput.from_dict(_dashboard_output)

        _dbt_cloud_output = d.pop("dbt_cloud_output", UNSET)
        dbt_cloud_output: JobsDbtCloudTaskOutput | Unset
        if isinstance(_dbt_cloud_output, Unset):
            dbt_cloud_output = UNSET
        else:
            dbt_cloud_output = JobsDbtCloudTaskOutput.from_dict(_dbt_cloud_output)

        _dbt_platform_output = d.pop("dbt_platform_output", UNSET)
        dbt_platform_output: JobsDbtPlatformTaskOutput | Unset
        if isinstance(_dbt_platform_output, Unset):
            dbt_platform_output = UNSET
        else:
            dbt_platform_output = JobsDbtPlatformTaskOutput.from_dict(_dbt_platform_output)

        info = d.pop("info", UNSET)

        _run_job_output = d.pop("run_job_output", UNSET)
        run_job_output: JobsRunJobOutput | Unset
        if isinstance(_run_job_output, Unset):
            run_job_output = UNSET
        else:
            run_job_output = JobsRunJobOutput.from_dict(_run_job_output)

        jobs_21_runs_get_output_response = cls(
            notebook_output=notebook_output,
            sql_output=sql_output,
            dbt_output=dbt_output,
            logs=logs,
            logs_truncated=logs_truncated,
            error=error,
            error_trace=error_trace,
            metadata=metadata,
            ai_function_task_output=ai_function_task_output,
            ai_runtime_task_output=ai_runtime_task_output,
            alert_output=alert_output,
            clean_rooms_notebook_output=clean_rooms_notebook_output,
            dashboard_output=dashboard_output,
            dbt_cloud_output=dbt_cloud_output,
            dbt_platform_output=dbt_platform_output,
            info=info,
            run_job_output=run_job_output,
        )

        jobs_21_runs_get_output_response.additional_properties = d
        return jobs_21_runs_get_output_response

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
