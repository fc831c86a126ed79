from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_periodic_trigger_configuration_time_unit import JobsPeriodicTriggerConfigurationTimeUnit

T = TypeVar("T", bound="JobsPeriodicTriggerConfiguration")


@_attrs_define
class JobsPeriodicTriggerConfiguration:
    """
    Attributes:
        interval (int): The interval at which the trigger should run.
        unit (JobsPeriodicTriggerConfigurationTimeUnit):
    """

    interval: int
    unit: JobsPeriodicTriggerConfigurationTimeUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("interval")

        unit = JobsPeriodicTriggerConfigurationTimeUnit(d.pop("unit"))

        jobs_periodic_trigger_configuration = cls(
            interval=interval,
            unit=unit,
        )

        jobs_periodic_trigger_configuration.additional_properties = d
        return jobs_periodic_trigger_configuration

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
