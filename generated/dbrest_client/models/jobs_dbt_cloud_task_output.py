from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_dbt_cloud_job_run_step import JobsDbtCloudJobRunStep


T = TypeVar("T", bound="JobsDbtCloudTaskOutput")


@_attrs_define
class JobsDbtCloudTaskOutput:
    """Deprecated in favor of DbtPlatformTaskOutput

    Attributes:
        dbt_cloud_job_run_id (int | Unset): Id of the job run in dbt Cloud
        dbt_cloud_job_run_output (list[JobsDbtCloudJobRunStep] | Unset): Steps of the job run as received from dbt Cloud
        dbt_cloud_job_run_url (str | Unset): Url where full run details can be viewed
    """

    dbt_cloud_job_run_id: int | Unset = UNSET
    dbt_cloud_job_run_output: list[JobsDbtCloudJobRunStep] | Unset = UNSET
    dbt_cloud_job_run_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dbt_cloud_job_run_id = self.dbt_cloud_job_run_id

        dbt_cloud_job_run_output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dbt_cloud_job_run_output, Unset):
            dbt_cloud_job_run_output = []
            for dbt_cloud_job_run_output_item_data in self.dbt_cloud_job_run_output:
                dbt_cloud_job_run_output_item = dbt_cloud_job_run_output_item_data.to_dict()
                dbt_cloud_job_run_output.append(dbt_cloud_job_run_output_item)

        dbt_cloud_job_run_url = self.dbt_cloud_job_run_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbt_cloud_job_run_id is not UNSET:
            field_dict["dbt_cloud_job_run_id"] = dbt_cloud_job_run_id
        if dbt_cloud_job_run_output is not UNSET:
            field_dict["dbt_cloud_job_run_output"] = dbt_cloud_job_run_output
        if dbt_cloud_job_run_url is not UNSET:
            field_dict["dbt_cloud_job_run_url"] = dbt_cloud_job_run_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_dbt_cloud_job_run_step import JobsDbtCloudJobRunStep  # noqa: PLC0415

        d = dict(src_dict)
        dbt_cloud_job_run_id = d.pop("dbt_cloud_job_run_id", UNSET)

        _dbt_cloud_job_run_output = d.pop("dbt_cloud_job_run_output", UNSET)
        dbt_cloud_job_run_output: list[JobsDbtCloudJobRunStep] | Unset = UNSET
        if _dbt_cloud_job_run_output is not UNSET:
            dbt_cloud_job_run_output = []
            for dbt_cloud_job_run_output_item_data in _dbt_cloud_job_run_output:
                dbt_cloud_job_run_output_item = JobsDbtCloudJobRunStep.from_dict(dbt_cloud_job_run_output_item_data)

                dbt_cloud_job_run_output.append(dbt_cloud_job_run_output_item)

        dbt_cloud_job_run_url = d.pop("dbt_cloud_job_run_url", UNSET)

        jobs_dbt_cloud_task_output = cls(
            dbt_cloud_job_run_id=dbt_cloud_job_run_id,
            dbt_cloud_job_run_output=dbt_cloud_job_run_output,
            dbt_cloud_job_run_url=dbt_cloud_job_run_url,
        )

        jobs_dbt_cloud_task_output.additional_properties = d
        return jobs_dbt_cloud_task_output

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
