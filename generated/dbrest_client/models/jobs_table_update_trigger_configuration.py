from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_condition import JobsCondition
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsTableUpdateTriggerConfiguration")


@_attrs_define
class JobsTableUpdateTriggerConfiguration:
    """
    Attributes:
        table_names (list[str]): A list of tables to monitor for changes. The table name must be in the format
            ``catalog_name.schema_name.table_name``.
        condition (JobsCondition | Unset):
        min_time_between_triggers_seconds (int | Unset): If set, the trigger starts a run only after the specified
            amount of time has passed since the last time the trigger fired. The minimum allowed value is 60 seconds.
        wait_after_last_change_seconds (int | Unset): If set, the trigger starts a run only after no table updates have
            occurred for the specified time and can be used to wait for a series of table updates before triggering a run.
            The minimum allowed value is 60 seconds.
    """

    table_names: list[str]
    condition: JobsCondition | Unset = UNSET
    min_time_between_triggers_seconds: int | Unset = UNSET
    wait_after_last_change_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_names = self.table_names

        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.value

        min_time_between_triggers_seconds = self.min_time_between_triggers_seconds

        wait_after_last_change_seconds = self.wait_after_last_change_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "table_names": table_names,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if min_time_between_triggers_seconds is not UNSET:
            field_dict["min_time_between_triggers_seconds"] = min_time_between_triggers_seconds
        if wait_after_last_change_seconds is not UNSET:
            field_dict["wait_after_last_change_seconds"] = wait_after_last_change_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        table_names = cast(list[str], d.pop("table_names"))

        _condition = d.pop("condition", UNSET)
        condition: JobsCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = JobsCondition(_condition)

        min_time_between_triggers_seconds = d.pop("min_time_between_triggers_seconds", UNSET)

        wait_after_last_change_seconds = d.pop("wait_after_last_change_seconds", UNSET)

        jobs_table_update_trigger_configuration = cls(
            table_names=table_names,
            condition=condition,
            min_time_between_triggers_seconds=min_time_between_triggers_seconds,
            wait_after_last_change_seconds=wait_after_last_change_seconds,
        )

        jobs_table_update_trigger_configuration.additional_properties = d
        return jobs_table_update_trigger_configuration

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
