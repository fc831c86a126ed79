from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_run_lifecycle_state_v2_state import JobsRunLifecycleStateV2State
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_queue_details import JobsQueueDetails
    from ..models.jobs_termination_details import JobsTerminationDetails


T = TypeVar("T", bound="JobsRunStatus")


@_attrs_define
class JobsRunStatus:
    """The current status of the run

    Attributes:
        queue_details (JobsQueueDetails | Unset):
        state (JobsRunLifecycleStateV2State | Unset): The current state of the run.
        termination_details (JobsTerminationDetails | Unset):
    """

    queue_details: JobsQueueDetails | Unset = UNSET
    state: JobsRunLifecycleStateV2State | Unset = UNSET
    termination_details: JobsTerminationDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue_details, Unset):
            queue_details = self.queue_details.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        termination_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.termination_details, Unset):
            termination_details = self.termination_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_details is not UNSET:
            field_dict["queue_details"] = queue_details
        if state is not UNSET:
            field_dict["state"] = state
        if termination_details is not UNSET:
            field_dict["termination_details"] = termination_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_queue_details import JobsQueueDetails  # noqa: PLC0415
        from ..models.jobs_termination_details import JobsTerminationDetails  # noqa: PLC0415

        d = dict(src_dict)
        _queue_details = d.pop("queue_details", UNSET)
        queue_details: JobsQueueDetails | Unset
        if isinstance(_queue_details, Unset):
            queue_details = UNSET
        else:
            queue_details = JobsQueueDetails.from_dict(_queue_details)

        _state = d.pop("state", UNSET)
        state: JobsRunLifecycleStateV2State | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobsRunLifecycleStateV2State(_state)

        _termination_details = d.pop("termination_details", UNSET)
        termination_details: JobsTerminationDetails | Unset
        if isinstance(_termination_details, Unset):
            termination_details = UNSET
        else:
            termination_details = JobsTerminationDetails.from_dict(_termination_details)

        jobs_run_status = cls(
            queue_details=queue_details,
            state=state,
            termination_details=termination_details,
        )

        jobs_run_status.additional_properties = d
        return jobs_run_status

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
