from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_job_completion_trigger_state_monitored_job_state import (
        JobsJobCompletionTriggerStateMonitoredJobState,
    )


T = TypeVar("T", bound="JobsJobCompletionTriggerState")


@_attrs_define
class JobsJobCompletionTriggerState:
    """Runtime state for a job completion trigger.

    Attributes:
        monitored_job_states (list[JobsJobCompletionTriggerStateMonitoredJobState] | Unset): State for each configured
            upstream job, in the same order as ``jobs``.
    """

    monitored_job_states: list[JobsJobCompletionTriggerStateMonitoredJobState] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        monitored_job_states: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.monitored_job_states, Unset):
            monitored_job_states = []
            for monitored_job_states_item_data in self.monitored_job_states:
                monitored_job_states_item = monitored_job_states_item_data.to_dict()
                monitored_job_states.append(monitored_job_states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if monitored_job_states is not UNSET:
            field_dict["monitored_job_states"] = monitored_job_states

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_job_completion_trigger_state_monitored_job_state import (
            JobsJobCompletionTriggerStateMonitoredJobState,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _monitored_job_states = d.pop("monitored_job_states", UNSET)
        monitored_job_states: list[JobsJobCompletionTriggerStateMonitoredJobState] | Unset = UNSET
        if _monitored_job_states is not UNSET:
            monitored_job_states = []
            for monitored_job_states_item_data in _monitored_job_states:
                monitored_job_states_item = JobsJobCompletionTriggerStateMonitoredJobState.from_dict(
                    monitored_job_states_item_data
                )

                monitored_job_states.append(monitored_job_states_item)

        jobs_job_completion_trigger_state = cls(
            monitored_job_states=monitored_job_states,
        )

        jobs_job_completion_trigger_state.additional_properties = d
        return jobs_job_completion_trigger_state

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
