from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsRunNowResponse")


@_attrs_define
class JobsRunNowResponse:
    """
    Attributes:
        run_id (int): A job id or run id (unique across the workspace).
        number_in_job (int | Unset): 2.0: the sequence number of the run among the runs of the job (from 1). 2.1: equal
            to `run_id`
            (deprecated).
    """

    run_id: int
    number_in_job: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        number_in_job = self.number_in_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if number_in_job is not UNSET:
            field_dict["number_in_job"] = number_in_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        number_in_job = d.pop("number_in_job", UNSET)

        jobs_run_now_response = cls(
            run_id=run_id,
            number_in_job=number_in_job,
        )

        jobs_run_now_response.additional_properties = d
        return jobs_run_now_response

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
