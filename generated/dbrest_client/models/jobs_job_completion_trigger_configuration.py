from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_job_completion_trigger_configuration_if_status import JobsJobCompletionTriggerConfigurationIfStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_job_completion_trigger_configuration_monitored_job import (
        JobsJobCompletionTriggerConfigurationMonitoredJob,
    )


T = TypeVar("T", bound="JobsJobCompletionTriggerConfiguration")


@_attrs_define
class JobsJobCompletionTriggerConfiguration:
    """A trigger that starts a run after every upstream job completes with a configured status.

    Attributes:
        jobs (list[JobsJobCompletionTriggerConfigurationMonitoredJob]): The upstream jobs to monitor. Each job must be
            in a workspace attached to the same Unity Catalog metastore as the downstream job. A maximum of 10 jobs can be
            monitored.
        if_status (JobsJobCompletionTriggerConfigurationIfStatus | Unset): The status that all upstream jobs must have
            before a job completion trigger fires.
    """

    jobs: list[JobsJobCompletionTriggerConfigurationMonitoredJob]
    if_status: JobsJobCompletionTriggerConfigurationIfStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs = []
        for jobs_item_data in self.jobs:
            jobs_item = jobs_item_data.to_dict()
            jobs.append(jobs_item)

        if_status: str | Unset = UNSET
        if not isinstance(self.if_status, Unset):
            if_status = self.if_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobs": jobs,
            }
        )
        if if_status is not UNSET:
            field_dict["if_status"] = if_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_job_completion_trigger_configuration_monitored_job import (
            JobsJobCompletionTriggerConfigurationMonitoredJob,  # noqa: PLC0415
        )

        d = dict(src_dict)
        jobs = []
        _jobs = d.pop("jobs")
        for jobs_item_data in _jobs:
            jobs_item = JobsJobCompletionTriggerConfigurationMonitoredJob.from_dict(jobs_item_data)

            jobs.append(jobs_item)

        _if_status = d.pop("if_status", UNSET)
        if_status: JobsJobCompletionTriggerConfigurationIfStatus | Unset
        if isinstance(_if_status, Unset):
            if_status = UNSET
        else:
            if_status = JobsJobCompletionTriggerConfigurationIfStatus(_if_status)

        jobs_job_completion_trigger_configuration = cls(
            jobs=jobs,
            if_status=if_status,
        )

        jobs_job_completion_trigger_configuration.additional_properties = d
        return jobs_job_completion_trigger_configuration

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
