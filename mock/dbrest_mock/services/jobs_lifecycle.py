"""The run life cycle on the virtual clock: PENDING → RUNNING → TERMINATING → TERMINATED, ordering, retries."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from .jobs_clusters import JobClusterUse
from .jobs_model import CLUSTER_STARTING, CLUSTER_USABLE, CLUSTERLESS, RUN_ACTIVE, TASK_WAITING, Run, TaskRun
from .jobs_tasks import TaskWork


class RunLifeCycle(TaskWork, JobClusterUse):
    """Creates runs and moves their task runs through the life cycle."""

    def _new_task_run(self, run: Run, spec: dict[str, Any], *, run_id: int | None = None) -> TaskRun:
        kind, effective = self._effective(spec, run.params)
        t = TaskRun(
            run_id=run_id if run_id is not None else self.env.next_id("jobs.runs"),
            run=run,
            key=spec["task_key"],
            spec=copy.deepcopy(spec),
            kind=kind,
            effective=effective,
        )
        if not run.single:
            self.task_runs[t.run_id] = t
        return t

    def _new_run(
        self,
        *,
        job_id: int,
        number_in_job: int,
        user: str,
        name: str,
        run_type: str,
        trigger: str,
        fmt: str,
        tasks: list[dict[str, Any]],
        settings: dict[str, Any],
        params: dict[str, Any],
        token: str | None,
    ) -> Run:
        run = Run(
            run_id=self.env.next_id("jobs.runs"),
            job_id=job_id,
            number_in_job=number_in_job,
            creator=user,
            run_name=name,
            run_type=run_type,
            trigger=trigger,
            format=fmt,
            start_time=self.env.clock.now_ms(),
            job_clusters=copy.deepcopy(settings.get("job_clusters") or []),
            git_source=copy.deepcopy(settings.get("git_source")),
            params=params,
            token=token,
        )
        run.original_attempt_run_id = run.run_id
        run.segment_start = run.start_time
        if fmt == "SINGLE_TASK":
            run.max_retries = int(settings.get("max_retries") or 0)
            run.min_retry_interval_millis = int(settings.get("min_retry_interval_millis") or 0)
            run.retry_on_timeout = bool(settings.get("retry_on_timeout"))
            run.tasks = [self._new_task_run(run, tasks[0], run_id=run.run_id)]
        else:
            run.timeout_seconds = int(settings.get("timeout_seconds") or 0)
            run.tasks = [self._new_task_run(run, spec) for spec in tasks]
        self.runs[run.run_id] = run
        if token is not None:
            self.tokens[token] = run.run_id
        return run

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
        if t.kind in CLUSTERLESS:
            self._after(t, self._pending_seconds(), self._begin_running)
            return
        clusters = self._clusters()
        if clusters is None:
            self._after(t, self._pending_seconds(), self._begin_running)
            return
        if t.spec.get("existing_cluster_id") is not None:
            t.cluster_id = t.spec["existing_cluster_id"]
            self._use_existing_cluster(t)
            return
        key = t.spec.get("job_cluster_key")
        if key is not None:
            cluster_id = t.run.job_cluster_ids.get(key)
            if cluster_id is not None and clusters.cluster_state(cluster_id) in (*CLUSTER_USABLE, *CLUSTER_STARTING):
                t.cluster_id = cluster_id
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
        seconds = self._execute_seconds(t)
        self._after(t, seconds, self._finish_execution)

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
                upstream = [run.task(d["task_key"]) for d in t.spec.get("depends_on") or []]
                if any(u is not None and u.active for u in upstream):
                    continue
                failed = [u for u in upstream if u is not None and u.result != "SUCCESS"]
                if run.stop_result is not None:
                    self._stop_task(t, run.stop_result, run.stop_message)
                elif failed:
                    verb = "was canceled" if failed[0].result == "CANCELED" else "failed"
                    t.life, t.message, t.end_time = "SKIPPED", f"An upstream task {verb}.", self.env.clock.now_ms()
                else:
                    self._start_task(t)
                changed = True
        self._release_job_clusters(run)
        if run.life in RUN_ACTIVE and all(not t.active for t in run.tasks):
            self._finish_run(run)

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
                bad = [t for t in run.tasks if t.result != "SUCCESS"]
                if not bad:
                    run.result, run.message = "SUCCESS", ""
                else:
                    failed = next((t for t in bad if t.life != "SKIPPED"), bad[0])
                    run.result = "FAILED"
                    run.message = f"Task {failed.key} failed with message: {failed.message}"
            run.life = "TERMINATED"
            self._release_job_clusters(run)
        run.accumulated_ms += max(0, run.end_time - run.segment_start)
        if run.repairs:
            run.repairs[-1]["end_time"] = run.end_time
            run.repairs[-1]["state"] = self._run_state(run)
