from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.library import Library
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="JobsClusterSpec")


@_attrs_define
class JobsClusterSpec:
    """The cluster a run used, as specified when it was created.

    Attributes:
        existing_cluster_id (str | Unset):
        new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec fields;
            `spark_version` required):
            the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
             Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
            'spark_conf': {'spark.speculation': 'true'}}.
        libraries (list[Library] | Unset):
        job_cluster_key (str | Unset): If job_cluster_key, this task is executed reusing the cluster specified in
            ``job.settings.job_clusters``.
    """

    existing_cluster_id: str | Unset = UNSET
    new_cluster: NewCluster | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    job_cluster_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        existing_cluster_id = self.existing_cluster_id

        new_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_cluster, Unset):
            new_cluster = self.new_cluster.to_dict()

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        job_cluster_key = self.job_cluster_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if existing_cluster_id is not UNSET:
            field_dict["existing_cluster_id"] = existing_cluster_id
        if new_cluster is not UNSET:
            field_dict["new_cluster"] = new_cluster
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if job_cluster_key is not UNSET:
            field_dict["job_cluster_key"] = job_cluster_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.library import Library  # noqa: PLC0415
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        existing_cluster_id = d.pop("existing_cluster_id", UNSET)

        _new_cluster = d.pop("new_cluster", UNSET)
        new_cluster: NewCluster | Unset
        if isinstance(_new_cluster, Unset):
            new_cluster = UNSET
        else:
            new_cluster = NewCluster.from_dict(_new_cluster)

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        job_cluster_key = d.pop("job_cluster_key", UNSET)

        jobs_cluster_spec = cls(
            existing_cluster_id=existing_cluster_id,
            new_cluster=new_cluster,
            libraries=libraries,
            job_cluster_key=job_cluster_key,
        )

        jobs_cluster_spec.additional_properties = d
        return jobs_cluster_spec

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
