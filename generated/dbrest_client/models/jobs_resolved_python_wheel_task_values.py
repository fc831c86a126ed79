from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_resolved_python_wheel_task_values_named_parameters import (
        JobsResolvedPythonWheelTaskValuesNamedParameters,
    )


T = TypeVar("T", bound="JobsResolvedPythonWheelTaskValues")


@_attrs_define
class JobsResolvedPythonWheelTaskValues:
    """
    Attributes:
        named_parameters (JobsResolvedPythonWheelTaskValuesNamedParameters | Unset):
        parameters (list[str] | Unset):
    """

    named_parameters: JobsResolvedPythonWheelTaskValuesNamedParameters | Unset = UNSET
    parameters: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        named_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.named_parameters, Unset):
            named_parameters = self.named_parameters.to_dict()

        parameters: list[str] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if named_parameters is not UNSET:
            field_dict["named_parameters"] = named_parameters
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_resolved_python_wheel_task_values_named_parameters import (
            JobsResolvedPythonWheelTaskValuesNamedParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _named_parameters = d.pop("named_parameters", UNSET)
        named_parameters: JobsResolvedPythonWheelTaskValuesNamedParameters | Unset
        if isinstance(_named_parameters, Unset):
            named_parameters = UNSET
        else:
            named_parameters = JobsResolvedPythonWheelTaskValuesNamedParameters.from_dict(_named_parameters)

        parameters = cast(list[str], d.pop("parameters", UNSET))

        jobs_resolved_python_wheel_task_values = cls(
            named_parameters=named_parameters,
            parameters=parameters,
        )

        jobs_resolved_python_wheel_task_values.additional_properties = d
        return jobs_resolved_python_wheel_task_values

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
