from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_compute_environment import JobsComputeEnvironment


T = TypeVar("T", bound="JobsJobEnvironment")


@_attrs_define
class JobsJobEnvironment:
    """
    Attributes:
        environment_key (str): The key of an environment. It has to be unique within a job.
        spec (JobsComputeEnvironment | Unset): The environment entity used to preserve serverless environment side
            panel, jobs' environment for non-notebook task, and SDP's environment for classic and serverless pipelines. In
            this minimal environment spec, only pip and java dependencies are supported.
    """

    environment_key: str
    spec: JobsComputeEnvironment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_key = self.environment_key

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment_key": environment_key,
            }
        )
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_compute_environment import JobsComputeEnvironment  # noqa: PLC0415

        d = dict(src_dict)
        environment_key = d.pop("environment_key")

        _spec = d.pop("spec", UNSET)
        spec: JobsComputeEnvironment | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = JobsComputeEnvironment.from_dict(_spec)

        jobs_job_environment = cls(
            environment_key=environment_key,
            spec=spec,
        )

        jobs_job_environment.additional_properties = d
        return jobs_job_environment

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
