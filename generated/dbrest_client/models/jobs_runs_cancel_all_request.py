from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsRunsCancelAllRequest")


@_attrs_define
class JobsRunsCancelAllRequest:
    """A job whose active runs to cancel, or `all_queued_runs` without a job.

    Attributes:
        job_id (int | Unset): A job id or run id (unique across the workspace).
        all_queued_runs (bool | Unset): Optional boolean parameter to cancel all queued runs (later; databricks-sdk
            0.162.0). If no `job_id`
            is provided, all queued runs in the workspace are canceled.
    """

    job_id: int | Unset = UNSET
    all_queued_runs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        all_queued_runs = self.all_queued_runs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if all_queued_runs is not UNSET:
            field_dict["all_queued_runs"] = all_queued_runs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        all_queued_runs = d.pop("all_queued_runs", UNSET)

        jobs_runs_cancel_all_request = cls(
            job_id=job_id,
            all_queued_runs=all_queued_runs,
        )

        jobs_runs_cancel_all_request.additional_properties = d
        return jobs_runs_cancel_all_request

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
