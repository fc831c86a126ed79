from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_resolved_notebook_task_values_base_parameters import JobsResolvedNotebookTaskValuesBaseParameters


T = TypeVar("T", bound="JobsResolvedNotebookTaskValues")


@_attrs_define
class JobsResolvedNotebookTaskValues:
    """
    Attributes:
        base_parameters (JobsResolvedNotebookTaskValuesBaseParameters | Unset):
    """

    base_parameters: JobsResolvedNotebookTaskValuesBaseParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_parameters, Unset):
            base_parameters = self.base_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_parameters is not UNSET:
            field_dict["base_parameters"] = base_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_resolved_notebook_task_values_base_parameters import (
            JobsResolvedNotebookTaskValuesBaseParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _base_parameters = d.pop("base_parameters", UNSET)
        base_parameters: JobsResolvedNotebookTaskValuesBaseParameters | Unset
        if isinstance(_base_parameters, Unset):
            base_parameters = UNSET
        else:
            base_parameters = JobsResolvedNotebookTaskValuesBaseParameters.from_dict(_base_parameters)

        jobs_resolved_notebook_task_values = cls(
            base_parameters=base_parameters,
        )

        jobs_resolved_notebook_task_values.additional_properties = d
        return jobs_resolved_notebook_task_values

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
