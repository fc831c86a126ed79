from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobsJobEnvironmentVariablesSpecVariables")


@_attrs_define
class JobsJobEnvironmentVariablesSpecVariables:
    """Environment variables specified directly as key/value pairs. Maximum 20 entries. Each key must be 1 to 256
    characters and match ``^[A-Za-z_][A-Za-z0-9_]*$``: it must start with an ASCII letter or underscore and contain only
    ASCII letters, digits, and underscores. Each value can be any Unicode string of up to 512 characters, including an
    empty string.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jobs_job_environment_variables_spec_variables = cls()

        jobs_job_environment_variables_spec_variables.additional_properties = d
        return jobs_job_environment_variables_spec_variables

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
