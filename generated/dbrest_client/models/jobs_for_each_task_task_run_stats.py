from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsForEachTaskTaskRunStats")


@_attrs_define
class JobsForEachTaskTaskRunStats:
    """
    Attributes:
        active_iterations (int | Unset): Describes the iteration runs having an active lifecycle state or an active run
            sub state.
        completed_iterations (int | Unset): Describes the number of failed and succeeded iteration runs.
        failed_iterations (int | Unset): Describes the number of failed iteration runs.
        scheduled_iterations (int | Unset): Describes the number of iteration runs that have been scheduled.
        succeeded_iterations (int | Unset): Describes the number of succeeded iteration runs.
        total_iterations (int | Unset): Describes the length of the list of items to iterate over.
    """

    active_iterations: int | Unset = UNSET
    completed_iterations: int | Unset = UNSET
    failed_iterations: int | Unset = UNSET
    scheduled_iterations: int | Unset = UNSET
    succeeded_iterations: int | Unset = UNSET
    total_iterations: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_iterations = self.active_iterations

        completed_iterations = self.completed_iterations

        failed_iterations = self.failed_iterations

        scheduled_iterations = self.scheduled_iterations

        succeeded_iterations = self.succeeded_iterations

        total_iterations = self.total_iterations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_iterations is not UNSET:
            field_dict["active_iterations"] = active_iterations
        if completed_iterations is not UNSET:
            field_dict["completed_iterations"] = completed_iterations
        if failed_iterations is not UNSET:
            field_dict["failed_iterations"] = failed_iterations
        if scheduled_iterations is not UNSET:
            field_dict["scheduled_iterations"] = scheduled_iterations
        if succeeded_iterations is not UNSET:
            field_dict["succeeded_iterations"] = succeeded_iterations
        if total_iterations is not UNSET:
            field_dict["total_iterations"] = total_iterations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active_iterations = d.pop("active_iterations", UNSET)

        completed_iterations = d.pop("completed_iterations", UNSET)

        failed_iterations = d.pop("failed_iterations", UNSET)

        scheduled_iterations = d.pop("scheduled_iterations", UNSET)

        succeeded_iterations = d.pop("succeeded_iterations", UNSET)

        total_iterations = d.pop("total_iterations", UNSET)

        jobs_for_each_task_task_run_stats = cls(
            active_iterations=active_iterations,
            completed_iterations=completed_iterations,
            failed_iterations=failed_iterations,
            scheduled_iterations=scheduled_iterations,
            succeeded_iterations=succeeded_iterations,
            total_iterations=total_iterations,
        )

        jobs_for_each_task_task_run_stats.additional_properties = d
        return jobs_for_each_task_task_run_stats

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
