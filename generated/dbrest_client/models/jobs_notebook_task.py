from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_source import JobsSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_string_map import JobsStringMap


T = TypeVar("T", bound="JobsNotebookTask")


@_attrs_define
class JobsNotebookTask:
    """Run a notebook.

    Example:
        {'notebook_path': '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}

    Attributes:
        notebook_path (str): Absolute workspace path of the notebook (or a path relative to the repository root with
            source
            GIT).
        base_parameters (JobsStringMap | Unset): String key-value pairs.
        source (JobsSource | Unset): Where the file comes from: WORKSPACE or GIT (the job's `git_source`); default GIT
            when the job has a
            `git_source`, else WORKSPACE.
        revision_timestamp (int | Unset): Response only (observed in 2.0 runs), the notebook revision that ran.
        warehouse_id (str | Unset): Optional ``warehouse_id`` to run the notebook on a SQL warehouse. Classic SQL
            warehouses are NOT supported, please use serverless or pro SQL warehouses. Note that SQL warehouses only support
            SQL cells; if the notebook contains non-SQL cells, the run will fail.
    """

    notebook_path: str
    base_parameters: JobsStringMap | Unset = UNSET
    source: JobsSource | Unset = UNSET
    revision_timestamp: int | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notebook_path = self.notebook_path

        base_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_parameters, Unset):
            base_parameters = self.base_parameters.to_dict()

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        revision_timestamp = self.revision_timestamp

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notebook_path": notebook_path,
            }
        )
        if base_parameters is not UNSET:
            field_dict["base_parameters"] = base_parameters
        if source is not UNSET:
            field_dict["source"] = source
        if revision_timestamp is not UNSET:
            field_dict["revision_timestamp"] = revision_timestamp
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_string_map import JobsStringMap  # noqa: PLC0415

        d = dict(src_dict)
        notebook_path = d.pop("notebook_path")

        _base_parameters = d.pop("base_parameters", UNSET)
        base_parameters: JobsStringMap | Unset
        if isinstance(_base_parameters, Unset):
            base_parameters = UNSET
        else:
            base_parameters = JobsStringMap.from_dict(_base_parameters)

        _source = d.pop("source", UNSET)
        source: JobsSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = JobsSource(_source)

        revision_timestamp = d.pop("revision_timestamp", UNSET)

        warehouse_id = d.pop("warehouse_id", UNSET)

        jobs_notebook_task = cls(
            notebook_path=notebook_path,
            base_parameters=base_parameters,
            source=source,
            revision_timestamp=revision_timestamp,
            warehouse_id=warehouse_id,
        )

        jobs_notebook_task.additional_properties = d
        return jobs_notebook_task

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
