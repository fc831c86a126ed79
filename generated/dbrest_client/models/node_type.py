from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_node_info import ClustersNodeInfo
    from ..models.clusters_node_instance_type import ClustersNodeInstanceType


T = TypeVar("T", bound="NodeType")


@_attrs_define
class NodeType:
    """A node type that clusters can use.

    Example:
        {'node_type_id': 'Standard_DS3_v2', 'memory_mb': 14336, 'num_cores': 4, 'description': 'Standard_DS3_v2',
            'instance_type_id': 'Standard_DS3_v2', 'is_deprecated': False, 'category': 'General Purpose'}

    Attributes:
        node_type_id (str):
        memory_mb (int):
        description (str):
        instance_type_id (str):
        num_cores (float | Unset):
        is_deprecated (bool | Unset):
        category (str | Unset):
        num_gpus (int | Unset):
        node_instance_type (ClustersNodeInstanceType | Unset): The cloud instance type behind a node type.
        node_info (ClustersNodeInfo | Unset): Availability of a node type in the workspace's subscription and region.
        support_ebs_volumes (bool | Unset):
        support_cluster_tags (bool | Unset):
        support_port_forwarding (bool | Unset):
        is_hidden (bool | Unset):
        display_order (int | Unset):
        is_io_cache_enabled (bool | Unset):
        photon_worker_capable (bool | Unset):
        photon_driver_capable (bool | Unset):
        is_encrypted_in_transit (bool | Unset):
        is_graviton (bool | Unset):
    """

    node_type_id: str
    memory_mb: int
    description: str
    instance_type_id: str
    num_cores: float | Unset = UNSET
    is_deprecated: bool | Unset = UNSET
    category: str | Unset = UNSET
    num_gpus: int | Unset = UNSET
    node_instance_type: ClustersNodeInstanceType | Unset = UNSET
    node_info: ClustersNodeInfo | Unset = UNSET
    support_ebs_volumes: bool | Unset = UNSET
    support_cluster_tags: bool | Unset = UNSET
    support_port_forwarding: bool | Unset = UNSET
    is_hidden: bool | Unset = UNSET
    display_order: int | Unset = UNSET
    is_io_cache_enabled: bool | Unset = UNSET
    photon_worker_capable: bool | Unset = UNSET
    photon_driver_capable: bool | Unset = UNSET
    is_encrypted_in_transit: bool | Unset = UNSET
    is_graviton: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_type_id = self.node_type_id

        memory_mb = self.memory_mb

        description = self.description

        instance_type_id = self.instance_type_id

        num_cores = self.num_cores

        is_deprecated = self.is_deprecated

        category = self.category

        num_gpus = self.num_gpus

        node_instance_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_instance_type, Unset):
            node_instance_type = self.node_instance_type.to_dict()

        node_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_info, Unset):
            node_info = self.node_info.to_dict()

        support_ebs_volumes = self.support_ebs_volumes

        support_cluster_tags = self.support_cluster_tags

        support_port_forwarding = self.support_port_forwarding

        is_hidden = self.is_hidden

        display_order = self.display_order

        is_io_cache_enabled = self.is_io_cache_enabled

        photon_worker_capable = self.photon_worker_capable

        photon_driver_capable = self.photon_driver_capable

        is_encrypted_in_transit = self.is_encrypted_in_transit

        is_graviton = self.is_graviton

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_type_id": node_type_id,
                "memory_mb": memory_mb,
                "description": description,
                "instance_type_id": instance_type_id,
            }
        )
        if num_cores is not UNSET:
            field_dict["num_cores"] = num_cores
        if is_deprecated is not UNSET:
            field_dict["is_deprecated"] = is_deprecated
        if category is not UNSET:
            field_dict["category"] = category
        if num_gpus is not UNSET:
            field_dict["num_gpus"] = num_gpus
        if node_instance_type is not UNSET:
            field_dict["node_instance_type"] = node_instance_type
        if node_info is not UNSET:
            field_dict["node_info"] = node_info
        if support_ebs_volumes is not UNSET:
            field_dict["support_ebs_volumes"] = support_ebs_volumes
        if support_cluster_tags is not UNSET:
            field_dict["support_cluster_tags"] = support_cluster_tags
        if support_port_forwarding is not UNSET:
            field_dict["support_port_forwarding"] = support_port_forwarding
        if is_hidden is not UNSET:
            field_dict["is_hidden"] = is_hidden
        if display_order is not UNSET:
            field_dict["display_order"] = display_order
        if is_io_cache_enabled is not UNSET:
            field_dict["is_io_cache_enabled"] = is_io_cache_enabled
        if photon_worker_capable is not UNSET:
            field_dict["photon_worker_capable"] = photon_worker_capable
        if photon_driver_capable is not UNSET:
            field_dict["photon_driver_capable"] = photon_driver_capable
        if is_encrypted_in_transit is not UNSET:
            field_dict["is_encrypted_in_transit"] = is_encrypted_in_transit
        if is_graviton is not UNSET:
            field_dict["is_graviton"] = is_graviton

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_node_info import ClustersNodeInfo  # noqa: PLC0415
        from ..models.clusters_node_instance_type import ClustersNodeInstanceType  # noqa: PLC0415

        d = dict(src_dict)
        node_type_id = d.pop("node_type_id")

        memory_mb = d.pop("memory_mb")

        description = d.pop("description")

        instance_type_id = d.pop("instance_type_id")

        num_cores = d.pop("num_cores", UNSET)

        is_deprecated = d.pop("is_deprecated", UNSET)

        category = d.pop("category", UNSET)

        num_gpus = d.pop("num_gpus", UNSET)

        _node_instance_type = d.pop("node_instance_type", UNSET)
        node_instance_type: ClustersNodeInstanceType | Unset
        if isinstance(_node_instance_type, Unset):
            node_instance_type = UNSET
        else:
            node_instance_type = ClustersNodeInstanceType.from_dict(_node_instance_type)

        _node_info = d.pop("node_info", UNSET)
        node_info: ClustersNodeInfo | Unset
        if isinstance(_node_info, Unset):
            node_info = UNSET
        else:
            node_info = ClustersNodeInfo.from_dict(_node_info)

        support_ebs_volumes = d.pop("support_ebs_volumes", UNSET)

        support_cluster_tags = d.pop("support_cluster_tags", UNSET)

        support_port_forwarding = d.pop("support_port_forwarding", UNSET)

        is_hidden = d.pop("is_hidden", UNSET)

        display_order = d.pop("display_order", UNSET)

        is_io_cache_enabled = d.pop("is_io_cache_enabled", UNSET)

        photon_worker_capable = d.pop("photon_worker_capable", UNSET)

        photon_driver_capable = d.pop("photon_driver_capable", UNSET)

        is_encrypted_in_transit = d.pop("is_encrypted_in_transit", UNSET)

        is_graviton = d.pop("is_graviton", UNSET)

        node_type = cls(
            node_type_id=node_type_id,
            memory_mb=memory_mb,
            description=description,
            instance_type_id=instance_type_id,
            num_cores=num_cores,
            is_deprecated=is_deprecated,
            category=category,
            num_gpus=num_gpus,
            node_instance_type=node_instance_type,
            node_info=node_info,
            support_ebs_volumes=support_ebs_volumes,
            support_cluster_tags=support_cluster_tags,
            support_port_forwarding=support_port_forwarding,
            is_hidden=is_hidden,
            display_order=display_order,
            is_io_cache_enabled=is_io_cache_enabled,
            photon_worker_capable=photon_worker_capable,
            photon_driver_capable=photon_driver_capable,
            is_encrypted_in_transit=is_encrypted_in_transit,
            is_graviton=is_graviton,
        )

        node_type.additional_properties = d
        return node_type

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
