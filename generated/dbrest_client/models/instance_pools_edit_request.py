from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clusters_node_type_flexibility import ClustersNodeTypeFlexibility
    from ..models.disk_spec import DiskSpec
    from ..models.docker_image import DockerImage
    from ..models.instance_pools_aws_attributes import InstancePoolsAwsAttributes
    from ..models.instance_pools_azure_attributes import InstancePoolsAzureAttributes
    from ..models.instance_pools_custom_tags import InstancePoolsCustomTags
    from ..models.instance_pools_fleet_attributes import InstancePoolsFleetAttributes
    from ..models.instance_pools_gcp_attributes import InstancePoolsGcpAttributes


T = TypeVar("T", bound="InstancePoolsEditRequest")


@_attrs_define
class InstancePoolsEditRequest:
    """
    Example:
        {'instance_pool_id': '0101-120000-brick1-pool-ABCD1234', 'instance_pool_name': 'my-edited-pool', 'node_type_id':
            'Standard_D3_v2', 'min_idle_instances': 5, 'max_capacity': 200, 'idle_instance_autotermination_minutes': 30}

    Attributes:
        instance_pool_name (str): Name of the pool; unique in the workspace, 1–99 characters.
        node_type_id (str): Node type of the pool's instances, from `clusters/list-node-types`.
        instance_pool_id (str): The pool to edit.
        min_idle_instances (int | Unset): Number of idle instances the pool keeps ready. Default 0.
        max_capacity (int | Unset): Maximum number of instances of the pool, used and idle; cluster scale-ups beyond it
            fail. Default
            no limit.
        idle_instance_autotermination_minutes (int | Unset): Minutes an instance beyond `min_idle_instances` stays idle
            before it is released; 0 releases
            excess idle instances as soon as possible. Default 60.
        custom_tags (InstancePoolsCustomTags | Unset): Tags for the pool's cloud resources (at most 41 on Azure), in
            addition to `default_tags`. Example: {'team': 'data'}.
        enable_elastic_disk (bool | Unset): Autoscaling local storage. Default false.
        disk_spec (DiskSpec | Unset): Extra disks attached to each node (Azure managed disks, AWS EBS volumes). Example:
            {'disk_type': {'azure_disk_volume_type': 'PREMIUM_LRS'}, 'disk_count': 1, 'disk_size': 100}.
        preloaded_spark_versions (list[str] | Unset): At most one Spark version preloaded on the idle instances, from
            `clusters/spark-versions`.
        preloaded_docker_images (list[DockerImage] | Unset): Docker images preloaded on the idle instances.
        azure_attributes (InstancePoolsAzureAttributes | Unset): Azure attributes of the pool's instances (set at
            creation; cannot be edited). Example: {'availability': 'ON_DEMAND_AZURE'}.
        aws_attributes (InstancePoolsAwsAttributes | Unset): AWS attributes of the pool's instances (set at creation;
            cannot be edited). Example: {'availability': 'SPOT', 'zone_id': 'us-west-2a', 'spot_bid_price_percent': 100}.
        gcp_attributes (InstancePoolsGcpAttributes | Unset): GCP attributes of the pool's instances (set at creation;
            cannot be edited). Example: {'gcp_availability': 'ON_DEMAND_GCP'}.
        instance_pool_fleet_attributes (InstancePoolsFleetAttributes | Unset): AWS fleet settings
            (`fleet_on_demand_option`, `fleet_spot_option`, `launch_template_overrides`) for
            pools of fleet instance types. AWS only; stored as given.
             Example: {'fleet_spot_option': {'allocation_strategy': 'LOWEST_PRICE'}}.
        node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use instead of the
            requested one when it is unavailable.
        remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED disks
            only).
        total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
    """

    instance_pool_name: str
    node_type_id: str
    instance_pool_id: str
    min_idle_instances: int | Unset = UNSET
    max_capacity: int | Unset = UNSET
    idle_instance_autotermination_minutes: int | Unset = UNSET
    custom_tags: InstancePoolsCustomTags | Unset = UNSET
    enable_elastic_disk: bool | Unset = UNSET
    disk_spec: DiskSpec | Unset = UNSET
    preloaded_spark_versions: list[str] | Unset = UNSET
    preloaded_docker_images: list[DockerImage] | Unset = UNSET
    azure_attributes: InstancePoolsAzureAttributes | Unset = UNSET
    aws_attributes: InstancePoolsAwsAttributes | Unset = UNSET
    gcp_attributes: InstancePoolsGcpAttributes | Unset = UNSET
    instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Unset = UNSET
    node_type_flexibility: ClustersNodeTypeFlexibility | Unset = UNSET
    remote_disk_throughput: int | Unset = UNSET
    total_initial_remote_disk_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_pool_name = self.instance_pool_name

        node_type_id = self.node_type_id

        instance_pool_id = self.instance_pool_id

        min_idle_instances = self.min_idle_instances

        max_capacity = self.max_capacity

        idle_instance_autotermination_minutes = self.idle_instance_autotermination_minutes

        custom_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_tags, Unset):
            custom_tags = self.custom_tags.to_dict()

        enable_elastic_disk = self.enable_elastic_disk

        disk_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk_spec, Unset):
            disk_spec = self.disk_spec.to_dict()

        preloaded_spark_versions: list[str] | Unset = UNSET
        if not isinstance(self.preloaded_spark_versions, Unset):
            preloaded_spark_versions = self.preloaded_spark_versions

        preloaded_docker_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.preloaded_docker_images, Unset):
            preloaded_docker_images = []
            for preloaded_docker_images_item_data in self.preloaded_docker_images:
                preloaded_docker_images_item = preloaded_docker_images_item_data.to_dict()
                preloaded_docker_images.append(preloaded_docker_images_item)

        azure_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_attributes, Unset):
            azure_attributes = self.azure_attributes.to_dict()

        aws_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_attributes, Unset):
            aws_attributes = self.aws_attributes.to_dict()

        gcp_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp_attributes, Unset):
            gcp_attributes = self.gcp_attributes.to_dict()

        instance_pool_fleet_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instance_pool_fleet_attributes, Unset):
            instance_pool_fleet_attributes = self.instance_pool_fleet_attributes.to_dict()

        node_type_flexibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_type_flexibility, Unset):
            node_type_flexibility = self.node_type_flexibility.to_dict()

        remote_disk_throughput = self.remote_disk_throughput

        total_initial_remote_disk_size = self.total_initial_remote_disk_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_pool_name": instance_pool_name,
                "node_type_id": node_type_id,
                "instance_pool_id": instance_pool_id,
            }
        )
        if min_idle_instances is not UNSET:
            field_dict["min_idle_instances"] = min_idle_instances
        if max_capacity is not UNSET:
            field_dict["max_capacity"] = max_capacity
        if idle_instance_autotermination_minutes is not UNSET:
            field_dict["idle_instance_autotermination_minutes"] = idle_instance_autotermination_minutes
        if custom_tags is not UNSET:
            field_dict["custom_tags"] = custom_tags
        if enable_elastic_disk is not UNSET:
            field_dict["enable_elastic_disk"] = enable_elastic_disk
        if disk_spec is not UNSET:
            field_dict["disk_spec"] = disk_spec
        if preloaded_spark_versions is not UNSET:
            field_dict["preloaded_spark_versions"] = preloaded_spark_versions
        if preloaded_docker_images is not UNSET:
            field_dict["preloaded_docker_images"] = preloaded_docker_images
        if azure_attributes is not UNSET:
            field_dict["azure_attributes"] = azure_attributes
        if aws_attributes is not UNSET:
            field_dict["aws_attributes"] = aws_attributes
        if gcp_attributes is not UNSET:
            field_dict["gcp_attributes"] = gcp_attributes
        if instance_pool_fleet_attributes is not UNSET:
            field_dict["instance_pool_fleet_attributes"] = instance_pool_fleet_attributes
        if node_type_flexibility is not UNSET:
            field_dict["node_type_flexibility"] = node_type_flexibility
        if remote_disk_throughput is not UNSET:
            field_dict["remote_disk_throughput"] = remote_disk_throughput
        if total_initial_remote_disk_size is not UNSET:
            field_dict["total_initial_remote_disk_size"] = total_initial_remote_disk_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clusters_node_type_flexibility import ClustersNodeTypeFlexibility  # noqa: PLC0415
        from ..models.disk_spec import DiskSpec  # noqa: PLC0415
        from ..models.docker_image import DockerImage  # noqa: PLC0415
        from ..models.instance_pools_aws_attributes import InstancePoolsAwsAttributes  # noqa: PLC0415
        from ..models.instance_pools_azure_attributes import InstancePoolsAzureAttributes  # noqa: PLC0415
        from ..models.instance_pools_custom_tags import InstancePoolsCustomTags  # noqa: PLC0415
        from ..models.instance_pools_fleet_attributes import InstancePoolsFleetAttributes  # noqa: PLC0415
        from ..models.instance_pools_gcp_attributes import InstancePoolsGcpAttributes  # noqa: PLC0415

        d = dict(src_dict)
        instance_pool_name = d.pop("instance_pool_name")

        node_type_id = d.pop("node_type_id")

        instance_pool_id = d.pop("instance_pool_id")

        min_idle_instances = d.pop("min_idle_instances", UNSET)

        max_capacity = d.pop("max_capacity", UNSET)

        idle_instance_autotermination_minutes = d.pop("idle_instance_autotermination_minutes", UNSET)

        _custom_tags = d.pop("custom_tags", UNSET)
        custom_tags: InstancePoolsCustomTags | Unset
        if isinstance(_custom_tags, Unset):
            custom_tags = UNSET
        else:
            custom_tags = InstancePoolsCustomTags.from_dict(_custom_tags)

        enable_elastic_disk = d.pop("enable_elastic_disk", UNSET)

        _disk_spec = d.pop("disk_spec", UNSET)
        disk_spec: DiskSpec | Unset
        if isinstance(_disk_spec, Unset):
            disk_spec = UNSET
        else:
            disk_spec = DiskSpec.from_dict(_disk_spec)

        preloaded_spark_versions = cast(list[str], d.pop("preloaded_spark_versions", UNSET))

        _preloaded_docker_images = d.pop("preloaded_docker_images", UNSET)
        preloaded_docker_images: list[DockerImage] | Unset = UNSET
        if _preloaded_docker_images is not UNSET:
            preloaded_docker_images = []
            for preloaded_docker_images_item_data in _preloaded_docker_images:
                preloaded_docker_images_item = DockerImage.from_dict(preloaded_docker_images_item_data)

                preloaded_docker_images.append(preloaded_docker_images_item)

        _azure_attributes = d.pop("azure_attributes", UNSET)
        azure_attributes: InstancePoolsAzureAttributes | Unset
        if isinstance(_azure_attributes, Unset):
            azure_attributes = UNSET
        else:
            azure_attributes = InstancePoolsAzureAttributes.from_dict(_azure_attributes)

        _aws_attributes = d.pop("aws_attributes", UNSET)
        aws_attributes: InstancePoolsAwsAttributes | Unset
        if isinstance(_aws_attributes, Unset):
            aws_attributes = UNSET
        else:
            aws_attributes = InstancePoolsAwsAttributes.from_dict(_aws_attributes)

        _gcp_attributes = d.pop("gcp_attributes", UNSET)
        gcp_attributes: InstancePoolsGcpAttributes | Unset
        if isinstance(_gcp_attributes, Unset):
            gcp_attributes = UNSET
        else:
            gcp_attributes = InstancePoolsGcpAttributes.from_dict(_gcp_attributes)

        _instance_pool_fleet_attributes = d.pop("instance_pool_fleet_attributes", UNSET)
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Unset
        if isinstance(_instance_pool_fleet_attributes, Unset):
            instance_pool_fleet_attributes = UNSET
        else:
            instance_pool_fleet_attributes = InstancePoolsFleetAttributes.from_dict(_instance_pool_fleet_attributes)

        _node_type_flexibility = d.pop("node_type_flexibility", UNSET)
        node_type_flexibility: ClustersNodeTypeFlexibility | Unset
        if isinstance(_node_type_flexibility, Unset):
            node_type_flexibility = UNSET
        else:
            node_type_flexibility = ClustersNodeTypeFlexibility.from_dict(_node_type_flexibility)

        remote_disk_throughput = d.pop("remote_disk_throughput", UNSET)

        total_initial_remote_disk_size = d.pop("total_initial_remote_disk_size", UNSET)

        instance_pools_edit_request = cls(
            instance_pool_name=instance_pool_name,
            node_type_id=node_type_id,
            instance_pool_id=instance_pool_id,
            min_idle_instances=min_idle_instances,
            max_capacity=max_capacity,
            idle_instance_autotermination_minutes=idle_instance_autotermination_minutes,
            custom_tags=custom_tags,
            enable_elastic_disk=enable_elastic_disk,
            disk_spec=disk_spec,
            preloaded_spark_versions=preloaded_spark_versions,
            preloaded_docker_images=preloaded_docker_images,
            azure_attributes=azure_attributes,
            aws_attributes=aws_attributes,
            gcp_attributes=gcp_attributes,
            instance_pool_fleet_attributes=instance_pool_fleet_attributes,
            node_type_flexibility=node_type_flexibility,
            remote_disk_throughput=remote_disk_throughput,
            total_initial_remote_disk_size=total_initial_remote_disk_size,
        )

        instance_pools_edit_request.additional_properties = d
        return instance_pools_edit_request

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
