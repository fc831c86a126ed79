"""How jobs and runs are rendered by each Jobs API version.

Today's runs and task runs carry ``status`` (databricks-sdk 0.162.0 ``RunStatus``) beside the older ``state``:
the life cycle as ``state`` (QUEUED, PENDING, RUNNING, TERMINATING, TERMINATED, BLOCKED, WAITING), and once
ended ``termination_details`` (code, type, message; e.g. SUCCESS, RUN_EXECUTION_ERROR, USER_CANCELED,
MAX_CONCURRENT_RUNS_EXCEEDED, SKIPPED, CLUSTER_ERROR) or while queued ``queue_details``.

Jobs 2.2 pages the long arrays of jobs/get and runs/get (PAGE_SIZE items per call; ``next_page_token``
reads the next ones) and of jobs/list and runs/list (``page_token`` instead of ``offset``).
"""

from __future__ import annotations

import base64
import binascii
import copy
from typing import Any

from ..errors import ApiError
from .jobs_control import ControlFlow
from .jobs_model import (
    JOB_PAGED,
    PAGE_SIZE,
    RUN_PAGED,
    WORKSPACE_URL,
    Job,
    JobsStore,
    Run,
    TaskRun,
    as_multi,
    check_old_api_size,
)

V2_STATES = {"WAITING_FOR_RETRY": "WAITING", "SKIPPED": "TERMINATED", "INTERNAL_ERROR": "TERMINATED"}


def run_status(life: str, result: str | None, message: str) -> dict[str, Any]:
    """Today's RunStatus of a run or task run in the given state."""
    status: dict[str, Any] = {"state": V2_STATES.get(life, life)}
    if life == "QUEUED":
        status["queue_details"] = {"code": "MAX_CONCURRENT_RUNS_REACHED", "message": message}
        return status
    if status["state"] != "TERMINATED":
        return status
    if life == "SKIPPED":
        code, kind = (
            ("MAX_CONCURRENT_RUNS_EXCEEDED", "CLIENT_ERROR")
            if "maximum concurrent runs" in message
            else ("SKIPPED", "SUCCESS")
        )
    elif life == "INTERNAL_ERROR":
        code, kind = (
            ("RESOURCE_NOT_FOUND", "CLIENT_ERROR")
            if "does not exist" in message
            else ("CLUSTER_ERROR", "CLOUD_FAILURE")
        )
    elif result == "SUCCESS":
        code, kind = "SUCCESS", "SUCCESS"
    elif result == "CANCELED":
        code, kind = ("USER_CANCELED", "SUCCESS") if message.startswith("Run cancelled by") else ("CANCELED", "SUCCESS")
    elif result == "TIMEDOUT":
        code, kind = "CANCELED", "CLIENT_ERROR"
    else:
        code, kind = "RUN_EXECUTION_ERROR", "CLIENT_ERROR"
    status["termination_details"] = {"code": code, "type": kind, "message": message}
    return status


def page_token(kind: str, ident: int, page: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{ident}:{page}".encode()).decode()


def read_page_token(token: str | None, kind: str, ident: int) -> int:
    """The page a token of ``page_token(kind, ident, page)`` names; 0 without one; 400 for a foreign token."""
    if token is None:
        return 0
    try:
        found_kind, found_ident, page = base64.urlsafe_b64decode(token.encode()).decode().split(":")
        if found_kind == kind and int(found_ident) == ident and int(page) >= 0:
            return int(page)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        pass
    raise ApiError.invalid(f"Invalid page_token {token!r}: pass the next_page_token of the previous answer")


def cut_page(obj: dict[str, Any], arrays: tuple[str, ...], page: int) -> bool:
    """Keep page ``page`` of each array of ``obj`` (empty ones are left out); whether any array has more."""
    more = False
    start, end = page * PAGE_SIZE, (page + 1) * PAGE_SIZE
    for name in arrays:
        items = obj.get(name)
        if not isinstance(items, list):
            continue
        more = more or len(items) > end
        if items[start:end]:
            obj[name] = items[start:end]
        else:
            del obj[name]
    return more


class JobsViews(JobsStore):
    """Jobs, runs and task runs as jobs/get, jobs/list, runs/get and runs/list show them."""

    def _settings_view(self, job: Job, version: str, expand: bool = True) -> dict[str, Any]:
        if job.format == "SINGLE_TASK":
            out = copy.deepcopy(job.settings) if version == "2.0" else as_multi(job.settings)
        else:
            out = copy.deepcopy(job.settings)
        if not expand and (job.format == "MULTI_TASK" or version != "2.0"):
            out.pop("tasks", None)
            out.pop("job_clusters", None)
        out["format"] = job.format
        return out

    def _job_view(self, job: Job, version: str, expand: bool = True) -> dict[str, Any]:
        if expand:
            check_old_api_size(len(job.settings.get("tasks") or []), version)
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
        out[t.kind] = self._task_body(t)
        for name in ("run_if", "environment_key", "timeout_seconds", "disabled"):
            if t.spec.get(name) is not None:
                out[name] = copy.deepcopy(t.spec[name])
        out["status"] = run_status(t.life, t.result, t.message)
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

    @staticmethod
    def _task_body(t: TaskRun) -> dict[str, Any]:
        """The task's settings as run, with what the run found out (a condition's outcome, iteration stats)."""
        body = copy.deepcopy(t.effective)
        if t.kind == "condition_task" and t.condition_outcome is not None:
            body["outcome"] = t.condition_outcome
        if t.kind == "for_each_task" and (t.iterations or t.pending_inputs):
            body["stats"] = ControlFlow.iteration_stats(t)
        return body

    def _run_view(self, run: Run, version: str, *, expand: bool = True, history: bool = False) -> dict[str, Any]:
        if expand:
            check_old_api_size(len(run.tasks), version)
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
            if version != "2.0":
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
        if version != "2.0":
            life, result, message = (
                (run.tasks[0].life, run.tasks[0].result, run.tasks[0].message)
                if run.single
                else (run.life, run.result, run.message)
            )
            out["status"] = run_status(life, result, message)
            if run.job_parameters:
                out["job_parameters"] = copy.deepcopy(run.job_parameters)
            if run.queue_duration or run.queued:
                out["queue_duration"] = run.queue_duration or self.env.clock.now_ms() - run.queue_since
            if run.parent_task is not None:
                out["trigger_info"] = {"run_id": run.parent_task.run_id}
        out.update(
            start_time=run.start_time,
            end_time=run.end_time,
            trigger=run.trigger,
            run_name=run.run_name,
            run_page_url=self._page_url(run.job_id, run.run_id),
            run_type=run.run_type,
            attempt_number=run.attempt_number,
        )
        if history and version != "2.0":
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
            "task": {t.kind: self._task_body(t)},
            "cluster_spec": t.cluster_spec,
        }
        if version != "2.0":
            out["status"] = run_status(t.life, t.result, t.message)
            if t.kind == "for_each_task" and t.iterations:
                out["iterations"] = [self._task_view(i) for i in t.iterations]
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

    # --- Jobs 2.2 paging ------------------------------------------------------------------------------

    def _job_page(self, view: dict[str, Any], token: str | None) -> dict[str, Any]:
        """Page ``token`` of a jobs/get answer: PAGE_SIZE tasks, job_clusters, parameters, environments."""
        page = read_page_token(token, "job", int(view["job_id"]))
        if cut_page(view["settings"], JOB_PAGED, page):
            view["next_page_token"] = page_token("job", int(view["job_id"]), page + 1)
        return view

    def _run_page(self, view: dict[str, Any], token: str | None) -> dict[str, Any]:
        """Page ``token`` of a runs/get answer: PAGE_SIZE tasks, job_clusters, job_parameters, repair history
        and iterations."""
        page = read_page_token(token, "run", int(view["run_id"]))
        if cut_page(view, RUN_PAGED, page):
            view["next_page_token"] = page_token("run", int(view["run_id"]), page + 1)
        return view

    @staticmethod
    def _first_page(view: dict[str, Any], arrays: tuple[str, ...], holder: dict[str, Any] | None = None) -> None:
        """A job or run in a 2.2 list: the first PAGE_SIZE items of its arrays, ``has_more`` when cut."""
        if cut_page(view if holder is None else holder, arrays, 0):
            view["has_more"] = True

    @staticmethod
    def _list_window(token: str | None, kind: str, offset: int | None) -> int:
        """The offset a 2.2 list call starts at: its page_token's, else ``offset``."""
        if token is None:
            return offset or 0
        return read_page_token(token, kind, 0)

    @staticmethod
    def _list_tokens(out: dict[str, Any], kind: str, start: int, size: int, total: int) -> None:
        if start + size < total:
            out["next_page_token"] = page_token(kind, 0, start + size)
        if start > 0:
            out["prev_page_token"] = page_token(kind, 0, max(0, start - size))
