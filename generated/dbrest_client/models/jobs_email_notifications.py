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
            on_duration_warning_threshold_exceeded (list[str] | Unset): A list of email addresses to be notified when the
                duration of a run exceeds the threshold specified for the ``RUN_DURATION_SECONDS`` metric in the ``health``
                field. If no rule for the ``RUN_DURATION_SECONDS`` metric is specified in the ``health`` field for the job,
                notifications are not sent.
            on_maintenance_complete (list[str] | Unset): A list of email addresses to notify when platform-initiated
                maintenance completes for a continuous job.
            on_maintenance_start (list[str] | Unset): A list of email addresses to notify when platform-initiated
                maintenance starts for a continuous job.
            on_streaming_backlog_exceeded (list[str] | Unset): A list of email addresses to notify when any streaming
                backlog thresholds are exceeded for any stream. Streaming backlog thresholds can be set in the ``health`` field
                using the following metrics: ``STREAMING_BACKLOG_BYTES``, ``STREAMING_BACKLOG_RECORDS``,
                ``STREAMING_BACKLOG_SECONDS``, or ``STREAMING_BACKLOG_FILES``. Alerting is based on the 10-minute average of
                these metrics. If the issue persists, notifications are resent every 30 minutes.
    """

    on_start: list[str] | Unset = UNSET
    on_success: list[str] | Unset = UNSET
    on_failure: list[str] | Unset = UNSET
    no_alert_for_skipped_runs: bool | Unset = UNSET
    on_duration_warning_threshold_exceeded: list[str] | Unset = UNSET
    on_maintenance_complete: list[str] | Unset = UNSET
    on_maintenance_start: list[str] | Unset = UNSET
    on_streaming_backlog_exceeded: list[str] | Unset = UNSET
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

        on_duration_warning_threshold_exceeded: list[str] | Unset = UNSET
        if not isinstance(self.on_duration_warning_threshold_exceeded, Unset):
            on_duration_warning_threshold_exceeded = self.on_duration_warning_threshold_exceeded

        on_maintenance_complete: list[str] | Unset = UNSET
        if not isinstance(self.on_maintenance_complete, Unset):
            on_maintenance_complete = self.on_maintenance_complete

        on_maintenance_start: list[str] | Unset = UNSET
        if not isinstance(self.on_maintenance_start, Unset):
            on_maintenance_start = self.on_maintenance_start

        on_streaming_backlog_exceeded: list[str] | Unset = UNSET
        if not isinstance(self.on_streaming_backlog_exceeded, Unset):
            on_streaming_backlog_exceeded = self.on_streaming_backlog_exceeded

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
        if on_duration_warning_threshold_exceeded is not UNSET:
            field_dict["on_duration_warning_threshold_exceeded"] = on_duration_warning_threshold_exceeded
        if on_maintenance_complete is not UNSET:
            field_dict["on_maintenance_complete"] = on_maintenance_complete
        if on_maintenance_start is not UNSET:
            field_dict["on_maintenance_start"] = on_maintenance_start
        if on_streaming_backlog_exceeded is not UNSET:
            field_dict["on_streaming_backlog_exceeded"] = on_streaming_backlog_exceeded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on_start = cast(list[str], d.pop("on_start", UNSET))

        on_success = cast(list[str], d.pop("on_success", UNSET))

        on_failure = cast(list[str], d.pop("on_failure", UNSET))

        no_alert_for_skipped_runs = d.pop("no_alert_for_skipped_runs", UNSET)

        on_duration_warning_threshold_exceeded = cast(list[str], d.pop("on_duration_warning_threshold_exceeded", UNSET))

        on_maintenance_complete = cast(list[str], d.pop("on_maintenance_complete", UNSET))

        on_maintenance_start = cast(list[str], d.pop("on_maintenance_start", UNSET))

        on_streaming_backlog_exceeded = cast(list[str], d.pop("on_streaming_backlog_exceeded", UNSET))

        jobs_email_notifications = cls(
            on_start=on_start,
            on_success=on_success,
            on_failure=on_failure,
            no_alert_for_skipped_runs=no_alert_for_skipped_runs,
            on_duration_warning_threshold_exceeded=on_duration_warning_threshold_exceeded,
            on_maintenance_complete=on_maintenance_complete,
            on_maintenance_start=on_maintenance_start,
            on_streaming_backlog_exceeded=on_streaming_backlog_exceeded,
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
