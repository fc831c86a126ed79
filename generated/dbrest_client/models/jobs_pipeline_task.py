from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsPipelineTask")


@_attrs_define
class JobsPipelineTask:
    """Run a Delta Live Tables pipeline.

    Attributes:
        pipeline_id (str | Unset):
        full_refresh (bool | Unset): Whether to fully refresh the tables (default false).
    """

    pipeline_id: str | Unset = UNSET
    full_refresh: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = self.pipeline_id

        full_refresh = self.full_refresh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pipeline_id is not UNSET:
            field_dict["pipeline_id"] = pipeline_id
        if full_refresh is not UNSET:
            field_dict["full_refresh"] = full_refresh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pipeline_id = d.pop("pipeline_id", UNSET)

        full_refresh = d.pop("full_refresh", UNSET)

        jobs_pipeline_task = cls(
            pipeline_id=pipeline_id,
            full_refresh=full_refresh,
        )

        jobs_pipeline_task.additional_properties = d
        return jobs_pipeline_task

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
