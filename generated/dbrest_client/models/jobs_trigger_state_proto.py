from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_pause_status import JobsPauseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_file_arrival_trigger_state import JobsFileArrivalTriggerState
    from ..models.jobs_job_completion_trigger_state import JobsJobCompletionTriggerState
    from ..models.jobs_sql_condition_state import JobsSqlConditionState
    from ..models.jobs_table_trigger_state import JobsTableTriggerState


T = TypeVar("T", bound="JobsTriggerStateProto")


@_attrs_define
class JobsTriggerStateProto:
    """
    Attributes:
        file_arrival (JobsFileArrivalTriggerState | Unset):
        job_completion (JobsJobCompletionTriggerState | Unset): Runtime state for a job completion trigger.
        pause_status (JobsPauseStatus | Unset):
        sql_condition (JobsSqlConditionState | Unset):
        table (JobsTableTriggerState | Unset):
    """

    file_arrival: JobsFileArrivalTriggerState | Unset = UNSET
    job_completion: JobsJobCompletionTriggerState | Unset = UNSET
    pause_status: JobsPauseStatus | Unset = UNSET
    sql_condition: JobsSqlConditionState | Unset = UNSET
    table: JobsTableTriggerState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_arrival: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_arrival, Unset):
            file_arrival = self.file_arrival.to_dict()

        job_completion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_completion, Unset):
            job_completion = self.job_completion.to_dict()

        pause_status: str | Unset = UNSET
        if not isinstance(self.pause_status, Unset):
            pause_status = self.pause_status.value

        sql_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_condition, Unset):
            sql_condition = self.sql_condition.to_dict()

        table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table, Unset):
            table = self.table.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_arrival is not UNSET:
            field_dict["file_arrival"] = file_arrival
        if job_completion is not UNSET:
            field_dict["job_completion"] = job_completion
        if pause_status is not UNSET:
            field_dict["pause_status"] = pause_status
        if sql_condition is not UNSET:
            field_dict["sql_condition"] = sql_condition
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_file_arrival_trigger_state import JobsFileArrivalTriggerState  # noqa: PLC0415
        from ..models.jobs_job_completion_trigger_state import JobsJobCompletionTriggerState  # noqa: PLC0415
        from ..models.jobs_sql_condition_state import JobsSqlConditionState  # noqa: PLC0415
        from ..models.jobs_table_trigger_state import JobsTableTriggerState  # noqa: PLC0415

        d = dict(src_dict)
        _file_arrival = d.pop("file_arrival", UNSET)
        file_arrival: JobsFileArrivalTriggerState | Unset
        if isinstance(_file_arrival, Unset):
            file_arrival = UNSET
        else:
            file_arrival = JobsFileArrivalTriggerState.from_dict(_file_arrival)

        _job_completion = d.pop("job_completion", UNSET)
        job_completion: JobsJobCompletionTriggerState | Unset
        if isinstance(_job_completion, Unset):
            job_completion = UNSET
        else:
            job_completion = JobsJobCompletionTriggerState.from_dict(_job_completion)

        _pause_status = d.pop("pause_status", UNSET)
        pause_status: JobsPauseStatus | Unset
        if isinstance(_pause_status, Unset):
            pause_status = UNSET
        else:
            pause_status = JobsPauseStatus(_pause_status)

        _sql_condition = d.pop("sql_condition", UNSET)
        sql_condition: JobsSqlConditionState | Unset
        if isinstance(_sql_condition, Unset):
            sql_condition = UNSET
        else:
            sql_condition = JobsSqlConditionState.from_dict(_sql_condition)

        _table = d.pop("table", UNSET)
        table: JobsTableTriggerState | Unset
        if isinstance(_table, Unset):
            table = UNSET
        else:
            table = JobsTableTriggerState.from_dict(_table)

        jobs_trigger_state_proto = cls(
            file_arrival=file_arrival,
            job_completion=job_completion,
            pause_status=pause_status,
            sql_condition=sql_condition,
            table=table,
        )

        jobs_trigger_state_proto.additional_properties = d
        return jobs_trigger_state_proto

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
