from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_run_life_cycle_state import JobsRunLifeCycleState
from ..models.jobs_run_result_state import JobsRunResultState
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsRunState")


@_attrs_define
class JobsRunState:
    """The life cycle state and result of a run.

    Example:
        {'life_cycle_state': 'TERMINATED', 'result_state': 'SUCCESS', 'state_message': '', 'user_cancelled_or_timedout':
            False}

    Attributes:
        life_cycle_state (JobsRunLifeCycleState | Unset): Where a run is in its life cycle. PENDING → RUNNING →
            TERMINATING → TERMINATED; PENDING → SKIPPED
            (the job already had `max_concurrent_runs` active runs, or an upstream task failed);
            INTERNAL_ERROR (a failure of the Jobs service or of the run's cluster). Terminal: TERMINATED,
            SKIPPED, INTERNAL_ERROR. Task runs of multi-task runs may also be BLOCKED (waiting for upstream
            tasks) or WAITING_FOR_RETRY. QUEUED is 2023+.
        result_state (JobsRunResultState | Unset): The outcome of a finished run: SUCCESS, FAILED, TIMEDOUT (stopped at
            its timeout), CANCELED (at a
            user's request). MAXIMUM_CONCURRENT_RUNS_REACHED, EXCLUDED, SUCCESS_WITH_FAILURES, UPSTREAM_FAILED and
            UPSTREAM_CANCELED are 2023+ values.
        state_message (str | Unset): Unstructured description of the current state; do not parse it.
        user_cancelled_or_timedout (bool | Unset): Whether the run was cancelled by a user or stopped by its timeout.
        queue_reason (str | Unset): The reason indicating why the run was queued.
    """

    life_cycle_state: JobsRunLifeCycleState | Unset = UNSET
    result_state: JobsRunResultState | Unset = UNSET
    state_message: str | Unset = UNSET
    user_cancelled_or_timedout: bool | Unset = UNSET
    queue_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        life_cycle_state: str | Unset = UNSET
        if not isinstance(self.life_cycle_state, Unset):
            life_cycle_state = self.life_cycle_state.value

        result_state: str | Unset = UNSET
        if not isinstance(self.result_state, Unset):
            result_state = self.result_state.value

        state_message = self.state_message

        user_cancelled_or_timedout = self.user_cancelled_or_timedout

        queue_reason = self.queue_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if life_cycle_state is not UNSET:
            field_dict["life_cycle_state"] = life_cycle_state
        if result_state is not UNSET:
            field_dict["result_state"] = result_state
        if state_message is not UNSET:
            field_dict["state_message"] = state_message
        if user_cancelled_or_timedout is not UNSET:
            field_dict["user_cancelled_or_timedout"] = user_cancelled_or_timedout
        if queue_reason is not UNSET:
            field_dict["queue_reason"] = queue_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _life_cycle_state = d.pop("life_cycle_state", UNSET)
        life_cycle_state: JobsRunLifeCycleState | Unset
        if isinstance(_life_cycle_state, Unset):
            life_cycle_state = UNSET
        else:
            life_cycle_state = JobsRunLifeCycleState(_life_cycle_state)

        _result_state = d.pop("result_state", UNSET)
        result_state: JobsRunResultState | Unset
        if isinstance(_result_state, Unset):
            result_state = UNSET
        else:
            result_state = JobsRunResultState(_result_state)

        state_message = d.pop("state_message", UNSET)

        user_cancelled_or_timedout = d.pop("user_cancelled_or_timedout", UNSET)

        queue_reason = d.pop("queue_reason", UNSET)

        jobs_run_state = cls(
            life_cycle_state=life_cycle_state,
            result_state=result_state,
            state_message=state_message,
            user_cancelled_or_timedout=user_cancelled_or_timedout,
            queue_reason=queue_reason,
        )

        jobs_run_state.additional_properties = d
        return jobs_run_state

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
