from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_table_state import JobsTableState


T = TypeVar("T", bound="JobsTableTriggerState")


@_attrs_define
class JobsTableTriggerState:
    """
    Attributes:
        last_seen_table_states (list[JobsTableState] | Unset):
        using_scalable_monitoring (bool | Unset): Indicates whether the trigger is using scalable monitoring.
    """

    last_seen_table_states: list[JobsTableState] | Unset = UNSET
    using_scalable_monitoring: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_seen_table_states: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.last_seen_table_states, Unset):
            last_seen_table_states = []
            for last_seen_table_states_item_data in self.last_seen_table_states:
                last_seen_table_states_item = last_seen_table_states_item_data.to_dict()
                last_seen_table_states.append(last_seen_table_states_item)

        using_scalable_monitoring = self.using_scalable_monitoring

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_seen_table_states is not UNSET:
            field_dict["last_seen_table_states"] = last_seen_table_states
        if using_scalable_monitoring is not UNSET:
            field_dict["using_scalable_monitoring"] = using_scalable_monitoring

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_table_state import JobsTableState  # noqa: PLC0415

        d = dict(src_dict)
        _last_seen_table_states = d.pop("last_seen_table_states", UNSET)
        last_seen_table_states: list[JobsTableState] | Unset = UNSET
        if _last_seen_table_states is not UNSET:
            last_seen_table_states = []
            for last_seen_table_states_item_data in _last_seen_table_states:
                last_seen_table_states_item = JobsTableState.from_dict(last_seen_table_states_item_data)

                last_seen_table_states.append(last_seen_table_states_item)

        using_scalable_monitoring = d.pop("using_scalable_monitoring", UNSET)

        jobs_table_trigger_state = cls(
            last_seen_table_states=last_seen_table_states,
            using_scalable_monitoring=using_scalable_monitoring,
        )

        jobs_table_trigger_state.additional_properties = d
        return jobs_table_trigger_state

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
