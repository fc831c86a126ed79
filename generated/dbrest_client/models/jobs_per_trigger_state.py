from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_pause_status import JobsPauseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_continuous_trigger_state import JobsContinuousTriggerState
    from ..models.jobs_file_arrival_trigger_state import JobsFileArrivalTriggerState
    from ..models.jobs_job_completion_trigger_state import JobsJobCompletionTriggerState
    from ..models.jobs_model_trigger_state import JobsModelTriggerState
    from ..models.jobs_periodic_trigger_state import JobsPeriodicTriggerState
    from ..models.jobs_schedule_trigger_state import JobsScheduleTriggerState
    from ..models.jobs_sql_condition_state import JobsSqlConditionState
    from ..models.jobs_table_trigger_state import JobsTableTriggerState


T = TypeVar("T", bound="JobsPerTriggerState")


@_attrs_define
class JobsPerTriggerState:
    """Per-trigger runtime state for the multi-trigger surface. Mirrors ``TriggerConfiguration``'s trigger-type variants
    1:1; each entry sets exactly one variant matching the corresponding trigger's type. Variants with no runtime state
    today (``schedule``, ``model``) are emitted as empty messages.

        Attributes:
            continuous (JobsContinuousTriggerState | Unset):
            file_arrival (JobsFileArrivalTriggerState | Unset):
            job_completion (JobsJobCompletionTriggerState | Unset): Runtime state for a job completion trigger.
            model (JobsModelTriggerState | Unset): Runtime state for a model trigger. Currently empty because model triggers
                do not expose any trigger-specific runtime state.
            pause_status (JobsPauseStatus | Unset):
            periodic (JobsPeriodicTriggerState | Unset):
            schedule (JobsScheduleTriggerState | Unset): Runtime state for a schedule trigger. Currently empty because
                schedule triggers do not expose any trigger-specific runtime state.
            sql_condition (JobsSqlConditionState | Unset):
            table_update (JobsTableTriggerState | Unset):
    """

    continuous: JobsContinuousTriggerState | Unset = UNSET
    file_arrival: JobsFileArrivalTriggerState | Unset = UNSET
    job_completion: JobsJobCompletionTriggerState | Unset = UNSET
    model: JobsModelTriggerState | Unset = UNSET
    pause_status: JobsPauseStatus | Unset = UNSET
    periodic: JobsPeriodicTriggerState | Unset = UNSET
    schedule: JobsScheduleTriggerState | Unset = UNSET
    sql_condition: JobsSqlConditionState | Unset = UNSET
    table_update: JobsTableTriggerState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        continuous: dict[str, Any] | Unset = UNSET
        if not isinstance(self.continuous, Unset):
            continuous = self.continuous.to_dict()

        file_arrival: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_arrival, Unset):
            file_arrival = self.file_arrival.to_dict()

        job_completion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_completion, Unset):
            job_completion = self.job_completion.to_dict()

        model: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.to_dict()

        pause_status: str | Unset = UNSET
        if not isinstance(self.pause_status, Unset):
            pause_status = self.pause_status.value

        periodic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.periodic, Unset):
            periodic = self.periodic.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        sql_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_condition, Unset):
            sql_condition = self.sql_condition.to_dict()

        table_update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_update, Unset):
            table_update = self.table_update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if continuous is not UNSET:
            field_dict["continuous"] = continuous
        if file_arrival is not UNSET:
            field_dict["file_arrival"] = file_arrival
        if job_completion is not UNSET:
            field_dict["job_completion"] = job_completion
        if model is not UNSET:
            field_dict["model"] = model
        if pause_status is not UNSET:
            field_dict["pause_status"] = pause_status
        if periodic is not UNSET:
            field_dict["periodic"] = periodic
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if sql_condition is not UNSET:
            field_dict["sql_condition"] = sql_condition
        if table_update is not UNSET:
            field_dict["table_update"] = table_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_continuous_trigger_state import JobsContinuousTriggerState  # noqa: PLC0415
        from ..models.jobs_file_arrival_trigger_state import JobsFileArrivalTriggerState  # noqa: PLC0415
        from ..models.jobs_job_completion_trigger_state import JobsJobCompletionTriggerState  # noqa: PLC0415
        from ..models.jobs_model_trigger_state import JobsModelTriggerState  # noqa: PLC0415
        from ..models.jobs_periodic_trigger_state import JobsPeriodicTriggerState  # noqa: PLC0415
        from ..models.jobs_schedule_trigger_state import JobsScheduleTriggerState  # noqa: PLC0415
        from ..models.jobs_sql_condition_state import JobsSqlConditionState  # noqa: PLC0415
        from ..models.jobs_table_trigger_state import JobsTableTriggerState  # noqa: PLC0415

        d = dict(src_dict)
        _continuous = d.pop("continuous", UNSET)
        continuous: JobsContinuousTriggerState | Unset
        if isinstance(_continuous, Unset):
            continuous = UNSET
        else:
            continuous = JobsContinuousTriggerState.from_dict(_continuous)

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

        _model = d.pop("model", UNSET)
        model: JobsModelTriggerState | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = JobsModelTriggerState.from_dict(_model)

        _pause_status = d.pop("pause_status", UNSET)
        pause_status: JobsPauseStatus | Unset
        if isinstance(_pause_status, Unset):
            pause_status = UNSET
        else:
            pause_status = JobsPauseStatus(_pause_status)

        _periodic = d.pop("periodic", UNSET)
        periodic: JobsPeriodicTriggerState | Unset
        if isinstance(_periodic, Unset):
            periodic = UNSET
        else:
            periodic = JobsPeriodicTriggerState.from_dict(_periodic)

        _schedule = d.pop("schedule", UNSET)
        schedule: JobsScheduleTriggerState | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JobsScheduleTriggerState.from_dict(_schedule)

        _sql_condition = d.pop("sql_condition", UNSET)
        sql_condition: JobsSqlConditionState | Unset
        if isinstance(_sql_condition, Unset):
            sql_condition = UNSET
        else:
            sql_condition = JobsSqlConditionState.from_dict(_sql_condition)

        _table_update = d.pop("table_update", UNSET)
        table_update: JobsTableTriggerState | Unset
        if isinstance(_table_update, Unset):
            table_update = UNSET
        else:
            table_update = JobsTableTriggerState.from_dict(_table_update)

        jobs_per_trigger_state = cls(
            continuous=continuous,
            file_arrival=file_arrival,
            job_completion=job_completion,
            model=model,
            pause_status=pause_status,
            periodic=periodic,
            schedule=schedule,
            sql_condition=sql_condition,
            table_update=table_update,
        )

        jobs_per_trigger_state.additional_properties = d
        return jobs_per_trigger_state

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
