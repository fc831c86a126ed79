from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_subscription_attachment import JobsSubscriptionAttachment
    from ..models.jobs_subscription_subscriber import JobsSubscriptionSubscriber


T = TypeVar("T", bound="JobsSubscription")


@_attrs_define
class JobsSubscription:
    """
    Attributes:
        attachment (JobsSubscriptionAttachment | Unset): The configuration for the files attached to the dashboard
            snapshot notification sent to subscribers. ``data_attachment`` describes the underlying data of dashboard
            widgets attached as data files, and ``page_attachment`` describes which dashboard pages are included in the
            attached PDF.
        custom_subject (str | Unset): Optional: Allows users to specify a custom subject line on the email sent to
            subscribers.
        paused (bool | Unset): When true, the subscription will not send emails.
        subscribers (list[JobsSubscriptionSubscriber] | Unset): The list of subscribers to send the snapshot of the
            dashboard to.
    """

    attachment: JobsSubscriptionAttachment | Unset = UNSET
    custom_subject: str | Unset = UNSET
    paused: bool | Unset = UNSET
    subscribers: list[JobsSubscriptionSubscriber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachment, Unset):
            attachment = self.attachment.to_dict()

        custom_subject = self.custom_subject

        paused = self.paused

        subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribers, Unset):
            subscribers = []
            for subscribers_item_data in self.subscribers:
                subscribers_item = subscribers_item_data.to_dict()
                subscribers.append(subscribers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if custom_subject is not UNSET:
            field_dict["custom_subject"] = custom_subject
        if paused is not UNSET:
            field_dict["paused"] = paused
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_subscription_attachment import JobsSubscriptionAttachment  # noqa: PLC0415
        from ..models.jobs_subscription_subscriber import JobsSubscriptionSubscriber  # noqa: PLC0415

        d = dict(src_dict)
        _attachment = d.pop("attachment", UNSET)
        attachment: JobsSubscriptionAttachment | Unset
        if isinstance(_attachment, Unset):
            attachment = UNSET
        else:
            attachment = JobsSubscriptionAttachment.from_dict(_attachment)

        custom_subject = d.pop("custom_subject", UNSET)

        paused = d.pop("paused", UNSET)

        _subscribers = d.pop("subscribers", UNSET)
        subscribers: list[JobsSubscriptionSubscriber] | Unset = UNSET
        if _subscribers is not UNSET:
            subscribers = []
            for subscribers_item_data in _subscribers:
                subscribers_item = JobsSubscriptionSubscriber.from_dict(subscribers_item_data)

                subscribers.append(subscribers_item)

        jobs_subscription = cls(
            attachment=attachment,
            custom_subject=custom_subject,
            paused=paused,
            subscribers=subscribers,
        )

        jobs_subscription.additional_properties = d
        return jobs_subscription

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
