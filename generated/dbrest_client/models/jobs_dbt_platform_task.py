from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsDbtPlatformTask")


@_attrs_define
class JobsDbtPlatformTask:
    """
    Attributes:
        connection_resource_name (str | Unset): The resource name of the UC connection that authenticates the dbt
            platform for this task
        dbt_platform_job_id (str | Unset): Id of the dbt platform job to be triggered. Specified as a string for maximum
            compatibility with clients.
    """

    connection_resource_name: str | Unset = UNSET
    dbt_platform_job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_resource_name = self.connection_resource_name

        dbt_platform_job_id = self.dbt_platform_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_resource_name is not UNSET:
            field_dict["connection_resource_name"] = connection_resource_name
        if dbt_platform_job_id is not UNSET:
            field_dict["dbt_platform_job_id"] = dbt_platform_job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connection_resource_name = d.pop("connection_resource_name", UNSET)

        dbt_platform_job_id = d.pop("dbt_platform_job_id", UNSET)

        jobs_dbt_platform_task = cls(
            connection_resource_name=connection_resource_name,
            dbt_platform_job_id=dbt_platform_job_id,
        )

        jobs_dbt_platform_task.additional_properties = d
        return jobs_dbt_platform_task

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
