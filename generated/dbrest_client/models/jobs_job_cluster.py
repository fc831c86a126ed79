from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_job_cluster_serverless_compute import JobsJobClusterServerlessCompute
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="JobsJobCluster")


@_attrs_define
class JobsJobCluster:
    """A cluster specification shared by tasks of a job (libraries go in the tasks).

    Attributes:
        job_cluster_key (str): Name of the job cluster, unique within the job.
        new_cluster (NewCluster): A cluster specification with its runtime version (the ClusterSpec fields;
            `spark_version` required):
            the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
             Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
            'spark_conf': {'spark.speculation': 'true'}}.
        serverless_compute (JobsJobClusterServerlessCompute | Unset): Serverless compute settings for a job cluster.
        serverless_compute_id (str | Unset): The ID of the serverless compute object to bind this cluster to. At most
            one JobCluster per job may set this field; the rate limit defined on the referenced serverless compute applies
            across all tasks bound to this cluster.
    """

    job_cluster_key: str
    new_cluster: NewCluster
    serverless_compute: JobsJobClusterServerlessCompute | Unset = UNSET
    serverless_compute_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_cluster_key = self.job_cluster_key

        new_cluster = self.new_cluster.to_dict()

        serverless_compute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.serverless_compute, Unset):
            serverless_compute = self.serverless_compute.to_dict()

        serverless_compute_id = self.serverless_compute_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_cluster_key": job_cluster_key,
                "new_cluster": new_cluster,
            }
        )
        if serverless_compute is not UNSET:
            field_dict["serverless_compute"] = serverless_compute
        if serverless_compute_id is not UNSET:
            field_dict["serverless_compute_id"] = serverless_compute_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_job_cluster_serverless_compute import JobsJobClusterServerlessCompute  # noqa: PLC0415
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        job_cluster_key = d.pop("job_cluster_key")

        new_cluster = NewCluster.from_dict(d.pop("new_cluster"))

        _serverless_compute = d.pop("serverless_compute", UNSET)
        serverless_compute: JobsJobClusterServerlessCompute | Unset
        if isinstance(_serverless_compute, Unset):
            serverless_compute = UNSET
        else:
            serverless_compute = JobsJobClusterServerlessCompute.from_dict(_serverless_compute)

        serverless_compute_id = d.pop("serverless_compute_id", UNSET)

        jobs_job_cluster = cls(
            job_cluster_key=job_cluster_key,
            new_cluster=new_cluster,
            serverless_compute=serverless_compute,
            serverless_compute_id=serverless_compute_id,
        )

        jobs_job_cluster.additional_properties = d
        return jobs_job_cluster

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
