from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsForEachTaskErrorMessageStats")


@_attrs_define
class JobsForEachTaskErrorMessageStats:
    """
    Attributes:
        count (int | Unset): Describes the count of such error message encountered during the iterations.
        error_message (str | Unset): Describes the error message occurred during the iterations.
        termination_category (str | Unset): Describes the termination reason for the error message.
    """

    count: int | Unset = UNSET
    error_message: str | Unset = UNSET
    termination_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        error_message = self.error_message

        termination_category = self.termination_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if termination_category is not UNSET:
            field_dict["termination_category"] = termination_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        error_message = d.pop("error_message", UNSET)

        termination_category = d.pop("termination_category", UNSET)

        jobs_for_each_task_error_message_stats = cls(
            count=count,
            error_message=error_message,
            termination_category=termination_category,
        )

        jobs_for_each_task_error_message_stats.additional_properties = d
        return jobs_for_each_task_error_message_stats

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
