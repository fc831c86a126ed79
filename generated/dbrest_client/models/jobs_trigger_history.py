from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_trigger_evaluation import JobsTriggerEvaluation


T = TypeVar("T", bound="JobsTriggerHistory")


@_attrs_define
class JobsTriggerHistory:
    """
    Attributes:
        last_failed (JobsTriggerEvaluation | Unset):
        last_not_triggered (JobsTriggerEvaluation | Unset):
        last_triggered (JobsTriggerEvaluation | Unset):
    """

    last_failed: JobsTriggerEvaluation | Unset = UNSET
    last_not_triggered: JobsTriggerEvaluation | Unset = UNSET
    last_triggered: JobsTriggerEvaluation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_failed: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_failed, Unset):
            last_failed = self.last_failed.to_dict()

        last_not_triggered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_not_triggered, Unset):
            last_not_triggered = self.last_not_triggered.to_dict()

        last_triggered: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_triggered, Unset):
            last_triggered = self.last_triggered.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_failed is not UNSET:
            field_dict["last_failed"] = last_failed
        if last_not_triggered is not UNSET:
            field_dict["last_not_triggered"] = last_not_triggered
        if last_triggered is not UNSET:
            field_dict["last_triggered"] = last_triggered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_trigger_evaluation import JobsTriggerEvaluation  # noqa: PLC0415

        d = dict(src_dict)
        _last_failed = d.pop("last_failed", UNSET)
        last_failed: JobsTriggerEvaluation | Unset
        if isinstance(_last_failed, Unset):
            last_failed = UNSET
        else:
            last_failed = JobsTriggerEvaluation.from_dict(_last_failed)

        _last_not_triggered = d.pop("last_not_triggered", UNSET)
        last_not_triggered: JobsTriggerEvaluation | Unset
        if isinstance(_last_not_triggered, Unset):
            last_not_triggered = UNSET
        else:
            last_not_triggered = JobsTriggerEvaluation.from_dict(_last_not_triggered)

        _last_triggered = d.pop("last_triggered", UNSET)
        last_triggered: JobsTriggerEvaluation | Unset
        if isinstance(_last_triggered, Unset):
            last_triggered = UNSET
        else:
            last_triggered = JobsTriggerEvaluation.from_dict(_last_triggered)

        jobs_trigger_history = cls(
            last_failed=last_failed,
            last_not_triggered=last_not_triggered,
            last_triggered=last_triggered,
        )

        jobs_trigger_history.additional_properties = d
        return jobs_trigger_history

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
