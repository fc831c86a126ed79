from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_termination_code_code import JobsTerminationCodeCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsJobCompletionTriggerStateMonitoredJobState")


@_attrs_define
class JobsJobCompletionTriggerStateMonitoredJobState:
    """
    Attributes:
        has_seen_completion (bool | Unset): Whether this job has contributed a matching completion toward the next
            trigger fire.
        is_deleted (bool | Unset): Whether the upstream job was missing or deleted when last observed by this trigger.
            Omitted when deletion status is unknown. This observation may become stale while the trigger is paused or
            evaluation cannot access the upstream job.
        job_id (str | Unset): The ID of the upstream job.
        last_seen_completion_time (datetime.datetime | Unset): The completion time of the latest matching upstream run
            observed by the trigger.
        last_seen_result (JobsTerminationCodeCode | Unset): The code indicates why the run was terminated. Additional
            codes might be introduced in future releases. - ``SUCCESS``: The run was completed successfully. -
            ``SUCCESS_WITH_FAILURES``: The run was completed successfully but some child runs failed. - ``USER_CANCELED``:
            The run was successfully canceled during execution by a user. - ``CANCELED``: The run was canceled during
            execution by the Databricks platform; for example, if the maximum run duration was exceeded. - ``SKIPPED``: Run
            was never executed, for example, if the upstream task run failed, the dependency type condition was not met, or
            th
        last_seen_run_id (str | Unset): The ID of the latest matching upstream run observed by the trigger.
        latest_non_matching_result (JobsTerminationCodeCode | Unset): The code indicates why the run was terminated.
            Additional codes might be introduced in future releases. - ``SUCCESS``: The run was completed successfully. -
            ``SUCCESS_WITH_FAILURES``: The run was completed successfully but some child runs failed. - ``USER_CANCELED``:
            The run was successfully canceled during execution by a user. - ``CANCELED``: The run was canceled during
            execution by the Databricks platform; for example, if the maximum run duration was exceeded. - ``SKIPPED``: Run
            was never executed, for example, if the upstream task run failed, the dependency type condition was not met, or
            th
        workspace_id (str | Unset): The ID of the workspace containing the upstream job.
    """

    has_seen_completion: bool | Unset = UNSET
    is_deleted: bool | Unset = UNSET
    job_id: str | Unset = UNSET
    last_seen_completion_time: datetime.datetime | Unset = UNSET
    last_seen_result: JobsTerminationCodeCode | Unset = UNSET
    last_seen_run_id: str | Unset = UNSET
    latest_non_matching_result: JobsTerminationCodeCode | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_seen_completion = self.has_seen_completion

        is_deleted = self.is_deleted

        job_id = self.job_id

        last_seen_completion_time: str | Unset = UNSET
        if not isinstance(self.last_seen_completion_time, Unset):
            last_seen_completion_time = self.last_seen_completion_time.isoformat()

        last_seen_result: str | Unset = UNSET
        if not isinstance(self.last_seen_result, Unset):
            last_seen_result = self.last_seen_result.value

        last_seen_run_id = self.last_seen_run_id

        latest_non_matching_result: str | Unset = UNSET
        if not isinstance(self.latest_non_matching_result, Unset):
            latest_non_matching_result = self.latest_non_matching_result.value

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_seen_completion is not UNSET:
            field_dict["has_seen_completion"] = has_seen_completion
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if last_seen_completion_time is not UNSET:
            field_dict["last_seen_completion_time"] = last_seen_completion_time
        if last_seen_result is not UNSET:
            field_dict["last_seen_result"] = last_seen_result
        if last_seen_run_id is not UNSET:
            field_dict["last_seen_run_id"] = last_seen_run_id
        if latest_non_matching_result is not UNSET:
            field_dict["latest_non_matching_result"] = latest_non_matching_result
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_seen_completion = d.pop("has_seen_completion", UNSET)

        is_deleted = d.pop("is_deleted", UNSET)

        job_id = d.pop("job_id", UNSET)

        _last_seen_completion_time = d.pop("last_seen_completion_time", UNSET)
        last_seen_completion_time: datetime.datetime | Unset
        if isinstance(_last_seen_completion_time, Unset):
            last_seen_completion_time = UNSET
        else:
            last_seen_completion_time = datetime.datetime.fromisoformat(_last_seen_completion_time)

        _last_seen_result = d.pop("last_seen_result", UNSET)
        last_seen_result: JobsTerminationCodeCode | Unset
        if isinstance(_last_seen_result, Unset):
            last_seen_result = UNSET
        else:
            last_seen_result = JobsTerminationCodeCode(_last_seen_result)

        last_seen_run_id = d.pop("last_seen_run_id", UNSET)

        _latest_non_matching_result = d.pop("latest_non_matching_result", UNSET)
        latest_non_matching_result: JobsTerminationCodeCode | Unset
        if isinstance(_latest_non_matching_result, Unset):
            latest_non_matching_result = UNSET
        else:
            latest_non_matching_result = JobsTerminationCodeCode(_latest_non_matching_result)

        workspace_id = d.pop("workspace_id", UNSET)

        jobs_job_completion_trigger_state_monitored_job_state = cls(
            has_seen_completion=has_seen_completion,
            is_deleted=is_deleted,
            job_id=job_id,
            last_seen_completion_time=last_seen_completion_time,
            last_seen_result=last_seen_result,
            last_seen_run_id=last_seen_run_id,
            latest_non_matching_result=latest_non_matching_result,
            workspace_id=workspace_id,
        )

        jobs_job_completion_trigger_state_monitored_job_state.additional_properties = d
        return jobs_job_completion_trigger_state_monitored_job_state

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
