from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_widget_error_detail import JobsWidgetErrorDetail


T = TypeVar("T", bound="JobsDashboardPageSnapshot")


@_attrs_define
class JobsDashboardPageSnapshot:
    """
    Attributes:
        page_display_name (str | Unset):
        widget_error_details (list[JobsWidgetErrorDetail] | Unset):
    """

    page_display_name: str | Unset = UNSET
    widget_error_details: list[JobsWidgetErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_display_name = self.page_display_name

        widget_error_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.widget_error_details, Unset):
            widget_error_details = []
            for widget_error_details_item_data in self.widget_error_details:
                widget_error_details_item = widget_error_details_item_data.to_dict()
                widget_error_details.append(widget_error_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_display_name is not UNSET:
            field_dict["page_display_name"] = page_display_name
        if widget_error_details is not UNSET:
            field_dict["widget_error_details"] = widget_error_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_widget_error_detail import JobsWidgetErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        page_display_name = d.pop("page_display_name", UNSET)

        _widget_error_details = d.pop("widget_error_details", UNSET)
        widget_error_details: list[JobsWidgetErrorDetail] | Unset = UNSET
        if _widget_error_details is not UNSET:
            widget_error_details = []
            for widget_error_details_item_data in _widget_error_details:
                widget_error_details_item = JobsWidgetErrorDetail.from_dict(widget_error_details_item_data)

                widget_error_details.append(widget_error_details_item)

        jobs_dashboard_page_snapshot = cls(
            page_display_name=page_display_name,
            widget_error_details=widget_error_details,
        )

        jobs_dashboard_page_snapshot.additional_properties = d
        return jobs_dashboard_page_snapshot

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
