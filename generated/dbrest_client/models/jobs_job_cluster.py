from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
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
    """

    job_cluster_key: str
    new_cluster: NewCluster
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_cluster_key = self.job_cluster_key

        new_cluster = self.new_cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_cluster_key": job_cluster_key,
                "new_cluster": new_cluster,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        job_cluster_key = d.pop("job_cluster_key")

        new_cluster = NewCluster.from_dict(d.pop("new_cluster"))

        jobs_job_cluster = cls(
            job_cluster_key=job_cluster_key,
            new_cluster=new_cluster,
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
