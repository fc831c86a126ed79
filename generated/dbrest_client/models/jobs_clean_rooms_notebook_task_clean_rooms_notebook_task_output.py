from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_clean_room_task_run_state import JobsCleanRoomTaskRunState
    from ..models.jobs_notebook_output import JobsNotebookOutput
    from ..models.jobs_output_schema_info import JobsOutputSchemaInfo


T = TypeVar("T", bound="JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput")


@_attrs_define
class JobsCleanRoomsNotebookTaskCleanRoomsNotebookTaskOutput:
    """
    Attributes:
        clean_room_job_run_state (JobsCleanRoomTaskRunState | Unset): Stores the run state of the clean rooms notebook
            task.
        notebook_output (JobsNotebookOutput | Unset): The value the notebook passed to `dbutils.notebook.exit()` (first
            5 MB); `result` is absent when it
            did not call it.
        output_schema_info (JobsOutputSchemaInfo | Unset): Stores the catalog name, schema name, and the output schema
            expiration time for the clean room run.
    """

    clean_room_job_run_state: JobsCleanRoomTaskRunState | Unset = UNSET
    notebook_output: JobsNotebookOutput | Unset = UNSET
    output_schema_info: JobsOutputSchemaInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clean_room_job_run_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clean_room_job_run_state, Unset):
            clean_room_job_run_state = self.clean_room_job_run_state.to_dict()

        notebook_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_output, Unset):
            notebook_output = self.notebook_output.to_dict()

        output_schema_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_schema_info, Unset):
            output_schema_info = self.output_schema_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clean_room_job_run_state is not UNSET:
            field_dict["clean_room_job_run_state"] = clean_room_job_run_state
        if notebook_output is not UNSET:
            field_dict["notebook_output"] = notebook_output
        if output_schema_info is not UNSET:
            field_dict["output_schema_info"] = output_schema_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_clean_room_task_run_state import JobsCleanRoomTaskRunState  # noqa: PLC0415
        from ..models.jobs_notebook_output import JobsNotebookOutput  # noqa: PLC0415
        from ..models.jobs_output_schema_info import JobsOutputSchemaInfo  # noqa: PLC0415

        d = dict(src_dict)
        _clean_room_job_run_state = d.pop("clean_room_job_run_state", UNSET)
        clean_room_job_run_state: JobsCleanRoomTaskRunState | Unset
        if isinstance(_clean_room_job_run_state, Unset):
            clean_room_job_run_state = UNSET
        else:
            clean_room_job_run_state = JobsCleanRoomTaskRunState.from_dict(_clean_room_job_run_state)

        _notebook_output = d.pop("notebook_output", UNSET)
        notebook_output: JobsNotebookOutput | Unset
        if isinstance(_notebook_output, Unset):
            notebook_output = UNSET
        else:
            notebook_output = JobsNotebookOutput.from_dict(_notebook_output)

        _output_schema_info = d.pop("output_schema_info", UNSET)
        output_schema_info: JobsOutputSchemaInfo | Unset
        if isinstance(_output_schema_info, Unset):
            output_schema_info = UNSET
        else:
            output_schema_info = JobsOutputSchemaInfo.from_dict(_output_schema_info)

        jobs_clean_rooms_notebook_task_clean_rooms_notebook_task_output = cls(
            clean_room_job_run_state=clean_room_job_run_state,
            notebook_output=notebook_output,
            output_schema_info=output_schema_info,
        )

        jobs_clean_rooms_notebook_task_clean_rooms_notebook_task_output.additional_properties = d
        return jobs_clean_rooms_notebook_task_clean_rooms_notebook_task_output

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
