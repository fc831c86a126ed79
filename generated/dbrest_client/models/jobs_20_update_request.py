from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_20_job_settings import Jobs20JobSettings


T = TypeVar("T", bound="Jobs20UpdateRequest")


@_attrs_define
class Jobs20UpdateRequest:
    """
    Attributes:
        job_id (int): A job id or run id (unique across the workspace).
        new_settings (Jobs20JobSettings | Unset): Settings of a job. Single-task format: the task kind, its cluster,
            libraries and retry policy at the
            top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
            fields.
        fields_to_remove (list[str] | Unset): Top-level settings fields to remove, e.g. `["libraries", "schedule"]`.
    """

    job_id: int
    new_settings: Jobs20JobSettings | Unset = UNSET
    fields_to_remove: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        new_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_settings, Unset):
            new_settings = self.new_settings.to_dict()

        fields_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.fields_to_remove, Unset):
            fields_to_remove = self.fields_to_remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_id": job_id,
            }
        )
        if new_settings is not UNSET:
            field_dict["new_settings"] = new_settings
        if fields_to_remove is not UNSET:
            field_dict["fields_to_remove"] = fields_to_remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_20_job_settings import Jobs20JobSettings  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id")

        _new_settings = d.pop("new_settings", UNSET)
        new_settings: Jobs20JobSettings | Unset
        if isinstance(_new_settings, Unset):
            new_settings = UNSET
        else:
            new_settings = Jobs20JobSettings.from_dict(_new_settings)

        fields_to_remove = cast(list[str], d.pop("fields_to_remove", UNSET))

        jobs_20_update_request = cls(
            job_id=job_id,
            new_settings=new_settings,
            fields_to_remove=fields_to_remove,
        )

        jobs_20_update_request.additional_properties = d
        return jobs_20_update_request

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
