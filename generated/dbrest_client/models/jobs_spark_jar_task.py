from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSparkJarTask")


@_attrs_define
class JobsSparkJarTask:
    """Run the main method of a class from a JAR given in `libraries`.

    Attributes:
        main_class_name (str | Unset): Full name of the class with the main method; it must use
            `SparkContext.getOrCreate`.
        parameters (list[str] | Unset): Command-line parameters.
        jar_uri (str | Unset): Deprecated since 04/2016; give the JAR in `libraries`.
        run_as_repl (bool | Unset): Response only (observed in 2.0 runs).
    """

    main_class_name: str | Unset = UNSET
    parameters: list[str] | Unset = UNSET
    jar_uri: str | Unset = UNSET
    run_as_repl: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_class_name = self.main_class_name

        parameters: list[str] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters

        jar_uri = self.jar_uri

        run_as_repl = self.run_as_repl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_class_name is not UNSET:
            field_dict["main_class_name"] = main_class_name
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if jar_uri is not UNSET:
            field_dict["jar_uri"] = jar_uri
        if run_as_repl is not UNSET:
            field_dict["run_as_repl"] = run_as_repl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        main_class_name = d.pop("main_class_name", UNSET)

        parameters = cast(list[str], d.pop("parameters", UNSET))

        jar_uri = d.pop("jar_uri", UNSET)

        run_as_repl = d.pop("run_as_repl", UNSET)

        jobs_spark_jar_task = cls(
            main_class_name=main_class_name,
            parameters=parameters,
            jar_uri=jar_uri,
            run_as_repl=run_as_repl,
        )

        jobs_spark_jar_task.additional_properties = d
        return jobs_spark_jar_task

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
