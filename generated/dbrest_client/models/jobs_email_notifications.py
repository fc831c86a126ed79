from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsEmailNotifications")


@_attrs_define
class JobsEmailNotifications:
    """Email addresses notified when runs start, succeed or fail (INTERNAL_ERROR, SKIPPED, FAILED,
    TIMEDOUT), and when the job is deleted. ASCII addresses only.

        Example:
            {'on_failure': ['user.name@databricks.com']}

        Attributes:
            on_start (list[str] | Unset):
            on_success (list[str] | Unset):
            on_failure (list[str] | Unset):
            no_alert_for_skipped_runs (bool | Unset): Do not email `on_failure` recipients about skipped runs.
    """

    on_start: list[str] | Unset = UNSET
    on_success: list[str] | Unset = UNSET
    on_failure: list[str] | Unset = UNSET
    no_alert_for_skipped_runs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_start: list[str] | Unset = UNSET
        if not isinstance(self.on_start, Unset):
            on_start = self.on_start

        on_success: list[str] | Unset = UNSET
        if not isinstance(self.on_success, Unset):
            on_success = self.on_success

        on_failure: list[str] | Unset = UNSET
        if not isinstance(self.on_failure, Unset):
            on_failure = self.on_failure

        no_alert_for_skipped_runs = self.no_alert_for_skipped_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_start is not UNSET:
            field_dict["on_start"] = on_start
        if on_success is not UNSET:
            field_dict["on_success"] = on_success
        if on_failure is not UNSET:
            field_dict["on_failure"] = on_failure
        if no_alert_for_skipped_runs is not UNSET:
            field_dict["no_alert_for_skipped_runs"] = no_alert_for_skipped_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_start = cast(list[str], d.pop("on_start", UNSET))

        on_success = cast(list[str], d.pop("on_success", UNSET))

        on_failure = cast(list[str], d.pop("on_failure", UNSET))

        no_alert_for_skipped_runs = d.pop("no_alert_for_skipped_runs", UNSET)

        jobs_email_notifications = cls(
            on_start=on_start,
            on_success=on_success,
            on_failure=on_failure,
            no_alert_for_skipped_runs=no_alert_for_skipped_runs,
        )

        jobs_email_notifications.additional_properties = d
        return jobs_email_notifications

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
