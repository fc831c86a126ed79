from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_for_each_nested_task import JobsForEachNestedTask
    from ..models.jobs_for_each_stats import JobsForEachStats


T = TypeVar("T", bound="JobsRunForEachTask")


@_attrs_define
class JobsRunForEachTask:
    """
    Attributes:
        inputs (str): Array for task to iterate on. This can be a JSON string or a reference to an array parameter.
        task (JobsForEachNestedTask): The task a for_each_task runs once per input: a job task without another
            for_each_task (nested for-each tasks are not supported; a separate schema keeps the task schemas from referring
            to themselves).
        concurrency (int | Unset): An optional maximum allowed number of concurrent runs of the task. Set this value if
            you want to be able to execute multiple runs of the task concurrently.
        stats (JobsForEachStats | Unset):
    """

    inputs: str
    task: JobsForEachNestedTask
    concurrency: int | Unset = UNSET
    stats: JobsForEachStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inputs = self.inputs

        task = self.task.to_dict()

        concurrency = self.concurrency

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inputs": inputs,
                "task": task,
            }
        )
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_for_each_nested_task import JobsForEachNestedTask  # noqa: PLC0415
        from ..models.jobs_for_each_stats import JobsForEachStats  # noqa: PLC0415

        d = dict(src_dict)
        inputs = d.pop("inputs")

        task = JobsForEachNestedTask.from_dict(d.pop("task"))

        concurrency = d.pop("concurrency", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: JobsForEachStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = JobsForEachStats.from_dict(_stats)

        jobs_run_for_each_task = cls(
            inputs=inputs,
            task=task,
            concurrency=concurrency,
            stats=stats,
        )

        jobs_run_for_each_task.additional_properties = d
        return jobs_run_for_each_task

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
