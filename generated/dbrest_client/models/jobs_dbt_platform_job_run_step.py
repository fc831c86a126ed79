from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_dbt_platform_run_status import JobsDbtPlatformRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsDbtPlatformJobRunStep")


@_attrs_define
class JobsDbtPlatformJobRunStep:
    """Format of response retrieved from dbt platform, for inclusion in output

    Attributes:
        index (int | Unset): Orders the steps in the job
        logs (str | Unset): Output of the step
        logs_truncated (bool | Unset): Whether the logs of this step have been truncated. If true, the logs has been
            truncated to 10000 characters.
        name (str | Unset): Name of the step in the job
        name_truncated (bool | Unset): Whether the name of the job has been truncated. If true, the name has been
            truncated to 100 characters.
        status (JobsDbtPlatformRunStatus | Unset): Response enumeration from calling the dbt platform API, for inclusion
            in output
    """

    index: int | Unset = UNSET
    logs: str | Unset = UNSET
    logs_truncated: bool | Unset = UNSET
    name: str | Unset = UNSET
    name_truncated: bool | Unset = UNSET
    status: JobsDbtPlatformRunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        logs = self.logs

        logs_truncated = self.logs_truncated

        name = self.name

        name_truncated = self.name_truncated

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if logs is not UNSET:
            field_dict["logs"] = logs
        if logs_truncated is not UNSET:
            field_dict["logs_truncated"] = logs_truncated
        if name is not UNSET:
            field_dict["name"] = name
        if name_truncated is not UNSET:
            field_dict["name_truncated"] = name_truncated
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        logs = d.pop("logs", UNSET)

        logs_truncated = d.pop("logs_truncated", UNSET)

        name = d.pop("name", UNSET)

        name_truncated = d.pop("name_truncated", UNSET)

        _status = d.pop("status", UNSET)
        status: JobsDbtPlatformRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobsDbtPlatformRunStatus(_status)

        jobs_dbt_platform_job_run_step = cls(
            index=index,
            logs=logs,
            logs_truncated=logs_truncated,
            name=name,
            name_truncated=name_truncated,
            status=status,
        )

        jobs_dbt_platform_job_run_step.additional_properties = d
        return jobs_dbt_platform_job_run_step

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
