from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_21_run import Jobs21Run
    from ..models.jobs_dbt_output import JobsDbtOutput
    from ..models.jobs_notebook_output import JobsNotebookOutput
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
    """

    notebook_output: JobsNotebookOutput | Unset = UNSET
    sql_output: JobsSqlOutput | Unset = UNSET
    dbt_output: JobsDbtOutput | Unset = UNSET
    logs: str | Unset = UNSET
    logs_truncated: bool | Unset = UNSET
    error: str | Unset = UNSET
    error_trace: str | Unset = UNSET
    metadata: Jobs21Run | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_21_run import Jobs21Run  # noqa: PLC0415
        from ..models.jobs_dbt_output import JobsDbtOutput  # noqa: PLC0415
        from ..models.jobs_notebook_output import JobsNotebookOutput  # noqa: PLC0415
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

        jobs_21_runs_get_output_response = cls(
            notebook_output=notebook_output,
            sql_output=sql_output,
            dbt_output=dbt_output,
            logs=logs,
            logs_truncated=logs_truncated,
            error=error,
            error_trace=error_trace,
            metadata=metadata,
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
