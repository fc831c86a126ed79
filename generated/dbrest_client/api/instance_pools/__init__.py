"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.clusters_node_type_flexibility import ClustersNodeTypeFlexibility
    from ...models.disk_spec import DiskSpec
    from ...models.docker_image import DockerImage
    from ...models.empty import Empty
    from ...models.instance_pool_and_stats import InstancePoolAndStats
    from ...models.instance_pools_aws_attributes import InstancePoolsAwsAttributes
    from ...models.instance_pools_azure_attributes import InstancePoolsAzureAttributes
    from ...models.instance_pools_create_request import InstancePoolsCreateRequest
    from ...models.instance_pools_create_response import InstancePoolsCreateResponse
    from ...models.instance_pools_custom_tags import InstancePoolsCustomTags
    from ...models.instance_pools_delete_request import InstancePoolsDeleteRequest
    from ...models.instance_pools_edit_request import InstancePoolsEditRequest
    from ...models.instance_pools_fleet_attributes import InstancePoolsFleetAttributes
    from ...models.instance_pools_gcp_attributes import InstancePoolsGcpAttributes
    from ...models.instance_pools_list_response import InstancePoolsListResponse
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op.parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class InstancePoolsService:
    """The instance_pools operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        body: InstancePoolsCreateRequest,
    ) -> InstancePoolsCreateResponse: ...

    @overload
    def create(
        self,
        instance_pool_name: str,
        node_type_id: str,
        *,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> InstancePoolsCreateResponse: ...

    @keyword_call
    def create(
        self,
        instance_pool_name: str | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        *,
        body: InstancePoolsCreateRequest | Unset = UNSET,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> InstancePoolsCreateResponse:
        """Create an instance pool

        Creates an instance pool and returns its id. The pool starts provisioning `min_idle_instances` idle
        instances at once (`stats.pending_idle_count`, then `stats.idle_count` once they are up). The name
        must be unique among the workspace's pools, non-empty and shorter than 100 characters
        (`RESOURCE_ALREADY_EXISTS` for a duplicate); `node_type_id` must be a node type of the workspace;
        `max_capacity`, when set, must be at least `min_idle_instances`; at most one preloaded Spark version;
        at most 41 custom tags on Azure; an `aws_attributes.instance_profile_arn` must be registered
        (instance-profiles). Violations give `INVALID_PARAMETER_VALUE`.


        Args:
            instance_pool_name (str): Name of the pool; unique in the workspace, 1–99 characters.
            node_type_id (str): Node type of the pool's instances, from `clusters/list-node-types`.
            min_idle_instances (int | Unset): Number of idle instances the pool keeps ready. Default 0.
            max_capacity (int | Unset): Maximum number of instances of the pool, used and idle; cluster scale-
                ups beyond it fail. Default
                no limit.
            idle_instance_autotermination_minutes (int | Unset): Minutes an instance beyond `min_idle_instances`
                stays idle before it is released; 0 releases
                excess idle instances as soon as possible. Default 60.
            custom_tags (InstancePoolsCustomTags | Unset): Tags for the pool's cloud resources (at most 41 on
                Azure), in addition to `default_tags`. Example: {'team': 'data'}.
            enable_elastic_disk (bool | Unset): Autoscaling local storage. Default false.
            disk_spec (DiskSpec | Unset): Extra disks attached to each node (Azure managed disks, AWS EBS
                volumes). Example: {'disk_type': {'azure_disk_volume_type': 'PREMIUM_LRS'}, 'disk_count': 1,
                'disk_size': 100}.
            preloaded_spark_versions (list[str] | Unset): At most one Spark version preloaded on the idle
                instances, from `clusters/spark-versions`.
            preloaded_docker_images (list[DockerImage] | Unset): Docker images preloaded on the idle instances.
            azure_attributes (InstancePoolsAzureAttributes | Unset): Azure attributes of the pool's instances
                (set at creation; cannot be edited). Example: {'availability': 'ON_DEMAND_AZURE'}.
            aws_attributes (InstancePoolsAwsAttributes | Unset): AWS attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'availability': 'SPOT', 'zone_id': 'us-west-2a',
                'spot_bid_price_percent': 100}.
            gcp_attributes (InstancePoolsGcpAttributes | Unset): GCP attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'gcp_availability': 'ON_DEMAND_GCP'}.
            instance_pool_fleet_attributes (InstancePoolsFleetAttributes | Unset): AWS fleet settings
                (`fleet_on_demand_option`, `fleet_spot_option`, `launch_template_overrides`) for
                pools of fleet instance types. AWS only; stored as given.
                 Example: {'fleet_spot_option': {'allocation_strategy': 'LOWEST_PRICE'}}.
            node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use instead
                of the requested one when it is unavailable.
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            body (InstancePoolsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_pools_create_request import InstancePoolsCreateRequest

        body = request_body(
            InstancePoolsCreateRequest,
            body,
            {
                "instance_pool_name": ("instance_pool_name", instance_pool_name),
                "node_type_id": ("node_type_id", node_type_id),
                "min_idle_instances": ("min_idle_instances", min_idle_instances),
                "max_capacity": ("max_capacity", max_capacity),
                "idle_instance_autotermination_minutes": (
                    "idle_instance_autotermination_minutes",
                    idle_instance_autotermination_minutes,
                ),
                "custom_tags": ("custom_tags", custom_tags),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "disk_spec": ("disk_spec", disk_spec),
                "preloaded_spark_versions": ("preloaded_spark_versions", preloaded_spark_versions),
                "preloaded_docker_images": ("preloaded_docker_images", preloaded_docker_images),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "instance_pool_fleet_attributes": ("instance_pool_fleet_attributes", instance_pool_fleet_attributes),
                "node_type_flexibility": ("node_type_flexibility", node_type_flexibility),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
            },
            "InstancePoolsService.create",
            True,
        )

        from . import instance_pools_create as _op

        result: InstancePoolsCreateResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def delete(
        self,
        *,
        body: InstancePoolsDeleteRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        instance_pool_id: str,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        instance_pool_id: str | Unset = UNSET,
        *,
        body: InstancePoolsDeleteRequest | Unset = UNSET,
    ) -> Empty:
        """Delete an instance pool

        Permanently deletes the pool (state `DELETED`; it no longer appears in `list` and `get` answers
        `RESOURCE_DOES_NOT_EXIST`). Its idle instances are released asynchronously. Running clusters that use
        the pool keep running but cannot scale up; terminated clusters that use it cannot start until they
        are edited to another pool or node type. Unknown or already deleted pool → `RESOURCE_DOES_NOT_EXIST`.
        A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            instance_pool_id (str): The pool to delete.
            body (InstancePoolsDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_pools_delete_request import InstancePoolsDeleteRequest

        body = request_body(
            InstancePoolsDeleteRequest,
            body,
            {
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
            },
            "InstancePoolsService.delete",
            True,
        )

        from . import instance_pools_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def edit(
        self,
        *,
        body: InstancePoolsEditRequest,
    ) -> Empty: ...

    @overload
    def edit(
        self,
        instance_pool_name: str,
        node_type_id: str,
        instance_pool_id: str,
        *,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def edit(
        self,
        instance_pool_name: str | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        *,
        body: InstancePoolsEditRequest | Unset = UNSET,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty:
        """Edit an instance pool

        Replaces the editable settings of a pool: `instance_pool_name`, `min_idle_instances`,
        `max_capacity`, `idle_instance_autotermination_minutes` and `custom_tags`; an omitted one takes its
        default (0 idle instances, no capacity limit, 60 minutes, no tags). `node_type_id` is required and
        must equal the pool's; the other creation settings (disks, attributes, preloaded versions and images)
        cannot change: sending a different value gives `INVALID_PARAMETER_VALUE`, sending the current value
        (as read by `get`) is accepted. Raising `min_idle_instances` provisions more idle instances;
        idle instances beyond the new minimum are released after `idle_instance_autotermination_minutes`.
        Unknown or deleted pool → `RESOURCE_DOES_NOT_EXIST`; a name used by another pool →
        `RESOURCE_ALREADY_EXISTS`.


        Args:
            instance_pool_name (str): Name of the pool; unique in the workspace, 1–99 characters.
            node_type_id (str): Node type of the pool's instances, from `clusters/list-node-types`.
            instance_pool_id (str): The pool to edit.
            min_idle_instances (int | Unset): Number of idle instances the pool keeps ready. Default 0.
            max_capacity (int | Unset): Maximum number of instances of the pool, used and idle; cluster scale-
                ups beyond it fail. Default
                no limit.
            idle_instance_autotermination_minutes (int | Unset): Minutes an instance beyond `min_idle_instances`
                stays idle before it is released; 0 releases
                excess idle instances as soon as possible. Default 60.
            custom_tags (InstancePoolsCustomTags | Unset): Tags for the pool's cloud resources (at most 41 on
                Azure), in addition to `default_tags`. Example: {'team': 'data'}.
            enable_elastic_disk (bool | Unset): Autoscaling local storage. Default false.
            disk_spec (DiskSpec | Unset): Extra disks attached to each node (Azure managed disks, AWS EBS
                volumes). Example: {'disk_type': {'azure_disk_volume_type': 'PREMIUM_LRS'}, 'disk_count': 1,
                'disk_size': 100}.
            preloaded_spark_versions (list[str] | Unset): At most one Spark version preloaded on the idle
                instances, from `clusters/spark-versions`.
            preloaded_docker_images (list[DockerImage] | Unset): Docker images preloaded on the idle instances.
            azure_attributes (InstancePoolsAzureAttributes | Unset): Azure attributes of the pool's instances
                (set at creation; cannot be edited). Example: {'availability': 'ON_DEMAND_AZURE'}.
            aws_attributes (InstancePoolsAwsAttributes | Unset): AWS attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'availability': 'SPOT', 'zone_id': 'us-west-2a',
                'spot_bid_price_percent': 100}.
            gcp_attributes (InstancePoolsGcpAttributes | Unset): GCP attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'gcp_availability': 'ON_DEMAND_GCP'}.
            instance_pool_fleet_attributes (InstancePoolsFleetAttributes | Unset): AWS fleet settings
                (`fleet_on_demand_option`, `fleet_spot_option`, `launch_template_overrides`) for
                pools of fleet instance types. AWS only; stored as given.
                 Example: {'fleet_spot_option': {'allocation_strategy': 'LOWEST_PRICE'}}.
            node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use instead
                of the requested one when it is unavailable.
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            body (InstancePoolsEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_pools_edit_request import InstancePoolsEditRequest

        body = request_body(
            InstancePoolsEditRequest,
            body,
            {
                "instance_pool_name": ("instance_pool_name", instance_pool_name),
                "node_type_id": ("node_type_id", node_type_id),
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
                "min_idle_instances": ("min_idle_instances", min_idle_instances),
                "max_capacity": ("max_capacity", max_capacity),
                "idle_instance_autotermination_minutes": (
                    "idle_instance_autotermination_minutes",
                    idle_instance_autotermination_minutes,
                ),
                "custom_tags": ("custom_tags", custom_tags),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "disk_spec": ("disk_spec", disk_spec),
                "preloaded_spark_versions": ("preloaded_spark_versions", preloaded_spark_versions),
                "preloaded_docker_images": ("preloaded_docker_images", preloaded_docker_images),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "instance_pool_fleet_attributes": ("instance_pool_fleet_attributes", instance_pool_fleet_attributes),
                "node_type_flexibility": ("node_type_flexibility", node_type_flexibility),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
            },
            "InstancePoolsService.edit",
            True,
        )

        from . import instance_pools_edit as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        instance_pool_id: str,
    ) -> InstancePoolAndStats:
        """Get an instance pool

        Returns the settings, default tags, state and usage statistics of a pool. Unknown or deleted pool →
        `RESOURCE_DOES_NOT_EXIST`. A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            instance_pool_id (str):
        """

        from . import instance_pools_get as _op

        result: InstancePoolAndStats = _call(
            self._client,
            _op,
            (),
            instance_pool_id=instance_pool_id,
        )
        return result

    @keyword_call
    def list(
        self,
    ) -> InstancePoolsListResponse:
        """List instance pools

        Lists the workspace's pools that are not deleted, with their statistics, in creation order. Not
        paginated. No pools → `{}`. No errors of its own, only the common ones (UNAUTHENTICATED,
        PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import instance_pools_list as _op

        result: InstancePoolsListResponse = _call(
            self._client,
            _op,
            (),
        )
        return result


class AsyncInstancePoolsService:
    """The instance_pools operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        body: InstancePoolsCreateRequest,
    ) -> InstancePoolsCreateResponse: ...

    @overload
    async def create(
        self,
        instance_pool_name: str,
        node_type_id: str,
        *,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> InstancePoolsCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        instance_pool_name: str | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        *,
        body: InstancePoolsCreateRequest | Unset = UNSET,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> InstancePoolsCreateResponse:
        """Create an instance pool

        Creates an instance pool and returns its id. The pool starts provisioning `min_idle_instances` idle
        instances at once (`stats.pending_idle_count`, then `stats.idle_count` once they are up). The name
        must be unique among the workspace's pools, non-empty and shorter than 100 characters
        (`RESOURCE_ALREADY_EXISTS` for a duplicate); `node_type_id` must be a node type of the workspace;
        `max_capacity`, when set, must be at least `min_idle_instances`; at most one preloaded Spark version;
        at most 41 custom tags on Azure; an `aws_attributes.instance_profile_arn` must be registered
        (instance-profiles). Violations give `INVALID_PARAMETER_VALUE`.


        Args:
            instance_pool_name (str): Name of the pool; unique in the workspace, 1–99 characters.
            node_type_id (str): Node type of the pool's instances, from `clusters/list-node-types`.
            min_idle_instances (int | Unset): Number of idle instances the pool keeps ready. Default 0.
            max_capacity (int | Unset): Maximum number of instances of the pool, used and idle; cluster scale-
                ups beyond it fail. Default
                no limit.
            idle_instance_autotermination_minutes (int | Unset): Minutes an instance beyond `min_idle_instances`
                stays idle before it is released; 0 releases
                excess idle instances as soon as possible. Default 60.
            custom_tags (InstancePoolsCustomTags | Unset): Tags for the pool's cloud resources (at most 41 on
                Azure), in addition to `default_tags`. Example: {'team': 'data'}.
            enable_elastic_disk (bool | Unset): Autoscaling local storage. Default false.
            disk_spec (DiskSpec | Unset): Extra disks attached to each node (Azure managed disks, AWS EBS
                volumes). Example: {'disk_type': {'azure_disk_volume_type': 'PREMIUM_LRS'}, 'disk_count': 1,
                'disk_size': 100}.
            preloaded_spark_versions (list[str] | Unset): At most one Spark version preloaded on the idle
                instances, from `clusters/spark-versions`.
            preloaded_docker_images (list[DockerImage] | Unset): Docker images preloaded on the idle instances.
            azure_attributes (InstancePoolsAzureAttributes | Unset): Azure attributes of the pool's instances
                (set at creation; cannot be edited). Example: {'availability': 'ON_DEMAND_AZURE'}.
            aws_attributes (InstancePoolsAwsAttributes | Unset): AWS attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'availability': 'SPOT', 'zone_id': 'us-west-2a',
                'spot_bid_price_percent': 100}.
            gcp_attributes (InstancePoolsGcpAttributes | Unset): GCP attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'gcp_availability': 'ON_DEMAND_GCP'}.
            instance_pool_fleet_attributes (InstancePoolsFleetAttributes | Unset): AWS fleet settings
                (`fleet_on_demand_option`, `fleet_spot_option`, `launch_template_overrides`) for
                pools of fleet instance types. AWS only; stored as given.
                 Example: {'fleet_spot_option': {'allocation_strategy': 'LOWEST_PRICE'}}.
            node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use instead
                of the requested one when it is unavailable.
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            body (InstancePoolsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_pools_create_request import InstancePoolsCreateRequest

        body = request_body(
            InstancePoolsCreateRequest,
            body,
            {
                "instance_pool_name": ("instance_pool_name", instance_pool_name),
                "node_type_id": ("node_type_id", node_type_id),
                "min_idle_instances": ("min_idle_instances", min_idle_instances),
                "max_capacity": ("max_capacity", max_capacity),
                "idle_instance_autotermination_minutes": (
                    "idle_instance_autotermination_minutes",
                    idle_instance_autotermination_minutes,
                ),
                "custom_tags": ("custom_tags", custom_tags),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "disk_spec": ("disk_spec", disk_spec),
                "preloaded_spark_versions": ("preloaded_spark_versions", preloaded_spark_versions),
                "preloaded_docker_images": ("preloaded_docker_images", preloaded_docker_images),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "instance_pool_fleet_attributes": ("instance_pool_fleet_attributes", instance_pool_fleet_attributes),
                "node_type_flexibility": ("node_type_flexibility", node_type_flexibility),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
            },
            "AsyncInstancePoolsService.create",
            True,
        )

        from . import instance_pools_create as _op

        result: InstancePoolsCreateResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def delete(
        self,
        *,
        body: InstancePoolsDeleteRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        instance_pool_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        instance_pool_id: str | Unset = UNSET,
        *,
        body: InstancePoolsDeleteRequest | Unset = UNSET,
    ) -> Empty:
        """Delete an instance pool

        Permanently deletes the pool (state `DELETED`; it no longer appears in `list` and `get` answers
        `RESOURCE_DOES_NOT_EXIST`). Its idle instances are released asynchronously. Running clusters that use
        the pool keep running but cannot scale up; terminated clusters that use it cannot start until they
        are edited to another pool or node type. Unknown or already deleted pool → `RESOURCE_DOES_NOT_EXIST`.
        A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            instance_pool_id (str): The pool to delete.
            body (InstancePoolsDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_pools_delete_request import InstancePoolsDeleteRequest

        body = request_body(
            InstancePoolsDeleteRequest,
            body,
            {
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
            },
            "AsyncInstancePoolsService.delete",
            True,
        )

        from . import instance_pools_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def edit(
        self,
        *,
        body: InstancePoolsEditRequest,
    ) -> Empty: ...

    @overload
    async def edit(
        self,
        instance_pool_name: str,
        node_type_id: str,
        instance_pool_id: str,
        *,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def edit(
        self,
        instance_pool_name: str | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        *,
        body: InstancePoolsEditRequest | Unset = UNSET,
        min_idle_instances: int | Unset = UNSET,
        max_capacity: int | Unset = UNSET,
        idle_instance_autotermination_minutes: int | Unset = UNSET,
        custom_tags: InstancePoolsCustomTags | Mapping[str, Any] | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        disk_spec: DiskSpec | Mapping[str, Any] | Unset = UNSET,
        preloaded_spark_versions: builtins.list[str] | Unset = UNSET,
        preloaded_docker_images: Sequence[DockerImage | Mapping[str, Any]] | Unset = UNSET,
        azure_attributes: InstancePoolsAzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: InstancePoolsAwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: InstancePoolsGcpAttributes | Mapping[str, Any] | Unset = UNSET,
        instance_pool_fleet_attributes: InstancePoolsFleetAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty:
        """Edit an instance pool

        Replaces the editable settings of a pool: `instance_pool_name`, `min_idle_instances`,
        `max_capacity`, `idle_instance_autotermination_minutes` and `custom_tags`; an omitted one takes its
        default (0 idle instances, no capacity limit, 60 minutes, no tags). `node_type_id` is required and
        must equal the pool's; the other creation settings (disks, attributes, preloaded versions and images)
        cannot change: sending a different value gives `INVALID_PARAMETER_VALUE`, sending the current value
        (as read by `get`) is accepted. Raising `min_idle_instances` provisions more idle instances;
        idle instances beyond the new minimum are released after `idle_instance_autotermination_minutes`.
        Unknown or deleted pool → `RESOURCE_DOES_NOT_EXIST`; a name used by another pool →
        `RESOURCE_ALREADY_EXISTS`.


        Args:
            instance_pool_name (str): Name of the pool; unique in the workspace, 1–99 characters.
            node_type_id (str): Node type of the pool's instances, from `clusters/list-node-types`.
            instance_pool_id (str): The pool to edit.
            min_idle_instances (int | Unset): Number of idle instances the pool keeps ready. Default 0.
            max_capacity (int | Unset): Maximum number of instances of the pool, used and idle; cluster scale-
                ups beyond it fail. Default
                no limit.
            idle_instance_autotermination_minutes (int | Unset): Minutes an instance beyond `min_idle_instances`
                stays idle before it is released; 0 releases
                excess idle instances as soon as possible. Default 60.
            custom_tags (InstancePoolsCustomTags | Unset): Tags for the pool's cloud resources (at most 41 on
                Azure), in addition to `default_tags`. Example: {'team': 'data'}.
            enable_elastic_disk (bool | Unset): Autoscaling local storage. Default false.
            disk_spec (DiskSpec | Unset): Extra disks attached to each node (Azure managed disks, AWS EBS
                volumes). Example: {'disk_type': {'azure_disk_volume_type': 'PREMIUM_LRS'}, 'disk_count': 1,
                'disk_size': 100}.
            preloaded_spark_versions (list[str] | Unset): At most one Spark version preloaded on the idle
                instances, from `clusters/spark-versions`.
            preloaded_docker_images (list[DockerImage] | Unset): Docker images preloaded on the idle instances.
            azure_attributes (InstancePoolsAzureAttributes | Unset): Azure attributes of the pool's instances
                (set at creation; cannot be edited). Example: {'availability': 'ON_DEMAND_AZURE'}.
            aws_attributes (InstancePoolsAwsAttributes | Unset): AWS attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'availability': 'SPOT', 'zone_id': 'us-west-2a',
                'spot_bid_price_percent': 100}.
            gcp_attributes (InstancePoolsGcpAttributes | Unset): GCP attributes of the pool's instances (set at
                creation; cannot be edited). Example: {'gcp_availability': 'ON_DEMAND_GCP'}.
            instance_pool_fleet_attributes (InstancePoolsFleetAttributes | Unset): AWS fleet settings
                (`fleet_on_demand_option`, `fleet_spot_option`, `launch_template_overrides`) for
                pools of fleet instance types. AWS only; stored as given.
                 Example: {'fleet_spot_option': {'allocation_strategy': 'LOWEST_PRICE'}}.
            node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use instead
                of the requested one when it is unavailable.
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            body (InstancePoolsEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.instance_pools_edit_request import InstancePoolsEditRequest

        body = request_body(
            InstancePoolsEditRequest,
            body,
            {
                "instance_pool_name": ("instance_pool_name", instance_pool_name),
                "node_type_id": ("node_type_id", node_type_id),
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
                "min_idle_instances": ("min_idle_instances", min_idle_instances),
                "max_capacity": ("max_capacity", max_capacity),
                "idle_instance_autotermination_minutes": (
                    "idle_instance_autotermination_minutes",
                    idle_instance_autotermination_minutes,
                ),
                "custom_tags": ("custom_tags", custom_tags),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "disk_spec": ("disk_spec", disk_spec),
                "preloaded_spark_versions": ("preloaded_spark_versions", preloaded_spark_versions),
                "preloaded_docker_images": ("preloaded_docker_images", preloaded_docker_images),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "instance_pool_fleet_attributes": ("instance_pool_fleet_attributes", instance_pool_fleet_attributes),
                "node_type_flexibility": ("node_type_flexibility", node_type_flexibility),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
            },
            "AsyncInstancePoolsService.edit",
            True,
        )

        from . import instance_pools_edit as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        instance_pool_id: str,
    ) -> InstancePoolAndStats:
        """Get an instance pool

        Returns the settings, default tags, state and usage statistics of a pool. Unknown or deleted pool →
        `RESOURCE_DOES_NOT_EXIST`. A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            instance_pool_id (str):
        """

        from . import instance_pools_get as _op

        result: InstancePoolAndStats = await _acall(
            self._client,
            _op,
            (),
            instance_pool_id=instance_pool_id,
        )
        return result

    @async_keyword_call
    async def list(
        self,
    ) -> InstancePoolsListResponse:
        """List instance pools

        Lists the workspace's pools that are not deleted, with their statistics, in creation order. Not
        paginated. No pools → `{}`. No errors of its own, only the common ones (UNAUTHENTICATED,
        PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import instance_pools_list as _op

        result: InstancePoolsListResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result


__all__ = ("InstancePoolsService", "AsyncInstancePoolsService")
