from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_subscription_attachment_page_attachment_page_selection import (
    JobsSubscriptionAttachmentPageAttachmentPageSelection,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSubscriptionAttachmentPageAttachment")


@_attrs_define
class JobsSubscriptionAttachmentPageAttachment:
    """The selection of dashboard pages included in the attached PDF. ``page_selection`` chooses between all pages, the
    first page only, or an explicit subset listed in ``page_ids``.

        Attributes:
            page_ids (list[str] | Unset): The identifiers of the pages to include in the PDF. Only specified when
                ``page_selection`` is ``PAGE_SELECTION_SUBSET``. Each value is the identifier of a page in the dashboard's
                serialized definition returned by the Get dashboard API (``serialized_dashboard``): the value of the ``name``
                field of an entry under ``pages``. Format: alphanumeric, hyphen, and underscore characters allowed, max length
                63.
            page_selection (JobsSubscriptionAttachmentPageAttachmentPageSelection | Unset): Determines which dashboard pages
                are attached to the notification.
    """

    page_ids: list[str] | Unset = UNSET
    page_selection: JobsSubscriptionAttachmentPageAttachmentPageSelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_ids: list[str] | Unset = UNSET
        if not isinstance(self.page_ids, Unset):
            page_ids = self.page_ids

        page_selection: str | Unset = UNSET
        if not isinstance(self.page_selection, Unset):
            page_selection = self.page_selection.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_ids is not UNSET:
            field_dict["page_ids"] = page_ids
        if page_selection is not UNSET:
            field_dict["page_selection"] = page_selection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_ids = cast(list[str], d.pop("page_ids", UNSET))

        _page_selection = d.pop("page_selection", UNSET)
        page_selection: JobsSubscriptionAttachmentPageAttachmentPageSelection | Unset
        if isinstance(_page_selection, Unset):
            page_selection = UNSET
        else:
            page_selection = JobsSubscriptionAttachmentPageAttachmentPageSelection(_page_selection)

        jobs_subscription_attachment_page_attachment = cls(
            page_ids=page_ids,
            page_selection=page_selection,
        )

        jobs_subscription_attachment_page_attachment.additional_properties = d
        return jobs_subscription_attachment_page_attachment

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
