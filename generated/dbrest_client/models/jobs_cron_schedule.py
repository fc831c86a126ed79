from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_cron_schedule_pause_status import JobsCronSchedulePauseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_condition_configuration import JobsSqlConditionConfiguration


T = TypeVar("T", bound="JobsCronSchedule")


@_attrs_define
class JobsCronSchedule:
    """A Quartz cron schedule for a job.

    Example:
        {'quartz_cron_expression': '0 15 22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status': 'UNPAUSED'}

    Attributes:
        quartz_cron_expression (str): A Quartz cron expression, e.g. `0 15 22 ? * *`.
        timezone_id (str): A Java time zone id, e.g. `America/Los_Angeles`.
        pause_status (JobsCronSchedulePauseStatus | Unset): Whether the schedule is paused (default UNPAUSED).
        sql_condition (JobsSqlConditionConfiguration | Unset):
    """

    quartz_cron_expression: str
    timezone_id: str
    pause_status: JobsCronSchedulePauseStatus | Unset = UNSET
    sql_condition: JobsSqlConditionConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quartz_cron_expression = self.quartz_cron_expression

        timezone_id = self.timezone_id

        pause_status: str | Unset = UNSET
        if not isinstance(self.pause_status, Unset):
            pause_status = self.pause_status.value

        sql_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_condition, Unset):
            sql_condition = self.sql_condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quartz_cron_expression": quartz_cron_expression,
                "timezone_id": timezone_id,
            }
        )
        if pause_status is not UNSET:
            field_dict["pause_status"] = pause_status
        if sql_condition is not UNSET:
            field_dict["sql_condition"] = sql_condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_condition_configuration import JobsSqlConditionConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        quartz_cron_expression = d.pop("quartz_cron_expression")

        timezone_id = d.pop("timezone_id")

        _pause_status = d.pop("pause_status", UNSET)
        pause_status: JobsCronSchedulePauseStatus | Unset
        if isinstance(_pause_status, Unset):
            pause_status = UNSET
        else:
            pause_status = JobsCronSchedulePauseStatus(_pause_status)

        _sql_condition = d.pop("sql_condition", UNSET)
        sql_condition: JobsSqlConditionConfiguration | Unset
        if isinstance(_sql_condition, Unset):
            sql_condition = UNSET
        else:
            sql_condition = JobsSqlConditionConfiguration.from_dict(_sql_condition)

        jobs_cron_schedule = cls(
            quartz_cron_expression=quartz_cron_expression,
            timezone_id=timezone_id,
            pause_status=pause_status,
            sql_condition=sql_condition,
        )

        jobs_cron_schedule.additional_properties = d
        return jobs_cron_schedule

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
