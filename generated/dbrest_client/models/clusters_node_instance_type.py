from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersNodeInstanceType")


@_attrs_define
class ClustersNodeInstanceType:
    """The cloud instance type behind a node type.

    Attributes:
        instance_type_id (str | Unset):
        local_disks (int | Unset):
        local_disk_size_gb (int | Unset):
        local_nvme_disks (int | Unset):
        local_nvme_disk_size_gb (int | Unset):
        instance_family (str | Unset):
        swap_size (str | Unset):
    """

    instance_type_id: str | Unset = UNSET
    local_disks: int | Unset = UNSET
    local_disk_size_gb: int | Unset = UNSET
    local_nvme_disks: int | Unset = UNSET
    local_nvme_disk_size_gb: int | Unset = UNSET
    instance_family: str | Unset = UNSET
    swap_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_type_id = self.instance_type_id

        local_disks = self.local_disks

        local_disk_size_gb = self.local_disk_size_gb

        local_nvme_disks = self.local_nvme_disks

        local_nvme_disk_size_gb = self.local_nvme_disk_size_gb

        instance_family = self.instance_family

        swap_size = self.swap_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_type_id is not UNSET:
            field_dict["instance_type_id"] = instance_type_id
        if local_disks is not UNSET:
            field_dict["local_disks"] = local_disks
        if local_disk_size_gb is not UNSET:
            field_dict["local_disk_size_gb"] = local_disk_size_gb
        if local_nvme_disks is not UNSET:
            field_dict["local_nvme_disks"] = local_nvme_disks
        if local_nvme_disk_size_gb is not UNSET:
            field_dict["local_nvme_disk_size_gb"] = local_nvme_disk_size_gb
        if instance_family is not UNSET:
            field_dict["instance_family"] = instance_family
        if swap_size is not UNSET:
            field_dict["swap_size"] = swap_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_type_id = d.pop("instance_type_id", UNSET)

        local_disks = d.pop("local_disks", UNSET)

        local_disk_size_gb = d.pop("local_disk_size_gb", UNSET)

        local_nvme_disks = d.pop("local_nvme_disks", UNSET)

        local_nvme_disk_size_gb = d.pop("local_nvme_disk_size_gb", UNSET)

        instance_family = d.pop("instance_family", UNSET)

        swap_size = d.pop("swap_size", UNSET)

        clusters_node_instance_type = cls(
            instance_type_id=instance_type_id,
            local_disks=local_disks,
            local_disk_size_gb=local_disk_size_gb,
            local_nvme_disks=local_nvme_disks,
            local_nvme_disk_size_gb=local_nvme_disk_size_gb,
            instance_family=instance_family,
            swap_size=swap_size,
        )

        clusters_node_instance_type.additional_properties = d
        return clusters_node_instance_type

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
