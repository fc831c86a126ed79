from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_for_each_task_error_message_stats import JobsForEachTaskErrorMessageStats
    from ..models.jobs_for_each_task_task_run_stats import JobsForEachTaskTaskRunStats


T = TypeVar("T", bound="JobsForEachStats")


@_attrs_define
class JobsForEachStats:
    """
    Attributes:
        error_message_stats (list[JobsForEachTaskErrorMessageStats] | Unset): Sample of 3 most common error messages
            occurred during the iteration.
        task_run_stats (JobsForEachTaskTaskRunStats | Unset):
    """

    error_message_stats: list[JobsForEachTaskErrorMessageStats] | Unset = UNSET
    task_run_stats: JobsForEachTaskTaskRunStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.error_message_stats, Unset):
            error_message_stats = []
            for error_message_stats_item_data in self.error_message_stats:
                error_message_stats_item = error_message_stats_item_data.to_dict()
                error_message_stats.append(error_message_stats_item)

        task_run_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_run_stats, Unset):
            task_run_stats = self.task_run_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message_stats is not UNSET:
            field_dict["error_message_stats"] = error_message_stats
        if task_run_stats is not UNSET:
            field_dict["task_run_stats"] = task_run_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_for_each_task_error_message_stats import JobsForEachTaskErrorMessageStats  # noqa: PLC0415
        from ..models.jobs_for_each_task_task_run_stats import JobsForEachTaskTaskRunStats  # noqa: PLC0415

        d = dict(src_dict)
        _error_message_stats = d.pop("error_message_stats", UNSET)
        error_message_stats: list[JobsForEachTaskErrorMessageStats] | Unset = UNSET
        if _error_message_stats is not UNSET:
            error_message_stats = []
            for error_message_stats_item_data in _error_message_stats:
                error_message_stats_item = JobsForEachTaskErrorMessageStats.from_dict(error_message_stats_item_data)

                error_message_stats.append(error_message_stats_item)

        _task_run_stats = d.pop("task_run_stats", UNSET)
        task_run_stats: JobsForEachTaskTaskRunStats | Unset
        if isinstance(_task_run_stats, Unset):
            task_run_stats = UNSET
        else:
            task_run_stats = JobsForEachTaskTaskRunStats.from_dict(_task_run_stats)

        jobs_for_each_stats = cls(
            error_message_stats=error_message_stats,
            task_run_stats=task_run_stats,
        )

        jobs_for_each_stats.additional_properties = d
        return jobs_for_each_stats

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
