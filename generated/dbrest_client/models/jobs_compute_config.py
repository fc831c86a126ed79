from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsComputeConfig")


@_attrs_define
class JobsComputeConfig:
    """
    Attributes:
        num_gpus (int): Number of GPUs.
        gpu_node_pool_id (str | Unset): IDof the GPU pool to use.
        gpu_type (str | Unset): GPU type.
    """

    num_gpus: int
    gpu_node_pool_id: str | Unset = UNSET
    gpu_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        num_gpus = self.num_gpus

        gpu_node_pool_id = self.gpu_node_pool_id

        gpu_type = self.gpu_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "num_gpus": num_gpus,
            }
        )
        if gpu_node_pool_id is not UNSET:
            field_dict["gpu_node_pool_id"] = gpu_node_pool_id
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        num_gpus = d.pop("num_gpus")

        gpu_node_pool_id = d.pop("gpu_node_pool_id", UNSET)

        gpu_type = d.pop("gpu_type", UNSET)

        jobs_compute_config = cls(
            num_gpus=num_gpus,
            gpu_node_pool_id=gpu_node_pool_id,
            gpu_type=gpu_type,
        )

        jobs_compute_config.additional_properties = d
        return jobs_compute_config

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
