from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_20_run import Jobs20Run
    from ..models.jobs_notebook_output import JobsNotebookOutput


T = TypeVar("T", bound="Jobs20RunsGetOutputResponse")


@_attrs_define
class Jobs20RunsGetOutputResponse:
    """
    Attributes:
        metadata (Jobs20Run | Unset): A run as Jobs API 2.0 reads it.
        notebook_output (JobsNotebookOutput | Unset): The value the notebook passed to `dbutils.notebook.exit()` (first
            5 MB); `result` is absent when it
            did not call it.
        error (str | Unset): Why the run failed or why its output is unavailable; unstructured.
        error_trace (str | Unset): (later)
        logs (str | Unset): (later) Last 5 MB of stdout/stderr of JAR, Python and wheel runs.
        logs_truncated (bool | Unset): (later)
    """

    metadata: Jobs20Run | Unset = UNSET
    notebook_output: JobsNotebookOutput | Unset = UNSET
    error: str | Unset = UNSET
    error_trace: str | Unset = UNSET
    logs: str | Unset = UNSET
    logs_truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        notebook_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_output, Unset):
            notebook_output = self.notebook_output.to_dict()

        error = self.error

        error_trace = self.error_trace

        logs = self.logs

        logs_truncated = self.logs_truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if notebook_output is not UNSET:
            field_dict["notebook_output"] = notebook_output
        if error is not UNSET:
            field_dict["error"] = error
        if error_trace is not UNSET:
            field_dict["error_trace"] = error_trace
        if logs is not UNSET:
            field_dict["logs"] = logs
        if logs_truncated is not UNSET:
            field_dict["logs_truncated"] = logs_truncated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_20_run import Jobs20Run  # noqa: PLC0415
        from ..models.jobs_notebook_output import JobsNotebookOutput  # noqa: PLC0415

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: Jobs20Run | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = Jobs20Run.from_dict(_metadata)

        _notebook_output = d.pop("notebook_output", UNSET)
        notebook_output: JobsNotebookOutput | Unset
        if isinstance(_notebook_output, Unset):
            notebook_output = UNSET
        else:
            notebook_output = JobsNotebookOutput.from_dict(_notebook_output)

        error = d.pop("error", UNSET)

        error_trace = d.pop("error_trace", UNSET)

        logs = d.pop("logs", UNSET)

        logs_truncated = d.pop("logs_truncated", UNSET)

        jobs_20_runs_get_output_response = cls(
            metadata=metadata,
            notebook_output=notebook_output,
            error=error,
            error_trace=error_trace,
            logs=logs,
            logs_truncated=logs_truncated,
        )

        jobs_20_runs_get_output_response.additional_properties = d
        return jobs_20_runs_get_output_response

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
