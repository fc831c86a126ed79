from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_performance_target import JobsPerformanceTarget
from ..models.jobs_repair_history_item_type import JobsRepairHistoryItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_run_state import JobsRunState
    from ..models.jobs_run_status import JobsRunStatus


T = TypeVar("T", bound="JobsRepairHistoryItem")


@_attrs_define
class JobsRepairHistoryItem:
    """The original run or one of its repairs.

    Attributes:
        type_ (JobsRepairHistoryItemType | Unset):
        start_time (int | Unset):
        end_time (int | Unset): 0 while running.
        state (JobsRunState | Unset): The life cycle state and result of a run. Example: {'life_cycle_state':
            'TERMINATED', 'result_state': 'SUCCESS', 'state_message': '', 'user_cancelled_or_timedout': False}.
        id (int | Unset): The repair id (REPAIR items only).
        task_run_ids (list[int] | Unset):
        effective_performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
            latency) or cost efficient the execution of run on serverless compute should be. The performance mode on the job
            or pipeline should map to a performance setting that is passed to Cluster Manager (see cluster-common
            PerformanceTarget).
        status (JobsRunStatus | Unset): The current status of the run
    """

    type_: JobsRepairHistoryItemType | Unset = UNSET
    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    state: JobsRunState | Unset = UNSET
    id: int | Unset = UNSET
    task_run_ids: list[int] | Unset = UNSET
    effective_performance_target: JobsPerformanceTarget | Unset = UNSET
    status: JobsRunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        start_time = self.start_time

        end_time = self.end_time

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        id = self.id

        task_run_ids: list[int] | Unset = UNSET
        if not isinstance(self.task_run_ids, Unset):
            task_run_ids = self.task_run_ids

        effective_performance_target: str | Unset = UNSET
        if not isinstance(self.effective_performance_target, Unset):
            effective_performance_target = self.effective_performance_target.value

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if state is not UNSET:
            field_dict["state"] = state
        if id is not UNSET:
            field_dict["id"] = id
        if task_run_ids is not UNSET:
            field_dict["task_run_ids"] = task_run_ids
        if effective_performance_target is not UNSET:
            field_dict["effective_performance_target"] = effective_performance_target
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_run_state import JobsRunState  # noqa: PLC0415
        from ..models.jobs_run_status import JobsRunStatus  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: JobsRepairHistoryItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = JobsRepairHistoryItemType(_type_)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _state = d.pop("state", UNSET)
        state: JobsRunState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobsRunState.from_dict(_state)

        id = d.pop("id", UNSET)

        task_run_ids = cast(list[int], d.pop("task_run_ids", UNSET))

        _effective_performance_target = d.pop("effective_performance_target", UNSET)
        effective_performance_target: JobsPerformanceTarget | Unset
        if isinstance(_effective_performance_target, Unset):
            effective_performance_target = UNSET
        else:
            effective_performance_target = JobsPerformanceTarget(_effective_performance_target)

        _status = d.pop("status", UNSET)
        status: JobsRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobsRunStatus.from_dict(_status)

        jobs_repair_history_item = cls(
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            state=state,
            id=id,
            task_run_ids=task_run_ids,
            effective_performance_target=effective_performance_target,
            status=status,
        )

        jobs_repair_history_item.additional_properties = d
        return jobs_repair_history_item

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
