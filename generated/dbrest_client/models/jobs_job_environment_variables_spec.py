from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_job_environment_variables_spec_variables import JobsJobEnvironmentVariablesSpecVariables


T = TypeVar("T", bound="JobsJobEnvironmentVariablesSpec")


@_attrs_define
class JobsJobEnvironmentVariablesSpec:
    """The environment variables and files associated with a job environment variable entry. Runtime environment variables
    override inline ``variables``, which override values from ``files``, on duplicate keys.

        Attributes:
            files (list[str] | Unset): Workspace (``/Workspace/...``) or UC Volumes (``/Volumes/...``) paths to ``.env``
                files. Maximum 5 files. Files are read, parsed, and merged at task execution time, not at job creation or update
                API call time. File format: each line containing a variable must be exactly ``KEY=VALUE``. Empty and whitespace-
                only lines, and lines beginning with ``#``, are ignored. Keys must match the same regex as inlined variable
                names (``^[A-Za-z_][A-Za-z0-9_]*$``); the value continues to the end of the line. No other syntax is supported —
                no inline comments, no quoted values, no escape sequences, no variable i
            variables (JobsJobEnvironmentVariablesSpecVariables | Unset): Environment variables specified directly as
                key/value pairs. Maximum 20 entries. Each key must be 1 to 256 characters and match ``^[A-Za-
                z_][A-Za-z0-9_]*$``: it must start with an ASCII letter or underscore and contain only ASCII letters, digits,
                and underscores. Each value can be any Unicode string of up to 512 characters, including an empty string.
    """

    files: list[str] | Unset = UNSET
    variables: JobsJobEnvironmentVariablesSpecVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files: list[str] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_job_environment_variables_spec_variables import JobsJobEnvironmentVariablesSpecVariables  # noqa: PLC0415

        d = dict(src_dict)
        files = cast(list[str], d.pop("files", UNSET))

        _variables = d.pop("variables", UNSET)
        variables: JobsJobEnvironmentVariablesSpecVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = JobsJobEnvironmentVariablesSpecVariables.from_dict(_variables)

        jobs_job_environment_variables_spec = cls(
            files=files,
            variables=variables,
        )

        jobs_job_environment_variables_spec.additional_properties = d
        return jobs_job_environment_variables_spec

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
