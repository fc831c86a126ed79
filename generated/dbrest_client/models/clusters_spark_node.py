from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_spark_node_node_aws_attributes import ClustersSparkNodeNodeAwsAttributes


T = TypeVar("T", bound="ClustersSparkNode")


@_attrs_define
class ClustersSparkNode:
    """A Spark node (driver or executor) of a running cluster.

    Attributes:
        private_ip (str | Unset):
        public_dns (str | Unset):
        node_id (str | Unset):
        instance_id (str | Unset):
        start_timestamp (int | Unset): Epoch milliseconds at which the node was launched.
        host_private_ip (str | Unset):
        node_aws_attributes (ClustersSparkNodeNodeAwsAttributes | Unset):
    """

    private_ip: str | Unset = UNSET
    public_dns: str | Unset = UNSET
    node_id: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    start_timestamp: int | Unset = UNSET
    host_private_ip: str | Unset = UNSET
    node_aws_attributes: ClustersSparkNodeNodeAwsAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private_ip = self.private_ip

        public_dns = self.public_dns

        node_id = self.node_id

        instance_id = self.instance_id

        start_timestamp = self.start_timestamp

        host_private_ip = self.host_private_ip

        node_aws_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_aws_attributes, Unset):
            node_aws_attributes = self.node_aws_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if private_ip is not UNSET:
            field_dict["private_ip"] = private_ip
        if public_dns is not UNSET:
            field_dict["public_dns"] = public_dns
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if start_timestamp is not UNSET:
            field_dict["start_timestamp"] = start_timestamp
        if host_private_ip is not UNSET:
            field_dict["host_private_ip"] = host_private_ip
        if node_aws_attributes is not UNSET:
            field_dict["node_aws_attributes"] = node_aws_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_spark_node_node_aws_attributes import ClustersSparkNodeNodeAwsAttributes  # noqa: PLC0415

        d = dict(src_dict)
        private_ip = d.pop("private_ip", UNSET)

        public_dns = d.pop("public_dns", UNSET)

        node_id = d.pop("node_id", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        start_timestamp = d.pop("start_timestamp", UNSET)

        host_private_ip = d.pop("host_private_ip", UNSET)

        _node_aws_attributes = d.pop("node_aws_attributes", UNSET)
        node_aws_attributes: ClustersSparkNodeNodeAwsAttributes | Unset
        if isinstance(_node_aws_attributes, Unset):
            node_aws_attributes = UNSET
        else:
            node_aws_attributes = ClustersSparkNodeNodeAwsAttributes.from_dict(_node_aws_attributes)

        clusters_spark_node = cls(
            private_ip=private_ip,
            public_dns=public_dns,
            node_id=node_id,
            instance_id=instance_id,
            start_timestamp=start_timestamp,
            host_private_ip=host_private_ip,
            node_aws_attributes=node_aws_attributes,
        )

        clusters_spark_node.additional_properties = d
        return clusters_spark_node

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
