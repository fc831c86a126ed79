"""Clusters API 2.0 and 2.1 (one state): clusters with the real state machine on the virtual clock, events and
fixed catalogues.

Both versions run through the same handlers (``Request.operation_id`` tells them apart where the answers
differ): 2.1 adds ``clusters/update`` (only the fields its update_mask names change, then as edit), token paging,
filters and sorting of ``clusters/list`` (the 2.0 list stays unpaged), and token paging of events
(cluster_paging). A cluster description carries ``spec``, the specification as the user last gave it; the rules
of a specification, including ``kind``/``is_single_node``, are in cluster_specs, the catalogues in cluster_catalog.

Rules (api-inventory §1.1, §1.1a, §2.7): create → PENDING → RUNNING after the ``clusters.start`` duration;
restart RUNNING → RESTARTING → RUNNING; resize RUNNING → RESIZING → RUNNING; delete → TERMINATING →
TERMINATED (reason USER_REQUEST); start TERMINATED → PENDING → RUNNING; edit only in RUNNING (which restarts)
or TERMINATED; restart and resize only in RUNNING; other states → 400 INVALID_STATE. An unknown cluster id is
400 INVALID_PARAMETER_VALUE "Cluster <id> does not exist". Clusters with ``autotermination_minutes`` terminate
with reason INACTIVITY after that many minutes of virtual time without activity. Terminated clusters are
deleted 30 days after termination unless pinned; ``list`` shows pinned and active clusters plus at most 70
all-purpose and 30 job clusters terminated in the last 30 days. Every transition records a ClusterEvent and
publishes ``cluster.state`` (cluster_id, state); a deletion publishes ``cluster.deleted`` (cluster_id).

Other services use the public methods :meth:`ClustersService.cluster_state`, :meth:`~ClustersService.create_cluster`,
:meth:`~ClustersService.terminate_cluster`, :meth:`~ClustersService.cluster_info`,
:meth:`~ClustersService.validate_cluster_spec` and :meth:`~ClustersService.record_activity`.

``list-zones`` is AWS-only in Databricks; the mock (an Azure-like workspace otherwise) answers a fixed
us-west-2 zone list so that AWS-oriented clients have something to read.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ApiError
from ..service import Env, Request, Service, operation
from . import cluster_paging, cluster_specs
from .cluster_catalog import (
    CORE_QUOTA,
    DEFAULT_NODE_TYPE,
    NODE_TYPES,
    SPARK_VERSIONS,
    ZONES,
    NodeSpec,
    node_type_listing,
)
from .cluster_policy_rules import with_policy

DAY_MS = 24 * 3600 * 1000
RETENTION_MS = 30 * DAY_MS
MAX_TERMINATED_ALL_PURPOSE = 70
MAX_TERMINATED_JOB = 30
ACTIVE_STATES = ("PENDING", "RUNNING", "RESTARTING", "RESIZING")
#: Largest (and default) page of the 2.1 list; the API says the server may constrain page_size.
LIST_PAGE_SIZE = 100
#: The order of states in the 2.1 list's DEFAULT sort: active clusters before terminated ones.
STATE_ORDER = {
    s: i for i, s in enumerate(("RUNNING", "PENDING", "RESIZING", "RESTARTING", "TERMINATING", "TERMINATED"))
}

TERMINATION_TYPES = {
    "USER_REQUEST": "SUCCESS",
    "JOB_FINISHED": "SUCCESS",
    "INACTIVITY": "SUCCESS",
    "INVALID_ARGUMENT": "CLIENT_ERROR",
    "INIT_SCRIPT_FAILURE": "CLIENT_ERROR",
    "TRIAL_EXPIRED": "CLIENT_ERROR",
    "CLOUD_PROVIDER_SHUTDOWN": "CLOUD_FAILURE",
    "CLOUD_PROVIDER_LAUNCH_FAILURE": "CLOUD_FAILURE",
    "AZURE_RESOURCE_PROVIDER_THROTTLING": "CLOUD_FAILURE",
    "AZURE_RESOURCE_MANAGER_THROTTLING": "CLOUD_FAILURE",
    "SPOT_INSTANCE_TERMINATION": "CLOUD_FAILURE",
    "AZURE_QUOTA_EXCEEDED_EXCEPTION": "CLOUD_FAILURE",
}

PENDING_MESSAGE = "Finding instances for new nodes, acquiring more instances if necessary"


def state_title(state: str) -> str:
    return state.capitalize()


@dataclass
class Cluster:
    cluster_id: str
    seq: int
    #: The ClusterSpec fields as the user last gave them (create, edit, update); ``attrs`` derives from it.
    spec: dict[str, Any]
    attrs: dict[str, Any]
    num_workers: int | None
    autoscale: dict[str, int] | None
    creator: str | None
    source: str
    start_time: int
    extra_tags: dict[str, str] = field(default_factory=dict)
    idempotency_token: str | None = None
    state: str = "PENDING"
    state_message: str = ""
    current_workers: int = 0
    driver: dict[str, Any] | None = None
    executors: list[dict[str, Any]] = field(default_factory=list)
    spark_context_id: int | None = None
    terminated_time: int | None = None
    termination_reason: dict[str, Any] | None = None
    last_restarted_time: int | None = None
    last_state_loss_time: int | None = None
    last_activity_time: int | None = None
    pinned_by: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    #: Bumped on every transition; a scheduled step whose generation is stale does nothing.
    generation: int = 0
    #: The activity time the pending inactivity check was armed with.
    idle_armed: int | None = None
    restarts: int = 0

    @property
    def is_job(self) -> bool:
        return self.source == "JOB"

    def size(self) -> dict[str, Any]:
        if self.autoscale is not None:
            return {"autoscale": dict(self.autoscale)}
        return {"num_workers": self.num_workers or 0}

    def target_workers(self) -> int:
        if self.autoscale is not None:
            return max(self.autoscale["min_workers"], min(self.current_workers, self.autoscale["max_workers"]))
        return self.num_workers or 0


class ClustersService(Service):
    name = "clusters"

    def __init__(self, env: Env) -> None:
        #: Cores per VM family available to all clusters together; tests may lower it.
        self.core_quota: float = CORE_QUOTA
        super().__init__(env)

    def reset(self) -> None:
        self.clusters: dict[str, Cluster] = {}
        #: No cluster can be purged before this virtual time (ms): _purge scans only from then on, so that a get
        #: does not cost a pass over every cluster (issue 18: get flat as the state grows). Lowered whenever a
        #: cluster becomes a candidate (terminated, unpinned); a full scan sets it to the earliest due one.
        self._purge_due = 0

    # --- public API for other services ---------------------------------------------------------------

    def cluster_state(self, cluster_id: str) -> str | None:
        """The state of a cluster, None for an unknown (or deleted) id."""
        self._purge()
        c = self.clusters.get(cluster_id)
        return c.state if c is not None else None

    def cluster_info(self, cluster_id: str) -> dict[str, Any] | None:
        """The ClusterInfo of a cluster (as clusters/get answers it), None for an unknown id."""
        self._purge()
        c = self.clusters.get(cluster_id)
        return self._info(c) if c is not None else None

    def validate_cluster_spec(self, spec: dict[str, Any], *, job: bool = False) -> None:
        """Raise ApiError INVALID_PARAMETER_VALUE if ``spec`` (a NewCluster) would be rejected by create."""
        self._validate_spec(spec, job=job)

    def create_cluster(
        self, spec: dict[str, Any], *, user: str, source: str = "API", tags: dict[str, str] | None = None
    ) -> str:
        """Create a cluster from a NewCluster/create spec and start it; returns the cluster id.

        ``source`` is "JOB" for job clusters (they cannot be edited or started, never auto-terminate); ``tags``
        are extra default tags such as JobId and RunName. Raises ApiError for an invalid spec.
        """
        self._purge()
        spec = self._validate_spec(spec, job=source == "JOB")
        return self._create(spec, user=user, source=source, token=None, tags=tags or {}).cluster_id

    def terminate_cluster(self, cluster_id: str, code: str = "JOB_FINISHED") -> None:
        """Terminate a cluster with the given termination code; unknown or terminated clusters are left alone."""
        c = self.clusters.get(cluster_id)
        if c is not None:
            self._terminate(c, code, {})

    def record_activity(self, cluster_id: str) -> None:
        """Note activity on a cluster (commands, job runs), postponing its automatic termination."""
        c = self.clusters.get(cluster_id)
        if c is not None and c.state in ACTIVE_STATES:
            c.last_activity_time = self.clock.now_ms()

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        if object_type != "clusters":
            return None
        self._purge()
        return object_id in self.clusters

    # --- helpers ------------------------------------------------------------------------------------

    def _get(self, cluster_id: str) -> Cluster:
        self._purge()
        c = self.clusters.get(cluster_id)
        if c is None:
            raise ApiError.invalid(f"Cluster {cluster_id} does not exist")
        return c

    def _purge(self) -> None:
        """Delete unpinned clusters terminated more than 30 days ago."""
        now = self.clock.now_ms()
        if now < self._purge_due:
            return
        due = now + RETENTION_MS  # a cluster terminated from now on is due no earlier
        for c in list(self.clusters.values()):
            if c.state == "TERMINATED" and c.pinned_by is None and c.terminated_time is not None:
                if now - c.terminated_time >= RETENTION_MS:
                    self._remove(c)
                else:
                    due = min(due, c.terminated_time + RETENTION_MS)
        self._purge_due = due

    def _may_purge(self, c: Cluster) -> None:
        """``c`` may have become a purge candidate: make sure the next _purge looks at it."""
        if c.terminated_time is not None:
            self._purge_due = min(self._purge_due, c.terminated_time + RETENTION_MS)

    def _remove(self, c: Cluster) -> None:
        c.generation += 1
        del self.clusters[c.cluster_id]
        self.env.publish("cluster.deleted", cluster_id=c.cluster_id)

    def _validate_spec(self, spec: dict[str, Any], *, job: bool = False) -> dict[str, Any]:
        """``spec`` with its cluster policy applied (cluster_policy_rules.py), validated; ApiError if invalid."""
        spec = with_policy(self.env, spec)
        cluster_specs.validate(spec, job=job, exists=self.others_have_object)
        return spec

    def _new_id(self, seq: int) -> str:
        stamp = time.strftime("%m%d-%H%M%S", time.gmtime(self.clock.now()))
        x = (seq * 2654435761) % (26**4)
        letters = "".join(chr(97 + (x // 26**i) % 26) for i in range(4))
        return f"{stamp}-{letters}{seq:04d}"

    def _create(
        self, spec: dict[str, Any], *, user: str, source: str, token: str | None, tags: dict[str, str]
    ) -> Cluster:
        seq = self.env.next_id("clusters")
        stored = cluster_specs.given(spec)
        num_workers, autoscale = cluster_specs.size(stored)
        c = Cluster(
            cluster_id=self._new_id(seq),
            seq=seq,
            spec=stored,
            attrs=cluster_specs.attributes(stored),
            num_workers=num_workers,
            autoscale=autoscale,
            creator=user,
            source=source,
            start_time=self.clock.now_ms(),
            extra_tags=dict(tags),
            idempotency_token=token,
        )
        if c.autoscale is not None:
            c.current_workers = c.autoscale["min_workers"]
        self.clusters[c.cluster_id] = c
        self._event(c, "CREATING", {"user": user, "cluster_size": c.size(), "attributes": self._report_attrs(c)})
        self._launch(c)
        return c

    def _event(self, c: Cluster, kind: str, details: dict[str, Any]) -> None:
        c.events.append(
            {"cluster_id": c.cluster_id, "timestamp": self.clock.now_ms(), "type": kind, "details": details}
        )

    def _set_state(self, c: Cluster, state: str, message: str = "") -> None:
        c.state = state
        c.state_message = message
        c.generation += 1
        self.env.publish("cluster.state", cluster_id=c.cluster_id, state=state)

    def _after(self, c: Cluster, key: str, realistic: float, step: Callable[[Cluster], None]) -> None:
        """Run ``step(c)`` after the duration ``key`` unless the cluster moved on (or was deleted) meanwhile."""
        generation = c.generation

        def fire() -> None:
            if self.clusters.get(c.cluster_id) is c and c.generation == generation:
                step(c)

        self.clock.schedule(self.env.duration(key, realistic=realistic, fast=1.0), fire)

    def _launch(self, c: Cluster) -> None:
        c.termination_reason = None
        c.terminated_time = None
        self._set_state(c, "PENDING", PENDING_MESSAGE)
        self._after(c, "clusters.start", 300.0, self._come_up)

    def _node(self) -> dict[str, Any]:
        n = self.env.next_id("clusters.node")
        now = self.clock.now_ms()
        octet3, octet4 = 64 + n // 250, 4 + n % 250
        return {
            "private_ip": f"10.139.{octet3}.{octet4}",
            "host_private_ip": f"10.139.{octet3 - 64}.{octet4}",
            "node_id": f"{(n * 0x9E3779B97F4A7C15) % (1 << 128):032x}",
            "instance_id": f"{(n * 0xC2B2AE3D27D4EB4F + 1) % (1 << 128):032x}",
            "start_timestamp": now,
        }

    def _bring_nodes(self, c: Cluster, workers: int) -> None:
        if c.driver is None:
            c.driver = self._node()
        while len(c.executors) < workers:
            c.executors.append(self._node())
        del c.executors[workers:]
        c.current_workers = workers

    def _new_context(self, c: Cluster) -> None:
        c.restarts += 1
        c.spark_context_id = ((c.seq * 1_000_003 + c.restarts) * 6364136223846793005) % (1 << 63)

    @staticmethod
    def _node_specs(c: Cluster) -> tuple[NodeSpec, NodeSpec]:
        """(driver, worker) node specs of a cluster."""
        worker = NODE_TYPES.get(c.attrs.get("node_type_id") or "", NODE_TYPES[DEFAULT_NODE_TYPE])
        driver = NODE_TYPES.get(c.attrs.get("driver_node_type_id") or "", worker)
        return driver, worker

    def _available_cores(self, family: str, exclude: Cluster | None = None) -> float:
        """Cores of ``family`` not held by the nodes of any cluster (other than ``exclude``)."""
        used = 0.0
        for other in self.clusters.values():
            if other is exclude or other.driver is None:
                continue
            driver, worker = self._node_specs(other)
            used += driver.cores if driver.family == family else 0.0
            used += worker.cores * len(other.executors) if worker.family == family else 0.0
        return self.core_quota - used

    def _short_family(self, c: Cluster, workers: int) -> str | None:
        """The VM family whose quota cannot hold the driver and ``workers`` workers of ``c``, if any."""
        driver, worker = self._node_specs(c)
        need: dict[str, float] = {driver.family: driver.cores}
        need[worker.family] = need.get(worker.family, 0.0) + worker.cores * workers
        for family, cores in need.items():
            if cores > self._available_cores(family, exclude=c):
                return family
        return None

    def _launch_failed(self, c: Cluster, family: str) -> None:
        c.driver = None
        c.executors = []
        c.current_workers = 0
        message = (
            f"Operation could not be completed as it results in exceeding approved {family} Core quota "
            f"(limit {self.core_quota:g})."
        )
        self._terminate(
            c, "AZURE_QUOTA_EXCEEDED_EXCEPTION", {"azure_error_code": "QuotaExceeded", "azure_error_message": message}
        )

    def _come_up(self, c: Cluster) -> None:
        failure = self.env.scenarios.take(
            "cluster_start_failure", cluster_id=c.cluster_id, cluster_name=c.attrs.get("cluster_name")
        )
        if failure is not None:  # mock.scenarios.cluster_start_failure
            self._terminate(c, failure["code"], failure["parameters"])
            return
        workers = c.autoscale["min_workers"] if c.autoscale is not None else c.num_workers or 0
        family = self._short_family(c, workers)
        if family is not None:
            self._launch_failed(c, family)
            return
        if c.attrs.get("init_scripts"):
            self._event(c, "INIT_SCRIPTS_STARTED", {})
            self._event(c, "INIT_SCRIPTS_FINISHED", {})
        self._bring_nodes(c, workers)
        self._new_context(c)
        c.last_activity_time = self.clock.now_ms()
        self._set_state(c, "RUNNING")
        self._event(c, "RUNNING", {"current_num_workers": workers, "target_num_workers": workers})
        self._arm_idle(c)

    def _restart(self, c: Cluster, user: str) -> None:
        self._set_state(c, "RESTARTING")
        self._event(c, "RESTARTING", {"user": user})
        self._after(c, "clusters.restart", 120.0, self._restarted)

    def _restarted(self, c: Cluster) -> None:
        now = self.clock.now_ms()
        workers = c.target_workers()
        c.driver = None
        c.executors = []
        family = self._short_family(c, workers)
        if family is not None:
            self._launch_failed(c, family)
            return
        self._bring_nodes(c, workers)
        self._new_context(c)
        c.last_restarted_time = now
        c.last_state_loss_time = now
        c.last_activity_time = now
        self._set_state(c, "RUNNING")
        self._event(c, "RUNNING", {"current_num_workers": workers, "target_num_workers": workers})
        self._arm_idle(c)

    def _resized(self, c: Cluster) -> None:
        before = c.current_workers
        target = c.target_workers()
        workers = target
        if target > before:
            # Grow as far as the quota allows; the cluster runs with fewer workers than its target otherwise.
            _, worker = self._node_specs(c)
            room = int(self._available_cores(worker.family) // worker.cores)
            workers = min(target, before + max(0, room))
        self._bring_nodes(c, workers)
        c.last_activity_time = self.clock.now_ms()
        self._set_state(c, "RUNNING")
        kind = "UPSIZE_COMPLETED" if workers > before else "RUNNING"
        self._event(c, kind, {"current_num_workers": workers, "target_num_workers": target})
        self._arm_idle(c)

    def _terminate(self, c: Cluster, code: str, parameters: dict[str, str]) -> None:
        if c.state in ("TERMINATING", "TERMINATED"):
            return
        reason = {"code": code, "type": TERMINATION_TYPES.get(code, "SERVICE_FAULT"), "parameters": parameters}
        c.termination_reason = reason
        self._set_state(c, "TERMINATING")
        self._event(c, "TERMINATING", {"reason": copy.deepcopy(reason)})
        self._after(c, "clusters.terminate", 60.0, self._terminated)

    def _terminated(self, c: Cluster) -> None:
        c.driver = None
        c.executors = []
        c.current_workers = 0
        c.terminated_time = self.clock.now_ms()
        self._set_state(c, "TERMINATED")
        self._may_purge(c)

    def _arm_idle(self, c: Cluster) -> None:
        minutes = c.attrs.get("autotermination_minutes") or 0
        if c.is_job or minutes <= 0 or c.last_activity_time is None:
            c.idle_armed = None
            return
        armed = c.last_activity_time
        c.idle_armed = armed
        delay = (armed + minutes * 60_000 - self.clock.now_ms()) / 1000.0

        def check() -> None:
            if self.clusters.get(c.cluster_id) is not c or c.idle_armed != armed:
                return
            if c.state not in ("RUNNING", "RESIZING"):
                return
            if c.last_activity_time == armed:
                self._terminate(c, "INACTIVITY", {"inactivity_duration_min": str(minutes)})
            else:
                self._arm_idle(c)

        self.clock.schedule(max(0.0, delay), check)

    def _report_attrs(self, c: Cluster) -> dict[str, Any]:
        """The attributes as the service reports them, with the defaults it fills in."""
        attrs = copy.deepcopy(c.attrs)
        if "node_type_id" in attrs:
            attrs.setdefault("driver_node_type_id", attrs["node_type_id"])
        if "aws_attributes" not in attrs and "gcp_attributes" not in attrs:
            azure = {"first_on_demand": 1, "availability": "ON_DEMAND_AZURE", "spot_bid_max_price": -1}
            azure.update(attrs.get("azure_attributes", {}))
            attrs["azure_attributes"] = azure
        attrs.setdefault("autotermination_minutes", 0)
        attrs.setdefault("enable_elastic_disk", False)
        attrs.setdefault("enable_local_disk_encryption", False)
        if "runtime_engine" not in attrs and "-photon-" in attrs.get("spark_version", ""):
            attrs["runtime_engine"] = "PHOTON"
        attrs["cluster_source"] = c.source
        attrs["disk_spec"] = {}
        return attrs

    def _info(self, c: Cluster) -> dict[str, Any]:
        info: dict[str, Any] = {"cluster_id": c.cluster_id}
        if c.creator is not None:
            info["creator_user_name"] = c.creator
        info.update(self._report_attrs(c))
        info.update(c.size())
        info["state"] = c.state
        info["state_message"] = c.state_message
        info["start_time"] = c.start_time
        tags = {"Vendor": "Databricks", "Creator": c.creator or "", "ClusterName": c.attrs["cluster_name"]}
        tags["ClusterId"] = c.cluster_id
        tags.update(c.extra_tags)
        info["default_tags"] = tags
        if c.driver is not None:
            info["driver"] = dict(c.driver)
            info["executors"] = [dict(e) for e in c.executors]
            info["jdbc_port"] = 10000
            driver_type = NODE_TYPES.get(c.attrs.get("driver_node_type_id") or c.attrs.get("node_type_id") or "")
            worker_type = NODE_TYPES.get(c.attrs.get("node_type_id") or "")
            if driver_type is not None and worker_type is not None:
                info["cluster_memory_mb"] = driver_type.memory_mb + worker_type.memory_mb * len(c.executors)
                info["cluster_cores"] = driver_type.cores + worker_type.cores * len(c.executors)
        if c.spark_context_id is not None:
            info["spark_context_id"] = c.spark_context_id
        for key, value in (
            ("terminated_time", c.terminated_time),
            ("last_restarted_time", c.last_restarted_time),
            ("last_state_loss_time", c.last_state_loss_time),
            ("last_activity_time", c.last_activity_time),
        ):
            if value is not None:
                info[key] = value
        if c.termination_reason is not None and c.state in ("TERMINATING", "TERMINATED"):
            info["termination_reason"] = copy.deepcopy(c.termination_reason)
        if c.pinned_by is not None:
            info["pinned_by_user_name"] = c.pinned_by
        info["spec"] = copy.deepcopy(c.spec)
        return info

    @staticmethod
    def _require_state(c: Cluster, *allowed: str) -> None:
        if c.state not in allowed:
            raise ApiError.invalid_state(f"Cluster {c.cluster_id} is in unexpected state {state_title(c.state)}.")

    def _require_admin(self, req: Request, what: str) -> None:
        if not self.env.is_admin(req.user):
            raise ApiError.permission_denied(f"Only workspace admins can {what} (user {req.user} is not an admin).")

    # --- operations ---------------------------------------------------------------------------------

    @operation("clustersCreate", "clusters20Create")
    def create(self, req: Request) -> dict[str, Any]:
        self._purge()
        spec = self._validate_spec(req.params)
        token = spec.get("idempotency_token")
        if token is not None:
            for c in self.clusters.values():
                if c.idempotency_token == token and c.state != "TERMINATED":
                    return {"cluster_id": c.cluster_id}
        clone_from = spec.get("clone_from")
        # databricks-sdk 0.162.0 CreateCluster.clone_from: "clones libraries from a source cluster during the
        # creation of a new cluster"; the source must exist (checked before anything is created).
        cloned = self._cloned_libraries(clone_from["source_cluster_id"]) if clone_from else []
        source = spec.get("cluster_source")
        source = source if source in ("UI", "API") else "API"
        cluster_id = self._create(spec, user=req.user, source=source, token=token, tags={}).cluster_id
        if cloned:
            self.env.service("libraries").install_libraries(cluster_id, cloned)  # type: ignore[attr-defined]
        return {"cluster_id": cluster_id}

    def _cloned_libraries(self, source_cluster_id: str) -> list[dict[str, Any]]:
        """The libraries of ``source_cluster_id`` (not those being uninstalled); the cluster must exist."""
        self._get(source_cluster_id)
        libraries = self.env.services.get("libraries")
        statuses = getattr(libraries, "cluster_library_statuses", None)
        if statuses is None:
            return []
        return [s["library"] for s in statuses(source_cluster_id) if s["status"] != "UNINSTALL_ON_RESTART"]

    @operation("clustersEdit", "clusters20Edit")
    def edit(self, req: Request) -> dict[str, Any]:
        c = self._editable(req, "edited")
        self._reconfigure(c, cluster_specs.given(req.params), req.user)
        return {}

    @operation("clustersUpdate")
    def update(self, req: Request) -> dict[str, Any]:
        """Only the fields the update_mask names change; then as edit (EDITED event, restart when RUNNING)."""
        c = self._editable(req, "updated")
        self._reconfigure(
            c, cluster_specs.apply_mask(c.spec, req.params["update_mask"], req.params.get("cluster") or {}), req.user
        )
        return {}

    def _editable(self, req: Request, what: str) -> Cluster:
        c = self._get(req.params["cluster_id"])
        if c.is_job:
            raise ApiError.invalid(f"Cluster {c.cluster_id} was created by the Jobs service and cannot be {what}.")
        self._require_state(c, "RUNNING", "TERMINATED")
        return c

    def _reconfigure(self, c: Cluster, spec: dict[str, Any], user: str) -> None:
        """Give ``c`` the stored spec ``spec`` (validated first: nothing changes on an error), as edit does."""
        spec = self._validate_spec(spec)
        previous_attrs, previous_size = self._report_attrs(c), c.size()
        c.spec = spec
        c.attrs = cluster_specs.attributes(spec)
        c.num_workers, c.autoscale = cluster_specs.size(spec)
        self._event(
            c,
            "EDITED",
            {
                "user": user,
                "previous_attributes": previous_attrs,
                "attributes": self._report_attrs(c),
                "previous_cluster_size": previous_size,
                "cluster_size": c.size(),
            },
        )
        if c.state == "RUNNING":
            c.last_activity_time = self.clock.now_ms()
            self._restart(c, user)

    @operation("clustersStart", "clusters20Start")
    def start(self, req: Request) -> dict[str, Any]:
        c = self._get(req.params["cluster_id"])
        if c.is_job:
            raise ApiError.invalid(f"Cluster {c.cluster_id} was created by the Jobs service and cannot be started.")
        self._require_state(c, "TERMINATED")
        if c.autoscale is not None:
            c.current_workers = c.autoscale["min_workers"]
        self._event(c, "STARTING", {"user": req.user})
        self._launch(c)
        return {}

    @operation("clustersRestart", "clusters20Restart")
    def restart(self, req: Request) -> dict[str, Any]:
        c = self._get(req.params["cluster_id"])
        self._require_state(c, "RUNNING")
        c.last_activity_time = self.clock.now_ms()
        self._restart(c, req.params.get("restart_user") or req.user)
        return {}

    @operation("clustersResize", "clusters20Resize")
    def resize(self, req: Request) -> dict[str, Any]:
        c = self._get(req.params["cluster_id"])
        num_workers = req.params.get("num_workers")
        autoscale = req.params.get("autoscale")
        if (num_workers is None) == (autoscale is None):
            raise ApiError.invalid("Exactly one of num_workers or autoscale must be specified")
        if autoscale is not None:
            cluster_specs.check_autoscale(autoscale)
        self._require_state(c, "RUNNING")
        if cluster_specs.single_node(c.spec):
            raise ApiError.invalid(
                f"Cluster {c.cluster_id} is a single-node cluster (is_single_node) and cannot be resized."
            )
        previous = c.size()
        c.spec.pop("num_workers", None)
        c.spec.pop("autoscale", None)
        if autoscale is not None:
            c.autoscale, c.num_workers = dict(autoscale), None
            c.spec["autoscale"] = dict(autoscale)
        else:
            c.autoscale, c.num_workers = None, int(num_workers or 0)
            c.spec["num_workers"] = c.num_workers
        c.last_activity_time = self.clock.now_ms()
        self._set_state(c, "RESIZING")
        self._event(
            c,
            "RESIZING",
            {
                "user": req.user,
                "current_num_workers": c.current_workers,
                "target_num_workers": c.target_workers(),
                "previous_cluster_size": previous,
                "cluster_size": c.size(),
            },
        )
        self._after(c, "clusters.resize", 120.0, self._resized)
        return {}

    @operation("clustersDelete", "clusters20Delete")
    def delete(self, req: Request) -> dict[str, Any]:
        c = self._get(req.params["cluster_id"])
        self._terminate(c, "USER_REQUEST", {"username": req.user})
        return {}

    @operation("clustersPermanentDelete", "clusters20PermanentDelete")
    def permanent_delete(self, req: Request) -> dict[str, Any]:
        c = self._get(req.params["cluster_id"])
        if c.state != "TERMINATED":
            c.termination_reason = {"code": "USER_REQUEST", "type": "SUCCESS", "parameters": {"username": req.user}}
            c.terminated_time = self.clock.now_ms()
            self._set_state(c, "TERMINATED")
        self._remove(c)
        return {}

    @operation("clustersGet", "clusters20Get")
    def get(self, req: Request) -> dict[str, Any]:
        return self._info(self._get(req.params["cluster_id"]))

    @operation("clustersPin", "clusters20Pin")
    def pin(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "pin clusters")
        c = self._get(req.params["cluster_id"])
        if c.pinned_by is None:
            c.pinned_by = req.user
            self._event(c, "PINNED", {"user": req.user})
        return {}

    @operation("clustersUnpin", "clusters20Unpin")
    def unpin(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "unpin clusters")
        c = self._get(req.params["cluster_id"])
        if c.pinned_by is not None:
            c.pinned_by = None
            self._may_purge(c)  # terminated over 30 days ago: purged from the next request on
            self._event(c, "UNPINNED", {"user": req.user})
        return {}

    @operation("clustersChangeOwner", "clusters20ChangeOwner")
    def change_owner(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "change the owner of a cluster")
        c = self._get(req.params["cluster_id"])
        owner = req.params["owner_username"]
        if not owner:
            raise ApiError.invalid("owner_username must not be empty")
        c.creator = owner
        return {}

    @operation("clustersList", "clusters20List")
    def list_clusters(self, req: Request) -> dict[str, Any]:
        self._purge()
        shown: list[Cluster] = []
        terminated: dict[bool, list[Cluster]] = {True: [], False: []}
        for c in self.clusters.values():
            if c.pinned_by is not None or c.state != "TERMINATED":
                shown.append(c)
            else:
                terminated[c.is_job].append(c)
        for is_job, limit in ((False, MAX_TERMINATED_ALL_PURPOSE), (True, MAX_TERMINATED_JOB)):
            recent = sorted(terminated[is_job], key=lambda c: (c.terminated_time or 0, c.seq), reverse=True)
            shown.extend(recent[:limit])
        if req.operation_id == "clustersList":
            return self._list_page(req, shown)
        client = req.params.get("can_use_client")
        if client is not None:
            key = "notebooks" if client == "NOTEBOOKS" else "jobs"
            shown = [c for c in shown if (c.attrs.get("workload_type") or {}).get("clients", {}).get(key) is not False]
        shown.sort(key=lambda c: c.seq, reverse=True)
        if not shown:
            return {}
        return {"clusters": [self._info(c) for c in shown]}

    def _list_page(self, req: Request, shown: list[Cluster]) -> dict[str, Any]:
        """API 2.1: filter_by, sort_by and token paging over the clusters 2.0 would list."""
        p = req.params
        query = {k: v for k, v in p.items() if k.startswith(("filter_by.", "sort_by."))}
        sources, states = p.get("filter_by.cluster_sources"), p.get("filter_by.cluster_states")
        pinned, policy = p.get("filter_by.is_pinned"), p.get("filter_by.policy_id")
        shown = [
            c
            for c in shown
            if (not sources or c.source in sources)
            and (not states or c.state in states)
            and (pinned is None or (c.pinned_by is not None) == pinned)
            and (policy is None or c.attrs.get("policy_id") == policy)
        ]
        if p.get("sort_by.field") == "CLUSTER_NAME":
            shown.sort(key=lambda c: (c.attrs["cluster_name"].lower(), c.seq))
        else:
            # DEFAULT: state, then pinned first, then name (ListClustersSortBy's docstring in databricks-sdk 0.162.0)
            shown.sort(
                key=lambda c: (STATE_ORDER.get(c.state, 99), c.pinned_by is None, c.attrs["cluster_name"], c.seq)
            )
        if p.get("sort_by.direction") == "DESC":
            shown.reverse()
        size = min(p.get("page_size") or LIST_PAGE_SIZE, LIST_PAGE_SIZE)
        token = p.get("page_token")
        offset = cluster_paging.page_offset(token, query) if token else 0
        out: dict[str, Any] = {}
        page = shown[offset : offset + size]
        if page:
            out["clusters"] = [self._info(c) for c in page]
        if offset + size < len(shown):
            out["next_page_token"] = cluster_paging.page_token(offset + size, query)
        if offset > 0:
            out["prev_page_token"] = cluster_paging.page_token(max(0, offset - size), query)
        return out

    @operation("clustersListNodeTypes", "clusters20ListNodeTypes")
    def list_node_types(self, req: Request) -> dict[str, Any]:
        return {"node_types": node_type_listing(self._available_cores, self.core_quota)}

    @operation("clustersSparkVersions", "clusters20SparkVersions")
    def spark_versions(self, req: Request) -> dict[str, Any]:
        return {"versions": [{"key": key, "name": name} for key, name in SPARK_VERSIONS.items()]}

    @operation("clustersListZones", "clusters20ListZones")
    def list_zones(self, req: Request) -> dict[str, Any]:
        return {"zones": list(ZONES), "default_zone": ZONES[0]}

    @operation("clustersEvents", "clusters20Events")
    def events(self, req: Request) -> dict[str, Any]:
        p = req.params
        c = self._get(p["cluster_id"])
        order = p.get("order") or "DESC"
        end = p.get("end_time")
        if p.get("page_size") is not None or p.get("page_token"):
            return cluster_paging.events_page(p, c.events)
        matching = cluster_paging.matching_events(p, c.events)
        offset = p.get("offset") or 0
        limit = p.get("limit") or cluster_paging.EVENTS_DEFAULT_LIMIT
        if order == "DESC" and offset > 0 and end is None:
            raise ApiError.invalid("end_time is required when offset is given and order is DESC")
        page = matching[offset : offset + limit]
        out: dict[str, Any] = {"events": copy.deepcopy(page), "total_count": len(matching)}
        if offset + limit < len(matching):
            keys = ("cluster_id", "start_time", "end_time", "order", "event_types", "offset", "limit")
            next_page = {k: copy.deepcopy(p[k]) for k in keys if p.get(k) is not None}
            next_page["offset"] = offset + limit
            if order == "DESC" and end is None:
                next_page["end_time"] = matching[0]["timestamp"]
            out["next_page"] = next_page
        return out
