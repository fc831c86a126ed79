"""The run life cycle on the virtual clock: PENDING → RUNNING → TERMINATING → TERMINATED, ordering, retries."""

from __future__ import annotations

from collections.abc import Callable

from .jobs_clusters import JobClusterUse
from .jobs_control import ControlFlow
from .jobs_model import (
    CLUSTER_FIELDS,
    CLUSTER_STARTING,
    CLUSTER_USABLE,
    CLUSTERLESS,
    RUN_ACTIVE,
    TASK_WAITING,
    Run,
    TaskRun,
)
from .jobs_starts import RunStarts
from .jobs_tasks import TaskWork


class RunLifeCycle(RunStarts, ControlFlow, TaskWork, JobClusterUse):
    """Creates runs and moves their task runs through the life cycle."""

    def _after(self, t: TaskRun, seconds: float, step: Callable[[TaskRun], None]) -> None:
        generation = t.generation

        def fire() -> None:
            if t.generation == generation:
                step(t)

        self.env.clock.schedule(seconds, fire)

    def _start_run(self, run: Run) -> None:
        run.life = "PENDING"
        for t in run.tasks:
            if t.spec.get("depends_on") and not run.single:
                t.life = "BLOCKED"
            else:
                self._start_task(t)
        self._arm_run_timeout(run)
        self._advance(run)

    def _skip_run(self, run: Run, message: str) -> None:
        now = self.env.clock.now_ms()
        for t in run.tasks:
            t.life, t.message, t.end_time = "SKIPPED", message, now
        run.life, run.message, run.end_time = "SKIPPED", message, now
        self._may_purge(run)

    def _arm_run_timeout(self, run: Run) -> None:
        run.generation += 1
        if run.single or run.timeout_seconds <= 0 or not self._run_active(run):
            return
        generation, seconds = run.generation, run.timeout_seconds
        due = max(0.0, (run.segment_start + seconds * 1000 - self.env.clock.now_ms()) / 1000)

        def fire() -> None:
            if run.generation == generation and self._run_active(run) and run.stop_result is None:
                self._stop_run(run, "TIMEDOUT", f"Run timed out after {seconds} seconds.")

        self.env.clock.schedule(due, fire)

    def _arm_task_timeout(self, t: TaskRun) -> None:
        seconds = int(t.spec.get("timeout_seconds") or 0)
        if seconds <= 0:
            return
        due = max(0.0, (t.start_time + seconds * 1000 - self.env.clock.now_ms()) / 1000)
        attempt_seconds = seconds

        def fire() -> None:
            if int(t.spec.get("timeout_seconds") or 0) != attempt_seconds:
                return  # re-armed with another timeout
            if t.life in ("PENDING", "RUNNING"):
                self._stop_task(t, "TIMEDOUT", f"Task timed out after {seconds} seconds.")

        self.env.clock.schedule(due, fire)

    def _start_task(self, t: TaskRun) -> None:
        t.life = "PENDING"
        t.message = ""
        t.start_time = self.env.clock.now_ms()
        t.generation += 1
        self._arm_task_timeout(t)
        if t.kind in CLUSTERLESS or all(t.spec.get(k) is None for k in CLUSTER_FIELDS):
            # No cluster of the job: a warehouse, a pipeline, control flow, or serverless (environment_key).
            self._after(t, self._pending_seconds(), self._begin_running)
            return
        clusters = self._clusters()
        if clusters is None:
            self._after(t, self._pending_seconds(), self._begin_running)
            return
        if t.spec.get("existing_cluster_id") is not None:
            self._put_on_cluster(t, t.spec["existing_cluster_id"])
            self._use_existing_cluster(t)
            return
        key = t.spec.get("job_cluster_key")
        if key is not None:
            cluster_id = t.run.job_cluster_ids.get(key)
            if cluster_id is not None and clusters.cluster_state(cluster_id) in (*CLUSTER_USABLE, *CLUSTER_STARTING):
                self._put_on_cluster(t, cluster_id)
                self._use_existing_cluster(t)
                return
            spec = next((jc["new_cluster"] for jc in t.run.job_clusters if jc["job_cluster_key"] == key), None)
            if spec is None:
                self._fail_internal(t, f"The job cluster {key} is not defined")
                return
            cluster_id = self._create_job_cluster(t, spec)
            if cluster_id is not None:
                t.run.job_cluster_ids[key] = cluster_id
            return
        spec = t.spec.get("new_cluster")
        if spec is not None and self._create_job_cluster(t, spec) is not None:
            t.owns_cluster = True

    def _begin_running(self, t: TaskRun) -> None:
        if t.life != "PENDING":
            return
        now = self.env.clock.now_ms()
        t.life, t.message = "RUNNING", "In run"
        t.generation += 1
        t.running_since = now
        t.setup_duration = now - t.start_time
        t.waiting_for_cluster = False
        clusters = self._clusters()
        if t.cluster_id is not None and clusters is not None:
            info = clusters.cluster_info(t.cluster_id) if hasattr(clusters, "cluster_info") else None
            if info and info.get("spark_context_id") is not None:
                t.spark_context_id = str(info["spark_context_id"])
            if hasattr(clusters, "record_activity"):
                clusters.record_activity(t.cluster_id)
        run = t.run
        if not run.single and run.life == "PENDING":
            run.life, run.message = "RUNNING", "In run"
        if t.kind == "run_job_task":
            self._start_child_run(t)
            return
        if t.kind == "for_each_task":
            self._start_iterations(t)
            return
        seconds = self._execute_seconds(t)
        self._after(t, seconds, self._finish_condition if t.kind == "condition_task" else self._finish_execution)

    def _enter_terminating(self, t: TaskRun, outcome: tuple[str, str, str, bool]) -> None:
        now = self.env.clock.now_ms()
        if t.life == "RUNNING":
            t.execution_duration = now - t.running_since
        elif t.life == "PENDING":
            t.setup_duration = now - t.start_time
        t.life, t.message = "TERMINATING", ""
        t.waiting_for_cluster = False
        t.generation += 1
        t.terminating_since = now
        t.outcome = outcome
        self._release_cluster(t)
        self._after(t, self.env.duration("jobs.run_cleanup", realistic=5.0, fast=0.1), self._terminated)

    def _terminated(self, t: TaskRun) -> None:
        assert t.outcome is not None
        now = self.env.clock.now_ms()
        t.life, t.result, t.message, t.stopped = t.outcome
        t.cleanup_duration = now - t.terminating_since
        t.end_time = now
        t.generation += 1
        self._task_done(t)

    def _fail_internal(self, t: TaskRun, message: str) -> None:
        if not t.active:
            return
        now = self.env.clock.now_ms()
        if t.life == "RUNNING":
            t.execution_duration = now - t.running_since
        elif t.life == "PENDING":
            t.setup_duration = now - t.start_time
        t.life, t.result, t.message = "INTERNAL_ERROR", "FAILED", message
        t.error = message
        t.end_time = now
        t.waiting_for_cluster = False
        t.generation += 1
        self._release_cluster(t)
        self._task_done(t)

    def _stop_task(self, t: TaskRun, result: str, message: str) -> None:
        """Cancel or time out one task run."""
        if t.life in TASK_WAITING:
            now = self.env.clock.now_ms()
            t.life, t.result, t.message, t.stopped, t.end_time = "TERMINATED", result, message, True, now
            t.generation += 1
            self._task_done(t)
        elif t.life in ("PENDING", "RUNNING"):
            self._stop_children(t, result, message)
            self._enter_terminating(t, ("TERMINATED", result, message, True))

    def _stop_run(self, run: Run, result: str, message: str) -> None:
        if not self._run_active(run):
            return
        run.stop_result, run.stop_message = result, message
        if not run.single:
            run.life = "TERMINATING"
        for t in list(run.tasks):
            self._stop_task(t, result, message)

    def _retries_left(self, attempt: int, max_retries: int) -> bool:
        return max_retries == -1 or attempt < max_retries

    def _should_retry(self, t: TaskRun, attempt: int, max_retries: int, retry_on_timeout: bool) -> bool:
        if t.run.stop_result is not None:
            return False
        failed = t.life == "INTERNAL_ERROR" or t.result == "FAILED" or (t.result == "TIMEDOUT" and retry_on_timeout)
        return failed and self._retries_left(attempt, max_retries)

    def _task_done(self, t: TaskRun) -> None:
        run = t.run
        if t.owner is not None:
            self._iteration_done(t)
            return
        if run.single:
            if (
                self._should_retry(t, run.attempt_number, run.max_retries, run.retry_on_timeout)
                and run.job_id in self.jobs
            ):
                self._schedule_retry_run(run)
            self._finish_run(run)
            return
        if t.life != "SKIPPED" and self._should_retry(
            t, t.attempt_number, int(t.spec.get("max_retries") or 0), bool(t.spec.get("retry_on_timeout"))
        ):
            self._retry_task(t)
            return
        self._advance(run)

    def _advance(self, run: Run) -> None:
        """Start or skip the blocked tasks whose upstream tasks are done; finish the run when all are done."""
        if run.single:
            return
        changed = True
        while changed:
            changed = False
            for t in run.tasks:
                if t.life != "BLOCKED":
                    continue
                deps = [(run.task(d["task_key"]), d.get("outcome")) for d in t.spec.get("depends_on") or []]
                upstream = [(u, outcome) for u, outcome in deps if u is not None]
                if any(u.active for u, _ in upstream):
                    continue
                if run.stop_result is not None:
                    self._stop_task(t, run.stop_result, run.stop_message)
                else:
                    skip = self._run_if_verdict(t, upstream)
                    if skip is None:
                        self._start_task(t)
                    else:
                        t.life, t.end_time = "SKIPPED", self.env.clock.now_ms()
                        t.result, t.message = skip
                changed = True
        self._release_job_clusters(run)
        if run.life in RUN_ACTIVE and all(not t.active for t in run.tasks):
            self._finish_run(run)

    @staticmethod
    def _run_if_verdict(t: TaskRun, upstream: list[tuple[TaskRun, str | None]]) -> tuple[str | None, str] | None:
        """None when the task runs; else the (result, message) it is skipped with.

        ``run_if`` (default ALL_SUCCESS) decides over the upstream task runs; a dependency with an ``outcome``
        is met only when its condition task succeeded with that outcome, and a task whose dependencies are
        not met only because of such outcomes (or excluded upstream tasks) is EXCLUDED, not failed.
        """
        met = [u.result == "SUCCESS" and (o is None or u.condition_outcome == o) for u, o in upstream]
        excluded = [
            u.result == "EXCLUDED" or (o is not None and u.result == "SUCCESS" and u.condition_outcome != o)
            for u, o in upstream
        ]
        failed = [not m and not x for m, x in zip(met, excluded, strict=True)]
        run_if = str(t.spec.get("run_if") or "ALL_SUCCESS")
        canceled = any(u.result == "CANCELED" for u, _ in upstream)
        upstream_failed = (None, "An upstream task was canceled." if canceled else "An upstream task failed.")
        if run_if == "ALL_SUCCESS":
            if all(met):
                return None
            return upstream_failed if any(failed) else ("EXCLUDED", "A condition the task depends on was not met.")
        if run_if == "ALL_DONE":
            return None
        if run_if == "NONE_FAILED":
            return upstream_failed if any(failed) else None
        if run_if == "AT_LEAST_ONE_SUCCESS":
            return None if any(met) else upstream_failed
        rule_not_met = (None, f"The run_if condition {run_if} of the task was not met.")
        if run_if == "ALL_FAILED":
            return None if upstream and all(failed) else rule_not_met
        if run_if == "AT_LEAST_ONE_FAILED":
            return None if any(failed) else rule_not_met
        return None

    def _retry_task(self, t: TaskRun) -> None:
        run = t.run
        nxt = self._new_task_run(run, t.spec)
        nxt.attempt_number = t.attempt_number + 1
        nxt.life = "WAITING_FOR_RETRY"
        run.tasks[run.tasks.index(t)] = nxt
        delay = int(t.spec.get("min_retry_interval_millis") or 0)
        due = max(0.0, (t.start_time + delay - self.env.clock.now_ms()) / 1000)

        def fire() -> None:
            if nxt.life == "WAITING_FOR_RETRY":
                self._start_task(nxt)

        self.env.clock.schedule(due, fire)
        self._release_job_clusters(run)

    def _schedule_retry_run(self, run: Run) -> None:
        first = run.tasks[0]
        due = max(0.0, (first.start_time + run.min_retry_interval_millis - self.env.clock.now_ms()) / 1000)

        def fire() -> None:
            job = self.jobs.get(run.job_id)
            if job is None:
                return
            job.runs_started += 1
            retry = self._new_run(
                job_id=run.job_id,
                number_in_job=job.runs_started,
                user=run.creator,
                name=run.run_name,
                run_type=run.run_type,
                trigger="RETRY",
                fmt="SINGLE_TASK",
                tasks=[first.spec],
                settings={
                    "max_retries": run.max_retries,
                    "min_retry_interval_millis": run.min_retry_interval_millis,
                    "retry_on_timeout": run.retry_on_timeout,
                },
                params=run.params,
                token=None,
            )
            retry.attempt_number = retry.tasks[0].attempt_number = run.attempt_number + 1
            retry.original_attempt_run_id = run.original_attempt_run_id
            self._start_run(retry)

        self.env.clock.schedule(due, fire)

    def _finish_run(self, run: Run) -> None:
        now = self.env.clock.now_ms()
        run.generation += 1
        if run.single:
            t = run.tasks[0]
            run.life, run.result, run.message, run.stopped = t.life, t.result, t.message, t.stopped
            run.end_time = t.end_time
        else:
            run.end_time = now
            run.stopped = run.stop_result is not None
            if run.stop_result is not None:
                run.result, run.message = run.stop_result, run.stop_message
            else:
                bad = [t for t in run.tasks if t.result not in ("SUCCESS", "EXCLUDED")]
                if not bad:
                    run.result, run.message = "SUCCESS", ""
                else:
                    failed = next((t for t in bad if t.life != "SKIPPED"), bad[0])
                    run.result = "FAILED"
                    run.message = f"Task {failed.key} failed with message: {failed.message}"
            run.life = "TERMINATED"
            self._release_job_clusters(run)
        self._may_purge(run)
        run.accumulated_ms += max(0, run.end_time - run.segment_start)
        if run.repairs:
            run.repairs[-1]["end_time"] = run.end_time
            run.repairs[-1]["state"] = self._run_state(run)
        if run.parent_task is not None:
            self._child_run_done(run)
        self._dequeue(run.job_id)
