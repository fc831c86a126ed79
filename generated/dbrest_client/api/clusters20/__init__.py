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
    from ...models.auto_scale import AutoScale
    from ...models.aws_attributes import AwsAttributes
    from ...models.azure_attributes import AzureAttributes
    from ...models.cluster_info import ClusterInfo
    from ...models.cluster_log_conf import ClusterLogConf
    from ...models.clusters_20_list_can_use_client import Clusters20ListCanUseClient
    from ...models.clusters_change_owner_request import ClustersChangeOwnerRequest
    from ...models.clusters_create_request import ClustersCreateRequest
    from ...models.clusters_create_request_clone_from import ClustersCreateRequestCloneFrom
    from ...models.clusters_create_response import ClustersCreateResponse
    from ...models.clusters_custom_tags_request import ClustersCustomTagsRequest
    from ...models.clusters_data_security_mode import ClustersDataSecurityMode
    from ...models.clusters_dependency_mode import ClustersDependencyMode
    from ...models.clusters_edit_request import ClustersEditRequest
    from ...models.clusters_event_type import ClustersEventType
    from ...models.clusters_events_request import ClustersEventsRequest
    from ...models.clusters_events_request_order import ClustersEventsRequestOrder
    from ...models.clusters_events_response import ClustersEventsResponse
    from ...models.clusters_id_request import ClustersIdRequest
    from ...models.clusters_kind import ClustersKind
    from ...models.clusters_list_node_types_response import ClustersListNodeTypesResponse
    from ...models.clusters_list_response import ClustersListResponse
    from ...models.clusters_list_zones_response import ClustersListZonesResponse
    from ...models.clusters_node_type_flexibility import ClustersNodeTypeFlexibility
    from ...models.clusters_resize_request import ClustersResizeRequest
    from ...models.clusters_restart_request import ClustersRestartRequest
    from ...models.clusters_runtime_engine import ClustersRuntimeEngine
    from ...models.clusters_source import ClustersSource
    from ...models.clusters_spark_conf_request import ClustersSparkConfRequest
    from ...models.clusters_spark_versions_response import ClustersSparkVersionsResponse
    from ...models.clusters_string_map import ClustersStringMap
    from ...models.clusters_workload_type import ClustersWorkloadType
    from ...models.docker_image import DockerImage
    from ...models.empty import Empty
    from ...models.gcp_attributes import GcpAttributes
    from ...models.init_script_info import InitScriptInfo
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


class Clusters20Service:
    """The clusters20 operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def change_owner(
        self,
        *,
        body: ClustersChangeOwnerRequest,
    ) -> Empty: ...

    @overload
    def change_owner(
        self,
        cluster_id: str,
        owner_username: str,
    ) -> Empty: ...

    @keyword_call
    def change_owner(
        self,
        cluster_id: str | Unset = UNSET,
        owner_username: str | Unset = UNSET,
        *,
        body: ClustersChangeOwnerRequest | Unset = UNSET,
    ) -> Empty:
        """Change the owner of a cluster

        Makes `owner_username` the owner of the cluster (reported as `creator_user_name`). Admin only
        (PERMISSION_DENIED otherwise). An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str):
            owner_username (str): User name of the new owner.
            body (ClustersChangeOwnerRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_change_owner_request import ClustersChangeOwnerRequest

        body = request_body(
            ClustersChangeOwnerRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "owner_username": ("owner_username", owner_username),
            },
            "Clusters20Service.change_owner",
            True,
        )

        from . import clusters_20_change_owner as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def create(
        self,
        *,
        body: ClustersCreateRequest,
    ) -> ClustersCreateResponse: ...

    @overload
    def create(
        self,
        spark_version: str,
        *,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        cluster_source: ClustersSource | str | Unset = UNSET,
        clone_from: ClustersCreateRequestCloneFrom | Mapping[str, Any] | Unset = UNSET,
    ) -> ClustersCreateResponse: ...

    @keyword_call
    def create(
        self,
        spark_version: str | Unset = UNSET,
        *,
        body: ClustersCreateRequest | Unset = UNSET,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        cluster_source: ClustersSource | str | Unset = UNSET,
        clone_from: ClustersCreateRequestCloneFrom | Mapping[str, Any] | Unset = UNSET,
    ) -> ClustersCreateResponse:
        """Create a cluster

        Creates a cluster and returns its id at once, while it is PENDING; it becomes RUNNING once its nodes
        are up (cloud provisioning, typically minutes). At most one of `num_workers` and `autoscale` may be
        given; with neither the cluster has no workers. An unknown `spark_version`, `node_type_id` or `driver_node_type_id`, `autotermination_minutes`
        of 1–9, an unknown instance pool or policy, or more than one log or init-script destination give
        INVALID_PARAMETER_VALUE. With `idempotency_token` (at most 64 characters), a request whose token
        matches a cluster that is not TERMINATED returns that cluster's id instead of creating another.
        A request that would exceed a resource limit gives REQUEST_LIMIT_EXCEEDED (429); a caller without
        the cluster-create entitlement gives PERMISSION_DENIED.


        Args:
            spark_version (str): Databricks Runtime version key, as listed by `clusters/spark-versions`.
            cluster_name (str | Unset): Name of the cluster, need not be unique; default the empty string.
            num_workers (int | None | Unset): Number of worker nodes (0 for a single-node cluster); the cluster
                has `num_workers` + 1 Spark nodes.
                Reading a cluster reports the target number of workers, not the current one.
            autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial
                number of workers after creation;
                `max_workers` must be strictly greater than `min_workers`.
                 Example: {'min_workers': 2, 'max_workers': 8}.
            kind (ClustersKind | Unset): The kind of compute the specification describes; it decides which
                validations and defaults apply.
                Only with `kind` CLASSIC_PREVIEW may `is_single_node` and `use_ml_runtime` be given (the simple form
                of
                the UI creates such clusters).
            is_single_node (bool | Unset): Only with `kind` CLASSIC_PREVIEW: Databricks sets the single-node
                `custom_tags`
                (`ResourceClass: SingleNode`), `spark_conf` (`spark.master: local[*, 4]`,
                `spark.databricks.cluster.profile: singleNode`) and `num_workers` 0.
            use_ml_runtime (bool | Unset): Only with `kind` CLASSIC_PREVIEW: run the ML variant of
                `spark_version` (GPU ML on a GPU node type).
            spark_conf (ClustersSparkConfRequest | Unset): Spark configuration key-value pairs. Values are
                strings; JSON booleans and numbers (as in the
                documentation's examples) are accepted and stored as their string form.
            azure_attributes (AzureAttributes | Unset): Attributes of a cluster's Azure virtual machines. Azure
                workspaces only. Example: {'first_on_demand': 1, 'availability': 'ON_DEMAND_AZURE',
                'spot_bid_max_price': -1}.
            aws_attributes (AwsAttributes | Unset): Attributes of a cluster's AWS instances. AWS workspaces
                only. Example: {'first_on_demand': 1, 'availability': 'SPOT_WITH_FALLBACK', 'zone_id': 'us-
                west-2a'}.
            gcp_attributes (GcpAttributes | Unset): Attributes of a cluster's Google Cloud instances. GCP
                workspaces only. Example: {'availability': 'ON_DEMAND_GCP'}.
            node_type_id (str | Unset): Worker node type, as listed by `clusters/list-node-types`. Optional with
                `instance_pool_id`.
            driver_node_type_id (str | Unset): Driver node type; default the `node_type_id`.
            worker_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            driver_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            ssh_public_keys (list[str] | Unset): Up to 10 SSH public keys added to every node (user `ubuntu`,
                port 2200).
            custom_tags (ClustersCustomTagsRequest | Unset): Tags for the cluster's cloud resources (at most 43
                on Azure), in addition to `default_tags`.
            cluster_log_conf (ClusterLogConf | Unset): Where the cluster's Spark driver, executor and init-
                script logs are delivered (every 5 minutes, to
                `<destination>/<cluster-id>/{driver,executor,init_scripts}`). Exactly one of `dbfs`, `s3` (AWS) and
                `volumes` must be given; otherwise INVALID_PARAMETER_VALUE.
                 Example: {'dbfs': {'destination': 'dbfs:/cluster-logs'}}.
            init_scripts (list[InitScriptInfo] | Unset): Init scripts, run in this order on every node at start.
            docker_image (DockerImage | Unset): A custom Docker image for Databricks Container Services.
                Example: {'url': 'myregistry.azurecr.io/databricks-runtime:latest', 'basic_auth': {'username':
                'user', 'password': 'secret'}}.
            spark_env_vars (ClustersStringMap | Unset): String key-value pairs.
            autotermination_minutes (int | Unset): Terminate the cluster after this many minutes of inactivity:
                10 to 10000, or 0 (the default) to
                disable automatic termination. Values 1–9 give INVALID_PARAMETER_VALUE. Not applicable to job
                clusters.
            enable_elastic_disk (bool | Unset): Autoscaling local storage.
            instance_pool_id (str | Unset): Instance pool for the workers (and the driver, unless
                `driver_instance_pool_id` is set).
            driver_instance_pool_id (str | Unset):
            policy_id (str | Unset): Cluster policy the specification is validated against.
            apply_policy_default_values (bool | Unset): Whether the policy's default values fill absent fields.
            enable_local_disk_encryption (bool | Unset):
            runtime_engine (ClustersRuntimeEngine | Unset): Runtime engine of the cluster. PHOTON also follows
                from a legacy `-photon-` spark_version (which may not
                be combined with runtime_engine); NULL is what the service reports when none applies.
            data_security_mode (ClustersDataSecurityMode | Unset): Data governance model of the cluster (access
                mode). DATA_SECURITY_MODE_AUTO lets Databricks choose from
                the rest of the configuration; DATA_SECURITY_MODE_STANDARD is shared by several isolated users;
                DATA_SECURITY_MODE_DEDICATED serves only `single_user_name`. USER_ISOLATION and SINGLE_USER are
                legacy
                aliases of STANDARD and DEDICATED; the LEGACY_* modes are deprecated from Databricks Runtime 15.0.
                Open set (databricks-sdk 0.162.0 `DataSecurityMode`).
            single_user_name (str | Unset): The only user who may use the cluster in the DEDICATED (SINGLE_USER)
                access mode.
            workload_type (ClustersWorkloadType | Unset): Which kinds of workload may run on the cluster.
            dependency_mode (ClustersDependencyMode | Unset): Where the cluster's dependencies come from:
                DEPENDENCY_MODE_AUTO (Databricks chooses),
                DEPENDENCY_MODE_ENVIRONMENTS (unified with serverless; DBR 19+, standard access mode) or
                DEPENDENCY_MODE_CLUSTER_LIBRARIES (cluster libraries and init scripts).
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            idempotency_token (str | Unset): At most 64 characters. If a cluster that is not TERMINATED was
                created with the same token,
                its id is returned and no cluster is created.
            cluster_source (ClustersSource | Unset): What created the cluster.
            clone_from (ClustersCreateRequestCloneFrom | Unset): Clones the libraries of a source cluster onto
                the new cluster during its creation (later;
                databricks-sdk 0.162.0 `CloneCluster`). An unknown source cluster → `INVALID_PARAMETER_VALUE`.
            body (ClustersCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_create_request import ClustersCreateRequest

        body = request_body(
            ClustersCreateRequest,
            body,
            {
                "spark_version": ("spark_version", spark_version),
                "cluster_name": ("cluster_name", cluster_name),
                "num_workers": ("num_workers", num_workers),
                "autoscale": ("autoscale", autoscale),
                "kind": ("kind", kind),
                "is_single_node": ("is_single_node", is_single_node),
                "use_ml_runtime": ("use_ml_runtime", use_ml_runtime),
                "spark_conf": ("spark_conf", spark_conf),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "node_type_id": ("node_type_id", node_type_id),
                "driver_node_type_id": ("driver_node_type_id", driver_node_type_id),
                "worker_node_type_flexibility": ("worker_node_type_flexibility", worker_node_type_flexibility),
                "driver_node_type_flexibility": ("driver_node_type_flexibility", driver_node_type_flexibility),
                "ssh_public_keys": ("ssh_public_keys", ssh_public_keys),
                "custom_tags": ("custom_tags", custom_tags),
                "cluster_log_conf": ("cluster_log_conf", cluster_log_conf),
                "init_scripts": ("init_scripts", init_scripts),
                "docker_image": ("docker_image", docker_image),
                "spark_env_vars": ("spark_env_vars", spark_env_vars),
                "autotermination_minutes": ("autotermination_minutes", autotermination_minutes),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
                "driver_instance_pool_id": ("driver_instance_pool_id", driver_instance_pool_id),
                "policy_id": ("policy_id", policy_id),
                "apply_policy_default_values": ("apply_policy_default_values", apply_policy_default_values),
                "enable_local_disk_encryption": ("enable_local_disk_encryption", enable_local_disk_encryption),
                "runtime_engine": ("runtime_engine", runtime_engine),
                "data_security_mode": ("data_security_mode", data_security_mode),
                "single_user_name": ("single_user_name", single_user_name),
                "workload_type": ("workload_type", workload_type),
                "dependency_mode": ("dependency_mode", dependency_mode),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "cluster_source": ("cluster_source", cluster_source),
                "clone_from": ("clone_from", clone_from),
            },
            "Clusters20Service.create",
            True,
        )

        from . import clusters_20_create as _op

        result: ClustersCreateResponse = _call(
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
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Terminate a cluster

        Terminates a cluster: it goes TERMINATING, then TERMINATED with termination reason USER_REQUEST. A
        cluster that is already TERMINATING or TERMINATED is left as is (success). The configuration is kept
        for 30 days after termination (indefinitely when pinned), during which the cluster can be started
        again. An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "Clusters20Service.delete",
            True,
        )

        from . import clusters_20_delete as _op

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
        body: ClustersEditRequest,
    ) -> Empty: ...

    @overload
    def edit(
        self,
        spark_version: str,
        cluster_id: str,
        *,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def edit(
        self,
        spark_version: str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersEditRequest | Unset = UNSET,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty:
        """Edit the configuration of a cluster

        Replaces the configuration of a cluster with the given one (every create field; absent fields are
        reset). Allowed only in RUNNING and TERMINATED; other states give INVALID_STATE. A RUNNING cluster is
        restarted (RESTARTING, then RUNNING) to apply the new configuration; a TERMINATED cluster stays
        TERMINATED and uses it at its next start. Clusters created by the Jobs service cannot be edited
        (INVALID_PARAMETER_VALUE). The same validation as `create` applies. Records an EDITED event.


        Args:
            spark_version (str): Databricks Runtime version key, as listed by `clusters/spark-versions`.
            cluster_id (str):
            cluster_name (str | Unset): Name of the cluster; default the empty string.
            num_workers (int | None | Unset): Number of worker nodes (0 for a single-node cluster); the cluster
                has `num_workers` + 1 Spark nodes.
                Reading a cluster reports the target number of workers, not the current one.
            autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial
                number of workers after creation;
                `max_workers` must be strictly greater than `min_workers`.
                 Example: {'min_workers': 2, 'max_workers': 8}.
            kind (ClustersKind | Unset): The kind of compute the specification describes; it decides which
                validations and defaults apply.
                Only with `kind` CLASSIC_PREVIEW may `is_single_node` and `use_ml_runtime` be given (the simple form
                of
                the UI creates such clusters).
            is_single_node (bool | Unset): Only with `kind` CLASSIC_PREVIEW: Databricks sets the single-node
                `custom_tags`
                (`ResourceClass: SingleNode`), `spark_conf` (`spark.master: local[*, 4]`,
                `spark.databricks.cluster.profile: singleNode`) and `num_workers` 0.
            use_ml_runtime (bool | Unset): Only with `kind` CLASSIC_PREVIEW: run the ML variant of
                `spark_version` (GPU ML on a GPU node type).
            spark_conf (ClustersSparkConfRequest | Unset): Spark configuration key-value pairs. Values are
                strings; JSON booleans and numbers (as in the
                documentation's examples) are accepted and stored as their string form.
            azure_attributes (AzureAttributes | Unset): Attributes of a cluster's Azure virtual machines. Azure
                workspaces only. Example: {'first_on_demand': 1, 'availability': 'ON_DEMAND_AZURE',
                'spot_bid_max_price': -1}.
            aws_attributes (AwsAttributes | Unset): Attributes of a cluster's AWS instances. AWS workspaces
                only. Example: {'first_on_demand': 1, 'availability': 'SPOT_WITH_FALLBACK', 'zone_id': 'us-
                west-2a'}.
            gcp_attributes (GcpAttributes | Unset): Attributes of a cluster's Google Cloud instances. GCP
                workspaces only. Example: {'availability': 'ON_DEMAND_GCP'}.
            node_type_id (str | Unset): Worker node type, as listed by `clusters/list-node-types`. Optional with
                `instance_pool_id`.
            driver_node_type_id (str | Unset): Driver node type; default the `node_type_id`.
            worker_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            driver_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            ssh_public_keys (list[str] | Unset): Up to 10 SSH public keys added to every node (user `ubuntu`,
                port 2200).
            custom_tags (ClustersCustomTagsRequest | Unset): Tags for the cluster's cloud resources (at most 43
                on Azure), in addition to `default_tags`.
            cluster_log_conf (ClusterLogConf | Unset): Where the cluster's Spark driver, executor and init-
                script logs are delivered (every 5 minutes, to
                `<destination>/<cluster-id>/{driver,executor,init_scripts}`). Exactly one of `dbfs`, `s3` (AWS) and
                `volumes` must be given; otherwise INVALID_PARAMETER_VALUE.
                 Example: {'dbfs': {'destination': 'dbfs:/cluster-logs'}}.
            init_scripts (list[InitScriptInfo] | Unset): Init scripts, run in this order on every node at start.
            docker_image (DockerImage | Unset): A custom Docker image for Databricks Container Services.
                Example: {'url': 'myregistry.azurecr.io/databricks-runtime:latest', 'basic_auth': {'username':
                'user', 'password': 'secret'}}.
            spark_env_vars (ClustersStringMap | Unset): String key-value pairs.
            autotermination_minutes (int | Unset): Terminate the cluster after this many minutes of inactivity:
                10 to 10000, or 0 (the default) to
                disable automatic termination. Values 1–9 give INVALID_PARAMETER_VALUE. Not applicable to job
                clusters.
            enable_elastic_disk (bool | Unset): Autoscaling local storage.
            instance_pool_id (str | Unset): Instance pool for the workers (and the driver, unless
                `driver_instance_pool_id` is set).
            driver_instance_pool_id (str | Unset):
            policy_id (str | Unset): Cluster policy the specification is validated against.
            apply_policy_default_values (bool | Unset): Whether the policy's default values fill absent fields.
            enable_local_disk_encryption (bool | Unset):
            runtime_engine (ClustersRuntimeEngine | Unset): Runtime engine of the cluster. PHOTON also follows
                from a legacy `-photon-` spark_version (which may not
                be combined with runtime_engine); NULL is what the service reports when none applies.
            data_security_mode (ClustersDataSecurityMode | Unset): Data governance model of the cluster (access
                mode). DATA_SECURITY_MODE_AUTO lets Databricks choose from
                the rest of the configuration; DATA_SECURITY_MODE_STANDARD is shared by several isolated users;
                DATA_SECURITY_MODE_DEDICATED serves only `single_user_name`. USER_ISOLATION and SINGLE_USER are
                legacy
                aliases of STANDARD and DEDICATED; the LEGACY_* modes are deprecated from Databricks Runtime 15.0.
                Open set (databricks-sdk 0.162.0 `DataSecurityMode`).
            single_user_name (str | Unset): The only user who may use the cluster in the DEDICATED (SINGLE_USER)
                access mode.
            workload_type (ClustersWorkloadType | Unset): Which kinds of workload may run on the cluster.
            dependency_mode (ClustersDependencyMode | Unset): Where the cluster's dependencies come from:
                DEPENDENCY_MODE_AUTO (Databricks chooses),
                DEPENDENCY_MODE_ENVIRONMENTS (unified with serverless; DBR 19+, standard access mode) or
                DEPENDENCY_MODE_CLUSTER_LIBRARIES (cluster libraries and init scripts).
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            body (ClustersEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_edit_request import ClustersEditRequest

        body = request_body(
            ClustersEditRequest,
            body,
            {
                "spark_version": ("spark_version", spark_version),
                "cluster_id": ("cluster_id", cluster_id),
                "cluster_name": ("cluster_name", cluster_name),
                "num_workers": ("num_workers", num_workers),
                "autoscale": ("autoscale", autoscale),
                "kind": ("kind", kind),
                "is_single_node": ("is_single_node", is_single_node),
                "use_ml_runtime": ("use_ml_runtime", use_ml_runtime),
                "spark_conf": ("spark_conf", spark_conf),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "node_type_id": ("node_type_id", node_type_id),
                "driver_node_type_id": ("driver_node_type_id", driver_node_type_id),
                "worker_node_type_flexibility": ("worker_node_type_flexibility", worker_node_type_flexibility),
                "driver_node_type_flexibility": ("driver_node_type_flexibility", driver_node_type_flexibility),
                "ssh_public_keys": ("ssh_public_keys", ssh_public_keys),
                "custom_tags": ("custom_tags", custom_tags),
                "cluster_log_conf": ("cluster_log_conf", cluster_log_conf),
                "init_scripts": ("init_scripts", init_scripts),
                "docker_image": ("docker_image", docker_image),
                "spark_env_vars": ("spark_env_vars", spark_env_vars),
                "autotermination_minutes": ("autotermination_minutes", autotermination_minutes),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
                "driver_instance_pool_id": ("driver_instance_pool_id", driver_instance_pool_id),
                "policy_id": ("policy_id", policy_id),
                "apply_policy_default_values": ("apply_policy_default_values", apply_policy_default_values),
                "enable_local_disk_encryption": ("enable_local_disk_encryption", enable_local_disk_encryption),
                "runtime_engine": ("runtime_engine", runtime_engine),
                "data_security_mode": ("data_security_mode", data_security_mode),
                "single_user_name": ("single_user_name", single_user_name),
                "workload_type": ("workload_type", workload_type),
                "dependency_mode": ("dependency_mode", dependency_mode),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
            },
            "Clusters20Service.edit",
            True,
        )

        from . import clusters_20_edit as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def events(
        self,
        *,
        body: ClustersEventsRequest,
    ) -> ClustersEventsResponse: ...

    @overload
    def events(
        self,
        cluster_id: str,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        order: ClustersEventsRequestOrder | str | Unset = UNSET,
        event_types: Sequence[ClustersEventType | str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ClustersEventsResponse: ...

    @keyword_call
    def events(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersEventsRequest | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        order: ClustersEventsRequestOrder | str | Unset = UNSET,
        event_types: Sequence[ClustersEventType | str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ClustersEventsResponse:
        """List the events of a cluster

        Returns the events of a cluster (active, or terminated within the last 30 days), newest first by
        default, filtered by time range (`start_time` and `end_time`, epoch milliseconds, inclusive) and
        `event_types`. Paginated: at most `limit` events (1–500, default 50) from `offset` (default 0);
        `next_page` holds the request for the following page and is absent on the last page;
        `total_count` counts every event that matches the filters. With order DESC, a non-zero `offset`
        requires `end_time` (INVALID_PARAMETER_VALUE otherwise); `next_page` always carries it. A POST even
        though it reads.


        Args:
            cluster_id (str):
            start_time (int | Unset): Earliest event time (epoch milliseconds, inclusive).
            end_time (int | Unset): Latest event time (epoch milliseconds, inclusive).
            order (ClustersEventsRequestOrder | Unset): Order by time; default DESC.
            event_types (list[ClustersEventType] | Unset): Only events of these types; default all.
            offset (int | Unset): Number of matching events to skip; default 0.
            limit (int | Unset): Deprecated (use `page_size`). Maximum number of events per page, 1–500; default
                50.
            page_size (int | Unset): Maximum number of events per page with token paging; 0 lets the server
                decide (50), values outside
                0–500 count as 0 or 500.
            page_token (str | Unset): A `next_page_token` or `prev_page_token` of the previous page; absent for
                the first page.
            body (ClustersEventsRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_events_request import ClustersEventsRequest

        body = request_body(
            ClustersEventsRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "start_time": ("start_time", start_time),
                "end_time": ("end_time", end_time),
                "order": ("order", order),
                "event_types": ("event_types", event_types),
                "offset": ("offset", offset),
                "limit": ("limit", limit),
                "page_size": ("page_size", page_size),
                "page_token": ("page_token", page_token),
            },
            "Clusters20Service.events",
            True,
        )

        from . import clusters_20_events as _op

        result: ClustersEventsResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        cluster_id: str,
    ) -> ClusterInfo:
        """Get a cluster

        Returns the description of a cluster, while it is active and for 30 days after termination (longer
        when pinned). An unknown id answers HTTP 400 INVALID_PARAMETER_VALUE "Cluster <id> does not exist".


        Args:
            cluster_id (str):
        """

        from . import clusters_20_get as _op

        result: ClusterInfo = _call(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
        )
        return result

    @keyword_call
    def list(
        self,
        *,
        can_use_client: Clusters20ListCanUseClient | str | Unset = UNSET,
    ) -> ClustersListResponse:
        """List clusters

        Returns the pinned and active clusters, up to 70 all-purpose clusters terminated in the last 30 days
        and up to 30 job clusters terminated in the last 30 days. Not paginated. `clusters` is absent when
        there are none. An unknown `can_use_client` value → `INVALID_PARAMETER_VALUE`.


        Args:
            can_use_client (Clusters20ListCanUseClient | Unset):
        """

        if not isinstance(can_use_client, Unset):
            from ...models.clusters_20_list_can_use_client import Clusters20ListCanUseClient

            can_use_client = Clusters20ListCanUseClient(can_use_client)

        from . import clusters_20_list as _op

        result: ClustersListResponse = _call(
            self._client,
            _op,
            (),
            can_use_client=can_use_client,
        )
        return result

    @keyword_call
    def list_node_types(
        self,
    ) -> ClustersListNodeTypesResponse:
        """List the node types

        Returns the node types that clusters of this workspace can use, with their resources. No errors of its
        own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR,
        TEMPORARILY_UNAVAILABLE).

        """

        from . import clusters_20_list_node_types as _op

        result: ClustersListNodeTypesResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @keyword_call
    def list_zones(
        self,
    ) -> ClustersListZonesResponse:
        """List the availability zones (AWS)

        Returns the availability zones in which clusters can be created (the values for
        `aws_attributes.zone_id`) and the default zone. AWS workspaces only. No errors of its own, only the
        common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR,
        TEMPORARILY_UNAVAILABLE).

        """

        from . import clusters_20_list_zones as _op

        result: ClustersListZonesResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    def permanent_delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    def permanent_delete(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @keyword_call
    def permanent_delete(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Permanently delete a cluster

        Terminates the cluster if it is active and deletes it: it disappears from `list`, and every later
        operation on it (including permissions) answers as for an unknown id. An unknown cluster → HTTP 400
        `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "Clusters20Service.permanent_delete",
            True,
        )

        from . import clusters_20_permanent_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def pin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    def pin(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @keyword_call
    def pin(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Pin a cluster

        Pins a cluster so that it is always returned by `list` and its configuration is kept after 30 days of
        termination. Admin only (PERMISSION_DENIED otherwise). Idempotent; records a PINNED event when the
        cluster was not pinned. An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "Clusters20Service.pin",
            True,
        )

        from . import clusters_20_pin as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def resize(
        self,
        *,
        body: ClustersResizeRequest,
    ) -> Empty: ...

    @overload
    def resize(
        self,
        cluster_id: str,
        *,
        num_workers: int | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def resize(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersResizeRequest | Unset = UNSET,
        num_workers: int | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty:
        """Resize a running cluster

        Changes the number of workers (or the autoscaling range) of a RUNNING cluster: it goes RESIZING, then
        RUNNING. Exactly one of `num_workers` and `autoscale` must be given (INVALID_PARAMETER_VALUE
        otherwise). Any state other than RUNNING gives INVALID_STATE.


        Args:
            cluster_id (str):
            num_workers (int | Unset):
            autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial
                number of workers after creation;
                `max_workers` must be strictly greater than `min_workers`.
                 Example: {'min_workers': 2, 'max_workers': 8}.
            body (ClustersResizeRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_resize_request import ClustersResizeRequest

        body = request_body(
            ClustersResizeRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "num_workers": ("num_workers", num_workers),
                "autoscale": ("autoscale", autoscale),
            },
            "Clusters20Service.resize",
            True,
        )

        from . import clusters_20_resize as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def restart(
        self,
        *,
        body: ClustersRestartRequest,
    ) -> Empty: ...

    @overload
    def restart(
        self,
        cluster_id: str,
        *,
        restart_user: str | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def restart(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersRestartRequest | Unset = UNSET,
        restart_user: str | Unset = UNSET,
    ) -> Empty:
        """Restart a running cluster

        Restarts the Spark driver and executors of a RUNNING cluster: it goes RESTARTING, then RUNNING with a
        new Spark context. Any other state gives INVALID_STATE.


        Args:
            cluster_id (str): The cluster id.
            restart_user (str | Unset): The user recorded as having restarted the cluster; default the caller.
            body (ClustersRestartRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_restart_request import ClustersRestartRequest

        body = request_body(
            ClustersRestartRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "restart_user": ("restart_user", restart_user),
            },
            "Clusters20Service.restart",
            True,
        )

        from . import clusters_20_restart as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def spark_versions(
        self,
    ) -> ClustersSparkVersionsResponse:
        """List the Databricks Runtime versions

        Returns the runtime versions available for `spark_version`; `key` is the value to use. No errors of
        its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED,
        INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import clusters_20_spark_versions as _op

        result: ClustersSparkVersionsResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    def start(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    def start(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @keyword_call
    def start(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Start a terminated cluster

        Starts a TERMINATED cluster with its last configuration: it goes PENDING, then RUNNING. An autoscaling
        cluster starts with its minimum number of workers. Any other state gives INVALID_STATE (HTTP 400),
        e.g. while RESTARTING. Clusters created by the Jobs service cannot be started
        (INVALID_PARAMETER_VALUE).


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "Clusters20Service.start",
            True,
        )

        from . import clusters_20_start as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def unpin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    def unpin(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @keyword_call
    def unpin(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Unpin a cluster

        Unpins a cluster; a terminated cluster is then deleted once its 30 days of retention have passed.
        Admin only (PERMISSION_DENIED otherwise). Idempotent; records an UNPINNED event when the cluster was
        pinned. An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "Clusters20Service.unpin",
            True,
        )

        from . import clusters_20_unpin as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncClusters20Service:
    """The clusters20 operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def change_owner(
        self,
        *,
        body: ClustersChangeOwnerRequest,
    ) -> Empty: ...

    @overload
    async def change_owner(
        self,
        cluster_id: str,
        owner_username: str,
    ) -> Empty: ...

    @async_keyword_call
    async def change_owner(
        self,
        cluster_id: str | Unset = UNSET,
        owner_username: str | Unset = UNSET,
        *,
        body: ClustersChangeOwnerRequest | Unset = UNSET,
    ) -> Empty:
        """Change the owner of a cluster

        Makes `owner_username` the owner of the cluster (reported as `creator_user_name`). Admin only
        (PERMISSION_DENIED otherwise). An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str):
            owner_username (str): User name of the new owner.
            body (ClustersChangeOwnerRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_change_owner_request import ClustersChangeOwnerRequest

        body = request_body(
            ClustersChangeOwnerRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "owner_username": ("owner_username", owner_username),
            },
            "AsyncClusters20Service.change_owner",
            True,
        )

        from . import clusters_20_change_owner as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: ClustersCreateRequest,
    ) -> ClustersCreateResponse: ...

    @overload
    async def create(
        self,
        spark_version: str,
        *,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        cluster_source: ClustersSource | str | Unset = UNSET,
        clone_from: ClustersCreateRequestCloneFrom | Mapping[str, Any] | Unset = UNSET,
    ) -> ClustersCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        spark_version: str | Unset = UNSET,
        *,
        body: ClustersCreateRequest | Unset = UNSET,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        cluster_source: ClustersSource | str | Unset = UNSET,
        clone_from: ClustersCreateRequestCloneFrom | Mapping[str, Any] | Unset = UNSET,
    ) -> ClustersCreateResponse:
        """Create a cluster

        Creates a cluster and returns its id at once, while it is PENDING; it becomes RUNNING once its nodes
        are up (cloud provisioning, typically minutes). At most one of `num_workers` and `autoscale` may be
        given; with neither the cluster has no workers. An unknown `spark_version`, `node_type_id` or `driver_node_type_id`, `autotermination_minutes`
        of 1–9, an unknown instance pool or policy, or more than one log or init-script destination give
        INVALID_PARAMETER_VALUE. With `idempotency_token` (at most 64 characters), a request whose token
        matches a cluster that is not TERMINATED returns that cluster's id instead of creating another.
        A request that would exceed a resource limit gives REQUEST_LIMIT_EXCEEDED (429); a caller without
        the cluster-create entitlement gives PERMISSION_DENIED.


        Args:
            spark_version (str): Databricks Runtime version key, as listed by `clusters/spark-versions`.
            cluster_name (str | Unset): Name of the cluster, need not be unique; default the empty string.
            num_workers (int | None | Unset): Number of worker nodes (0 for a single-node cluster); the cluster
                has `num_workers` + 1 Spark nodes.
                Reading a cluster reports the target number of workers, not the current one.
            autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial
                number of workers after creation;
                `max_workers` must be strictly greater than `min_workers`.
                 Example: {'min_workers': 2, 'max_workers': 8}.
            kind (ClustersKind | Unset): The kind of compute the specification describes; it decides which
                validations and defaults apply.
                Only with `kind` CLASSIC_PREVIEW may `is_single_node` and `use_ml_runtime` be given (the simple form
                of
                the UI creates such clusters).
            is_single_node (bool | Unset): Only with `kind` CLASSIC_PREVIEW: Databricks sets the single-node
                `custom_tags`
                (`ResourceClass: SingleNode`), `spark_conf` (`spark.master: local[*, 4]`,
                `spark.databricks.cluster.profile: singleNode`) and `num_workers` 0.
            use_ml_runtime (bool | Unset): Only with `kind` CLASSIC_PREVIEW: run the ML variant of
                `spark_version` (GPU ML on a GPU node type).
            spark_conf (ClustersSparkConfRequest | Unset): Spark configuration key-value pairs. Values are
                strings; JSON booleans and numbers (as in the
                documentation's examples) are accepted and stored as their string form.
            azure_attributes (AzureAttributes | Unset): Attributes of a cluster's Azure virtual machines. Azure
                workspaces only. Example: {'first_on_demand': 1, 'availability': 'ON_DEMAND_AZURE',
                'spot_bid_max_price': -1}.
            aws_attributes (AwsAttributes | Unset): Attributes of a cluster's AWS instances. AWS workspaces
                only. Example: {'first_on_demand': 1, 'availability': 'SPOT_WITH_FALLBACK', 'zone_id': 'us-
                west-2a'}.
            gcp_attributes (GcpAttributes | Unset): Attributes of a cluster's Google Cloud instances. GCP
                workspaces only. Example: {'availability': 'ON_DEMAND_GCP'}.
            node_type_id (str | Unset): Worker node type, as listed by `clusters/list-node-types`. Optional with
                `instance_pool_id`.
            driver_node_type_id (str | Unset): Driver node type; default the `node_type_id`.
            worker_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            driver_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            ssh_public_keys (list[str] | Unset): Up to 10 SSH public keys added to every node (user `ubuntu`,
                port 2200).
            custom_tags (ClustersCustomTagsRequest | Unset): Tags for the cluster's cloud resources (at most 43
                on Azure), in addition to `default_tags`.
            cluster_log_conf (ClusterLogConf | Unset): Where the cluster's Spark driver, executor and init-
                script logs are delivered (every 5 minutes, to
                `<destination>/<cluster-id>/{driver,executor,init_scripts}`). Exactly one of `dbfs`, `s3` (AWS) and
                `volumes` must be given; otherwise INVALID_PARAMETER_VALUE.
                 Example: {'dbfs': {'destination': 'dbfs:/cluster-logs'}}.
            init_scripts (list[InitScriptInfo] | Unset): Init scripts, run in this order on every node at start.
            docker_image (DockerImage | Unset): A custom Docker image for Databricks Container Services.
                Example: {'url': 'myregistry.azurecr.io/databricks-runtime:latest', 'basic_auth': {'username':
                'user', 'password': 'secret'}}.
            spark_env_vars (ClustersStringMap | Unset): String key-value pairs.
            autotermination_minutes (int | Unset): Terminate the cluster after this many minutes of inactivity:
                10 to 10000, or 0 (the default) to
                disable automatic termination. Values 1–9 give INVALID_PARAMETER_VALUE. Not applicable to job
                clusters.
            enable_elastic_disk (bool | Unset): Autoscaling local storage.
            instance_pool_id (str | Unset): Instance pool for the workers (and the driver, unless
                `driver_instance_pool_id` is set).
            driver_instance_pool_id (str | Unset):
            policy_id (str | Unset): Cluster policy the specification is validated against.
            apply_policy_default_values (bool | Unset): Whether the policy's default values fill absent fields.
            enable_local_disk_encryption (bool | Unset):
            runtime_engine (ClustersRuntimeEngine | Unset): Runtime engine of the cluster. PHOTON also follows
                from a legacy `-photon-` spark_version (which may not
                be combined with runtime_engine); NULL is what the service reports when none applies.
            data_security_mode (ClustersDataSecurityMode | Unset): Data governance model of the cluster (access
                mode). DATA_SECURITY_MODE_AUTO lets Databricks choose from
                the rest of the configuration; DATA_SECURITY_MODE_STANDARD is shared by several isolated users;
                DATA_SECURITY_MODE_DEDICATED serves only `single_user_name`. USER_ISOLATION and SINGLE_USER are
                legacy
                aliases of STANDARD and DEDICATED; the LEGACY_* modes are deprecated from Databricks Runtime 15.0.
                Open set (databricks-sdk 0.162.0 `DataSecurityMode`).
            single_user_name (str | Unset): The only user who may use the cluster in the DEDICATED (SINGLE_USER)
                access mode.
            workload_type (ClustersWorkloadType | Unset): Which kinds of workload may run on the cluster.
            dependency_mode (ClustersDependencyMode | Unset): Where the cluster's dependencies come from:
                DEPENDENCY_MODE_AUTO (Databricks chooses),
                DEPENDENCY_MODE_ENVIRONMENTS (unified with serverless; DBR 19+, standard access mode) or
                DEPENDENCY_MODE_CLUSTER_LIBRARIES (cluster libraries and init scripts).
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            idempotency_token (str | Unset): At most 64 characters. If a cluster that is not TERMINATED was
                created with the same token,
                its id is returned and no cluster is created.
            cluster_source (ClustersSource | Unset): What created the cluster.
            clone_from (ClustersCreateRequestCloneFrom | Unset): Clones the libraries of a source cluster onto
                the new cluster during its creation (later;
                databricks-sdk 0.162.0 `CloneCluster`). An unknown source cluster → `INVALID_PARAMETER_VALUE`.
            body (ClustersCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_create_request import ClustersCreateRequest

        body = request_body(
            ClustersCreateRequest,
            body,
            {
                "spark_version": ("spark_version", spark_version),
                "cluster_name": ("cluster_name", cluster_name),
                "num_workers": ("num_workers", num_workers),
                "autoscale": ("autoscale", autoscale),
                "kind": ("kind", kind),
                "is_single_node": ("is_single_node", is_single_node),
                "use_ml_runtime": ("use_ml_runtime", use_ml_runtime),
                "spark_conf": ("spark_conf", spark_conf),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "node_type_id": ("node_type_id", node_type_id),
                "driver_node_type_id": ("driver_node_type_id", driver_node_type_id),
                "worker_node_type_flexibility": ("worker_node_type_flexibility", worker_node_type_flexibility),
                "driver_node_type_flexibility": ("driver_node_type_flexibility", driver_node_type_flexibility),
                "ssh_public_keys": ("ssh_public_keys", ssh_public_keys),
                "custom_tags": ("custom_tags", custom_tags),
                "cluster_log_conf": ("cluster_log_conf", cluster_log_conf),
                "init_scripts": ("init_scripts", init_scripts),
                "docker_image": ("docker_image", docker_image),
                "spark_env_vars": ("spark_env_vars", spark_env_vars),
                "autotermination_minutes": ("autotermination_minutes", autotermination_minutes),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
                "driver_instance_pool_id": ("driver_instance_pool_id", driver_instance_pool_id),
                "policy_id": ("policy_id", policy_id),
                "apply_policy_default_values": ("apply_policy_default_values", apply_policy_default_values),
                "enable_local_disk_encryption": ("enable_local_disk_encryption", enable_local_disk_encryption),
                "runtime_engine": ("runtime_engine", runtime_engine),
                "data_security_mode": ("data_security_mode", data_security_mode),
                "single_user_name": ("single_user_name", single_user_name),
                "workload_type": ("workload_type", workload_type),
                "dependency_mode": ("dependency_mode", dependency_mode),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "cluster_source": ("cluster_source", cluster_source),
                "clone_from": ("clone_from", clone_from),
            },
            "AsyncClusters20Service.create",
            True,
        )

        from . import clusters_20_create as _op

        result: ClustersCreateResponse = await _acall(
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
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Terminate a cluster

        Terminates a cluster: it goes TERMINATING, then TERMINATED with termination reason USER_REQUEST. A
        cluster that is already TERMINATING or TERMINATED is left as is (success). The configuration is kept
        for 30 days after termination (indefinitely when pinned), during which the cluster can be started
        again. An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "AsyncClusters20Service.delete",
            True,
        )

        from . import clusters_20_delete as _op

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
        body: ClustersEditRequest,
    ) -> Empty: ...

    @overload
    async def edit(
        self,
        spark_version: str,
        cluster_id: str,
        *,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def edit(
        self,
        spark_version: str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersEditRequest | Unset = UNSET,
        cluster_name: str | Unset = UNSET,
        num_workers: int | None | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
        kind: ClustersKind | str | Unset = UNSET,
        is_single_node: bool | Unset = UNSET,
        use_ml_runtime: bool | Unset = UNSET,
        spark_conf: ClustersSparkConfRequest | Mapping[str, Any] | Unset = UNSET,
        azure_attributes: AzureAttributes | Mapping[str, Any] | Unset = UNSET,
        aws_attributes: AwsAttributes | Mapping[str, Any] | Unset = UNSET,
        gcp_attributes: GcpAttributes | Mapping[str, Any] | Unset = UNSET,
        node_type_id: str | Unset = UNSET,
        driver_node_type_id: str | Unset = UNSET,
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Mapping[str, Any] | Unset = UNSET,
        ssh_public_keys: builtins.list[str] | Unset = UNSET,
        custom_tags: ClustersCustomTagsRequest | Mapping[str, Any] | Unset = UNSET,
        cluster_log_conf: ClusterLogConf | Mapping[str, Any] | Unset = UNSET,
        init_scripts: Sequence[InitScriptInfo | Mapping[str, Any]] | Unset = UNSET,
        docker_image: DockerImage | Mapping[str, Any] | Unset = UNSET,
        spark_env_vars: ClustersStringMap | Mapping[str, Any] | Unset = UNSET,
        autotermination_minutes: int | Unset = UNSET,
        enable_elastic_disk: bool | Unset = UNSET,
        instance_pool_id: str | Unset = UNSET,
        driver_instance_pool_id: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        apply_policy_default_values: bool | Unset = UNSET,
        enable_local_disk_encryption: bool | Unset = UNSET,
        runtime_engine: ClustersRuntimeEngine | str | Unset = UNSET,
        data_security_mode: ClustersDataSecurityMode | str | Unset = UNSET,
        single_user_name: str | Unset = UNSET,
        workload_type: ClustersWorkloadType | Mapping[str, Any] | Unset = UNSET,
        dependency_mode: ClustersDependencyMode | str | Unset = UNSET,
        remote_disk_throughput: int | Unset = UNSET,
        total_initial_remote_disk_size: int | Unset = UNSET,
    ) -> Empty:
        """Edit the configuration of a cluster

        Replaces the configuration of a cluster with the given one (every create field; absent fields are
        reset). Allowed only in RUNNING and TERMINATED; other states give INVALID_STATE. A RUNNING cluster is
        restarted (RESTARTING, then RUNNING) to apply the new configuration; a TERMINATED cluster stays
        TERMINATED and uses it at its next start. Clusters created by the Jobs service cannot be edited
        (INVALID_PARAMETER_VALUE). The same validation as `create` applies. Records an EDITED event.


        Args:
            spark_version (str): Databricks Runtime version key, as listed by `clusters/spark-versions`.
            cluster_id (str):
            cluster_name (str | Unset): Name of the cluster; default the empty string.
            num_workers (int | None | Unset): Number of worker nodes (0 for a single-node cluster); the cluster
                has `num_workers` + 1 Spark nodes.
                Reading a cluster reports the target number of workers, not the current one.
            autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial
                number of workers after creation;
                `max_workers` must be strictly greater than `min_workers`.
                 Example: {'min_workers': 2, 'max_workers': 8}.
            kind (ClustersKind | Unset): The kind of compute the specification describes; it decides which
                validations and defaults apply.
                Only with `kind` CLASSIC_PREVIEW may `is_single_node` and `use_ml_runtime` be given (the simple form
                of
                the UI creates such clusters).
            is_single_node (bool | Unset): Only with `kind` CLASSIC_PREVIEW: Databricks sets the single-node
                `custom_tags`
                (`ResourceClass: SingleNode`), `spark_conf` (`spark.master: local[*, 4]`,
                `spark.databricks.cluster.profile: singleNode`) and `num_workers` 0.
            use_ml_runtime (bool | Unset): Only with `kind` CLASSIC_PREVIEW: run the ML variant of
                `spark_version` (GPU ML on a GPU node type).
            spark_conf (ClustersSparkConfRequest | Unset): Spark configuration key-value pairs. Values are
                strings; JSON booleans and numbers (as in the
                documentation's examples) are accepted and stored as their string form.
            azure_attributes (AzureAttributes | Unset): Attributes of a cluster's Azure virtual machines. Azure
                workspaces only. Example: {'first_on_demand': 1, 'availability': 'ON_DEMAND_AZURE',
                'spot_bid_max_price': -1}.
            aws_attributes (AwsAttributes | Unset): Attributes of a cluster's AWS instances. AWS workspaces
                only. Example: {'first_on_demand': 1, 'availability': 'SPOT_WITH_FALLBACK', 'zone_id': 'us-
                west-2a'}.
            gcp_attributes (GcpAttributes | Unset): Attributes of a cluster's Google Cloud instances. GCP
                workspaces only. Example: {'availability': 'ON_DEMAND_GCP'}.
            node_type_id (str | Unset): Worker node type, as listed by `clusters/list-node-types`. Optional with
                `instance_pool_id`.
            driver_node_type_id (str | Unset): Driver node type; default the `node_type_id`.
            worker_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            driver_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use
                instead of the requested one when it is unavailable.
            ssh_public_keys (list[str] | Unset): Up to 10 SSH public keys added to every node (user `ubuntu`,
                port 2200).
            custom_tags (ClustersCustomTagsRequest | Unset): Tags for the cluster's cloud resources (at most 43
                on Azure), in addition to `default_tags`.
            cluster_log_conf (ClusterLogConf | Unset): Where the cluster's Spark driver, executor and init-
                script logs are delivered (every 5 minutes, to
                `<destination>/<cluster-id>/{driver,executor,init_scripts}`). Exactly one of `dbfs`, `s3` (AWS) and
                `volumes` must be given; otherwise INVALID_PARAMETER_VALUE.
                 Example: {'dbfs': {'destination': 'dbfs:/cluster-logs'}}.
            init_scripts (list[InitScriptInfo] | Unset): Init scripts, run in this order on every node at start.
            docker_image (DockerImage | Unset): A custom Docker image for Databricks Container Services.
                Example: {'url': 'myregistry.azurecr.io/databricks-runtime:latest', 'basic_auth': {'username':
                'user', 'password': 'secret'}}.
            spark_env_vars (ClustersStringMap | Unset): String key-value pairs.
            autotermination_minutes (int | Unset): Terminate the cluster after this many minutes of inactivity:
                10 to 10000, or 0 (the default) to
                disable automatic termination. Values 1–9 give INVALID_PARAMETER_VALUE. Not applicable to job
                clusters.
            enable_elastic_disk (bool | Unset): Autoscaling local storage.
            instance_pool_id (str | Unset): Instance pool for the workers (and the driver, unless
                `driver_instance_pool_id` is set).
            driver_instance_pool_id (str | Unset):
            policy_id (str | Unset): Cluster policy the specification is validated against.
            apply_policy_default_values (bool | Unset): Whether the policy's default values fill absent fields.
            enable_local_disk_encryption (bool | Unset):
            runtime_engine (ClustersRuntimeEngine | Unset): Runtime engine of the cluster. PHOTON also follows
                from a legacy `-photon-` spark_version (which may not
                be combined with runtime_engine); NULL is what the service reports when none applies.
            data_security_mode (ClustersDataSecurityMode | Unset): Data governance model of the cluster (access
                mode). DATA_SECURITY_MODE_AUTO lets Databricks choose from
                the rest of the configuration; DATA_SECURITY_MODE_STANDARD is shared by several isolated users;
                DATA_SECURITY_MODE_DEDICATED serves only `single_user_name`. USER_ISOLATION and SINGLE_USER are
                legacy
                aliases of STANDARD and DEDICATED; the LEGACY_* modes are deprecated from Databricks Runtime 15.0.
                Open set (databricks-sdk 0.162.0 `DataSecurityMode`).
            single_user_name (str | Unset): The only user who may use the cluster in the DEDICATED (SINGLE_USER)
                access mode.
            workload_type (ClustersWorkloadType | Unset): Which kinds of workload may run on the cluster.
            dependency_mode (ClustersDependencyMode | Unset): Where the cluster's dependencies come from:
                DEPENDENCY_MODE_AUTO (Databricks chooses),
                DEPENDENCY_MODE_ENVIRONMENTS (unified with serverless; DBR 19+, standard access mode) or
                DEPENDENCY_MODE_CLUSTER_LIBRARIES (cluster libraries and init scripts).
            remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED
                disks only).
            total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
            body (ClustersEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_edit_request import ClustersEditRequest

        body = request_body(
            ClustersEditRequest,
            body,
            {
                "spark_version": ("spark_version", spark_version),
                "cluster_id": ("cluster_id", cluster_id),
                "cluster_name": ("cluster_name", cluster_name),
                "num_workers": ("num_workers", num_workers),
                "autoscale": ("autoscale", autoscale),
                "kind": ("kind", kind),
                "is_single_node": ("is_single_node", is_single_node),
                "use_ml_runtime": ("use_ml_runtime", use_ml_runtime),
                "spark_conf": ("spark_conf", spark_conf),
                "azure_attributes": ("azure_attributes", azure_attributes),
                "aws_attributes": ("aws_attributes", aws_attributes),
                "gcp_attributes": ("gcp_attributes", gcp_attributes),
                "node_type_id": ("node_type_id", node_type_id),
                "driver_node_type_id": ("driver_node_type_id", driver_node_type_id),
                "worker_node_type_flexibility": ("worker_node_type_flexibility", worker_node_type_flexibility),
                "driver_node_type_flexibility": ("driver_node_type_flexibility", driver_node_type_flexibility),
                "ssh_public_keys": ("ssh_public_keys", ssh_public_keys),
                "custom_tags": ("custom_tags", custom_tags),
                "cluster_log_conf": ("cluster_log_conf", cluster_log_conf),
                "init_scripts": ("init_scripts", init_scripts),
                "docker_image": ("docker_image", docker_image),
                "spark_env_vars": ("spark_env_vars", spark_env_vars),
                "autotermination_minutes": ("autotermination_minutes", autotermination_minutes),
                "enable_elastic_disk": ("enable_elastic_disk", enable_elastic_disk),
                "instance_pool_id": ("instance_pool_id", instance_pool_id),
                "driver_instance_pool_id": ("driver_instance_pool_id", driver_instance_pool_id),
                "policy_id": ("policy_id", policy_id),
                "apply_policy_default_values": ("apply_policy_default_values", apply_policy_default_values),
                "enable_local_disk_encryption": ("enable_local_disk_encryption", enable_local_disk_encryption),
                "runtime_engine": ("runtime_engine", runtime_engine),
                "data_security_mode": ("data_security_mode", data_security_mode),
                "single_user_name": ("single_user_name", single_user_name),
                "workload_type": ("workload_type", workload_type),
                "dependency_mode": ("dependency_mode", dependency_mode),
                "remote_disk_throughput": ("remote_disk_throughput", remote_disk_throughput),
                "total_initial_remote_disk_size": ("total_initial_remote_disk_size", total_initial_remote_disk_size),
            },
            "AsyncClusters20Service.edit",
            True,
        )

        from . import clusters_20_edit as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def events(
        self,
        *,
        body: ClustersEventsRequest,
    ) -> ClustersEventsResponse: ...

    @overload
    async def events(
        self,
        cluster_id: str,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        order: ClustersEventsRequestOrder | str | Unset = UNSET,
        event_types: Sequence[ClustersEventType | str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ClustersEventsResponse: ...

    @async_keyword_call
    async def events(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersEventsRequest | Unset = UNSET,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        order: ClustersEventsRequestOrder | str | Unset = UNSET,
        event_types: Sequence[ClustersEventType | str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> ClustersEventsResponse:
        """List the events of a cluster

        Returns the events of a cluster (active, or terminated within the last 30 days), newest first by
        default, filtered by time range (`start_time` and `end_time`, epoch milliseconds, inclusive) and
        `event_types`. Paginated: at most `limit` events (1–500, default 50) from `offset` (default 0);
        `next_page` holds the request for the following page and is absent on the last page;
        `total_count` counts every event that matches the filters. With order DESC, a non-zero `offset`
        requires `end_time` (INVALID_PARAMETER_VALUE otherwise); `next_page` always carries it. A POST even
        though it reads.


        Args:
            cluster_id (str):
            start_time (int | Unset): Earliest event time (epoch milliseconds, inclusive).
            end_time (int | Unset): Latest event time (epoch milliseconds, inclusive).
            order (ClustersEventsRequestOrder | Unset): Order by time; default DESC.
            event_types (list[ClustersEventType] | Unset): Only events of these types; default all.
            offset (int | Unset): Number of matching events to skip; default 0.
            limit (int | Unset): Deprecated (use `page_size`). Maximum number of events per page, 1–500; default
                50.
            page_size (int | Unset): Maximum number of events per page with token paging; 0 lets the server
                decide (50), values outside
                0–500 count as 0 or 500.
            page_token (str | Unset): A `next_page_token` or `prev_page_token` of the previous page; absent for
                the first page.
            body (ClustersEventsRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_events_request import ClustersEventsRequest

        body = request_body(
            ClustersEventsRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "start_time": ("start_time", start_time),
                "end_time": ("end_time", end_time),
                "order": ("order", order),
                "event_types": ("event_types", event_types),
                "offset": ("offset", offset),
                "limit": ("limit", limit),
                "page_size": ("page_size", page_size),
                "page_token": ("page_token", page_token),
            },
            "AsyncClusters20Service.events",
            True,
        )

        from . import clusters_20_events as _op

        result: ClustersEventsResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        cluster_id: str,
    ) -> ClusterInfo:
        """Get a cluster

        Returns the description of a cluster, while it is active and for 30 days after termination (longer
        when pinned). An unknown id answers HTTP 400 INVALID_PARAMETER_VALUE "Cluster <id> does not exist".


        Args:
            cluster_id (str):
        """

        from . import clusters_20_get as _op

        result: ClusterInfo = await _acall(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        *,
        can_use_client: Clusters20ListCanUseClient | str | Unset = UNSET,
    ) -> ClustersListResponse:
        """List clusters

        Returns the pinned and active clusters, up to 70 all-purpose clusters terminated in the last 30 days
        and up to 30 job clusters terminated in the last 30 days. Not paginated. `clusters` is absent when
        there are none. An unknown `can_use_client` value → `INVALID_PARAMETER_VALUE`.


        Args:
            can_use_client (Clusters20ListCanUseClient | Unset):
        """

        if not isinstance(can_use_client, Unset):
            from ...models.clusters_20_list_can_use_client import Clusters20ListCanUseClient

            can_use_client = Clusters20ListCanUseClient(can_use_client)

        from . import clusters_20_list as _op

        result: ClustersListResponse = await _acall(
            self._client,
            _op,
            (),
            can_use_client=can_use_client,
        )
        return result

    @async_keyword_call
    async def list_node_types(
        self,
    ) -> ClustersListNodeTypesResponse:
        """List the node types

        Returns the node types that clusters of this workspace can use, with their resources. No errors of its
        own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR,
        TEMPORARILY_UNAVAILABLE).

        """

        from . import clusters_20_list_node_types as _op

        result: ClustersListNodeTypesResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @async_keyword_call
    async def list_zones(
        self,
    ) -> ClustersListZonesResponse:
        """List the availability zones (AWS)

        Returns the availability zones in which clusters can be created (the values for
        `aws_attributes.zone_id`) and the default zone. AWS workspaces only. No errors of its own, only the
        common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR,
        TEMPORARILY_UNAVAILABLE).

        """

        from . import clusters_20_list_zones as _op

        result: ClustersListZonesResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    async def permanent_delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    async def permanent_delete(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def permanent_delete(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Permanently delete a cluster

        Terminates the cluster if it is active and deletes it: it disappears from `list`, and every later
        operation on it (including permissions) answers as for an unknown id. An unknown cluster → HTTP 400
        `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "AsyncClusters20Service.permanent_delete",
            True,
        )

        from . import clusters_20_permanent_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def pin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    async def pin(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def pin(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Pin a cluster

        Pins a cluster so that it is always returned by `list` and its configuration is kept after 30 days of
        termination. Admin only (PERMISSION_DENIED otherwise). Idempotent; records a PINNED event when the
        cluster was not pinned. An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "AsyncClusters20Service.pin",
            True,
        )

        from . import clusters_20_pin as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def resize(
        self,
        *,
        body: ClustersResizeRequest,
    ) -> Empty: ...

    @overload
    async def resize(
        self,
        cluster_id: str,
        *,
        num_workers: int | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def resize(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersResizeRequest | Unset = UNSET,
        num_workers: int | Unset = UNSET,
        autoscale: AutoScale | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty:
        """Resize a running cluster

        Changes the number of workers (or the autoscaling range) of a RUNNING cluster: it goes RESIZING, then
        RUNNING. Exactly one of `num_workers` and `autoscale` must be given (INVALID_PARAMETER_VALUE
        otherwise). Any state other than RUNNING gives INVALID_STATE.


        Args:
            cluster_id (str):
            num_workers (int | Unset):
            autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial
                number of workers after creation;
                `max_workers` must be strictly greater than `min_workers`.
                 Example: {'min_workers': 2, 'max_workers': 8}.
            body (ClustersResizeRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_resize_request import ClustersResizeRequest

        body = request_body(
            ClustersResizeRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "num_workers": ("num_workers", num_workers),
                "autoscale": ("autoscale", autoscale),
            },
            "AsyncClusters20Service.resize",
            True,
        )

        from . import clusters_20_resize as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def restart(
        self,
        *,
        body: ClustersRestartRequest,
    ) -> Empty: ...

    @overload
    async def restart(
        self,
        cluster_id: str,
        *,
        restart_user: str | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def restart(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersRestartRequest | Unset = UNSET,
        restart_user: str | Unset = UNSET,
    ) -> Empty:
        """Restart a running cluster

        Restarts the Spark driver and executors of a RUNNING cluster: it goes RESTARTING, then RUNNING with a
        new Spark context. Any other state gives INVALID_STATE.


        Args:
            cluster_id (str): The cluster id.
            restart_user (str | Unset): The user recorded as having restarted the cluster; default the caller.
            body (ClustersRestartRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_restart_request import ClustersRestartRequest

        body = request_body(
            ClustersRestartRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "restart_user": ("restart_user", restart_user),
            },
            "AsyncClusters20Service.restart",
            True,
        )

        from . import clusters_20_restart as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def spark_versions(
        self,
    ) -> ClustersSparkVersionsResponse:
        """List the Databricks Runtime versions

        Returns the runtime versions available for `spark_version`; `key` is the value to use. No errors of
        its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED,
        INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import clusters_20_spark_versions as _op

        result: ClustersSparkVersionsResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    async def start(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    async def start(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def start(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Start a terminated cluster

        Starts a TERMINATED cluster with its last configuration: it goes PENDING, then RUNNING. An autoscaling
        cluster starts with its minimum number of workers. Any other state gives INVALID_STATE (HTTP 400),
        e.g. while RESTARTING. Clusters created by the Jobs service cannot be started
        (INVALID_PARAMETER_VALUE).


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "AsyncClusters20Service.start",
            True,
        )

        from . import clusters_20_start as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def unpin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty: ...

    @overload
    async def unpin(
        self,
        cluster_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def unpin(
        self,
        cluster_id: str | Unset = UNSET,
        *,
        body: ClustersIdRequest | Unset = UNSET,
    ) -> Empty:
        """Unpin a cluster

        Unpins a cluster; a terminated cluster is then deleted once its 30 days of retention have passed.
        Admin only (PERMISSION_DENIED otherwise). Idempotent; records an UNPINNED event when the cluster was
        pinned. An unknown cluster → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): The cluster id.
            body (ClustersIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.clusters_id_request import ClustersIdRequest

        body = request_body(
            ClustersIdRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
            },
            "AsyncClusters20Service.unpin",
            True,
        )

        from . import clusters_20_unpin as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("Clusters20Service", "AsyncClusters20Service")
