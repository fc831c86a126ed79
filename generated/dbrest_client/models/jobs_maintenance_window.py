from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_day_of_week import JobsDayOfWeek

T = TypeVar("T", bound="JobsMaintenanceWindow")


@_attrs_define
class JobsMaintenanceWindow:
    """A recurring weekly time window during which platform-initiated maintenance is allowed to run for a continuous job.

    Attributes:
        start_hour (int): An integer between 0 and 23 denoting the start hour for the maintenance window in the 24-hour
            day. Platform-initiated maintenance is triggered only within a one-hour window starting at this hour. This field
            is required.
        day_of_week (JobsDayOfWeek): Days of week that can be referenced by Jobs scheduling settings.
        timezone_id (str): A Java timezone ID. The maintenance window is resolved with respect to this timezone. See
            `Java TimeZone <https://docs.oracle.com/javase/7/docs/api/java/util/TimeZone.html>`__ for details. This field is
            required.
    """

    start_hour: int
    day_of_week: JobsDayOfWeek
    timezone_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_hour = self.start_hour

        day_of_week = self.day_of_week.value

        timezone_id = self.timezone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_hour": start_hour,
                "day_of_week": day_of_week,
                "timezone_id": timezone_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_hour = d.pop("start_hour")

        day_of_week = JobsDayOfWeek(d.pop("day_of_week"))

        timezone_id = d.pop("timezone_id")

        jobs_maintenance_window = cls(
            start_hour=start_hour,
            day_of_week=day_of_week,
            timezone_id=timezone_id,
        )

        jobs_maintenance_window.additional_properties = d
        return jobs_maintenance_window

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
