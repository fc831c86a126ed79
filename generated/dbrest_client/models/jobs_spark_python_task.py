from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_source import JobsSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSparkPythonTask")


@_attrs_define
class JobsSparkPythonTask:
    """Run a Python file.

    Attributes:
        python_file (str): URI of the file (dbfs:/, s3:/, abfss:/, gs:/) or a workspace path under /Repos.
        parameters (list[str] | Unset): Command-line parameters.
        source (JobsSource | Unset): Where the file comes from: WORKSPACE or GIT (the job's `git_source`); default GIT
            when the job has a
            `git_source`, else WORKSPACE.
    """

    python_file: str
    parameters: list[str] | Unset = UNSET
    source: JobsSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        python_file = self.python_file

        parameters: list[str] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "python_file": python_file,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        python_file = d.pop("python_file")

        parameters = cast(list[str], d.pop("parameters", UNSET))

        _source = d.pop("source", UNSET)
        source: JobsSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = JobsSource(_source)

        jobs_spark_python_task = cls(
            python_file=python_file,
            parameters=parameters,
            source=source,
        )

        jobs_spark_python_task.additional_properties = d
        return jobs_spark_python_task

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
