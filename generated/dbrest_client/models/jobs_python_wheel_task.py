from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_string_map import JobsStringMap


T = TypeVar("T", bound="JobsPythonWheelTask")


@_attrs_define
class JobsPythonWheelTask:
    """Run an entry point of a Python wheel given in `libraries`.

    Attributes:
        package_name (str | Unset):
        entry_point (str | Unset): Entry point name; if the package metadata lacks it, `$packageName.$entryPoint()` is
            called.
        parameters (list[str] | Unset): Command-line parameters.
        named_parameters (JobsStringMap | Unset): String key-value pairs.
    """

    package_name: str | Unset = UNSET
    entry_point: str | Unset = UNSET
    parameters: list[str] | Unset = UNSET
    named_parameters: JobsStringMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        entry_point = self.entry_point

        parameters: list[str] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters

        named_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.named_parameters, Unset):
            named_parameters = self.named_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if entry_point is not UNSET:
            field_dict["entry_point"] = entry_point
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if named_parameters is not UNSET:
            field_dict["named_parameters"] = named_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_string_map import JobsStringMap  # noqa: PLC0415

        d = dict(src_dict)
        package_name = d.pop("package_name", UNSET)

        entry_point = d.pop("entry_point", UNSET)

        parameters = cast(list[str], d.pop("parameters", UNSET))

        _named_parameters = d.pop("named_parameters", UNSET)
        named_parameters: JobsStringMap | Unset
        if isinstance(_named_parameters, Unset):
            named_parameters = UNSET
        else:
            named_parameters = JobsStringMap.from_dict(_named_parameters)

        jobs_python_wheel_task = cls(
            package_name=package_name,
            entry_point=entry_point,
            parameters=parameters,
            named_parameters=named_parameters,
        )

        jobs_python_wheel_task.additional_properties = d
        return jobs_python_wheel_task

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
