from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsComputeEnvironment")


@_attrs_define
class JobsComputeEnvironment:
    """The environment entity used to preserve serverless environment side panel, jobs' environment for non-notebook task,
    and SDP's environment for classic and serverless pipelines. In this minimal environment spec, only pip and java
    dependencies are supported.

        Attributes:
            base_environment (str | Unset): The base environment this environment is built on top of. A base environment
                defines the environment version and a list of dependencies for serverless compute. The value can be a file path
                to a custom ``env.yaml`` file (e.g., ``/Workspace/path/to/env.yaml``). Support for a Databricks-provided base
                environment ID (e.g., ``workspace-base-environments/databricks_ai_v4``) and workspace base environment ID (e.g.,
                ``workspace-base-environments/dbe_b849b66e-b31a-4cb5-b161-1f2b10877fb7``) is in Beta. Either
                ``environment_version`` or ``base_environment`` can be provided. For more information about Dat
            client (str | Unset): Use ``environment_version`` instead.
            dependencies (list[str] | Unset): List of pip dependencies, as supported by the version of pip in this
                environment. Each dependency is a valid `pip requirements file line
                <https://pip.pypa.io/en/stable/reference/requirements-file-format/>`__. Allowed dependencies include a
                requirement specifier, an archive URL, a local project path (such as WSFS or UC Volumes in Databricks), or a VCS
                project URL.
            environment_version (str | Unset): The environment version used by this environment. Either
                ``environment_version`` or ``base_environment`` must be provided. Each version comes with a specific Python
                version and a set of Python packages. The version is a string, consisting of an integer.
            java_dependencies (list[str] | Unset): List of Java dependencies. Each dependency is a string representing a
                Java library path. For example: ``/Volumes/path/to/test.jar``.
            project_environment (str | Unset): Path to the ``pyproject.toml`` file that defines the project environment.
                This field cannot be combined with ``environment_version``, ``base_environment``, dependency fields, or any
                other environment-source fields. Set the environment version and dependencies in ``pyproject.toml`` instead.
    """

    base_environment: str | Unset = UNSET
    client: str | Unset = UNSET
    dependencies: list[str] | Unset = UNSET
    environment_version: str | Unset = UNSET
    java_dependencies: list[str] | Unset = UNSET
    project_environment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_environment = self.base_environment

        client = self.client

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        environment_version = self.environment_version

        java_dependencies: list[str] | Unset = UNSET
        if not isinstance(self.java_dependencies, Unset):
            java_dependencies = self.java_dependencies

        project_environment = self.project_environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_environment is not UNSET:
            field_dict["base_environment"] = base_environment
        if client is not UNSET:
            field_dict["client"] = client
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if environment_version is not UNSET:
            field_dict["environment_version"] = environment_version
        if java_dependencies is not UNSET:
            field_dict["java_dependencies"] = java_dependencies
        if project_environment is not UNSET:
            field_dict["project_environment"] = project_environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_environment = d.pop("base_environment", UNSET)

        client = d.pop("client", UNSET)

        dependencies = cast(list[str], d.pop("dependencies", UNSET))

        environment_version = d.pop("environment_version", UNSET)

        java_dependencies = cast(list[str], d.pop("java_dependencies", UNSET))

        project_environment = d.pop("project_environment", UNSET)

        jobs_compute_environment = cls(
            base_environment=base_environment,
            client=client,
            dependencies=dependencies,
            environment_version=environment_version,
            java_dependencies=java_dependencies,
            project_environment=project_environment,
        )

        jobs_compute_environment.additional_properties = d
        return jobs_compute_environment

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
