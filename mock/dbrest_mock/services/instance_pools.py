"""Instance Pools API 2.0: pools with real instance accounting on the virtual clock.

Rules (api-inventory §1.3, §2.7): names are unique among pools that are not deleted (RESOURCE_ALREADY_EXISTS)
and 1–99 characters; ``node_type_id`` and ``preloaded_spark_versions`` must be in the clusters service's
catalogues; ``max_capacity`` ≥ ``min_idle_instances``; at most 41 custom tags (Azure); unknown or deleted pools
give RESOURCE_DOES_NOT_EXIST (404). ``edit`` replaces the editable settings (name, min idle, max capacity,
idle auto-termination, custom tags; omitted → default) and rejects a change of any other setting. ``delete``
makes the pool DELETED: it disappears from ``list`` and ``get``.

Instances: a pool keeps ``min_idle_instances`` idle instances; missing ones are provisioned
(``pending_idle_count``) and become idle after the ``instancePools.provision`` duration (realistic 120 s, fast
0.5 s). The pool follows its clusters through ``cluster.state`` events: a cluster that starts (PENDING) takes
its driver and workers from the idle instances and has the rest provisioned (``pending_used_count``); once
RUNNING its nodes are ``used_count``; when it terminates its instances go back to the idle ones, and idle
instances beyond ``min_idle_instances`` are released after ``idle_instance_autotermination_minutes``. A
cluster that would take the pool beyond ``max_capacity`` terminates with INSTANCE_POOL_MAX_CAPACITY_FAILURE;
one whose pool was deleted with INSTANCE_POOL_NOT_FOUND_FAILURE.

Other services may call :meth:`InstancePoolsService.get_pool` (the pool as ``get`` answers it, or None).
"""

from __future__ import annotations

import copy
import time
import zlib
from dataclasses import dataclass, field
from typing import Any

from ..errors import ApiError
from ..service import ClusterFollower, Request, operation
from .cluster_catalog import NODE_TYPES, SPARK_VERSIONS

MAX_CUSTOM_TAGS = 41
DEFAULT_IDLE_MINUTES = 60
#: Settings that edit may change; the other creation settings are fixed.
#: (databricks-sdk 0.162.0 EditInstancePool adds node_type_flexibility and the remote disk settings.)
EDITABLE = (
    "instance_pool_name",
    "min_idle_instances",
    "max_capacity",
    "idle_instance_autotermination_minutes",
    "node_type_flexibility",
    "remote_disk_throughput",
    "total_initial_remote_disk_size",
)
FIXED = (
    "enable_elastic_disk",
    "disk_spec",
    "preloaded_spark_versions",
    "preloaded_docker_images",
    "azure_attributes",
    "aws_attributes",
    "gcp_attributes",
    "instance_pool_fleet_attributes",
)
WORDS = ("brick", "crust", "flour", "knead", "loaf", "proof", "yeast", "grain")
ACTIVE_CLUSTER_STATES = ("PENDING", "RUNNING", "RESIZING", "RESTARTING")


@dataclass
class Pool:
    instance_pool_id: str
    settings: dict[str, Any]
    creator: str
    state: str = "ACTIVE"
    idle: int = 0
    pending_idle: int = 0
    #: cluster id -> instances in use / being provisioned for it
    used: dict[str, int] = field(default_factory=dict)
    pending_used: dict[str, int] = field(default_factory=dict)

    @property
    def min_idle(self) -> int:
        return int(self.settings.get("min_idle_instances") or 0)

    def total(self) -> int:
        return self.idle + self.pending_idle + sum(self.used.values()) + sum(self.pending_used.values())


def creator_id(user: str) -> str:
    """A stable numeric id for a user name, as Databricks puts the creator's user id in the default tags."""
    return str(zlib.crc32(user.encode()) * 4096 + 1)


def _same(given: Any, stored: Any) -> bool:
    """Whether an edit request's value of a fixed setting matches the pool's (absent, empty and false match)."""
    if given is None:
        return True
    return (given or None) == (stored or None)


class InstancePoolsService(ClusterFollower):
    name = "instance-pools"

    def reset(self) -> None:
        self.pools: dict[str, Pool] = {}

    # --- API for other services ------------------------------------------------------------------------

    def get_pool(self, instance_pool_id: str) -> dict[str, Any] | None:
        pool = self.pools.get(instance_pool_id)
        if pool is None or pool.state == "DELETED":
            return None
        return self._info(pool)

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        if object_type != "instance-pools":
            return None
        return self.get_pool(object_id) is not None

    # --- instance accounting ---------------------------------------------------------------------------

    def _provision_idle(self, pool: Pool) -> None:
        """Provision idle instances up to min_idle_instances, within max_capacity."""
        if pool.state != "ACTIVE":
            return
        missing = pool.min_idle - pool.idle - pool.pending_idle
        cap = pool.settings.get("max_capacity")
        if cap is not None:
            missing = min(missing, cap - pool.total())
        if missing <= 0:
            return
        pool.pending_idle += missing

        def ready() -> None:
            if pool.state != "ACTIVE":
                return
            n = min(missing, pool.pending_idle)
            pool.pending_idle -= n
            pool.idle += n

        self.clock.schedule(self.env.duration("instancePools.provision", realistic=120.0, fast=0.5), ready)

    def _release_excess_later(self, pool: Pool, count: int) -> None:
        minutes = pool.settings.get("idle_instance_autotermination_minutes", DEFAULT_IDLE_MINUTES)

        def release() -> None:
            excess = min(count, pool.idle - pool.min_idle)
            if excess > 0:
                pool.idle -= excess

        self.clock.schedule(minutes * 60.0, release)

    def _cluster_pools(self, info: dict[str, Any]) -> list[tuple[str, int]]:
        """(pool id, instances) that a cluster takes: workers from instance_pool_id, the driver from
        driver_instance_pool_id (default the same pool)."""
        worker_pool = info.get("instance_pool_id")
        driver_pool = info.get("driver_instance_pool_id") or worker_pool
        workers = len(info["executors"]) if "executors" in info else self._target_workers(info)
        need: dict[str, int] = {}
        if worker_pool:
            need[worker_pool] = need.get(worker_pool, 0) + workers
        if driver_pool:
            need[driver_pool] = need.get(driver_pool, 0) + 1
        return sorted(need.items())

    @staticmethod
    def _target_workers(info: dict[str, Any]) -> int:
        if info.get("autoscale"):
            return int(info["autoscale"]["min_workers"])
        return int(info.get("num_workers") or 0)

    def _release(self, cluster_id: str) -> None:
        for pool in self.pools.values():
            count = pool.used.pop(cluster_id, 0) + pool.pending_used.pop(cluster_id, 0)
            if count and pool.state == "ACTIVE":
                pool.idle += count
                self._release_excess_later(pool, count)

    def _fail_cluster(self, cluster_id: str, code: str) -> None:
        clusters: Any = self.env.service("clusters")
        # After the publishing transition has completed (the clusters service schedules its next step then).
        self.clock.schedule(0, lambda: clusters.terminate_cluster(cluster_id, code))

    def _on_cluster_state(self, cluster_id: str, state: str, **_: Any) -> None:
        if state not in ACTIVE_CLUSTER_STATES:
            self._release(cluster_id)
            return
        clusters: Any = self.env.service("clusters")
        info = clusters.cluster_info(cluster_id)
        if info is None:
            return
        needs = self._cluster_pools(info)
        if not needs:
            return
        if state == "PENDING":
            self._release(cluster_id)
            for pool_id, _count in needs:
                pool = self.pools.get(pool_id)
                if pool is None or pool.state != "ACTIVE":
                    self._fail_cluster(cluster_id, "INSTANCE_POOL_NOT_FOUND_FAILURE")
                    return
            for pool_id, count in needs:
                cap = self.pools[pool_id].settings.get("max_capacity")
                pool = self.pools[pool_id]
                if cap is not None and pool.total() - min(count, pool.idle) + count > cap:
                    self._fail_cluster(cluster_id, "INSTANCE_POOL_MAX_CAPACITY_FAILURE")
                    return
            for pool_id, count in needs:
                pool = self.pools[pool_id]
                taken = min(count, pool.idle)
                pool.idle -= taken
                pool.used[cluster_id] = taken
                pool.pending_used[cluster_id] = count - taken
                self._provision_idle(pool)
        elif state in ("RUNNING", "RESIZING"):
            for pool_id, count in needs:
                pool = self.pools.get(pool_id)
                if pool is None or pool.state != "ACTIVE":
                    continue
                before = pool.used.get(cluster_id, 0) + pool.pending_used.pop(cluster_id, 0)
                if count < before:
                    pool.idle += before - count
                    self._release_excess_later(pool, before - count)
                elif count > before:
                    pool.idle -= min(pool.idle, count - before)
                    self._provision_idle(pool)
                pool.used[cluster_id] = count

    def _on_cluster_deleted(self, cluster_id: str, **_: Any) -> None:
        self._release(cluster_id)

    # --- helpers ---------------------------------------------------------------------------------------

    def _new_id(self) -> str:
        n = self.env.next_id("instance-pools")
        stamp = time.strftime("%m%d-%H%M%S", time.gmtime(self.clock.now()))
        word = WORDS[(n - 1) % len(WORDS)]
        return f"{stamp}-{word}{n}-pool-{(n * 2654435761) % (1 << 32):08x}"

    def _pool(self, instance_pool_id: str) -> Pool:
        pool = self.pools.get(instance_pool_id)
        if pool is None or pool.state == "DELETED":
            raise ApiError.not_found(f"Instance pool {instance_pool_id} does not exist.")
        return pool

    def _check_name(self, name: str, own_id: str | None) -> None:
        if not name.strip():
            raise ApiError.invalid("instance_pool_name must not be blank")
        for other in self.pools.values():
            if (
                other.state != "DELETED"
                and other.instance_pool_id != own_id
                and other.settings["instance_pool_name"] == name
            ):
                raise ApiError.already_exists(f"An instance pool named {name!r} already exists.")

    @staticmethod
    def _check_limits(p: dict[str, Any]) -> None:
        min_idle = p.get("min_idle_instances") or 0
        cap = p.get("max_capacity")
        if cap is not None and cap < min_idle:
            raise ApiError.invalid(
                f"max_capacity ({cap}) must be greater than or equal to min_idle_instances ({min_idle})."
            )
        tags = p.get("custom_tags") or {}
        if len(tags) > MAX_CUSTOM_TAGS:
            raise ApiError.invalid(
                f"An instance pool can have at most {MAX_CUSTOM_TAGS} custom tags ({len(tags)} given)."
            )

    @staticmethod
    def _settings(p: dict[str, Any]) -> dict[str, Any]:
        out = {
            k: copy.deepcopy(p[k]) for k in ("node_type_id", "custom_tags", *EDITABLE, *FIXED) if p.get(k) is not None
        }
        out.setdefault("idle_instance_autotermination_minutes", DEFAULT_IDLE_MINUTES)
        out.setdefault("enable_elastic_disk", False)
        return out

    def _info(self, pool: Pool) -> dict[str, Any]:
        out = copy.deepcopy(pool.settings)
        out["instance_pool_id"] = pool.instance_pool_id
        out["default_tags"] = {
            "Vendor": "Databricks",
            "DatabricksInstancePoolCreatorId": creator_id(pool.creator),
            "DatabricksInstancePoolId": pool.instance_pool_id,
        }
        out["state"] = pool.state
        out["stats"] = {
            "used_count": sum(pool.used.values()),
            "idle_count": pool.idle,
            "pending_used_count": sum(pool.pending_used.values()),
            "pending_idle_count": pool.pending_idle,
        }
        out["status"] = {}
        return out

    # --- operations ------------------------------------------------------------------------------------

    @operation("instancePoolsCreate")
    def create(self, req: Request) -> dict[str, Any]:
        p = req.params
        self._check_name(p["instance_pool_name"], None)
        if p["node_type_id"] not in NODE_TYPES:
            raise ApiError.invalid(
                f"Node type {p['node_type_id']} is not supported. Supported node types: {', '.join(sorted(NODE_TYPES))}"
            )
        for version in p.get("preloaded_spark_versions") or []:
            if version not in SPARK_VERSIONS:
                raise ApiError.invalid(f"Invalid spark version {version} in preloaded_spark_versions.")
        arn = (p.get("aws_attributes") or {}).get("instance_profile_arn")
        profiles = self.env.services.get("instance-profiles")
        if arn is not None and profiles is not None and profiles.has_object("instance-profiles", arn) is False:
            raise ApiError.invalid(
                f"Instance profile {arn} does not exist in this workspace: register it with instance-profiles/add first"
            )
        self._check_limits(p)
        pool = Pool(self._new_id(), self._settings(p), req.user)
        self.pools[pool.instance_pool_id] = pool
        self._provision_idle(pool)
        return {"instance_pool_id": pool.instance_pool_id}

    @operation("instancePoolsEdit")
    def edit(self, req: Request) -> dict[str, Any]:
        p = req.params
        pool = self._pool(p["instance_pool_id"])
        self._check_name(p["instance_pool_name"], pool.instance_pool_id)
        if p["node_type_id"] != pool.settings["node_type_id"]:
            raise ApiError.invalid(
                f"node_type_id cannot be changed (pool {pool.instance_pool_id} uses {pool.settings['node_type_id']})."
            )
        for key in FIXED:
            if not _same(p.get(key), pool.settings.get(key)):
                raise ApiError.invalid(f"{key} of an instance pool cannot be changed.")
        self._check_limits(p)
        before_min = pool.min_idle
        for key in (*EDITABLE, "custom_tags"):
            pool.settings.pop(key, None)
            if p.get(key) is not None:
                pool.settings[key] = copy.deepcopy(p[key])
        pool.settings.setdefault("idle_instance_autotermination_minutes", DEFAULT_IDLE_MINUTES)
        if pool.min_idle > before_min:
            self._provision_idle(pool)
        elif pool.idle > pool.min_idle:
            self._release_excess_later(pool, pool.idle - pool.min_idle)
        return {}

    @operation("instancePoolsDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        pool = self._pool(req.params["instance_pool_id"])
        pool.state = "DELETED"
        pool.idle = 0
        pool.pending_idle = 0
        return {}

    @operation("instancePoolsGet")
    def get(self, req: Request) -> dict[str, Any]:
        return self._info(self._pool(req.params["instance_pool_id"]))

    @operation("instancePoolsList")
    def list(self, req: Request) -> dict[str, Any]:
        pools = [self._info(p) for p in self.pools.values() if p.state != "DELETED"]
        return {"instance_pools": pools} if pools else {}
