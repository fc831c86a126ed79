from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsTriggerEvaluation")


@_attrs_define
class JobsTriggerEvaluation:
    """
    Attributes:
        description (str | Unset): Human-readable description of the trigger evaluation result. Explains why the trigger
            evaluation triggered or did not trigger a run, or failed.
        run_id (int | Unset): The ID of the run that was triggered by the trigger evaluation. Only returned if a run was
            triggered.
        timestamp (int | Unset): Timestamp at which the trigger was evaluated.
    """

    description: str | Unset = UNSET
    run_id: int | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        run_id = self.run_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        run_id = d.pop("run_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        jobs_trigger_evaluation = cls(
            description=description,
            run_id=run_id,
            timestamp=timestamp,
        )

        jobs_trigger_evaluation.additional_properties = d
        return jobs_trigger_evaluation

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
