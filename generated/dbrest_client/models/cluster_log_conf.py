from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_dbfs_storage_info import ClustersDbfsStorageInfo
    from ..models.clusters_s3_storage_info import ClustersS3StorageInfo
    from ..models.clusters_volumes_storage_info import ClustersVolumesStorageInfo


T = TypeVar("T", bound="ClusterLogConf")


@_attrs_define
class ClusterLogConf:
    """Where the cluster's Spark driver, executor and init-script logs are delivered (every 5 minutes, to
    `<destination>/<cluster-id>/{driver,executor,init_scripts}`). Exactly one of `dbfs`, `s3` (AWS) and
    `volumes` must be given; otherwise INVALID_PARAMETER_VALUE.

        Example:
            {'dbfs': {'destination': 'dbfs:/cluster-logs'}}

        Attributes:
            dbfs (ClustersDbfsStorageInfo | Unset): A DBFS location.
            s3 (ClustersS3StorageInfo | Unset): An S3 location (AWS). The cluster's instance profile must be able to write
                or read it.
            volumes (ClustersVolumesStorageInfo | Unset): A Unity Catalog volume.
    """

    dbfs: ClustersDbfsStorageInfo | Unset = UNSET
    s3: ClustersS3StorageInfo | Unset = UNSET
    volumes: ClustersVolumesStorageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dbfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbfs, Unset):
            dbfs = self.dbfs.to_dict()

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        volumes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbfs is not UNSET:
            field_dict["dbfs"] = dbfs
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_dbfs_storage_info import ClustersDbfsStorageInfo  # noqa: PLC0415
        from ..models.clusters_s3_storage_info import ClustersS3StorageInfo  # noqa: PLC0415
        from ..models.clusters_volumes_storage_info import ClustersVolumesStorageInfo  # noqa: PLC0415

        d = dict(src_dict)
        _dbfs = d.pop("dbfs", UNSET)
        dbfs: ClustersDbfsStorageInfo | Unset
        if isinstance(_dbfs, Unset):
            dbfs = UNSET
        else:
            dbfs = ClustersDbfsStorageInfo.from_dict(_dbfs)

        _s3 = d.pop("s3", UNSET)
        s3: ClustersS3StorageInfo | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = ClustersS3StorageInfo.from_dict(_s3)

        _volumes = d.pop("volumes", UNSET)
        volumes: ClustersVolumesStorageInfo | Unset
        if isinstance(_volumes, Unset):
            volumes = UNSET
        else:
            volumes = ClustersVolumesStorageInfo.from_dict(_volumes)

        cluster_log_conf = cls(
            dbfs=dbfs,
            s3=s3,
            volumes=volumes,
        )

        cluster_log_conf.additional_properties = d
        return cluster_log_conf

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
