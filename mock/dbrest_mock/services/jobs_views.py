"""How jobs and runs are rendered by each Jobs API version."""

from __future__ import annotations

import copy
from typing import Any

from .jobs_model import WORKSPACE_URL, Job, JobsStore, Run, TaskRun, as_multi


class JobsViews(JobsStore):
    """Jobs, runs and task runs as jobs/get, jobs/list, runs/get and runs/list show them."""

    def _settings_view(self, job: Job, version: str, expand: bool = True) -> dict[str, Any]:
        if job.format == "SINGLE_TASK":
            out = copy.deepcopy(job.settings) if version == "2.0" else as_multi(job.settings)
        else:
            out = copy.deepcopy(job.settings)
        if not expand and (job.format == "MULTI_TASK" or version == "2.1"):
            out.pop("tasks", None)
            out.pop("job_clusters", None)
        out["format"] = job.format
        return out

    def _job_view(self, job: Job, version: str, expand: bool = True) -> dict[str, Any]:
        return {
            "job_id": job.job_id,
            "creator_user_name": job.creator,
            "run_as_user_name": job.run_as,
            "settings": self._settings_view(job, version, expand),
            "created_time": job.created_time,
        }

    @staticmethod
    def _page_url(job_id: int, run_id: int) -> str:
        return f"{WORKSPACE_URL}#job/{job_id}/run/{run_id}"

    @staticmethod
    def _cluster_instance(t: TaskRun) -> dict[str, Any] | None:
        if t.cluster_id is None:
            return None
        out = {"cluster_id": t.cluster_id}
        if t.spark_context_id is not None:
            out["spark_context_id"] = t.spark_context_id
        return out

    def _task_view(self, t: TaskRun) -> dict[str, Any]:
        out: dict[str, Any] = {"run_id": t.run_id, "task_key": t.key}
        if t.spec.get("description"):
            out["description"] = t.spec["description"]
        out["state"] = self._state(t.life, t.result, t.message, t.stopped)
        if t.spec.get("depends_on"):
            out["depends_on"] = copy.deepcopy(t.spec["depends_on"])
        out.update(t.cluster_spec)
        out[t.kind] = copy.deepcopy(t.effective)
        out["run_page_url"] = self._page_url(t.run.job_id, t.run_id)
        out.update(
            start_time=t.start_time,
            setup_duration=t.setup_duration,
            execution_duration=t.execution_duration,
            cleanup_duration=t.cleanup_duration,
            end_time=t.end_time,
        )
        instance = self._cluster_instance(t)
        if instance is not None:
            out["cluster_instance"] = instance
        out["attempt_number"] = t.attempt_number
        if t.run.git_source is not None:
            out["git_source"] = copy.deepcopy(t.run.git_source)
        return out

    def _run_view(self, run: Run, version: str, *, expand: bool = True, history: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "job_id": run.job_id,
            "run_id": run.run_id,
            "number_in_job": run.number_in_job if version == "2.0" else run.run_id,
            "creator_user_name": run.creator,
            "original_attempt_run_id": run.original_attempt_run_id,
            "state": self._run_state(run),
        }
        if run.single:
            t = run.tasks[0]
            out["task"] = {t.kind: copy.deepcopy(t.effective)}
            out["cluster_spec"] = t.cluster_spec
            instance = self._cluster_instance(t)
            if instance is not None:
                out["cluster_instance"] = instance
            out.update(
                setup_duration=t.setup_duration,
                execution_duration=t.execution_duration,
                cleanup_duration=t.cleanup_duration,
            )
            if version == "2.1":
                del out["task"]
                if expand:
                    out["tasks"] = [self._task_view(t)]
        else:
            out.update(setup_duration=0, execution_duration=0, cleanup_duration=0)
            if expand:
                out["tasks"] = [self._task_view(t) for t in run.tasks]
                if run.job_clusters:
                    out["job_clusters"] = copy.deepcopy(run.job_clusters)
            running = 0 if run.end_time else max(0, self.env.clock.now_ms() - run.segment_start)
            out["run_duration"] = run.accumulated_ms + running
        if run.git_source is not None:
            out["git_source"] = copy.deepcopy(run.git_source)
        if run.params:
            out["overriding_parameters"] = copy.deepcopy(run.params)
        out.update(
            start_time=run.start_time,
            end_time=run.end_time,
            trigger=run.trigger,
            run_name=run.run_name,
            run_page_url=self._page_url(run.job_id, run.run_id),
            run_type=run.run_type,
            attempt_number=run.attempt_number,
        )
        if history and version == "2.1":
            out["repair_history"] = self._history(run)
        return out

    def _task_run_view(self, t: TaskRun, version: str) -> dict[str, Any]:
        """A task run of a multi-task run read by its own id."""
        run = t.run
        out: dict[str, Any] = {
            "job_id": run.job_id,
            "run_id": t.run_id,
            "number_in_job": run.number_in_job if version == "2.0" else t.run_id,
            "creator_user_name": run.creator,
            "original_attempt_run_id": t.run_id,
            "state": self._state(t.life, t.result, t.message, t.stopped),
            "task": {t.kind: copy.deepcopy(t.effective)},
            "cluster_spec": t.cluster_spec,
        }
        instance = self._cluster_instance(t)
        if instance is not None:
            out["cluster_instance"] = instance
        if run.params:
            out["overriding_parameters"] = copy.deepcopy(run.params)
        out.update(
            start_time=t.start_time,
            setup_duration=t.setup_duration,
            execution_duration=t.execution_duration,
            cleanup_duration=t.cleanup_duration,
            end_time=t.end_time,
            trigger=run.trigger,
            run_name=t.key,
            run_page_url=self._page_url(run.job_id, t.run_id),
            run_type=run.run_type,
            attempt_number=t.attempt_number,
        )
        return out

    def _history(self, run: Run) -> list[dict[str, Any]]:
        if run.original is not None:
            items = [copy.deepcopy(run.original)]
        else:
            items = [
                {
                    "type": "ORIGINAL",
                    "start_time": run.start_time,
                    "end_time": run.end_time,
                    "state": self._run_state(run),
                    "task_run_ids": [t.run_id for t in run.tasks],
                }
            ]
        for repair in run.repairs:
            item = copy.deepcopy(repair)
            if not item["end_time"]:
                item["state"] = self._run_state(run)
            items.append(item)
        return items
