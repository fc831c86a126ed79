from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_resolved_pipeline_task_values_parameters import JobsResolvedPipelineTaskValuesParameters


T = TypeVar("T", bound="JobsResolvedPipelineTaskValues")


@_attrs_define
class JobsResolvedPipelineTaskValues:
    """
    Attributes:
        parameters (JobsResolvedPipelineTaskValuesParameters | Unset): Key/value-map of parameters passed to the
            pipeline execution. Limited to 10k characters in total.
    """

    parameters: JobsResolvedPipelineTaskValuesParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_resolved_pipeline_task_values_parameters import JobsResolvedPipelineTaskValuesParameters  # noqa: PLC0415

        d = dict(src_dict)
        _parameters = d.pop("parameters", UNSET)
        parameters: JobsResolvedPipelineTaskValuesParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = JobsResolvedPipelineTaskValuesParameters.from_dict(_parameters)

        jobs_resolved_pipeline_task_values = cls(
            parameters=parameters,
        )

        jobs_resolved_pipeline_task_values.additional_properties = d
        return jobs_resolved_pipeline_task_values

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
