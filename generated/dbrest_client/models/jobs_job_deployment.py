from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_job_deployment_kind import JobsJobDeploymentKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsJobDeployment")


@_attrs_define
class JobsJobDeployment:
    """
    Attributes:
        kind (JobsJobDeploymentKind): - ``BUNDLE``: The job is managed by Databricks Asset Bundle. - ``SYSTEM_MANAGED``:
            The job is managed by Databricks and is read-only.
        deployment_id (str | Unset): ID of the deployment that manages this job. Only set when ``kind`` is ``BUNDLE``.
            Used to look up deployment metadata from the Deployment Metadata service.
        metadata_file_path (str | Unset): Path of the file that contains deployment metadata.
        version_id (str | Unset): ID of the version of the deployment that produced this job. Only set when ``kind`` is
            ``BUNDLE``. Identifies a specific snapshot of the deployment in the Deployment Metadata service.
    """

    kind: JobsJobDeploymentKind
    deployment_id: str | Unset = UNSET
    metadata_file_path: str | Unset = UNSET
    version_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        deployment_id = self.deployment_id

        metadata_file_path = self.metadata_file_path

        version_id = self.version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if metadata_file_path is not UNSET:
            field_dict["metadata_file_path"] = metadata_file_path
        if version_id is not UNSET:
            field_dict["version_id"] = version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = JobsJobDeploymentKind(d.pop("kind"))

        deployment_id = d.pop("deployment_id", UNSET)

        metadata_file_path = d.pop("metadata_file_path", UNSET)

        version_id = d.pop("version_id", UNSET)

        jobs_job_deployment = cls(
            kind=kind,
            deployment_id=deployment_id,
            metadata_file_path=metadata_file_path,
            version_id=version_id,
        )

        jobs_job_deployment.additional_properties = d
        return jobs_job_deployment

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
