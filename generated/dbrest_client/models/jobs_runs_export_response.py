from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_view_item import JobsViewItem


T = TypeVar("T", bound="JobsRunsExportResponse")


@_attrs_define
class JobsRunsExportResponse:
    """
    Example:
        {'views': [{'content': '<!DOCTYPE html><html><head>Head</head><body>Body</body></html>', 'name': 'my-notebook',
            'type': 'NOTEBOOK'}]}

    Attributes:
        views (list[JobsViewItem] | Unset):
    """

    views: list[JobsViewItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        views: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.views, Unset):
            views = []
            for views_item_data in self.views:
                views_item = views_item_data.to_dict()
                views.append(views_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if views is not UNSET:
            field_dict["views"] = views

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_view_item import JobsViewItem  # noqa: PLC0415

        d = dict(src_dict)
        _views = d.pop("views", UNSET)
        views: list[JobsViewItem] | Unset = UNSET
        if _views is not UNSET:
            views = []
            for views_item_data in _views:
                views_item = JobsViewItem.from_dict(views_item_data)

                views.append(views_item)

        jobs_runs_export_response = cls(
            views=views,
        )

        jobs_runs_export_response.additional_properties = d
        return jobs_runs_export_response

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
