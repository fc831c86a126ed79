"""Cluster specifications: what clusters create/edit/update accept, store and report, and the rules between fields.

A specification is a ClusterSpec of the spec (databricks-sdk 0.162.0 ``ClusterSpec``/``CreateCluster``). The service
keeps the fields as the user gave them (``spec`` in a cluster description) and derives the attributes it reports
from them, with the single-node settings of ``kind`` CLASSIC_PREVIEW + ``is_single_node`` filled in. Rules
(api-inventory §1.1a, the SDK docstrings): not both ``num_workers`` and ``autoscale`` (neither is a cluster of 0
workers); ``is_single_node``/``use_ml_runtime`` only with ``kind`` CLASSIC_PREVIEW; ``runtime_engine`` not with a
legacy ``-photon-`` spark_version; one destination per init script and log configuration. ``update_mask`` paths
(https://google.aip.dev/161, which ``ClustersAPI.update`` cites) name top-level fields, or one sub-field of an
object field; maps and lists are replaced whole.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..errors import ApiError
from .cluster_catalog import NODE_TYPES, SPARK_VERSIONS

#: Databricks documents no bound for cluster_name, but it becomes the ClusterName default tag of every cloud
#: resource of the cluster, and a tag value is at most 256 characters on AWS and Azure (their tagging docs).
MAX_CLUSTER_NAME = 256

#: The attributes the service stores and reports (ClustersAttributes in the spec).
ATTRIBUTE_KEYS = (
    "cluster_name",
    "spark_version",
    "spark_conf",
    "azure_attributes",
    "aws_attributes",
    "gcp_attributes",
    "node_type_id",
    "driver_node_type_id",
    "ssh_public_keys",
    "custom_tags",
    "cluster_log_conf",
    "init_scripts",
    "docker_image",
    "spark_env_vars",
    "autotermination_minutes",
    "enable_elastic_disk",
    "instance_pool_id",
    "driver_instance_pool_id",
    "policy_id",
    "enable_local_disk_encryption",
    "runtime_engine",
    "data_security_mode",
    "single_user_name",
    "workload_type",
    "kind",
    "is_single_node",
    "use_ml_runtime",
    "worker_node_type_flexibility",
    "driver_node_type_flexibility",
    "dependency_mode",
    "remote_disk_throughput",
    "total_initial_remote_disk_size",
)
#: Every field of a ClusterSpec: the attributes, the size and apply_policy_default_values.
SPEC_KEYS = (*ATTRIBUTE_KEYS, "num_workers", "autoscale", "apply_policy_default_values")
#: Fields holding an object whose sub-fields an update_mask may name (maps and lists are replaced whole).
OBJECT_FIELDS = frozenset(
    {
        "autoscale",
        "aws_attributes",
        "azure_attributes",
        "gcp_attributes",
        "cluster_log_conf",
        "docker_image",
        "workload_type",
        "worker_node_type_flexibility",
        "driver_node_type_flexibility",
    }
)
INIT_SCRIPT_KINDS = ("dbfs", "file", "abfss", "s3", "gcs", "volumes", "workspace")
LOG_CONF_KINDS = ("dbfs", "s3", "volumes")
#: What Databricks sets for a single-node cluster (the SDK's is_single_node docstring names the fields; the values
#: are those of the documented single-node configuration).
SINGLE_NODE_CONF = {"spark.master": "local[*, 4]", "spark.databricks.cluster.profile": "singleNode"}
SINGLE_NODE_TAGS = {"ResourceClass": "SingleNode"}


def conf_value(value: Any) -> str:
    """The string form Databricks stores for a spark_conf value sent as a JSON boolean or number."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def given(spec: dict[str, Any]) -> dict[str, Any]:
    """The ClusterSpec fields of a request as stored: known keys only, absent nulls, spark_conf values as strings."""
    out: dict[str, Any] = {}
    for key in SPEC_KEYS:
        value = spec.get(key)
        if value is None:
            continue
        if key == "spark_conf":
            value = {k: conf_value(v) for k, v in value.items()}
        out[key] = copy.deepcopy(value)
    return out


def single_node(spec: dict[str, Any]) -> bool:
    return spec.get("kind") == "CLASSIC_PREVIEW" and spec.get("is_single_node") is True


def attributes(spec: dict[str, Any]) -> dict[str, Any]:
    """The attributes of a stored spec, with the single-node settings applied."""
    attrs = {key: copy.deepcopy(spec[key]) for key in ATTRIBUTE_KEYS if key in spec}
    attrs.setdefault("cluster_name", "")
    if single_node(spec):
        attrs["spark_conf"] = {**attrs.get("spark_conf", {}), **SINGLE_NODE_CONF}
        attrs["custom_tags"] = {**attrs.get("custom_tags", {}), **SINGLE_NODE_TAGS}
    return attrs


def size(spec: dict[str, Any]) -> tuple[int | None, dict[str, int] | None]:
    """(num_workers, autoscale) of a stored spec: a fixed size (0 when neither is given) or a range."""
    autoscale = spec.get("autoscale")
    if autoscale is not None and not single_node(spec):
        return None, dict(autoscale)
    return int(spec.get("num_workers") or 0), None


def check_autoscale(autoscale: dict[str, Any]) -> None:
    if autoscale["max_workers"] <= autoscale["min_workers"]:
        raise ApiError.invalid(
            f"max_workers ({autoscale['max_workers']}) must be greater than min_workers "
            f"({autoscale['min_workers']}) in autoscale."
        )


def validate(spec: dict[str, Any], *, job: bool, exists: Callable[[str, str], bool | None]) -> None:
    """Raise INVALID_PARAMETER_VALUE for a spec that create would reject.

    ``exists(object_type, id)`` asks the other services about referenced pools, policies and instance profiles
    (False: unknown; None: no service knows the type).
    """
    name = spec.get("cluster_name")
    if isinstance(name, str) and len(name) > MAX_CLUSTER_NAME:
        raise ApiError.invalid(
            f"cluster_name is {len(name)} characters long; at most {MAX_CLUSTER_NAME} are allowed (it becomes "
            "the ClusterName tag of the cluster's cloud resources)."
        )
    num_workers, autoscale = spec.get("num_workers"), spec.get("autoscale")
    if num_workers is not None and autoscale is not None:
        raise ApiError.invalid("Only one of num_workers or autoscale can be specified")
    if autoscale is not None:
        check_autoscale(autoscale)
    kind = spec.get("kind")
    for key in ("is_single_node", "use_ml_runtime"):
        if spec.get(key) is not None and kind != "CLASSIC_PREVIEW":
            raise ApiError.invalid(f"{key} can only be used with kind CLASSIC_PREVIEW (kind is {kind or 'not set'}).")
    if single_node(spec):
        if autoscale is not None:
            raise ApiError.invalid("autoscale cannot be used with is_single_node: a single-node cluster has no workers")
        if num_workers:
            raise ApiError.invalid(f"num_workers must be 0 with is_single_node (got {num_workers})")
    version = spec.get("spark_version")
    if not isinstance(version, str) or version not in SPARK_VERSIONS:
        raise ApiError.invalid(f"Invalid spark version {version}.")
    engine = spec.get("runtime_engine")
    if engine not in (None, "NULL") and "-photon-" in version:
        raise ApiError.invalid(
            f"runtime_engine {engine} cannot be combined with the legacy spark_version {version}: remove -photon- "
            "from spark_version and set runtime_engine PHOTON"
        )
    if spec.get("node_type_id") is None and spec.get("instance_pool_id") is None:
        raise ApiError.invalid(
            "Missing required field: node_type_id (or instance_pool_id, to take the node type of a pool)"
        )
    for key in ("node_type_id", "driver_node_type_id"):
        value = spec.get(key)
        if value is not None and value not in NODE_TYPES:
            nodes = ", ".join(sorted(NODE_TYPES))
            raise ApiError.invalid(f"Node type {value} is not supported. Supported node types: {nodes}")
    minutes = spec.get("autotermination_minutes")
    if not job and isinstance(minutes, int) and 0 < minutes < 10:
        raise ApiError.invalid(
            f"Automatic termination must be between 10 and 10000 minutes, or 0 to disable it (got {minutes} minutes)."
        )
    log_conf = spec.get("cluster_log_conf")
    if log_conf is not None and sum(1 for k in LOG_CONF_KINDS if log_conf.get(k) is not None) != 1:
        raise ApiError.invalid("Exactly one destination (dbfs, s3 or volumes) must be given in cluster_log_conf.")
    for i, script in enumerate(spec.get("init_scripts") or []):
        if sum(1 for k in INIT_SCRIPT_KINDS if script.get(k) is not None) != 1:
            raise ApiError.invalid(f"Exactly one destination must be given in init_scripts[{i}].")
    for key, kind_of, what in (
        ("instance_pool_id", "instance-pools", "Instance pool"),
        ("driver_instance_pool_id", "instance-pools", "Instance pool"),
        ("policy_id", "cluster-policies", "Cluster policy"),
    ):
        value = spec.get(key)
        if value is not None and exists(kind_of, value) is False:
            raise ApiError.invalid(f"{what} {value} does not exist")
    arn = (spec.get("aws_attributes") or {}).get("instance_profile_arn")
    if arn is not None and exists("instance-profiles", arn) is False:
        raise ApiError.invalid(
            f"Instance profile {arn} does not exist in this workspace: register it with instance-profiles/add first"
        )


def apply_mask(current: dict[str, Any], mask: str, cluster: dict[str, Any]) -> dict[str, Any]:
    """The stored spec ``current`` with the fields named by ``mask`` taken from ``cluster`` (absent: cleared)."""
    paths = mask.split(",")
    if paths == ["*"]:
        return given(cluster)
    new = copy.deepcopy(current)
    incoming = given(cluster)
    for path in paths:
        parts = path.split(".")
        top = parts[0]
        if top not in SPEC_KEYS or len(parts) > 2 or not all(parts):
            raise ApiError.invalid(f"update_mask names an unknown field path {path!r} of the cluster specification")
        if len(parts) == 1:
            if top in incoming:
                new[top] = copy.deepcopy(incoming[top])
            else:
                new.pop(top, None)
            continue
        if top not in OBJECT_FIELDS:
            raise ApiError.invalid(
                f"update_mask path {path!r} names a part of {top}, which is replaced as a whole: name {top} instead"
            )
        source = incoming.get(top) or {}
        target = new.setdefault(top, {})
        if parts[1] in source:
            target[parts[1]] = copy.deepcopy(source[parts[1]])
        else:
            target.pop(parts[1], None)
    return new
