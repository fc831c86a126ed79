from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobsJobCompletionTriggerConfigurationMonitoredJob")


@_attrs_define
class JobsJobCompletionTriggerConfigurationMonitoredJob:
    """An upstream job to monitor.

    Attributes:
        workspace_id (str): The ID of the workspace containing the upstream job. This can differ from the caller's
            workspace and downstream services enforce correct entitlements and CAN_VIEW permissions for the user + job
            combination. SDR: https://databricks.atlassian.net/browse/SDR-5267
        job_id (str): The ID of the upstream job.
    """

    workspace_id: str
    job_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
                "job_id": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        job_id = d.pop("job_id")

        jobs_job_completion_trigger_configuration_monitored_job = cls(
            workspace_id=workspace_id,
            job_id=job_id,
        )

        jobs_job_completion_trigger_configuration_monitored_job.additional_properties = d
        return jobs_job_completion_trigger_configuration_monitored_job

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
