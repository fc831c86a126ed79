from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_webhook import JobsWebhook


T = TypeVar("T", bound="JobsWebhookNotifications")


@_attrs_define
class JobsWebhookNotifications:
    """System notification destinations called when runs start, succeed or fail (at most 3 each).

    Attributes:
        on_start (list[JobsWebhook] | Unset):
        on_success (list[JobsWebhook] | Unset):
        on_failure (list[JobsWebhook] | Unset):
        on_duration_warning_threshold_exceeded (list[JobsWebhook] | Unset): An optional list of system notification IDs
            to call when the duration of a run exceeds the threshold specified for the ``RUN_DURATION_SECONDS`` metric in
            the ``health`` field. A maximum of 3 destinations can be specified for the
            ``on_duration_warning_threshold_exceeded`` property.
        on_maintenance_complete (list[JobsWebhook] | Unset): An optional list of system notification IDs to call when
            platform-initiated maintenance completes for a continuous job. A maximum of 3 destinations can be specified for
            the ``on_maintenance_complete`` property.
        on_maintenance_start (list[JobsWebhook] | Unset): An optional list of system notification IDs to call when
            platform-initiated maintenance starts for a continuous job. A maximum of 3 destinations can be specified for the
            ``on_maintenance_start`` property.
        on_streaming_backlog_exceeded (list[JobsWebhook] | Unset): An optional list of system notification IDs to call
            when any streaming backlog thresholds are exceeded for any stream. Streaming backlog thresholds can be set in
            the ``health`` field using the following metrics: ``STREAMING_BACKLOG_BYTES``, ``STREAMING_BACKLOG_RECORDS``,
            ``STREAMING_BACKLOG_SECONDS``, or ``STREAMING_BACKLOG_FILES``. Alerting is based on the 10-minute average of
            these metrics. If the issue persists, notifications are resent every 30 minutes. A maximum of 3 destinations can
            be specified for the ``on_streaming_backlog_exceeded`` property.
    """

    on_start: list[JobsWebhook] | Unset = UNSET
    on_success: list[JobsWebhook] | Unset = UNSET
    on_failure: list[JobsWebhook] | Unset = UNSET
    on_duration_warning_threshold_exceeded: list[JobsWebhook] | Unset = UNSET
    on_maintenance_complete: list[JobsWebhook] | Unset = UNSET
    on_maintenance_start: list[JobsWebhook] | Unset = UNSET
    on_streaming_backlog_exceeded: list[JobsWebhook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_start: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_start, Unset):
            on_start = []
            for on_start_item_data in self.on_start:
                on_start_item = on_start_item_data.to_dict()
                on_start.append(on_start_item)

        on_success: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_success, Unset):
            on_success = []
            for on_success_item_data in self.on_success:
                on_success_item = on_success_item_data.to_dict()
                on_success.append(on_success_item)

        on_failure: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_failure, Unset):
            on_failure = []
            for on_failure_item_data in self.on_failure:
                on_failure_item = on_failure_item_data.to_dict()
                on_failure.append(on_failure_item)

        on_duration_warning_threshold_exceeded: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_duration_warning_threshold_exceeded, Unset):
            on_duration_warning_threshold_exceeded = []
            for on_duration_warning_threshold_exceeded_item_data in self.on_duration_warning_threshold_exceeded:
                on_duration_warning_threshold_exceeded_item = on_duration_warning_threshold_exceeded_item_data.to_dict()
                on_duration_warning_threshold_exceeded.append(on_duration_warning_threshold_exceeded_item)

        on_maintenance_complete: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_maintenance_complete, Unset):
            on_maintenance_complete = []
            for on_maintenance_complete_item_data in self.on_maintenance_complete:
                on_maintenance_complete_item = on_maintenance_complete_item_data.to_dict()
                on_maintenance_complete.append(on_maintenance_complete_item)

        on_maintenance_start: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_maintenance_start, Unset):
            on_maintenance_start = []
            for on_maintenance_start_item_data in self.on_maintenance_start:
                on_maintenance_start_item = on_maintenance_start_item_data.to_dict()
                on_maintenance_start.append(on_maintenance_start_item)

        on_streaming_backlog_exceeded: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.on_streaming_backlog_exceeded, Unset):
            on_streaming_backlog_exceeded = []
            for on_streaming_backlog_exceeded_item_data in self.on_streaming_backlog_exceeded:
                on_streaming_backlog_exceeded_item = on_streaming_backlog_exceeded_item_data.to_dict()
                on_streaming_backlog_exceeded.append(on_streaming_backlog_exceeded_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_start is not UNSET:
            field_dict["on_start"] = on_start
        if on_success is not UNSET:
            field_dict["on_success"] = on_success
        if on_failure is not UNSET:
            field_dict["on_failure"] = on_failure
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
        from ..models.jobs_webhook import JobsWebhook  # noqa: PLC0415

        d = dict(src_dict)
        _on_start = d.pop("on_start", UNSET)
        on_start: list[JobsWebhook] | Unset = UNSET
        if _on_start is not UNSET:
            on_start = []
            for on_start_item_data in _on_start:
                on_start_item = JobsWebhook.from_dict(on_start_item_data)

                on_start.append(on_start_item)

        _on_success = d.pop("on_success", UNSET)
        on_success: list[JobsWebhook] | Unset = UNSET
        if _on_success is not UNSET:
            on_success = []
            for on_success_item_data in _on_success:
                on_success_item = JobsWebhook.from_dict(on_success_item_data)

                on_success.append(on_success_item)

        _on_failure = d.pop("on_failure", UNSET)
        on_failure: list[JobsWebhook] | Unset = UNSET
        if _on_failure is not UNSET:
            on_failure = []
            for on_failure_item_data in _on_failure:
                on_failure_item = JobsWebhook.from_dict(on_failure_item_data)

                on_failure.append(on_failure_item)

        _on_duration_warning_threshold_exceeded = d.pop("on_duration_warning_threshold_exceeded", UNSET)
        on_duration_warning_threshold_exceeded: list[JobsWebhook] | Unset = UNSET
        if _on_duration_warning_threshold_exceeded is not UNSET:
            on_duration_warning_threshold_exceeded = []
            for on_duration_warning_threshold_exceeded_item_data in _on_duration_warning_threshold_exceeded:
                on_duration_warning_threshold_exceeded_item = JobsWebhook.from_dict(
                    on_duration_warning_threshold_exceeded_item_data
                )

                on_duration_warning_threshold_exceeded.append(on_duration_warning_threshold_exceeded_item)

        _on_maintenance_complete = d.pop("on_maintenance_complete", UNSET)
        on_maintenance_complete: list[JobsWebhook] | Unset = UNSET
        if _on_maintenance_complete is not UNSET:
            on_maintenance_complete = []
            for on_maintenance_complete_item_data in _on_maintenance_complete:
                on_maintenance_complete_item = JobsWebhook.from_dict(on_maintenance_complete_item_data)

                on_maintenance_complete.append(on_maintenance_complete_item)

        _on_maintenance_start = d.pop("on_maintenance_start", UNSET)
        on_maintenance_start: list[JobsWebhook] | Unset = UNSET
        if _on_maintenance_start is not UNSET:
            on_maintenance_start = []
            for on_maintenance_start_item_data in _on_maintenance_start:
                on_maintenance_start_item = JobsWebhook.from_dict(on_maintenance_start_item_data)

                on_maintenance_start.append(on_maintenance_start_item)

        _on_streaming_backlog_exceeded = d.pop("on_streaming_backlog_exceeded", UNSET)
        on_streaming_backlog_exceeded: list[JobsWebhook] | Unset = UNSET
        if _on_streaming_backlog_exceeded is not UNSET:
            on_streaming_backlog_exceeded = []
            for on_streaming_backlog_exceeded_item_data in _on_streaming_backlog_exceeded:
                on_streaming_backlog_exceeded_item = JobsWebhook.from_dict(on_streaming_backlog_exceeded_item_data)

                on_streaming_backlog_exceeded.append(on_streaming_backlog_exceeded_item)

        jobs_webhook_notifications = cls(
            on_start=on_start,
            on_success=on_success,
            on_failure=on_failure,
            on_duration_warning_threshold_exceeded=on_duration_warning_threshold_exceeded,
            on_maintenance_complete=on_maintenance_complete,
            on_maintenance_start=on_maintenance_start,
            on_streaming_backlog_exceeded=on_streaming_backlog_exceeded,
        )

        jobs_webhook_notifications.additional_properties = d
        return jobs_webhook_notifications

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
