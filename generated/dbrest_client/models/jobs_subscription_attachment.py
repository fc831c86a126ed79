from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_subscription_attachment_data_attachment import JobsSubscriptionAttachmentDataAttachment
    from ..models.jobs_subscription_attachment_page_attachment import JobsSubscriptionAttachmentPageAttachment


T = TypeVar("T", bound="JobsSubscriptionAttachment")


@_attrs_define
class JobsSubscriptionAttachment:
    """The configuration for the files attached to the dashboard snapshot notification sent to subscribers.
    ``data_attachment`` describes the underlying data of dashboard widgets attached as data files, and
    ``page_attachment`` describes which dashboard pages are included in the attached PDF.

        Attributes:
            data_attachment (JobsSubscriptionAttachmentDataAttachment | Unset): The configuration for the tabular data files
                attached to the dashboard snapshot. ``widgets`` lists the widgets whose data is exported and ``file_format`` is
                the output format; each referenced widget's data is exported as a separate file.
            page_attachment (JobsSubscriptionAttachmentPageAttachment | Unset): The selection of dashboard pages included in
                the attached PDF. ``page_selection`` chooses between all pages, the first page only, or an explicit subset
                listed in ``page_ids``.
    """

    data_attachment: JobsSubscriptionAttachmentDataAttachment | Unset = UNSET
    page_attachment: JobsSubscriptionAttachmentPageAttachment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_attachment, Unset):
            data_attachment = self.data_attachment.to_dict()

        page_attachment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page_attachment, Unset):
            page_attachment = self.page_attachment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_attachment is not UNSET:
            field_dict["data_attachment"] = data_attachment
        if page_attachment is not UNSET:
            field_dict["page_attachment"] = page_attachment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_subscription_attachment_data_attachment import JobsSubscriptionAttachmentDataAttachment  # noqa: PLC0415
        from ..models.jobs_subscription_attachment_page_attachment import JobsSubscriptionAttachmentPageAttachment  # noqa: PLC0415

        d = dict(src_dict)
        _data_attachment = d.pop("data_attachment", UNSET)
        data_attachment: JobsSubscriptionAttachmentDataAttachment | Unset
        if isinstance(_data_attachment, Unset):
            data_attachment = UNSET
        else:
            data_attachment = JobsSubscriptionAttachmentDataAttachment.from_dict(_data_attachment)

        _page_attachment = d.pop("page_attachment", UNSET)
        page_attachment: JobsSubscriptionAttachmentPageAttachment | Unset
        if isinstance(_page_attachment, Unset):
            page_attachment = UNSET
        else:
            page_attachment = JobsSubscriptionAttachmentPageAttachment.from_dict(_page_attachment)

        jobs_subscription_attachment = cls(
            data_attachment=data_attachment,
            page_attachment=page_attachment,
        )

        jobs_subscription_attachment.additional_properties = d
        return jobs_subscription_attachment

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
