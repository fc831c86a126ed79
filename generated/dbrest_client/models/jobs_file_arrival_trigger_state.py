from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsFileArrivalTriggerState")


@_attrs_define
class JobsFileArrivalTriggerState:
    """
    Attributes:
        using_file_events (bool | Unset): Indicates whether the trigger leverages file events to detect file arrivals.
    """

    using_file_events: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        using_file_events = self.using_file_events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if using_file_events is not UNSET:
            field_dict["using_file_events"] = using_file_events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        using_file_events = d.pop("using_file_events", UNSET)

        jobs_file_arrival_trigger_state = cls(
            using_file_events=using_file_events,
        )

        jobs_file_arrival_trigger_state.additional_properties = d
        return jobs_file_arrival_trigger_state

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
