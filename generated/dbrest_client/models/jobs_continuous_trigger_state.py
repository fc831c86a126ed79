from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsContinuousTriggerState")


@_attrs_define
class JobsContinuousTriggerState:
    """
    Attributes:
        consecutive_failures (int | Unset):
        is_backing_off (bool | Unset):
        next_attempt_ms (int | Unset):
    """

    consecutive_failures: int | Unset = UNSET
    is_backing_off: bool | Unset = UNSET
    next_attempt_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consecutive_failures = self.consecutive_failures

        is_backing_off = self.is_backing_off

        next_attempt_ms = self.next_attempt_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consecutive_failures is not UNSET:
            field_dict["consecutive_failures"] = consecutive_failures
        if is_backing_off is not UNSET:
            field_dict["is_backing_off"] = is_backing_off
        if next_attempt_ms is not UNSET:
            field_dict["next_attempt_ms"] = next_attempt_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        consecutive_failures = d.pop("consecutive_failures", UNSET)

        is_backing_off = d.pop("is_backing_off", UNSET)

        next_attempt_ms = d.pop("next_attempt_ms", UNSET)

        jobs_continuous_trigger_state = cls(
            consecutive_failures=consecutive_failures,
            is_backing_off=is_backing_off,
            next_attempt_ms=next_attempt_ms,
        )

        jobs_continuous_trigger_state.additional_properties = d
        return jobs_continuous_trigger_state

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
