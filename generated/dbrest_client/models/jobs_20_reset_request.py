from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.jobs_20_job_settings import Jobs20JobSettings


T = TypeVar("T", bound="Jobs20ResetRequest")


@_attrs_define
class Jobs20ResetRequest:
    """
    Attributes:
        job_id (int): A job id or run id (unique across the workspace).
        new_settings (Jobs20JobSettings): Settings of a job. Single-task format: the task kind, its cluster, libraries
            and retry policy at the
            top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
            fields.
    """

    job_id: int
    new_settings: Jobs20JobSettings
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        new_settings = self.new_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
                "new_settings": new_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_20_job_settings import Jobs20JobSettings  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        new_settings = Jobs20JobSettings.from_dict(d.pop("new_settings"))

        jobs_20_reset_request = cls(
            job_id=job_id,
            new_settings=new_settings,
        )

        jobs_20_reset_request.additional_properties = d
        return jobs_20_reset_request

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
