from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobsCronTriggerConfiguration")


@_attrs_define
class JobsCronTriggerConfiguration:
    """Cron schedule trigger. Stripped-down counterpart to ``CronSchedule``: ``pause_status`` and ``sql_condition`` are
    owned by the enclosing ``TriggerConfiguration`` and intentionally omitted here.

        Attributes:
            quartz_cron_expression (str): A Cron expression using Quartz syntax that describes the schedule for this
                trigger. See `Cron Trigger <http://www.quartz-
                scheduler.org/documentation/quartz-2.3.0/tutorials/crontrigger.html>`__ for details.
            timezone_id (str): A Java timezone ID. The schedule is resolved with respect to this timezone. See `Java
                TimeZone <https://docs.oracle.com/javase/7/docs/api/java/util/TimeZone.html>`__ for details.
    """

    quartz_cron_expression: str
    timezone_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quartz_cron_expression = self.quartz_cron_expression

        timezone_id = self.timezone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quartz_cron_expression": quartz_cron_expression,
                "timezone_id": timezone_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        quartz_cron_expression = d.pop("quartz_cron_expression")

        timezone_id = d.pop("timezone_id")

        jobs_cron_trigger_configuration = cls(
            quartz_cron_expression=quartz_cron_expression,
            timezone_id=timezone_id,
        )

        jobs_cron_trigger_configuration.additional_properties = d
        return jobs_cron_trigger_configuration

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
