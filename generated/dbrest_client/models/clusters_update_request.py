from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_spec import ClusterSpec


T = TypeVar("T", bound="ClustersUpdateRequest")


@_attrs_define
class ClustersUpdateRequest:
    """Which cluster, which of its fields to change, and their new values.

    Example:
        {'cluster_id': '1202-211320-brick1', 'update_mask': 'autotermination_minutes', 'cluster':
            {'autotermination_minutes': 60}}

    Attributes:
        cluster_id (str): The cluster id.
        update_mask (str): Comma-separated field paths of the cluster specification (no spaces), e.g.
            `num_workers,autoscale.max_workers`: top-level fields, or one sub-field of an object field
            (`autoscale`, `aws_attributes`, `azure_attributes`, `gcp_attributes`, `cluster_log_conf`,
            `docker_image`, `workload_type`, the node type flexibilities); `*` for all of them.
        cluster (ClusterSpec | Unset): Specification of a cluster, every field optional (the `cluster` of
            `clusters/update`, the `spec` a
            cluster description echoes). With neither `num_workers` nor `autoscale` the cluster has no workers
            (the documentation's Python 3 cluster example creates one so); both at once give
            INVALID_PARAMETER_VALUE. `node_type_id` is required unless `instance_pool_id` is given. An unknown
            `spark_version`, `node_type_id` or `driver_node_type_id` gives INVALID_PARAMETER_VALUE.
             Example: {'cluster_name': 'my-cluster', 'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2',
            'num_workers': 2, 'data_security_mode': 'DATA_SECURITY_MODE_AUTO', 'spark_conf': {'spark.speculation': 'true'}}.
    """

    cluster_id: str
    update_mask: str
    cluster: ClusterSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        update_mask = self.update_mask

        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cluster_id": cluster_id,
                "update_mask": update_mask,
            }
        )
        if cluster is not UNSET:
            field_dict["cluster"] = cluster

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cluster_spec import ClusterSpec  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("cluster_id")

        update_mask = d.pop("update_mask")

        _cluster = d.pop("cluster", UNSET)
        cluster: ClusterSpec | Unset
        if isinstance(_cluster, Unset):
            cluster = UNSET
        else:
            cluster = ClusterSpec.from_dict(_cluster)

        clusters_update_request = cls(
            cluster_id=cluster_id,
            update_mask=update_mask,
            cluster=cluster,
        )

        clusters_update_request.additional_properties = d
        return clusters_update_request

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
