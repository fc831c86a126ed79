from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_disk_type_azure_disk_volume_type import ClustersDiskTypeAzureDiskVolumeType
from ..models.clusters_disk_type_ebs_volume_type import ClustersDiskTypeEbsVolumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersDiskType")


@_attrs_define
class ClustersDiskType:
    """The kind of disk; the field that applies depends on the cloud.

    Attributes:
        azure_disk_volume_type (ClustersDiskTypeAzureDiskVolumeType | Unset):
        ebs_volume_type (ClustersDiskTypeEbsVolumeType | Unset):
    """

    azure_disk_volume_type: ClustersDiskTypeAzureDiskVolumeType | Unset = UNSET
    ebs_volume_type: ClustersDiskTypeEbsVolumeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        azure_disk_volume_type: str | Unset = UNSET
        if not isinstance(self.azure_disk_volume_type, Unset):
            azure_disk_volume_type = self.azure_disk_volume_type.value

        ebs_volume_type: str | Unset = UNSET
        if not isinstance(self.ebs_volume_type, Unset):
            ebs_volume_type = self.ebs_volume_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if azure_disk_volume_type is not UNSET:
            field_dict["azure_disk_volume_type"] = azure_disk_volume_type
        if ebs_volume_type is not UNSET:
            field_dict["ebs_volume_type"] = ebs_volume_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _azure_disk_volume_type = d.pop("azure_disk_volume_type", UNSET)
        azure_disk_volume_type: ClustersDiskTypeAzureDiskVolumeType | Unset
        if isinstance(_azure_disk_volume_type, Unset):
            azure_disk_volume_type = UNSET
        else:
            azure_disk_volume_type = ClustersDiskTypeAzureDiskVolumeType(_azure_disk_volume_type)

        _ebs_volume_type = d.pop("ebs_volume_type", UNSET)
        ebs_volume_type: ClustersDiskTypeEbsVolumeType | Unset
        if isinstance(_ebs_volume_type, Unset):
            ebs_volume_type = UNSET
        else:
            ebs_volume_type = ClustersDiskTypeEbsVolumeType(_ebs_volume_type)

        clusters_disk_type = cls(
            azure_disk_volume_type=azure_disk_volume_type,
            ebs_volume_type=ebs_volume_type,
        )

        clusters_disk_type.additional_properties = d
        return clusters_disk_type

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
