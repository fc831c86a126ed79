from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_disk_type import ClustersDiskType


T = TypeVar("T", bound="DiskSpec")


@_attrs_define
class DiskSpec:
    """Extra disks attached to each node (Azure managed disks, AWS EBS volumes).

    Example:
        {'disk_type': {'azure_disk_volume_type': 'PREMIUM_LRS'}, 'disk_count': 1, 'disk_size': 100}

    Attributes:
        disk_type (ClustersDiskType | Unset): The kind of disk; the field that applies depends on the cloud.
        disk_count (int | Unset): Number of disks per node.
        disk_size (int | Unset): Size of each disk in GiB (Azure 1–1023).
        disk_iops (int | Unset):
        disk_throughput (int | Unset):
    """

    disk_type: ClustersDiskType | Unset = UNSET
    disk_count: int | Unset = UNSET
    disk_size: int | Unset = UNSET
    disk_iops: int | Unset = UNSET
    disk_throughput: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disk_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk_type, Unset):
            disk_type = self.disk_type.to_dict()

        disk_count = self.disk_count

        disk_size = self.disk_size

        disk_iops = self.disk_iops

        disk_throughput = self.disk_throughput

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disk_type is not UNSET:
            field_dict["disk_type"] = disk_type
        if disk_count is not UNSET:
            field_dict["disk_count"] = disk_count
        if disk_size is not UNSET:
            field_dict["disk_size"] = disk_size
        if disk_iops is not UNSET:
            field_dict["disk_iops"] = disk_iops
        if disk_throughput is not UNSET:
            field_dict["disk_throughput"] = disk_throughput

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_disk_type import ClustersDiskType  # noqa: PLC0415

        d = dict(src_dict)
        _disk_type = d.pop("disk_type", UNSET)
        disk_type: ClustersDiskType | Unset
        if isinstance(_disk_type, Unset):
            disk_type = UNSET
        else:
            disk_type = ClustersDiskType.from_dict(_disk_type)

        disk_count = d.pop("disk_count", UNSET)

        disk_size = d.pop("disk_size", UNSET)

        disk_iops = d.pop("disk_iops", UNSET)

        disk_throughput = d.pop("disk_throughput", UNSET)

        disk_spec = cls(
            disk_type=disk_type,
            disk_count=disk_count,
            disk_size=disk_size,
            disk_iops=disk_iops,
            disk_throughput=disk_throughput,
        )

        disk_spec.additional_properties = d
        return disk_spec

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
