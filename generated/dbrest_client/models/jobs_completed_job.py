from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_termination_code_code import JobsTerminationCodeCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsCompletedJob")


@_attrs_define
class JobsCompletedJob:
    """A single upstream completion that contributed to triggering the run, captured at trigger time

    Attributes:
        completion_time (datetime.datetime | Unset): The completion time of the upstream run
        job_id (str | Unset): The ID of the upstream job
        run_id (str | Unset): The ID of the upstream run whose completion contributed to the trigger
        termination_code (JobsTerminationCodeCode | Unset): The code indicates why the run was terminated. Additional
            codes might be introduced in future releases. - ``SUCCESS``: The run was completed successfully. -
            ``SUCCESS_WITH_FAILURES``: The run was completed successfully but some child runs failed. - ``USER_CANCELED``:
            The run was successfully canceled during execution by a user. - ``CANCELED``: The run was canceled during
            execution by the Databricks platform; for example, if the maximum run duration was exceeded. - ``SKIPPED``: Run
            was never executed, for example, if the upstream task run failed, the dependency type condition was not met, or
            th
        workspace_id (str | Unset): The ID of the workspace containing the upstream job
    """

    completion_time: datetime.datetime | Unset = UNSET
    job_id: str | Unset = UNSET
    run_id: str | Unset = UNSET
    termination_code: JobsTerminationCodeCode | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_time: str | Unset = UNSET
        if not isinstance(self.completion_time, Unset):
            completion_time = self.completion_time.isoformat()

        job_id = self.job_id

        run_id = self.run_id

        termination_code: str | Unset = UNSET
        if not isinstance(self.termination_code, Unset):
            termination_code = self.termination_code.value

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_time is not UNSET:
            field_dict["completion_time"] = completion_time
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if termination_code is not UNSET:
            field_dict["termination_code"] = termination_code
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _completion_time = d.pop("completion_time", UNSET)
        completion_time: datetime.datetime | Unset
        if isinstance(_completion_time, Unset):
            completion_time = UNSET
        else:
            completion_time = datetime.datetime.fromisoformat(_completion_time)

        job_id = d.pop("job_id", UNSET)

        run_id = d.pop("run_id", UNSET)

        _termination_code = d.pop("termination_code", UNSET)
        termination_code: JobsTerminationCodeCode | Unset
        if isinstance(_termination_code, Unset):
            termination_code = UNSET
        else:
            termination_code = JobsTerminationCodeCode(_termination_code)

        workspace_id = d.pop("workspace_id", UNSET)

        jobs_completed_job = cls(
            completion_time=completion_time,
            job_id=job_id,
            run_id=run_id,
            termination_code=termination_code,
            workspace_id=workspace_id,
        )

        jobs_completed_job.additional_properties = d
        return jobs_completed_job

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
