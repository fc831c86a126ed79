from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsTaskNotificationSettings")


@_attrs_define
class JobsTaskNotificationSettings:
    """
    Attributes:
        alert_on_last_attempt (bool | Unset): If true, do not send notifications to recipients specified in ``on_start``
            for the retried runs and do not send notifications to recipients specified in ``on_failure`` until the last
            retry of the run.
        no_alert_for_canceled_runs (bool | Unset): If true, do not send notifications to recipients specified in
            ``on_failure`` if the run is canceled.
        no_alert_for_skipped_runs (bool | Unset): If true, do not send notifications to recipients specified in
            ``on_failure`` if the run is skipped.
    """

    alert_on_last_attempt: bool | Unset = UNSET
    no_alert_for_canceled_runs: bool | Unset = UNSET
    no_alert_for_skipped_runs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_on_last_attempt = self.alert_on_last_attempt

        no_alert_for_canceled_runs = self.no_alert_for_canceled_runs

        no_alert_for_skipped_runs = self.no_alert_for_skipped_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_on_last_attempt is not UNSET:
            field_dict["alert_on_last_attempt"] = alert_on_last_attempt
        if no_alert_for_canceled_runs is not UNSET:
            field_dict["no_alert_for_canceled_runs"] = no_alert_for_canceled_runs
        if no_alert_for_skipped_runs is not UNSET:
            field_dict["no_alert_for_skipped_runs"] = no_alert_for_skipped_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_on_last_attempt = d.pop("alert_on_last_attempt", UNSET)

        no_alert_for_canceled_runs = d.pop("no_alert_for_canceled_runs", UNSET)

        no_alert_for_skipped_runs = d.pop("no_alert_for_skipped_runs", UNSET)

        jobs_task_notification_settings = cls(
            alert_on_last_attempt=alert_on_last_attempt,
            no_alert_for_canceled_runs=no_alert_for_canceled_runs,
            no_alert_for_skipped_runs=no_alert_for_skipped_runs,
        )

        jobs_task_notification_settings.additional_properties = d
        return jobs_task_notification_settings

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
