from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_model_trigger_configuration_condition import JobsModelTriggerConfigurationCondition
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsModelTriggerConfiguration")


@_attrs_define
class JobsModelTriggerConfiguration:
    """
    Attributes:
        condition (JobsModelTriggerConfigurationCondition):
        aliases (list[str] | Unset): Aliases of the model versions to monitor. Can only be used in conjunction with
            condition MODEL_ALIAS_SET.
        min_time_between_triggers_seconds (int | Unset): If set, the trigger starts a run only after the specified
            amount of time has passed since the last time the trigger fired. The minimum allowed value is 60 seconds.
        securable_name (str | Unset): Name of the securable to monitor ("mycatalog.myschema.mymodel" in the case of
            model-level triggers, "mycatalog.myschema" in the case of schema-level triggers) or empty in the case of
            metastore-level triggers.
        wait_after_last_change_seconds (int | Unset): If set, the trigger starts a run only after no model updates have
            occurred for the specified time and can be used to wait for a series of model updates before triggering a run.
            The minimum allowed value is 60 seconds.
    """

    condition: JobsModelTriggerConfigurationCondition
    aliases: list[str] | Unset = UNSET
    min_time_between_triggers_seconds: int | Unset = UNSET
    securable_name: str | Unset = UNSET
    wait_after_last_change_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition.value

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        min_time_between_triggers_seconds = self.min_time_between_triggers_seconds

        securable_name = self.securable_name

        wait_after_last_change_seconds = self.wait_after_last_change_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
            }
        )
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if min_time_between_triggers_seconds is not UNSET:
            field_dict["min_time_between_triggers_seconds"] = min_time_between_triggers_seconds
        if securable_name is not UNSET:
            field_dict["securable_name"] = securable_name
        if wait_after_last_change_seconds is not UNSET:
            field_dict["wait_after_last_change_seconds"] = wait_after_last_change_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = JobsModelTriggerConfigurationCondition(d.pop("condition"))

        aliases = cast(list[str], d.pop("aliases", UNSET))

        min_time_between_triggers_seconds = d.pop("min_time_between_triggers_seconds", UNSET)

        securable_name = d.pop("securable_name", UNSET)

        wait_after_last_change_seconds = d.pop("wait_after_last_change_seconds", UNSET)

        jobs_model_trigger_configuration = cls(
            condition=condition,
            aliases=aliases,
            min_time_between_triggers_seconds=min_time_between_triggers_seconds,
            securable_name=securable_name,
            wait_after_last_change_seconds=wait_after_last_change_seconds,
        )

        jobs_model_trigger_configuration.additional_properties = d
        return jobs_model_trigger_configuration

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
