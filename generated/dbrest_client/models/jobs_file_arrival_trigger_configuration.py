from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsFileArrivalTriggerConfiguration")


@_attrs_define
class JobsFileArrivalTriggerConfiguration:
    """
    Attributes:
        url (str): URL to be monitored for file arrivals. The path must point to the root or a subpath of the external
            location.
        min_time_between_triggers_seconds (int | Unset): If set, the trigger starts a run only after the specified
            amount of time passed since the last time the trigger fired. The minimum allowed value is 60 seconds
        wait_after_last_change_seconds (int | Unset): If set, the trigger starts a run only after no file activity has
            occurred for the specified amount of time. This makes it possible to wait for a batch of incoming files to
            arrive before triggering a run. The minimum allowed value is 60 seconds.
    """

    url: str
    min_time_between_triggers_seconds: int | Unset = UNSET
    wait_after_last_change_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        min_time_between_triggers_seconds = self.min_time_between_triggers_seconds

        wait_after_last_change_seconds = self.wait_after_last_change_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if min_time_between_triggers_seconds is not UNSET:
            field_dict["min_time_between_triggers_seconds"] = min_time_between_triggers_seconds
        if wait_after_last_change_seconds is not UNSET:
            field_dict["wait_after_last_change_seconds"] = wait_after_last_change_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        min_time_between_triggers_seconds = d.pop("min_time_between_triggers_seconds", UNSET)

        wait_after_last_change_seconds = d.pop("wait_after_last_change_seconds", UNSET)

        jobs_file_arrival_trigger_configuration = cls(
            url=url,
            min_time_between_triggers_seconds=min_time_between_triggers_seconds,
            wait_after_last_change_seconds=wait_after_last_change_seconds,
        )

        jobs_file_arrival_trigger_configuration.additional_properties = d
        return jobs_file_arrival_trigger_configuration

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
