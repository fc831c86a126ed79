from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_20_run import Jobs20Run


T = TypeVar("T", bound="Jobs20RunsListResponse")


@_attrs_define
class Jobs20RunsListResponse:
    """
    Attributes:
        runs (list[Jobs20Run] | Unset):
        has_more (bool | Unset):
    """

    runs: list[Jobs20Run] | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.runs, Unset):
            runs = []
            for runs_item_data in self.runs:
                runs_item = runs_item_data.to_dict()
                runs.append(runs_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if runs is not UNSET:
            field_dict["runs"] = runs
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_20_run import Jobs20Run  # noqa: PLC0415

        d = dict(src_dict)
        _runs = d.pop("runs", UNSET)
        runs: list[Jobs20Run] | Unset = UNSET
        if _runs is not UNSET:
            runs = []
            for runs_item_data in _runs:
                runs_item = Jobs20Run.from_dict(runs_item_data)

                runs.append(runs_item)

        has_more = d.pop("has_more", UNSET)

        jobs_20_runs_list_response = cls(
            runs=runs,
            has_more=has_more,
        )

        jobs_20_runs_list_response.additional_properties = d
        return jobs_20_runs_list_response

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
