from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_subscription_attachment_data_attachment_file_format import (
    JobsSubscriptionAttachmentDataAttachmentFileFormat,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_subscription_attachment_data_attachment_widget import (
        JobsSubscriptionAttachmentDataAttachmentWidget,
    )


T = TypeVar("T", bound="JobsSubscriptionAttachmentDataAttachment")


@_attrs_define
class JobsSubscriptionAttachmentDataAttachment:
    """The configuration for the tabular data files attached to the dashboard snapshot. ``widgets`` lists the widgets whose
    data is exported and ``file_format`` is the output format; each referenced widget's data is exported as a separate
    file.

        Attributes:
            widgets (list[JobsSubscriptionAttachmentDataAttachmentWidget]): The widgets whose underlying data is exported.
                At least one widget must be referenced.
            file_format (JobsSubscriptionAttachmentDataAttachmentFileFormat): The output format of an exported tabular data
                file. Must be set to a value other than ``FILE_FORMAT_UNSPECIFIED``.
            include_applied_filters (bool | Unset): When true, the dashboard's applied filter values are included alongside
                the tabular data as an additional attached file.
    """

    widgets: list[JobsSubscriptionAttachmentDataAttachmentWidget]
    file_format: JobsSubscriptionAttachmentDataAttachmentFileFormat
    include_applied_filters: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        widgets = []
        for widgets_item_data in self.widgets:
            widgets_item = widgets_item_data.to_dict()
            widgets.append(widgets_item)

        file_format = self.file_format.value

        include_applied_filters = self.include_applied_filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "widgets": widgets,
                "file_format": file_format,
            }
        )
        if include_applied_filters is not UNSET:
            field_dict["include_applied_filters"] = include_applied_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_subscription_attachment_data_attachment_widget import (
            JobsSubscriptionAttachmentDataAttachmentWidget,  # noqa: PLC0415
        )

        d = dict(src_dict)
        widgets = []
        _widgets = d.pop("widgets")
        for widgets_item_data in _widgets:
            widgets_item = JobsSubscriptionAttachmentDataAttachmentWidget.from_dict(widgets_item_data)

            widgets.append(widgets_item)

        file_format = JobsSubscriptionAttachmentDataAttachmentFileFormat(d.pop("file_format"))

        include_applied_filters = d.pop("include_applied_filters", UNSET)

        jobs_subscription_attachment_data_attachment = cls(
            widgets=widgets,
            file_format=file_format,
            include_applied_filters=include_applied_filters,
        )

        jobs_subscription_attachment_data_attachment.additional_properties = d
        return jobs_subscription_attachment_data_attachment

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
