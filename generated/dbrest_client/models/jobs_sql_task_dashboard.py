from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_task_subscription import JobsSqlTaskSubscription


T = TypeVar("T", bound="JobsSqlTaskDashboard")


@_attrs_define
class JobsSqlTaskDashboard:
    """
    Attributes:
        dashboard_id (str):
        custom_subject (str | Unset): Subject of the email sent to subscribers of this task.
        pause_subscriptions (bool | Unset): If true, the dashboard snapshot is not taken, and emails are not sent to
            subscribers.
        subscriptions (list[JobsSqlTaskSubscription] | Unset): If specified, dashboard snapshots are sent to
            subscriptions.
    """

    dashboard_id: str
    custom_subject: str | Unset = UNSET
    pause_subscriptions: bool | Unset = UNSET
    subscriptions: list[JobsSqlTaskSubscription] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        custom_subject = self.custom_subject

        pause_subscriptions = self.pause_subscriptions

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dashboard_id": dashboard_id,
            }
        )
        if custom_subject is not UNSET:
            field_dict["custom_subject"] = custom_subject
        if pause_subscriptions is not UNSET:
            field_dict["pause_subscriptions"] = pause_subscriptions
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_task_subscription import JobsSqlTaskSubscription  # noqa: PLC0415

        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id")

        custom_subject = d.pop("custom_subject", UNSET)

        pause_subscriptions = d.pop("pause_subscriptions", UNSET)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[JobsSqlTaskSubscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = JobsSqlTaskSubscription.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        jobs_sql_task_dashboard = cls(
            dashboard_id=dashboard_id,
            custom_subject=custom_subject,
            pause_subscriptions=pause_subscriptions,
            subscriptions=subscriptions,
        )

        jobs_sql_task_dashboard.additional_properties = d
        return jobs_sql_task_dashboard

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
