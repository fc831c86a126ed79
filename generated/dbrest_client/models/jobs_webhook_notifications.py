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
    """

    on_start: list[JobsWebhook] | Unset = UNSET
    on_success: list[JobsWebhook] | Unset = UNSET
    on_failure: list[JobsWebhook] | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_start is not UNSET:
            field_dict["on_start"] = on_start
        if on_success is not UNSET:
            field_dict["on_success"] = on_success
        if on_failure is not UNSET:
            field_dict["on_failure"] = on_failure

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

        jobs_webhook_notifications = cls(
            on_start=on_start,
            on_success=on_success,
            on_failure=on_failure,
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
