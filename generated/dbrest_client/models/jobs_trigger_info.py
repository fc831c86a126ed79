from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_job_completion_trigger_run_info_details import JobsJobCompletionTriggerRunInfoDetails
    from ..models.jobs_sql_condition_run_info_details import JobsSqlConditionRunInfoDetails


T = TypeVar("T", bound="JobsTriggerInfo")


@_attrs_define
class JobsTriggerInfo:
    """Additional details about what triggered the run

    Attributes:
        job_completion (JobsJobCompletionTriggerRunInfoDetails | Unset): Contains the immutable set of upstream
            completions that triggered the run, in configured jobs order
        run_id (int | Unset): The run id of the Run Job task run
        sql_condition (JobsSqlConditionRunInfoDetails | Unset): SQL condition evaluation details captured at the time
            the run was triggered
    """

    job_completion: JobsJobCompletionTriggerRunInfoDetails | Unset = UNSET
    run_id: int | Unset = UNSET
    sql_condition: JobsSqlConditionRunInfoDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_completion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_completion, Unset):
            job_completion = self.job_completion.to_dict()

        run_id = self.run_id

        sql_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_condition, Unset):
            sql_condition = self.sql_condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_completion is not UNSET:
            field_dict["job_completion"] = job_completion
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if sql_condition is not UNSET:
            field_dict["sql_condition"] = sql_condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_job_completion_trigger_run_info_details import JobsJobCompletionTriggerRunInfoDetails  # noqa: PLC0415
        from ..models.jobs_sql_condition_run_info_details import JobsSqlConditionRunInfoDetails  # noqa: PLC0415

        d = dict(src_dict)
        _job_completion = d.pop("job_completion", UNSET)
        job_completion: JobsJobCompletionTriggerRunInfoDetails | Unset
        if isinstance(_job_completion, Unset):
            job_completion = UNSET
        else:
            job_completion = JobsJobCompletionTriggerRunInfoDetails.from_dict(_job_completion)

        run_id = d.pop("run_id", UNSET)

        _sql_condition = d.pop("sql_condition", UNSET)
        sql_condition: JobsSqlConditionRunInfoDetails | Unset
        if isinstance(_sql_condition, Unset):
            sql_condition = UNSET
        else:
            sql_condition = JobsSqlConditionRunInfoDetails.from_dict(_sql_condition)

        jobs_trigger_info = cls(
            job_completion=job_completion,
            run_id=run_id,
            sql_condition=sql_condition,
        )

        jobs_trigger_info.additional_properties = d
        return jobs_trigger_info

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
