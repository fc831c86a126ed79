from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobsSubscriptionAttachmentDataAttachmentWidget")


@_attrs_define
class JobsSubscriptionAttachmentDataAttachmentWidget:
    """Identifies a dashboard widget whose data to attach. ``page_id`` and ``widget_id`` are the URL identifiers from the
    dashboard's serialized definition returned by the Get dashboard API (``serialized_dashboard``), and together they
    uniquely identify the widget.

        Attributes:
            page_id (str): The URL identifier of the page containing the widget. This is the value of the ``name`` field of
                the corresponding entry under ``pages`` in the serialized dashboard definition. Format: alphanumeric, hyphen,
                and underscore characters allowed, max length 63.
            widget_id (str): The URL identifier of the widget. This is the value of the ``name`` field of the corresponding
                widget under that page's ``layout`` in the serialized dashboard definition. Format: alphanumeric, hyphen, and
                underscore characters allowed, max length 63.
    """

    page_id: str
    widget_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_id = self.page_id

        widget_id = self.widget_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_id": page_id,
                "widget_id": widget_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_id = d.pop("page_id")

        widget_id = d.pop("widget_id")

        jobs_subscription_attachment_data_attachment_widget = cls(
            page_id=page_id,
            widget_id=widget_id,
        )

        jobs_subscription_attachment_data_attachment_widget.additional_properties = d
        return jobs_subscription_attachment_data_attachment_widget

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
