from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_source import JobsSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSqlTaskFile")


@_attrs_define
class JobsSqlTaskFile:
    """
    Attributes:
        path (str): Path of the SQL file. Must be relative if the source is a remote Git repository and absolute for
            workspace paths.
        source (JobsSource | Unset): Where the file comes from: WORKSPACE or GIT (the job's `git_source`); default GIT
            when the job has a
            `git_source`, else WORKSPACE.
    """

    path: str
    source: JobsSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        _source = d.pop("source", UNSET)
        source: JobsSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = JobsSource(_source)

        jobs_sql_task_file = cls(
            path=path,
            source=source,
        )

        jobs_sql_task_file.additional_properties = d
        return jobs_sql_task_file

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
