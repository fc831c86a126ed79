from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_alert_evaluation_state import JobsAlertEvaluationState
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsAlertTaskOutput")


@_attrs_define
class JobsAlertTaskOutput:
    """
    Attributes:
        alert_state (JobsAlertEvaluationState | Unset): Same alert evaluation state as in
            redash-v2/api/proto/alertsv2/alerts.proto
    """

    alert_state: JobsAlertEvaluationState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_state: str | Unset = UNSET
        if not isinstance(self.alert_state, Unset):
            alert_state = self.alert_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_state is not UNSET:
            field_dict["alert_state"] = alert_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _alert_state = d.pop("alert_state", UNSET)
        alert_state: JobsAlertEvaluationState | Unset
        if isinstance(_alert_state, Unset):
            alert_state = UNSET
        else:
            alert_state = JobsAlertEvaluationState(_alert_state)

        jobs_alert_task_output = cls(
            alert_state=alert_state,
        )

        jobs_alert_task_output.additional_properties = d
        return jobs_alert_task_output

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
