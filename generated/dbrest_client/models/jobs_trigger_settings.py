from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_pause_status import JobsPauseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_file_arrival_trigger_configuration import JobsFileArrivalTriggerConfiguration
    from ..models.jobs_job_completion_trigger_configuration import JobsJobCompletionTriggerConfiguration
    from ..models.jobs_model_trigger_configuration import JobsModelTriggerConfiguration
    from ..models.jobs_periodic_trigger_configuration import JobsPeriodicTriggerConfiguration
    from ..models.jobs_sql_condition_configuration import JobsSqlConditionConfiguration
    from ..models.jobs_table_update_trigger_configuration import JobsTableUpdateTriggerConfiguration


T = TypeVar("T", bound="JobsTriggerSettings")


@_attrs_define
class JobsTriggerSettings:
    """
    Attributes:
        file_arrival (JobsFileArrivalTriggerConfiguration | Unset):
        job_completion (JobsJobCompletionTriggerConfiguration | Unset): A trigger that starts a run after every upstream
            job completes with a configured status.
        model (JobsModelTriggerConfiguration | Unset):
        pause_status (JobsPauseStatus | Unset):
        periodic (JobsPeriodicTriggerConfiguration | Unset):
        sql_condition (JobsSqlConditionConfiguration | Unset):
        table_update (JobsTableUpdateTriggerConfiguration | Unset):
    """

    file_arrival: JobsFileArrivalTriggerConfiguration | Unset = UNSET
    job_completion: JobsJobCompletionTriggerConfiguration | Unset = UNSET
    model: JobsModelTriggerConfiguration | Unset = UNSET
    pause_status: JobsPauseStatus | Unset = UNSET
    periodic: JobsPeriodicTriggerConfiguration | Unset = UNSET
    sql_condition: JobsSqlConditionConfiguration | Unset = UNSET
    table_update: JobsTableUpdateTriggerConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        sql_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_condition, Unset):
            sql_condition = self.sql_condition.to_dict()

        table_update: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_update, Unset):
            table_update = self.table_update.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if sql_condition is not UNSET:
            field_dict["sql_condition"] = sql_condition
        if table_update is not UNSET:
            field_dict["table_update"] = table_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_file_arrival_trigger_configuration import JobsFileArrivalTriggerConfiguration  # noqa: PLC0415
        from ..models.jobs_job_completion_trigger_configuration import JobsJobCompletionTriggerConfiguration  # noqa: PLC0415
        from ..models.jobs_model_trigger_configuration import JobsModelTriggerConfiguration  # noqa: PLC0415
        from ..models.jobs_periodic_trigger_configuration import JobsPeriodicTriggerConfiguration  # noqa: PLC0415
        from ..models.jobs_sql_condition_configuration import JobsSqlConditionConfiguration  # noqa: PLC0415
        from ..models.jobs_table_update_trigger_configuration import JobsTableUpdateTriggerConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        _file_arrival = d.pop("file_arrival", UNSET)
        file_arrival: JobsFileArrivalTriggerConfiguration | Unset
        if isinstance(_file_arrival, Unset):
            file_arrival = UNSET
        else:
            file_arrival = JobsFileArrivalTriggerConfiguration.from_dict(_file_arrival)

        _job_completion = d.pop("job_completion", UNSET)
        job_completion: JobsJobCompletionTriggerConfiguration | Unset
        if isinstance(_job_completion, Unset):
            job_completion = UNSET
        else:
            job_completion = JobsJobCompletionTriggerConfiguration.from_dict(_job_completion)

        _model = d.pop("model", UNSET)
        model: JobsModelTriggerConfiguration | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = JobsModelTriggerConfiguration.from_dict(_model)

        _pause_status = d.pop("pause_status", UNSET)
        pause_status: JobsPauseStatus | Unset
        if isinstance(_pause_status, Unset):
            pause_status = UNSET
        else:
            pause_status = JobsPauseStatus(_pause_status)

        _periodic = d.pop("periodic", UNSET)
        periodic: JobsPeriodicTriggerConfiguration | Unset
        if isinstance(_periodic, Unset):
            periodic = UNSET
        else:
            periodic = JobsPeriodicTriggerConfiguration.from_dict(_periodic)

        _sql_condition = d.pop("sql_condition", UNSET)
        sql_condition: JobsSqlConditionConfiguration | Unset
        if isinstance(_sql_condition, Unset):
            sql_condition = UNSET
        else:
            sql_condition = JobsSqlConditionConfiguration.from_dict(_sql_condition)

        _table_update = d.pop("table_update", UNSET)
        table_update: JobsTableUpdateTriggerConfiguration | Unset
        if isinstance(_table_update, Unset):
            table_update = UNSET
        else:
            table_update = JobsTableUpdateTriggerConfiguration.from_dict(_table_update)

        jobs_trigger_settings = cls(
            file_arrival=file_arrival,
            job_completion=job_completion,
            model=model,
            pause_status=pause_status,
            periodic=periodic,
            sql_condition=sql_condition,
            table_update=table_update,
        )

        jobs_trigger_settings.additional_properties = d
        return jobs_trigger_settings

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
