from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_21_job import Jobs21Job


T = TypeVar("T", bound="Jobs21ListResponse")


@_attrs_define
class Jobs21ListResponse:
    """
    Attributes:
        jobs (list[Jobs21Job] | Unset):
        has_more (bool | Unset):
        next_page_token (str | Unset): A token that can be used to list the next page of jobs (if applicable).
        prev_page_token (str | Unset): A token that can be used to list the previous page of jobs (if applicable).
    """

    jobs: list[Jobs21Job] | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_page_token: str | Unset = UNSET
    prev_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        has_more = self.has_more

        next_page_token = self.next_page_token

        prev_page_token = self.prev_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_21_job import Jobs21Job  # noqa: PLC0415

        d = dict(src_dict)
        _jobs = d.pop("jobs", UNSET)
        jobs: list[Jobs21Job] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = Jobs21Job.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        has_more = d.pop("has_more", UNSET)

        next_page_token = d.pop("next_page_token", UNSET)

        prev_page_token = d.pop("prev_page_token", UNSET)

        jobs_21_list_response = cls(
            jobs=jobs,
            has_more=has_more,
            next_page_token=next_page_token,
            prev_page_token=prev_page_token,
        )

        jobs_21_list_response.additional_properties = d
        return jobs_21_list_response

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
