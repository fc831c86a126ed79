from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_21_run import Jobs21Run


T = TypeVar("T", bound="Jobs21RunsListResponse")


@_attrs_define
class Jobs21RunsListResponse:
    """
    Attributes:
        runs (list[Jobs21Run] | Unset):
        has_more (bool | Unset):
        next_page_token (str | Unset): A token that can be used to list the next page of runs (if applicable).
        prev_page_token (str | Unset): A token that can be used to list the previous page of runs (if applicable).
    """

    runs: list[Jobs21Run] | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_page_token: str | Unset = UNSET
    prev_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        has_more = self.has_more

        next_page_token = self.next_page_token

        prev_page_token = self.prev_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if runs is not UNSET:
            field_dict["runs"] = runs
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if prev_page_token is not UNSET:
            field_dict["prev_page_token"] = prev_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_21_run import Jobs21Run  # noqa: PLC0415

        d = dict(src_dict)
        _runs = d.pop("runs", UNSET)
        runs: list[Jobs21Run] | Unset = UNSET
        if _runs is not UNSET:
            runs = []
            for runs_item_data in _runs:
                runs_item = Jobs21Run.from_dict(runs_item_data)

                runs.append(runs_item)

        has_more = d.pop("has_more", UNSET)

        next_page_token = d.pop("next_page_token", UNSET)

        prev_page_token = d.pop("prev_page_token", UNSET)

        jobs_21_runs_list_response = cls(
            runs=runs,
            has_more=has_more,
            next_page_token=next_page_token,
            prev_page_token=prev_page_token,
        )

        jobs_21_runs_list_response.additional_properties = d
        return jobs_21_runs_list_response

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
