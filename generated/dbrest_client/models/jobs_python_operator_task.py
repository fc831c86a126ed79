from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_python_operator_task_parameter import JobsPythonOperatorTaskParameter


T = TypeVar("T", bound="JobsPythonOperatorTask")


@_attrs_define
class JobsPythonOperatorTask:
    """
    Attributes:
        main (str | Unset): Fully qualified name of the main class or function. For example, ``my_project.my_function``
            or ``my_project.MyOperator``.
        parameters (list[JobsPythonOperatorTaskParameter] | Unset): An ordered list of task parameters.
            TODO(JOBS-30885): Add limits for parameters.
    """

    main: str | Unset = UNSET
    parameters: list[JobsPythonOperatorTaskParameter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main = self.main

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main is not UNSET:
            field_dict["main"] = main
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_python_operator_task_parameter import JobsPythonOperatorTaskParameter  # noqa: PLC0415

        d = dict(src_dict)
        main = d.pop("main", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[JobsPythonOperatorTaskParameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = JobsPythonOperatorTaskParameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        jobs_python_operator_task = cls(
            main=main,
            parameters=parameters,
        )

        jobs_python_operator_task.additional_properties = d
        return jobs_python_operator_task

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
