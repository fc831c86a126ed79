from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_compute_hardware_accelerator_type import JobsComputeHardwareAcceleratorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsCompute")


@_attrs_define
class JobsCompute:
    """
    Attributes:
        hardware_accelerator (JobsComputeHardwareAcceleratorType | Unset): HardwareAcceleratorType: The type of hardware
            accelerator to use for compute workloads. NOTE: This enum is referenced and is intended to be used by other
            Databricks services that need to specify hardware accelerator requirements for AI compute workloads.
    """

    hardware_accelerator: JobsComputeHardwareAcceleratorType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hardware_accelerator: str | Unset = UNSET
        if not isinstance(self.hardware_accelerator, Unset):
            hardware_accelerator = self.hardware_accelerator.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hardware_accelerator is not UNSET:
            field_dict["hardware_accelerator"] = hardware_accelerator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _hardware_accelerator = d.pop("hardware_accelerator", UNSET)
        hardware_accelerator: JobsComputeHardwareAcceleratorType | Unset
        if isinstance(_hardware_accelerator, Unset):
            hardware_accelerator = UNSET
        else:
            hardware_accelerator = JobsComputeHardwareAcceleratorType(_hardware_accelerator)

        jobs_compute = cls(
            hardware_accelerator=hardware_accelerator,
        )

        jobs_compute.additional_properties = d
        return jobs_compute

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
