from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_dbt_platform_job_run_step import JobsDbtPlatformJobRunStep


T = TypeVar("T", bound="JobsDbtPlatformTaskOutput")


@_attrs_define
class JobsDbtPlatformTaskOutput:
    """
    Attributes:
        dbt_platform_job_run_id (str | Unset): Id of the job run in dbt platform. Specified as a string for maximum
            compatibility with clients.
        dbt_platform_job_run_output (list[JobsDbtPlatformJobRunStep] | Unset): Steps of the job run as received from dbt
            platform
        dbt_platform_job_run_url (str | Unset): Url where full run details can be viewed
        steps_truncated (bool | Unset): Whether the number of steps in the output has been truncated. If true, the
            output will contain the first 20 steps of the output.
    """

    dbt_platform_job_run_id: str | Unset = UNSET
    dbt_platform_job_run_output: list[JobsDbtPlatformJobRunStep] | Unset = UNSET
    dbt_platform_job_run_url: str | Unset = UNSET
    steps_truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dbt_platform_job_run_id = self.dbt_platform_job_run_id

        dbt_platform_job_run_output: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dbt_platform_job_run_output, Unset):
            dbt_platform_job_run_output = []
            for dbt_platform_job_run_output_item_data in self.dbt_platform_job_run_output:
                dbt_platform_job_run_output_item = dbt_platform_job_run_output_item_data.to_dict()
                dbt_platform_job_run_output.append(dbt_platform_job_run_output_item)

        dbt_platform_job_run_url = self.dbt_platform_job_run_url

        steps_truncated = self.steps_truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbt_platform_job_run_id is not UNSET:
            field_dict["dbt_platform_job_run_id"] = dbt_platform_job_run_id
        if dbt_platform_job_run_output is not UNSET:
            field_dict["dbt_platform_job_run_output"] = dbt_platform_job_run_output
        if dbt_platform_job_run_url is not UNSET:
            field_dict["dbt_platform_job_run_url"] = dbt_platform_job_run_url
        if steps_truncated is not UNSET:
            field_dict["steps_truncated"] = steps_truncated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_dbt_platform_job_run_step import JobsDbtPlatformJobRunStep  # noqa: PLC0415

        d = dict(src_dict)
        dbt_platform_job_run_id = d.pop("dbt_platform_job_run_id", UNSET)

        _dbt_platform_job_run_output = d.pop("dbt_platform_job_run_output", UNSET)
        dbt_platform_job_run_output: list[JobsDbtPlatformJobRunStep] | Unset = UNSET
        if _dbt_platform_job_run_output is not UNSET:
            dbt_platform_job_run_output = []
            for dbt_platform_job_run_output_item_data in _dbt_platform_job_run_output:
                dbt_platform_job_run_output_item = JobsDbtPlatformJobRunStep.from_dict(
                    dbt_platform_job_run_output_item_data
                )

                dbt_platform_job_run_output.append(dbt_platform_job_run_output_item)

        dbt_platform_job_run_url = d.pop("dbt_platform_job_run_url", UNSET)

        steps_truncated = d.pop("steps_truncated", UNSET)

        jobs_dbt_platform_task_output = cls(
            dbt_platform_job_run_id=dbt_platform_job_run_id,
            dbt_platform_job_run_output=dbt_platform_job_run_output,
            dbt_platform_job_run_url=dbt_platform_job_run_url,
            steps_truncated=steps_truncated,
        )

        jobs_dbt_platform_task_output.additional_properties = d
        return jobs_dbt_platform_task_output

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
