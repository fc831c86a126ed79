from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsJobRunAs")


@_attrs_define
class JobsJobRunAs:
    """Write-only setting. Specifies the user, service principal, or group that the job runs as. If not specified, the job
    runs as the user who created the job. One of ``user_name``, ``service_principal_name``, or ``group_name`` should be
    specified. If not, an error is thrown.

        Attributes:
            group_name (str | Unset): Group name of an account group assigned to the workspace. When set, all tasks run as
                the group and the group's permissions are used for data access. Setting this field requires being a member of
                the group, or having the ``Assume`` permission on the group.
            service_principal_name (str | Unset): Application ID of an active service principal. Setting this field requires
                the ``servicePrincipal/user`` role.
            user_name (str | Unset): The email of an active workspace user. Non-admin users can only set this field to their
                own email.
    """

    group_name: str | Unset = UNSET
    service_principal_name: str | Unset = UNSET
    user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        service_principal_name = self.service_principal_name

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if service_principal_name is not UNSET:
            field_dict["service_principal_name"] = service_principal_name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_name = d.pop("group_name", UNSET)

        service_principal_name = d.pop("service_principal_name", UNSET)

        user_name = d.pop("user_name", UNSET)

        jobs_job_run_as = cls(
            group_name=group_name,
            service_principal_name=service_principal_name,
            user_name=user_name,
        )

        jobs_job_run_as.additional_properties = d
        return jobs_job_run_as

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
