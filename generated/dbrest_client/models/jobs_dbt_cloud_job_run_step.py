from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_dbt_platform_run_status import JobsDbtPlatformRunStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsDbtCloudJobRunStep")


@_attrs_define
class JobsDbtCloudJobRunStep:
    """Format of response retrieved from dbt Cloud, for inclusion in output Deprecated in favor of DbtPlatformJobRunStep

    Attributes:
        index (int | Unset): Orders the steps in the job
        logs (str | Unset): Output of the step
        name (str | Unset): Name of the step in the job
        status (JobsDbtPlatformRunStatus | Unset): Response enumeration from calling the dbt platform API, for inclusion
            in output
    """

    index: int | Unset = UNSET
    logs: str | Unset = UNSET
    name: str | Unset = UNSET
    status: JobsDbtPlatformRunStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        logs = self.logs

        name = self.name

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
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        logs = d.pop("logs", UNSET)

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: JobsDbtPlatformRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobsDbtPlatformRunStatus(_status)

        jobs_dbt_cloud_job_run_step = cls(
            index=index,
            logs=logs,
            name=name,
            status=status,
        )

        jobs_dbt_cloud_job_run_step.additional_properties = d
        return jobs_dbt_cloud_job_run_step

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
