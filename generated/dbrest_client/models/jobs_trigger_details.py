from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_per_trigger_state import JobsPerTriggerState
    from ..models.jobs_trigger_history import JobsTriggerHistory


T = TypeVar("T", bound="JobsTriggerDetails")


@_attrs_define
class JobsTriggerDetails:
    """Per-trigger runtime details returned by ``GetJob``. Same length and order as ``JobSettings.triggers``; sub-fields
    are populated independently based on the corresponding ``GetJob.include_trigger_state`` /
    ``include_trigger_history`` flags.

        Attributes:
            history (JobsTriggerHistory | Unset):
            state (JobsPerTriggerState | Unset): Per-trigger runtime state for the multi-trigger surface. Mirrors
                ``TriggerConfiguration``'s trigger-type variants 1:1; each entry sets exactly one variant matching the
                corresponding trigger's type. Variants with no runtime state today (``schedule``, ``model``) are emitted as
                empty messages.
    """

    history: JobsTriggerHistory | Unset = UNSET
    state: JobsPerTriggerState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        history: dict[str, Any] | Unset = UNSET
        if not isinstance(self.history, Unset):
            history = self.history.to_dict()

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if history is not UNSET:
            field_dict["history"] = history
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_per_trigger_state import JobsPerTriggerState  # noqa: PLC0415
        from ..models.jobs_trigger_history import JobsTriggerHistory  # noqa: PLC0415

        d = dict(src_dict)
        _history = d.pop("history", UNSET)
        history: JobsTriggerHistory | Unset
        if isinstance(_history, Unset):
            history = UNSET
        else:
            history = JobsTriggerHistory.from_dict(_history)

        _state = d.pop("state", UNSET)
        state: JobsPerTriggerState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobsPerTriggerState.from_dict(_state)

        jobs_trigger_details = cls(
            history=history,
            state=state,
        )

        jobs_trigger_details.additional_properties = d
        return jobs_trigger_details

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
