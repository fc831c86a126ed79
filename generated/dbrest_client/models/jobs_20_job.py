from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_20_job_settings import Jobs20JobSettings


T = TypeVar("T", bound="Jobs20Job")


@_attrs_define
class Jobs20Job:
    """A job as Jobs API 2.0 reads it.

    Attributes:
        job_id (int | Unset): A job id or run id (unique across the workspace).
        creator_user_name (str | Unset): Absent when the creator was deleted.
        run_as_user_name (str | Unset): (later) The user runs of the job run as.
        settings (Jobs20JobSettings | Unset): Settings of a job. Single-task format: the task kind, its cluster,
            libraries and retry policy at the
            top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
            fields.
        created_time (int | Unset): Creation time (epoch ms).
    """

    job_id: int | Unset = UNSET
    creator_user_name: str | Unset = UNSET
    run_as_user_name: str | Unset = UNSET
    settings: Jobs20JobSettings | Unset = UNSET
    created_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        creator_user_name = self.creator_user_name

        run_as_user_name = self.run_as_user_name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if creator_user_name is not UNSET:
            field_dict["creator_user_name"] = creator_user_name
        if run_as_user_name is not UNSET:
            field_dict["run_as_user_name"] = run_as_user_name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_time is not UNSET:
            field_dict["created_time"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_20_job_settings import Jobs20JobSettings  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        creator_user_name = d.pop("creator_user_name", UNSET)

        run_as_user_name = d.pop("run_as_user_name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: Jobs20JobSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = Jobs20JobSettings.from_dict(_settings)

        created_time = d.pop("created_time", UNSET)

        jobs_20_job = cls(
            job_id=job_id,
            creator_user_name=creator_user_name,
            run_as_user_name=run_as_user_name,
            settings=settings,
            created_time=created_time,
        )

        jobs_20_job.additional_properties = d
        return jobs_20_job

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
