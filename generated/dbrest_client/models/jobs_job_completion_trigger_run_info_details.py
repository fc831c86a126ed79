from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_completed_job import JobsCompletedJob


T = TypeVar("T", bound="JobsJobCompletionTriggerRunInfoDetails")


@_attrs_define
class JobsJobCompletionTriggerRunInfoDetails:
    """Contains the immutable set of upstream completions that triggered the run, in configured jobs order

    Attributes:
        completed_jobs (list[JobsCompletedJob] | Unset):
    """

    completed_jobs: list[JobsCompletedJob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed_jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.completed_jobs, Unset):
            completed_jobs = []
            for completed_jobs_item_data in self.completed_jobs:
                completed_jobs_item = completed_jobs_item_data.to_dict()
                completed_jobs.append(completed_jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completed_jobs is not UNSET:
            field_dict["completed_jobs"] = completed_jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_completed_job import JobsCompletedJob  # noqa: PLC0415

        d = dict(src_dict)
        _completed_jobs = d.pop("completed_jobs", UNSET)
        completed_jobs: list[JobsCompletedJob] | Unset = UNSET
        if _completed_jobs is not UNSET:
            completed_jobs = []
            for completed_jobs_item_data in _completed_jobs:
                completed_jobs_item = JobsCompletedJob.from_dict(completed_jobs_item_data)

                completed_jobs.append(completed_jobs_item)

        jobs_job_completion_trigger_run_info_details = cls(
            completed_jobs=completed_jobs,
        )

        jobs_job_completion_trigger_run_info_details.additional_properties = d
        return jobs_job_completion_trigger_run_info_details

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
