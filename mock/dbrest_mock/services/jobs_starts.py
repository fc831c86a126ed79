"""How runs come to be: run and task run records, a job's run started, queued or skipped, the queue drained."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..errors import ApiError
from .jobs_model import Job, JobsStore, Run, TaskRun, flat_task


class RunStarts(JobsStore):
    """Creating runs; the life cycle supplies how a run starts and how it is skipped."""

    _effective: Callable[..., tuple[str, dict[str, Any]]]
    _start_run: Callable[[Run], None]
    _skip_run: Callable[[Run, str], None]

    def _new_task_run(self, run: Run, spec: dict[str, Any], *, run_id: int | None = None) -> TaskRun:
        values = {p["name"]: str(p.get("value", p.get("default", ""))) for p in run.job_parameters}
        kind, effective = self._effective(spec, run.params, values)
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
        job_parameters: list[dict[str, Any]] | None = None,
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
            job_parameters=copy.deepcopy(job_parameters or []),
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
        self._add_run(run)
        if token is not None:
            self.tokens[token] = run.run_id
        return run

    @staticmethod
    def _job_parameter_values(settings: dict[str, Any], overrides: dict[str, str]) -> list[dict[str, Any]]:
        """The job's parameter definitions with this run's values (run-now ``job_parameters`` override)."""
        out: list[dict[str, Any]] = []
        for definition in settings.get("parameters") or []:
            name = definition["name"]
            item = {"name": name, "default": definition.get("default", "")}
            item["value"] = overrides.get(name, item["default"])
            out.append(item)
        known = {p["name"] for p in out}
        out.extend({"name": k, "value": v} for k, v in overrides.items() if k not in known)
        return out

    def _start_job_run(
        self,
        job: Job,
        *,
        user: str,
        trigger: str,
        params: dict[str, Any],
        job_parameters: dict[str, str] | None = None,
        token: str | None = None,
        only: list[str] | None = None,
        queue: dict[str, Any] | None = None,
        parent: TaskRun | None = None,
    ) -> Run:
        """Create a run of ``job`` and start it, queue it or skip it (``max_concurrent_runs``)."""
        if job.format == "SINGLE_TASK":
            tasks, settings = [flat_task(job.settings)], job.settings
        else:
            tasks, settings = job.settings.get("tasks") or [], job.settings
            if not tasks:
                raise ApiError.invalid_state(f"Job {job.job_id} has no tasks to run")
        if only:
            keys = [t["task_key"] for t in tasks]
            unknown = [k for k in only if k not in keys]
            if unknown:
                raise ApiError.invalid(
                    f"only names task_key {', '.join(unknown)}, which does not exist in job {job.job_id}"
                )
            tasks = [
                {**t, "depends_on": [d for d in t.get("depends_on") or [] if d["task_key"] in only]}
                for t in tasks
                if t["task_key"] in only
            ]
        limit = int(settings.get("max_concurrent_runs", 1))
        active = self._active_runs(job.job_id)
        running = [r for r in active if not r.queued]
        job.runs_started += 1
        run = self._new_run(
            job_id=job.job_id,
            number_in_job=job.runs_started,
            user=user,
            name=str(settings.get("name") or "Untitled"),
            run_type="JOB_RUN",
            trigger=trigger,
            fmt=job.format,
            tasks=tasks,
            settings=settings,
            params=params,
            token=token,
            job_parameters=self._job_parameter_values(settings, job_parameters or {}),
        )
        run.parent_task = parent
        queueing = bool((queue if queue is not None else settings.get("queue") or {}).get("enabled"))
        if len(running) >= limit or len(active) > len(running):
            if queueing and limit > 0:
                self._queue_run(run, limit)
            else:
                message = f"Skipping this run because the limit of {limit} maximum concurrent runs was reached."
                self._skip_run(run, message)
        else:
            self._start_run(run)
        return run

    def _queue_run(self, run: Run, limit: int) -> None:
        run.queued, run.queue_since = True, self.env.clock.now_ms()
        message = f"Queued: the job's limit of {limit} maximum concurrent runs was reached."
        run.life, run.message = "QUEUED", message
        for t in run.tasks:
            t.life, t.message = "QUEUED", message

    def _dequeue(self, job_id: int) -> None:
        """Start the job's queued runs, oldest first, while it is below max_concurrent_runs."""
        job = self.jobs.get(job_id)
        if job is None:
            return
        limit = int(job.settings.get("max_concurrent_runs", 1))
        active = self._active_runs(job_id)
        queued = sorted((r for r in active if r.queued and r.stop_result is None), key=lambda r: r.run_id)
        running = sum(1 for r in active if not r.queued)
        for run in queued:
            if running >= limit:
                break
            run.queued = False
            run.queue_duration = self.env.clock.now_ms() - run.queue_since
            run.message = ""
            running += 1
            self._start_run(run)
