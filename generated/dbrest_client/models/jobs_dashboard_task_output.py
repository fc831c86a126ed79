from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_dashboard_page_snapshot import JobsDashboardPageSnapshot


T = TypeVar("T", bound="JobsDashboardTaskOutput")


@_attrs_define
class JobsDashboardTaskOutput:
    """
    Attributes:
        page_snapshots (list[JobsDashboardPageSnapshot] | Unset): Should only be populated for manual PDF download jobs.
    """

    page_snapshots: list[JobsDashboardPageSnapshot] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_snapshots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.page_snapshots, Unset):
            page_snapshots = []
            for page_snapshots_item_data in self.page_snapshots:
                page_snapshots_item = page_snapshots_item_data.to_dict()
                page_snapshots.append(page_snapshots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_snapshots is not UNSET:
            field_dict["page_snapshots"] = page_snapshots

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_dashboard_page_snapshot import JobsDashboardPageSnapshot  # noqa: PLC0415

        d = dict(src_dict)
        _page_snapshots = d.pop("page_snapshots", UNSET)
        page_snapshots: list[JobsDashboardPageSnapshot] | Unset = UNSET
        if _page_snapshots is not UNSET:
            page_snapshots = []
            for page_snapshots_item_data in _page_snapshots:
                page_snapshots_item = JobsDashboardPageSnapshot.from_dict(page_snapshots_item_data)

                page_snapshots.append(page_snapshots_item)

        jobs_dashboard_task_output = cls(
            page_snapshots=page_snapshots,
        )

        jobs_dashboard_task_output.additional_properties = d
        return jobs_dashboard_task_output

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
