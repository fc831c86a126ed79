from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_abfss_storage_info import ClustersAbfssStorageInfo
    from ..models.clusters_dbfs_storage_info import ClustersDbfsStorageInfo
    from ..models.clusters_file_storage_info import ClustersFileStorageInfo
    from ..models.clusters_gcs_storage_info import ClustersGcsStorageInfo
    from ..models.clusters_s3_storage_info import ClustersS3StorageInfo
    from ..models.clusters_volumes_storage_info import ClustersVolumesStorageInfo
    from ..models.clusters_workspace_storage_info import ClustersWorkspaceStorageInfo


T = TypeVar("T", bound="InitScriptInfo")


@_attrs_define
class InitScriptInfo:
    """One init script, run on every node at start in the order given. Exactly one location must be given:
    `dbfs`, `file`, `abfss` (Azure), `s3` (AWS), `gcs` (GCP), `volumes` or `workspace`; otherwise
    INVALID_PARAMETER_VALUE.

        Example:
            {'dbfs': {'destination': 'dbfs:/databricks/init-scripts/setup.sh'}}

        Attributes:
            dbfs (ClustersDbfsStorageInfo | Unset): A DBFS location.
            file (ClustersFileStorageInfo | Unset): A file on the nodes' local file system.
            abfss (ClustersAbfssStorageInfo | Unset): An Azure Data Lake Storage Gen2 location.
            s3 (ClustersS3StorageInfo | Unset): An S3 location (AWS). The cluster's instance profile must be able to write
                or read it.
            gcs (ClustersGcsStorageInfo | Unset): A Google Cloud Storage location.
            workspace (ClustersWorkspaceStorageInfo | Unset): A workspace file.
            volumes (ClustersVolumesStorageInfo | Unset): A Unity Catalog volume.
    """

    dbfs: ClustersDbfsStorageInfo | Unset = UNSET
    file: ClustersFileStorageInfo | Unset = UNSET
    abfss: ClustersAbfssStorageInfo | Unset = UNSET
    s3: ClustersS3StorageInfo | Unset = UNSET
    gcs: ClustersGcsStorageInfo | Unset = UNSET
    workspace: ClustersWorkspaceStorageInfo | Unset = UNSET
    volumes: ClustersVolumesStorageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dbfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbfs, Unset):
            dbfs = self.dbfs.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        abfss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.abfss, Unset):
            abfss = self.abfss.to_dict()

        s3: dict[str, Any] | Unset = UNSET
        if not isinstance(self.s3, Unset):
            s3 = self.s3.to_dict()

        gcs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcs, Unset):
            gcs = self.gcs.to_dict()

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        volumes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbfs is not UNSET:
            field_dict["dbfs"] = dbfs
        if file is not UNSET:
            field_dict["file"] = file
        if abfss is not UNSET:
            field_dict["abfss"] = abfss
        if s3 is not UNSET:
            field_dict["s3"] = s3
        if gcs is not UNSET:
            field_dict["gcs"] = gcs
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if volumes is not UNSET:
            field_dict["volumes"] = volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_abfss_storage_info import ClustersAbfssStorageInfo  # noqa: PLC0415
        from ..models.clusters_dbfs_storage_info import ClustersDbfsStorageInfo  # noqa: PLC0415
        from ..models.clusters_file_storage_info import ClustersFileStorageInfo  # noqa: PLC0415
        from ..models.clusters_gcs_storage_info import ClustersGcsStorageInfo  # noqa: PLC0415
        from ..models.clusters_s3_storage_info import ClustersS3StorageInfo  # noqa: PLC0415
        from ..models.clusters_volumes_storage_info import ClustersVolumesStorageInfo  # noqa: PLC0415
        from ..models.clusters_workspace_storage_info import ClustersWorkspaceStorageInfo  # noqa: PLC0415

        d = dict(src_dict)
        _dbfs = d.pop("dbfs", UNSET)
        dbfs: ClustersDbfsStorageInfo | Unset
        if isinstance(_dbfs, Unset):
            dbfs = UNSET
        else:
            dbfs = ClustersDbfsStorageInfo.from_dict(_dbfs)

        _file = d.pop("file", UNSET)
        file: ClustersFileStorageInfo | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = ClustersFileStorageInfo.from_dict(_file)

        _abfss = d.pop("abfss", UNSET)
        abfss: ClustersAbfssStorageInfo | Unset
        if isinstance(_abfss, Unset):
            abfss = UNSET
        else:
            abfss = ClustersAbfssStorageInfo.from_dict(_abfss)

        _s3 = d.pop("s3", UNSET)
        s3: ClustersS3StorageInfo | Unset
        if isinstance(_s3, Unset):
            s3 = UNSET
        else:
            s3 = ClustersS3StorageInfo.from_dict(_s3)

        _gcs = d.pop("gcs", UNSET)
        gcs: ClustersGcsStorageInfo | Unset
        if isinstance(_gcs, Unset):
            gcs = UNSET
        else:
            gcs = ClustersGcsStorageInfo.from_dict(_gcs)

        _workspace = d.pop("workspace", UNSET)
        workspace: ClustersWorkspaceStorageInfo | Unset
        if isinstance(_workspace, Unset):
            workspace = UNSET
        else:
            workspace = ClustersWorkspaceStorageInfo.from_dict(_workspace)

        _volumes = d.pop("volumes", UNSET)
        volumes: ClustersVolumesStorageInfo | Unset
        if isinstance(_volumes, Unset):
            volumes = UNSET
        else:
            volumes = ClustersVolumesStorageInfo.from_dict(_volumes)

        init_script_info = cls(
            dbfs=dbfs,
            file=file,
            abfss=abfss,
            s3=s3,
            gcs=gcs,
            workspace=workspace,
            volumes=volumes,
        )

        init_script_info.additional_properties = d
        return init_script_info

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
