from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.clusters_data_security_mode import ClustersDataSecurityMode
from ..models.clusters_dependency_mode import ClustersDependencyMode
from ..models.clusters_kind import ClustersKind
from ..models.clusters_runtime_engine import ClustersRuntimeEngine
from ..models.clusters_source import ClustersSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_scale import AutoScale
    from ..models.aws_attributes import AwsAttributes
    from ..models.azure_attributes import AzureAttributes
    from ..models.cluster_log_conf import ClusterLogConf
    from ..models.clusters_create_request_clone_from import ClustersCreateRequestCloneFrom
    from ..models.clusters_custom_tags_request import ClustersCustomTagsRequest
    from ..models.clusters_node_type_flexibility import ClustersNodeTypeFlexibility
    from ..models.clusters_spark_conf_request import ClustersSparkConfRequest
    from ..models.clusters_string_map import ClustersStringMap
    from ..models.clusters_workload_type import ClustersWorkloadType
    from ..models.docker_image import DockerImage
    from ..models.gcp_attributes import GcpAttributes
    from ..models.init_script_info import InitScriptInfo


T = TypeVar("T", bound="ClustersCreateRequest")


@_attrs_define
class ClustersCreateRequest:
    """A cluster specification plus its name and an optional idempotency token.

    Attributes:
        spark_version (str): Databricks Runtime version key, as listed by `clusters/spark-versions`.
        cluster_name (str | Unset): Name of the cluster, need not be unique; default the empty string.
        num_workers (int | None | Unset): Number of worker nodes (0 for a single-node cluster); the cluster has
            `num_workers` + 1 Spark nodes.
            Reading a cluster reports the target number of workers, not the current one.
        autoscale (AutoScale | Unset): Autoscaling range of a cluster. `min_workers` is also the initial number of
            workers after creation;
            `max_workers` must be strictly greater than `min_workers`.
             Example: {'min_workers': 2, 'max_workers': 8}.
        kind (ClustersKind | Unset): The kind of compute the specification describes; it decides which validations and
            defaults apply.
            Only with `kind` CLASSIC_PREVIEW may `is_single_node` and `use_ml_runtime` be given (the simple form of
            the UI creates such clusters).
        is_single_node (bool | Unset): Only with `kind` CLASSIC_PREVIEW: Databricks sets the single-node `custom_tags`
            (`ResourceClass: SingleNode`), `spark_conf` (`spark.master: local[*, 4]`,
            `spark.databricks.cluster.profile: singleNode`) and `num_workers` 0.
        use_ml_runtime (bool | Unset): Only with `kind` CLASSIC_PREVIEW: run the ML variant of `spark_version` (GPU ML
            on a GPU node type).
        spark_conf (ClustersSparkConfRequest | Unset): Spark configuration key-value pairs. Values are strings; JSON
            booleans and numbers (as in the
            documentation's examples) are accepted and stored as their string form.
        azure_attributes (AzureAttributes | Unset): Attributes of a cluster's Azure virtual machines. Azure workspaces
            only. Example: {'first_on_demand': 1, 'availability': 'ON_DEMAND_AZURE', 'spot_bid_max_price': -1}.
        aws_attributes (AwsAttributes | Unset): Attributes of a cluster's AWS instances. AWS workspaces only. Example:
            {'first_on_demand': 1, 'availability': 'SPOT_WITH_FALLBACK', 'zone_id': 'us-west-2a'}.
        gcp_attributes (GcpAttributes | Unset): Attributes of a cluster's Google Cloud instances. GCP workspaces only.
            Example: {'availability': 'ON_DEMAND_GCP'}.
        node_type_id (str | Unset): Worker node type, as listed by `clusters/list-node-types`. Optional with
            `instance_pool_id`.
        driver_node_type_id (str | Unset): Driver node type; default the `node_type_id`.
        worker_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use instead of
            the requested one when it is unavailable.
        driver_node_type_flexibility (ClustersNodeTypeFlexibility | Unset): Node types the service may use instead of
            the requested one when it is unavailable.
        ssh_public_keys (list[str] | Unset): Up to 10 SSH public keys added to every node (user `ubuntu`, port 2200).
        custom_tags (ClustersCustomTagsRequest | Unset): Tags for the cluster's cloud resources (at most 43 on Azure),
            in addition to `default_tags`.
        cluster_log_conf (ClusterLogConf | Unset): Where the cluster's Spark driver, executor and init-script logs are
            delivered (every 5 minutes, to
            `<destination>/<cluster-id>/{driver,executor,init_scripts}`). Exactly one of `dbfs`, `s3` (AWS) and
            `volumes` must be given; otherwise INVALID_PARAMETER_VALUE.
             Example: {'dbfs': {'destination': 'dbfs:/cluster-logs'}}.
        init_scripts (list[InitScriptInfo] | Unset): Init scripts, run in this order on every node at start.
        docker_image (DockerImage | Unset): A custom Docker image for Databricks Container Services. Example: {'url':
            'myregistry.azurecr.io/databricks-runtime:latest', 'basic_auth': {'username': 'user', 'password': 'secret'}}.
        spark_env_vars (ClustersStringMap | Unset): String key-value pairs.
        autotermination_minutes (int | Unset): Terminate the cluster after this many minutes of inactivity: 10 to 10000,
            or 0 (the default) to
            disable automatic termination. Values 1–9 give INVALID_PARAMETER_VALUE. Not applicable to job clusters.
        enable_elastic_disk (bool | Unset): Autoscaling local storage.
        instance_pool_id (str | Unset): Instance pool for the workers (and the driver, unless `driver_instance_pool_id`
            is set).
        driver_instance_pool_id (str | Unset):
        policy_id (str | Unset): Cluster policy the specification is validated against.
        apply_policy_default_values (bool | Unset): Whether the policy's default values fill absent fields.
        enable_local_disk_encryption (bool | Unset):
        runtime_engine (ClustersRuntimeEngine | Unset): Runtime engine of the cluster. PHOTON also follows from a legacy
            `-photon-` spark_version (which may not
            be combined with runtime_engine); NULL is what the service reports when none applies.
        data_security_mode (ClustersDataSecurityMode | Unset): Data governance model of the cluster (access mode).
            DATA_SECURITY_MODE_AUTO lets Databricks choose from
            the rest of the configuration; DATA_SECURITY_MODE_STANDARD is shared by several isolated users;
            DATA_SECURITY_MODE_DEDICATED serves only `single_user_name`. USER_ISOLATION and SINGLE_USER are legacy
            aliases of STANDARD and DEDICATED; the LEGACY_* modes are deprecated from Databricks Runtime 15.0.
            Open set (databricks-sdk 0.162.0 `DataSecurityMode`).
        single_user_name (str | Unset): The only user who may use the cluster in the DEDICATED (SINGLE_USER) access
            mode.
        workload_type (ClustersWorkloadType | Unset): Which kinds of workload may run on the cluster.
        dependency_mode (ClustersDependencyMode | Unset): Where the cluster's dependencies come from:
            DEPENDENCY_MODE_AUTO (Databricks chooses),
            DEPENDENCY_MODE_ENVIRONMENTS (unified with serverless; DBR 19+, standard access mode) or
            DEPENDENCY_MODE_CLUSTER_LIBRARIES (cluster libraries and init scripts).
        remote_disk_throughput (int | Unset): Throughput of the remote disks in Mb/s (GCP HYPERDISK_BALANCED disks
            only).
        total_initial_remote_disk_size (int | Unset): Total initial size of the remote disks in GB (GCP).
        idempotency_token (str | Unset): At most 64 characters. If a cluster that is not TERMINATED was created with the
            same token,
            its id is returned and no cluster is created.
        cluster_source (ClustersSource | Unset): What created the cluster.
        clone_from (ClustersCreateRequestCloneFrom | Unset): Clones the libraries of a source cluster onto the new
            cluster during its creation (later;
            databricks-sdk 0.162.0 `CloneCluster`). An unknown source cluster → `INVALID_PARAMETER_VALUE`.
    """

    spark_version: str
    cluster_name: str | Unset = UNSET
    num_workers: int | None | Unset = UNSET
    autoscale: AutoScale | Unset = UNSET
    kind: ClustersKind | Unset = UNSET
    is_single_node: bool | Unset = UNSET
    use_ml_runtime: bool | Unset = UNSET
    spark_conf: ClustersSparkConfRequest | Unset = UNSET
    azure_attributes: AzureAttributes | Unset = UNSET
    aws_attributes: AwsAttributes | Unset = UNSET
    gcp_attributes: GcpAttributes | Unset = UNSET
    node_type_id: str | Unset = UNSET
    driver_node_type_id: str | Unset = UNSET
    worker_node_type_flexibility: ClustersNodeTypeFlexibility | Unset = UNSET
    driver_node_type_flexibility: ClustersNodeTypeFlexibility | Unset = UNSET
    ssh_public_keys: list[str] | Unset = UNSET
    custom_tags: ClustersCustomTagsRequest | Unset = UNSET
    cluster_log_conf: ClusterLogConf | Unset = UNSET
    init_scripts: list[InitScriptInfo] | Unset = UNSET
    docker_image: DockerImage | Unset = UNSET
    spark_env_vars: ClustersStringMap | Unset = UNSET
    autotermination_minutes: int | Unset = UNSET
    enable_elastic_disk: bool | Unset = UNSET
    instance_pool_id: str | Unset = UNSET
    driver_instance_pool_id: str | Unset = UNSET
    policy_id: str | Unset = UNSET
    apply_policy_default_values: bool | Unset = UNSET
    enable_local_disk_encryption: bool | Unset = UNSET
    runtime_engine: ClustersRuntimeEngine | Unset = UNSET
    data_security_mode: ClustersDataSecurityMode | Unset = UNSET
    single_user_name: str | Unset = UNSET
    workload_type: ClustersWorkloadType | Unset = UNSET
    dependency_mode: ClustersDependencyMode | Unset = UNSET
    remote_disk_throughput: int | Unset = UNSET
    total_initial_remote_disk_size: int | Unset = UNSET
    idempotency_token: str | Unset = UNSET
    cluster_source: ClustersSource | Unset = UNSET
    clone_from: ClustersCreateRequestCloneFrom | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spark_version = self.spark_version

        cluster_name = self.cluster_name

        num_workers: int | None | Unset
        if isinstance(self.num_workers, Unset):
            num_workers = UNSET
        else:
            num_workers = self.num_workers

        autoscale: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscale, Unset):
            autoscale = self.autoscale.to_dict()

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        is_single_node = self.is_single_node

        use_ml_runtime = self.use_ml_runtime

        spark_conf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_conf, Unset):
            spark_conf = self.spark_conf.to_dict()

        azure_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_attributes, Unset):
            azure_attributes = self.azure_attributes.to_dict()

        aws_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aws_attributes, Unset):
            aws_attributes = self.aws_attributes.to_dict()

        gcp_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gcp_attributes, Unset):
            gcp_attributes = self.gcp_attributes.to_dict()

        node_type_id = self.node_type_id

        driver_node_type_id = self.driver_node_type_id

        worker_node_type_flexibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.worker_node_type_flexibility, Unset):
            worker_node_type_flexibility = self.worker_node_type_flexibility.to_dict()

        driver_node_type_flexibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver_node_type_flexibility, Unset):
            driver_node_type_flexibility = self.driver_node_type_flexibility.to_dict()

        ssh_public_keys: list[str] | Unset = UNSET
        if not isinstance(self.ssh_public_keys, Unset):
            ssh_public_keys = self.ssh_public_keys

        custom_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_tags, Unset):
            custom_tags = self.custom_tags.to_dict()

        cluster_log_conf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_log_conf, Unset):
            cluster_log_conf = self.cluster_log_conf.to_dict()

        init_scripts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.init_scripts, Unset):
            init_scripts = []
            for init_scripts_item_data in self.init_scripts:
                init_scripts_item = init_scripts_item_data.to_dict()
                init_scripts.append(init_scripts_item)

        docker_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.docker_image, Unset):
            docker_image = self.docker_image.to_dict()

        spark_env_vars: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_env_vars, Unset):
            spark_env_vars = self.spark_env_vars.to_dict()

        autotermination_minutes = self.autotermination_minutes

        enable_elastic_disk = self.enable_elastic_disk

        instance_pool_id = self.instance_pool_id

        driver_instance_pool_id = self.driver_instance_pool_id

        policy_id = self.policy_id

        apply_policy_default_values = self.apply_policy_default_values

        enable_local_disk_encryption = self.enable_local_disk_encryption

        runtime_engine: str | Unset = UNSET
        if not isinstance(self.runtime_engine, Unset):
            runtime_engine = self.runtime_engine.value

        data_security_mode: str | Unset = UNSET
        if not isinstance(self.data_security_mode, Unset):
            data_security_mode = self.data_security_mode.value

        single_user_name = self.single_user_name

        workload_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workload_type, Unset):
            workload_type = self.workload_type.to_dict()

        dependency_mode: str | Unset = UNSET
        if not isinstance(self.dependency_mode, Unset):
            dependency_mode = self.dependency_mode.value

        remote_disk_throughput = self.remote_disk_throughput

        total_initial_remote_disk_size = self.total_initial_remote_disk_size

        idempotency_token = self.idempotency_token

        cluster_source: str | Unset = UNSET
        if not isinstance(self.cluster_source, Unset):
            cluster_source = self.cluster_source.value

        clone_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clone_from, Unset):
            clone_from = self.clone_from.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spark_version": spark_version,
            }
        )
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if num_workers is not UNSET:
            field_dict["num_workers"] = num_workers
        if autoscale is not UNSET:
            field_dict["autoscale"] = autoscale
        if kind is not UNSET:
            field_dict["kind"] = kind
        if is_single_node is not UNSET:
            field_dict["is_single_node"] = is_single_node
        if use_ml_runtime is not UNSET:
            field_dict["use_ml_runtime"] = use_ml_runtime
        if spark_conf is not UNSET:
            field_dict["spark_conf"] = spark_conf
        if azure_attributes is not UNSET:
            field_dict["azure_attributes"] = azure_attributes
        if aws_attributes is not UNSET:
            field_dict["aws_attributes"] = aws_attributes
        if gcp_attributes is not UNSET:
            field_dict["gcp_attributes"] = gcp_attributes
        if node_type_id is not UNSET:
            field_dict["node_type_id"] = node_type_id
        if driver_node_type_id is not UNSET:
            field_dict["driver_node_type_id"] = driver_node_type_id
        if worker_node_type_flexibility is not UNSET:
            field_dict["worker_node_type_flexibility"] = worker_node_type_flexibility
        if driver_node_type_flexibility is not UNSET:
            field_dict["driver_node_type_flexibility"] = driver_node_type_flexibility
        if ssh_public_keys is not UNSET:
            field_dict["ssh_public_keys"] = ssh_public_keys
        if custom_tags is not UNSET:
            field_dict["custom_tags"] = custom_tags
        if cluster_log_conf is not UNSET:
            field_dict["cluster_log_conf"] = cluster_log_conf
        if init_scripts is not UNSET:
            field_dict["init_scripts"] = init_scripts
        if docker_image is not UNSET:
            field_dict["docker_image"] = docker_image
        if spark_env_vars is not UNSET:
            field_dict["spark_env_vars"] = spark_env_vars
        if autotermination_minutes is not UNSET:
            field_dict["autotermination_minutes"] = autotermination_minutes
        if enable_elastic_disk is not UNSET:
            field_dict["enable_elastic_disk"] = enable_elastic_disk
        if instance_pool_id is not UNSET:
            field_dict["instance_pool_id"] = instance_pool_id
        if driver_instance_pool_id is not UNSET:
            field_dict["driver_instance_pool_id"] = driver_instance_pool_id
        if policy_id is not UNSET:
            field_dict["policy_id"] = policy_id
        if apply_policy_default_values is not UNSET:
            field_dict["apply_policy_default_values"] = apply_policy_default_values
        if enable_local_disk_encryption is not UNSET:
            field_dict["enable_local_disk_encryption"] = enable_local_disk_encryption
        if runtime_engine is not UNSET:
            field_dict["runtime_engine"] = runtime_engine
        if data_security_mode is not UNSET:
            field_dict["data_security_mode"] = data_security_mode
        if single_user_name is not UNSET:
            field_dict["single_user_name"] = single_user_name
        if workload_type is not UNSET:
            field_dict["workload_type"] = workload_type
        if dependency_mode is not UNSET:
            field_dict["dependency_mode"] = dependency_mode
        if remote_disk_throughput is not UNSET:
            field_dict["remote_disk_throughput"] = remote_disk_throughput
        if total_initial_remote_disk_size is not UNSET:
            field_dict["total_initial_remote_disk_size"] = total_initial_remote_disk_size
        if idempotency_token is not UNSET:
            field_dict["idempotency_token"] = idempotency_token
        if cluster_source is not UNSET:
            field_dict["cluster_source"] = cluster_source
        if clone_from is not UNSET:
            field_dict["clone_from"] = clone_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_scale import AutoScale  # noqa: PLC0415
        from ..models.aws_attributes import AwsAttributes  # noqa: PLC0415
        from ..models.azure_attributes import AzureAttributes  # noqa: PLC0415
        from ..models.cluster_log_conf import ClusterLogConf  # noqa: PLC0415
        from ..models.clusters_create_request_clone_from import ClustersCreateRequestCloneFrom  # noqa: PLC0415
        from ..models.clusters_custom_tags_request import ClustersCustomTagsRequest  # noqa: PLC0415
        from ..models.clusters_node_type_flexibility import ClustersNodeTypeFlexibility  # noqa: PLC0415
        from ..models.clusters_spark_conf_request import ClustersSparkConfRequest  # noqa: PLC0415
        from ..models.clusters_string_map import ClustersStringMap  # noqa: PLC0415
        from ..models.clusters_workload_type import ClustersWorkloadType  # noqa: PLC0415
        from ..models.docker_image import DockerImage  # noqa: PLC0415
        from ..models.gcp_attributes import GcpAttributes  # noqa: PLC0415
        from ..models.init_script_info import InitScriptInfo  # noqa: PLC0415

        d = dict(src_dict)
        spark_version = d.pop("spark_version")

        cluster_name = d.pop("cluster_name", UNSET)

        def _parse_num_workers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_workers = _parse_num_workers(d.pop("num_workers", UNSET))

        _autoscale = d.pop("autoscale", UNSET)
        autoscale: AutoScale | Unset
        if isinstance(_autoscale, Unset):
            autoscale = UNSET
        else:
            autoscale = AutoScale.from_dict(_autoscale)

        _kind = d.pop("kind", UNSET)
        kind: ClustersKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ClustersKind(_kind)

        is_single_node = d.pop("is_single_node", UNSET)

        use_ml_runtime = d.pop("use_ml_runtime", UNSET)

        _spark_conf = d.pop("spark_conf", UNSET)
        spark_conf: ClustersSparkConfRequest | Unset
        if isinstance(_spark_conf, Unset):
            spark_conf = UNSET
        else:
            spark_conf = ClustersSparkConfRequest.from_dict(_spark_conf)

        _azure_attributes = d.pop("azure_attributes", UNSET)
        azure_attributes: AzureAttributes | Unset
        if isinstance(_azure_attributes, Unset):
            azure_attributes = UNSET
        else:
            azure_attributes = AzureAttributes.from_dict(_azure_attributes)

        _aws_attributes = d.pop("aws_attributes", UNSET)
        aws_attributes: AwsAttributes | Unset
        if isinstance(_aws_attributes, Unset):
            aws_attributes = UNSET
        else:
            aws_attributes = AwsAttributes.from_dict(_aws_attributes)

        _gcp_attributes = d.pop("gcp_attributes", UNSET)
        gcp_attributes: GcpAttributes | Unset
        if isinstance(_gcp_attributes, Unset):
            gcp_attributes = UNSET
        else:
            gcp_attributes = GcpAttributes.from_dict(_gcp_attributes)

        node_type_id = d.pop("node_type_id", UNSET)

        driver_node_type_id = d.pop("driver_node_type_id", UNSET)

        _worker_node_type_flexibility = d.pop("worker_node_type_flexibility", UNSET)
        worker_node_type_flexibility: ClustersNodeTypeFlexibility | Unset
        if isinstance(_worker_node_type_flexibility, Unset):
            worker_node_type_flexibility = UNSET
        else:
            worker_node_type_flexibility = ClustersNodeTypeFlexibility.from_dict(_worker_node_type_flexibility)

        _driver_node_type_flexibility = d.pop("driver_node_type_flexibility", UNSET)
        driver_node_type_flexibility: ClustersNodeTypeFlexibility | Unset
        if isinstance(_driver_node_type_flexibility, Unset):
            driver_node_type_flexibility = UNSET
        else:
            driver_node_type_flexibility = ClustersNodeTypeFlexibility.from_dict(_driver_node_type_flexibility)

        ssh_public_keys = cast(list[str], d.pop("ssh_public_keys", UNSET))

        _custom_tags = d.pop("custom_tags", UNSET)
        custom_tags: ClustersCustomTagsRequest | Unset
        if isinstance(_custom_tags, Unset):
            custom_tags = UNSET
        else:
            custom_tags = ClustersCustomTagsRequest.from_dict(_custom_tags)

        _cluster_log_conf = d.pop("cluster_log_conf", UNSET)
        cluster_log_conf: ClusterLogConf | Unset
        if isinstance(_cluster_log_conf, Unset):
            cluster_log_conf = UNSET
        else:
            cluster_log_conf = ClusterLogConf.from_dict(_cluster_log_conf)

        _init_scripts = d.pop("init_scripts", UNSET)
        init_scripts: list[InitScriptInfo] | Unset = UNSET
        if _init_scripts is not UNSET:
            init_scripts = []
            for init_scripts_item_data in _init_scripts:
                init_scripts_item = InitScriptInfo.from_dict(init_scripts_item_data)

                init_scripts.append(init_scripts_item)

        _docker_image = d.pop("docker_image", UNSET)
        docker_image: DockerImage | Unset
        if isinstance(_docker_image, Unset):
            docker_image = UNSET
        else:
            docker_image = DockerImage.from_dict(_docker_image)

        _spark_env_vars = d.pop("spark_env_vars", UNSET)
        spark_env_vars: ClustersStringMap | Unset
        if isinstance(_spark_env_vars, Unset):
            spark_env_vars = UNSET
        else:
            spark_env_vars = ClustersStringMap.from_dict(_spark_env_vars)

        autotermination_minutes = d.pop("autotermination_minutes", UNSET)

        enable_elastic_disk = d.pop("enable_elastic_disk", UNSET)

        instance_pool_id = d.pop("instance_pool_id", UNSET)

        driver_instance_pool_id = d.pop("driver_instance_pool_id", UNSET)

        policy_id = d.pop("policy_id", UNSET)

        apply_policy_default_values = d.pop("apply_policy_default_values", UNSET)

        enable_local_disk_encryption = d.pop("enable_local_disk_encryption", UNSET)

        _runtime_engine = d.pop("runtime_engine", UNSET)
        runtime_engine: ClustersRuntimeEngine | Unset
        if isinstance(_runtime_engine, Unset):
            runtime_engine = UNSET
        else:
            runtime_engine = ClustersRuntimeEngine(_runtime_engine)

        _data_security_mode = d.pop("data_security_mode", UNSET)
        data_security_mode: ClustersDataSecurityMode | Unset
        if isinstance(_data_security_mode, Unset):
            data_security_mode = UNSET
        else:
            data_security_mode = ClustersDataSecurityMode(_data_security_mode)

        single_user_name = d.pop("single_user_name", UNSET)

        _workload_type = d.pop("workload_type", UNSET)
        workload_type: ClustersWorkloadType | Unset
        if isinstance(_workload_type, Unset):
            workload_type = UNSET
        else:
            workload_type = ClustersWorkloadType.from_dict(_workload_type)

        _dependency_mode = d.pop("dependency_mode", UNSET)
        dependency_mode: ClustersDependencyMode | Unset
        if isinstance(_dependency_mode, Unset):
            dependency_mode = UNSET
        else:
            dependency_mode = ClustersDependencyMode(_dependency_mode)

        remote_disk_throughput = d.pop("remote_disk_throughput", UNSET)

        total_initial_remote_disk_size = d.pop("total_initial_remote_disk_size", UNSET)

        idempotency_token = d.pop("idempotency_token", UNSET)

        _cluster_source = d.pop("cluster_source", UNSET)
        cluster_source: ClustersSource | Unset
        if isinstance(_cluster_source, Unset):
            cluster_source = UNSET
        else:
            cluster_source = ClustersSource(_cluster_source)

        _clone_from = d.pop("clone_from", UNSET)
        clone_from: ClustersCreateRequestCloneFrom | Unset
        if isinstance(_clone_from, Unset):
            clone_from = UNSET
        else:
            clone_from = ClustersCreateRequestCloneFrom.from_dict(_clone_from)

        clusters_create_request = cls(
            spark_version=spark_version,
            cluster_name=cluster_name,
            num_workers=num_workers,
            autoscale=autoscale,
            kind=kind,
            is_single_node=is_single_node,
            use_ml_runtime=use_ml_runtime,
            spark_conf=spark_conf,
            azure_attributes=azure_attributes,
            aws_attributes=aws_attributes,
            gcp_attributes=gcp_attributes,
            node_type_id=node_type_id,
            driver_node_type_id=driver_node_type_id,
            worker_node_type_flexibility=worker_node_type_flexibility,
            driver_node_type_flexibility=driver_node_type_flexibility,
            ssh_public_keys=ssh_public_keys,
            custom_tags=custom_tags,
            cluster_log_conf=cluster_log_conf,
            init_scripts=init_scripts,
            docker_image=docker_image,
            spark_env_vars=spark_env_vars,
            autotermination_minutes=autotermination_minutes,
            enable_elastic_disk=enable_elastic_disk,
            instance_pool_id=instance_pool_id,
            driver_instance_pool_id=driver_instance_pool_id,
            policy_id=policy_id,
            apply_policy_default_values=apply_policy_default_values,
            enable_local_disk_encryption=enable_local_disk_encryption,
            runtime_engine=runtime_engine,
            data_security_mode=data_security_mode,
            single_user_name=single_user_name,
            workload_type=workload_type,
            dependency_mode=dependency_mode,
            remote_disk_throughput=remote_disk_throughput,
            total_initial_remote_disk_size=total_initial_remote_disk_size,
            idempotency_token=idempotency_token,
            cluster_source=cluster_source,
            clone_from=clone_from,
        )

        clusters_create_request.additional_properties = d
        return clusters_create_request

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
