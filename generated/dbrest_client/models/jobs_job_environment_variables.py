from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_job_environment_variables_spec import JobsJobEnvironmentVariablesSpec


T = TypeVar("T", bound="JobsJobEnvironmentVariables")


@_attrs_define
class JobsJobEnvironmentVariables:
    """A named environment-variable entry, defined once at the job level and referenced by key from one or more tasks.
    Entries live on ``JobSettings.environment_variables``, and tasks select one via
    ``TaskSettings.environment_variables_key``.

        Attributes:
            environment_variables_key (str): Identifier for this entry. Must be unique within
                ``JobSettings.environment_variables``. Tasks reference it from ``TaskSettings.environment_variables_key``.
            spec (JobsJobEnvironmentVariablesSpec | Unset): The environment variables and files associated with a job
                environment variable entry. Runtime environment variables override inline ``variables``, which override values
                from ``files``, on duplicate keys.
    """

    environment_variables_key: str
    spec: JobsJobEnvironmentVariablesSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_variables_key = self.environment_variables_key

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment_variables_key": environment_variables_key,
            }
        )
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_job_environment_variables_spec import JobsJobEnvironmentVariablesSpec  # noqa: PLC0415

        d = dict(src_dict)
        environment_variables_key = d.pop("environment_variables_key")

        _spec = d.pop("spec", UNSET)
        spec: JobsJobEnvironmentVariablesSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = JobsJobEnvironmentVariablesSpec.from_dict(_spec)

        jobs_job_environment_variables = cls(
            environment_variables_key=environment_variables_key,
            spec=spec,
        )

        jobs_job_environment_variables.additional_properties = d
        return jobs_job_environment_variables

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
