from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_source import JobsSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsDbtTask")


@_attrs_define
class JobsDbtTask:
    """Run dbt commands.

    Attributes:
        commands (list[str]): 1 to 10 commands, each starting with `dbt`.
        project_directory (str | Unset):
        schema (str | Unset):
        warehouse_id (str | Unset):
        catalog (str | Unset):
        profiles_directory (str | Unset):
        source (JobsSource | Unset): Where the file comes from: WORKSPACE or GIT (the job's `git_source`); default GIT
            when the job has a
            `git_source`, else WORKSPACE.
    """

    commands: list[str]
    project_directory: str | Unset = UNSET
    schema: str | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    catalog: str | Unset = UNSET
    profiles_directory: str | Unset = UNSET
    source: JobsSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commands = self.commands

        project_directory = self.project_directory

        schema = self.schema

        warehouse_id = self.warehouse_id

        catalog = self.catalog

        profiles_directory = self.profiles_directory

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commands": commands,
            }
        )
        if project_directory is not UNSET:
            field_dict["project_directory"] = project_directory
        if schema is not UNSET:
            field_dict["schema"] = schema
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if profiles_directory is not UNSET:
            field_dict["profiles_directory"] = profiles_directory
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commands = cast(list[str], d.pop("commands"))

        project_directory = d.pop("project_directory", UNSET)

        schema = d.pop("schema", UNSET)

        warehouse_id = d.pop("warehouse_id", UNSET)

        catalog = d.pop("catalog", UNSET)

        profiles_directory = d.pop("profiles_directory", UNSET)

        _source = d.pop("source", UNSET)
        source: JobsSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = JobsSource(_source)

        jobs_dbt_task = cls(
            commands=commands,
            project_directory=project_directory,
            schema=schema,
            warehouse_id=warehouse_id,
            catalog=catalog,
            profiles_directory=profiles_directory,
            source=source,
        )

        jobs_dbt_task.additional_properties = d
        return jobs_dbt_task

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
