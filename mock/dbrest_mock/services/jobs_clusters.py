"""The clusters a run's tasks use: existing clusters (started when terminated), job clusters created for a run."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..errors import ApiError
from ..service import Request
from .jobs_model import CLUSTER_STARTING, CLUSTER_USABLE, JobsStore, Run, TaskRun


class JobClusterUse(JobsStore):
    """Cluster handling of the run life cycle; the life cycle supplies the three steps it calls back."""

    _after: Callable[[TaskRun, float, Callable[[TaskRun], None]], None]
    _fail_internal: Callable[[TaskRun, str], None]
    _begin_running: Callable[[TaskRun], None]

    def _pending_seconds(self) -> float:
        return self.env.duration("jobs.run_pending", realistic=10.0, fast=0.2)

    def _create_job_cluster(self, t: TaskRun, spec: dict[str, Any]) -> str | None:
        clusters = self._clusters()
        tags = {"JobId": str(t.run.job_id), "RunName": t.run.run_name}
        try:
            cluster_id = str(clusters.create_cluster(copy.deepcopy(spec), user=t.run.creator, source="JOB", tags=tags))
        except ApiError as err:
            self._fail_internal(t, f"Unexpected failure while creating the cluster for the job: {err.message}")
            return None
        self._put_on_cluster(t, cluster_id)
        t.waiting_for_cluster = True
        t.message = "Waiting for cluster"
        return cluster_id

    def _use_existing_cluster(self, t: TaskRun) -> None:
        clusters = self._clusters()
        assert t.cluster_id is not None
        state = clusters.cluster_state(t.cluster_id)
        if state is None:
            self._fail_internal(t, f"Cluster {t.cluster_id} does not exist")
        elif state in CLUSTER_USABLE:
            self._after(t, self._pending_seconds(), self._cluster_ready)
        elif state in CLUSTER_STARTING:
            t.waiting_for_cluster = True
            t.message = "Waiting for cluster"
        elif state == "TERMINATED" and hasattr(clusters, "start"):
            try:
                clusters.start(
                    Request(
                        operation_id="clustersStart",
                        method="POST",
                        path="/api/2.0/clusters/start",
                        params={"cluster_id": t.cluster_id},
                        user=t.run.creator,
                    )
                )
            except ApiError as err:
                self._fail_internal(t, f"Could not start cluster {t.cluster_id}: {err.message}")
                return
            t.waiting_for_cluster = True
            t.message = "Waiting for cluster"
        else:
            self._fail_internal(t, f"Cluster {t.cluster_id} is in unexpected state {state}.")

    def _cluster_ready(self, t: TaskRun) -> None:
        """The pending time on an existing cluster is over: run if the cluster is still usable."""
        clusters = self._clusters()
        state = clusters.cluster_state(t.cluster_id) if t.cluster_id is not None else None
        if state in CLUSTER_USABLE:
            self._begin_running(t)
        elif state in CLUSTER_STARTING:
            t.waiting_for_cluster = True
        else:
            self._fail_internal(t, f"Cluster {t.cluster_id} is in unexpected state {state}.")

    def _on_cluster_state(self, cluster_id: str, state: str, **_: Any) -> None:
        for t in self._tasks_on(cluster_id):
            if state in CLUSTER_USABLE and t.waiting_for_cluster:
                t.waiting_for_cluster = False
                self._begin_running(t)
            elif state in ("TERMINATING", "TERMINATED", "ERROR", "UNKNOWN"):
                self._fail_internal(t, f"Cluster {cluster_id} was terminated while the task was using it.")

    def _on_cluster_deleted(self, cluster_id: str, **_: Any) -> None:
        for t in self._tasks_on(cluster_id):
            self._fail_internal(t, f"Cluster {cluster_id} was deleted while the task was using it.")

    def _tasks_on(self, cluster_id: str) -> list[TaskRun]:
        """The pending and running task runs on ``cluster_id``, from the index kept by _put_on_cluster (task runs
        since put on another cluster are dropped from it here; ended ones stay, as a repair may run them again)."""
        tasks = {k: t for k, t in self._cluster_tasks.get(cluster_id, {}).items() if t.cluster_id == cluster_id}
        if tasks:
            self._cluster_tasks[cluster_id] = tasks
        else:
            self._cluster_tasks.pop(cluster_id, None)
        return [t for t in tasks.values() if t.life in ("PENDING", "RUNNING")]

    def _release_cluster(self, t: TaskRun) -> None:
        clusters = self._clusters()
        if clusters is None or t.cluster_id is None:
            return
        if hasattr(clusters, "record_activity"):
            clusters.record_activity(t.cluster_id)
        if t.owns_cluster:
            t.owns_cluster = False
            clusters.terminate_cluster(t.cluster_id, "JOB_FINISHED")

    def _release_job_clusters(self, run: Run) -> None:
        """Terminate the shared job clusters that no unfinished task of the run needs any more."""
        clusters = self._clusters()
        if clusters is None:
            return
        for key, cluster_id in list(run.job_cluster_ids.items()):
            # A for-each task needs the job cluster of its nested task while it runs.
            needed = any(
                t.active
                and key
                in (
                    t.spec.get("job_cluster_key"),
                    ((t.spec.get("for_each_task") or {}).get("task") or {}).get("job_cluster_key"),
                )
                for t in run.tasks
            )
            if not needed:
                del run.job_cluster_ids[key]
                clusters.terminate_cluster(cluster_id, "JOB_FINISHED")
