from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_clean_room_task_run_life_cycle_state import JobsCleanRoomTaskRunLifeCycleState
from ..models.jobs_clean_room_task_run_result_state import JobsCleanRoomTaskRunResultState
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsCleanRoomTaskRunState")


@_attrs_define
class JobsCleanRoomTaskRunState:
    """Stores the run state of the clean rooms notebook task.

    Attributes:
        life_cycle_state (JobsCleanRoomTaskRunLifeCycleState | Unset): Copied from elastic-spark-
            common/api/messages/runs.proto. Using the original definition to remove coupling with jobs API definition
        result_state (JobsCleanRoomTaskRunResultState | Unset): Copied from elastic-spark-
            common/api/messages/runs.proto. Using the original definition to avoid cyclic dependency.
    """

    life_cycle_state: JobsCleanRoomTaskRunLifeCycleState | Unset = UNSET
    result_state: JobsCleanRoomTaskRunResultState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        life_cycle_state: str | Unset = UNSET
        if not isinstance(self.life_cycle_state, Unset):
            life_cycle_state = self.life_cycle_state.value

        result_state: str | Unset = UNSET
        if not isinstance(self.result_state, Unset):
            result_state = self.result_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if life_cycle_state is not UNSET:
            field_dict["life_cycle_state"] = life_cycle_state
        if result_state is not UNSET:
            field_dict["result_state"] = result_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _life_cycle_state = d.pop("life_cycle_state", UNSET)
        life_cycle_state: JobsCleanRoomTaskRunLifeCycleState | Unset
        if isinstance(_life_cycle_state, Unset):
            life_cycle_state = UNSET
        else:
            life_cycle_state = JobsCleanRoomTaskRunLifeCycleState(_life_cycle_state)

        _result_state = d.pop("result_state", UNSET)
        result_state: JobsCleanRoomTaskRunResultState | Unset
        if isinstance(_result_state, Unset):
            result_state = UNSET
        else:
            result_state = JobsCleanRoomTaskRunResultState(_result_state)

        jobs_clean_room_task_run_state = cls(
            life_cycle_state=life_cycle_state,
            result_state=result_state,
        )

        jobs_clean_room_task_run_state.additional_properties = d
        return jobs_clean_room_task_run_state

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
