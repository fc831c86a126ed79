from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_compute_spec_accelerator_type import JobsComputeSpecAcceleratorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsComputeSpec")


@_attrs_define
class JobsComputeSpec:
    """ComputeSpec: compute configuration — accelerator type and total accelerator count across all nodes.

    Attributes:
        accelerator_type (JobsComputeSpecAcceleratorType): Hardware accelerator type for the AiRuntime workload. Per-
            node accelerator count is encoded in the value name (e.g. ``GPU_8xH100`` means 8 H100s per node).
        accelerator_count (int): Total number of accelerators across all nodes. Must be a positive multiple of the per-
            node accelerator count encoded in ``accelerator_type``. For example, ``GPU_8xH100`` with ``accelerator_count:
            16`` allocates 2 nodes (8 GPUs per node).
        provisioned_capacity_id (str | Unset): Optional ID of a pre-provisioned accelerator capacity reservation to run
            this AI Runtime workload on. When set, the workload is scheduled onto the referenced reserved capacity instead
            of the on-demand capacity shared among all Databricks customers.
    """

    accelerator_type: JobsComputeSpecAcceleratorType
    accelerator_count: int
    provisioned_capacity_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accelerator_type = self.accelerator_type.value

        accelerator_count = self.accelerator_count

        provisioned_capacity_id = self.provisioned_capacity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accelerator_type": accelerator_type,
                "accelerator_count": accelerator_count,
            }
        )
        if provisioned_capacity_id is not UNSET:
            field_dict["provisioned_capacity_id"] = provisioned_capacity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accelerator_type = JobsComputeSpecAcceleratorType(d.pop("accelerator_type"))

        accelerator_count = d.pop("accelerator_count")

        provisioned_capacity_id = d.pop("provisioned_capacity_id", UNSET)

        jobs_compute_spec = cls(
            accelerator_type=accelerator_type,
            accelerator_count=accelerator_count,
            provisioned_capacity_id=provisioned_capacity_id,
        )

        jobs_compute_spec.additional_properties = d
        return jobs_compute_spec

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
