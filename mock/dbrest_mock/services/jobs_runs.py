"""The runs operations of Jobs 2.0 and 2.1: run-now, submit, list, get, export, cancel, output, delete, repair."""

from __future__ import annotations

import copy
import html
import itertools
import json
from typing import Any

from ..errors import ApiError
from ..service import Request, operation
from .jobs_lifecycle import RunLifeCycle
from .jobs_model import MULTI_TASK_OUTPUT, RUN_PAGED, SINGLE_TASK_FIELDS, Run, TaskRun, api_version, as_multi, flat_task
from .jobs_settings import JobSettingsRules
from .jobs_views import JobsViews


class RunsOperations(RunLifeCycle, JobSettingsRules, JobsViews):
    """Handlers of the runs operations (the service combines them with the jobs operations)."""

    def _existing_token(self, token: str | None) -> Run | None:
        if token is None or token not in self.tokens:
            return None
        run = self.runs.get(self.tokens[token])
        if run is None:
            raise ApiError.invalid(
                f"The run started with idempotency_token {token} was deleted: run {self.tokens[token]} does not exist"
            )
        return run

    def _run_now(self, req: Request, version: str) -> dict[str, Any]:
        self._purge()
        job = self._job(req.params["job_id"])
        params = self._params_of(req.params)
        self._check_params(params)
        token = req.params.get("idempotency_token")
        existing = self._existing_token(token)
        if existing is not None:
            return self._run_now_reply(existing, version)
        run = self._start_job_run(
            job,
            user=req.user,
            trigger="ONE_TIME",
            params=params,
            job_parameters=dict(req.params.get("job_parameters") or {}),
            token=token,
            only=list(req.params.get("only") or []) or None,
            queue=req.params.get("queue"),
        )
        return self._run_now_reply(run, version)

    @staticmethod
    def _run_now_reply(run: Run, version: str) -> dict[str, Any]:
        return {"run_id": run.run_id, "number_in_job": run.number_in_job if version == "2.0" else run.run_id}

    @operation("jobsRunNow", "jobs21RunNow", "jobs20RunNow")
    def run_now(self, req: Request) -> dict[str, Any]:
        return self._run_now(req, api_version(req))

    def _submit(self, req: Request, version: str) -> dict[str, Any]:
        self._purge()
        body = {k: v for k, v in req.params.items() if k not in ("access_control_list", "idempotency_token")}
        clean = self._clean(body)
        if version != "2.0" or "tasks" in clean:
            if version == "2.0":
                present = [k for k in SINGLE_TASK_FIELDS if k in clean]
                if present:
                    raise ApiError.invalid(f"{', '.join(present)} cannot be combined with tasks")
            self._check_multi(clean, submit=True)
            if not clean.get("tasks"):
                raise ApiError.invalid("Exactly one of tasks or a single task kind must be specified; tasks is empty")
            fmt, tasks = "MULTI_TASK", clean["tasks"]
        else:
            self._check_flat(clean, submit=True)
            fmt, tasks = "SINGLE_TASK", [flat_task({**clean, "name": clean.get("run_name") or "Untitled"})]
        self._check_acl(list(req.params.get("access_control_list") or []))
        token = req.params.get("idempotency_token")
        existing = self._existing_token(token)
        if existing is not None:
            return {"run_id": existing.run_id}
        job_id = self.env.next_id("jobs")
        self.anonymous_jobs.add(job_id)
        run = self._new_run(
            job_id=job_id,
            number_in_job=1,
            user=req.user,
            name=str(clean.get("run_name") or "Untitled"),
            run_type="SUBMIT_RUN",
            trigger="ONE_TIME",
            fmt=fmt,
            tasks=tasks,
            settings=clean,
            params={},
            token=token,
        )
        self._start_run(run)
        return {"run_id": run.run_id}

    @operation("jobsRunsSubmit", "jobs21RunsSubmit", "jobs20RunsSubmit")
    def submit(self, req: Request) -> dict[str, Any]:
        return self._submit(req, api_version(req))

    def _runs_list(self, req: Request, version: str) -> dict[str, Any]:
        self._purge()
        p = req.params
        if p.get("active_only") and p.get("completed_only"):
            raise ApiError.invalid("active_only and completed_only cannot both be true")
        job_id = p.get("job_id")
        if job_id is not None and job_id not in self.jobs and job_id not in self.anonymous_jobs:
            raise ApiError.invalid(f"Job {job_id} does not exist")
        maximum, default = (999, 20) if version == "2.0" else (25, 25)
        limit = p.get("limit")
        size = default if limit is None else (maximum if limit == 0 else limit)
        offset = (
            self._list_window(p.get("page_token"), "runs", p.get("offset"))
            if version == "2.2"
            else p.get("offset") or 0
        )
        filters = ("active_only", "completed_only", "run_type", "start_time_from", "start_time_to")
        if not any(p.get(f) is not None for f in filters):
            # Newest first is the reverse of the order runs were made in (run ids and start times only grow, and
            # a run is stored when it is made): the page is read off the end, at a cost by the page, not by all
            # runs (issue 18).
            source = self.runs if job_id is None else self._job_runs.get(job_id, {})
            page = list(itertools.islice(reversed(source.values()), offset, offset + size))
            return self._runs_page(page, version, offset, size, len(source), p)
        runs = list(self.runs.values())
        if job_id is not None:
            runs = [r for r in runs if r.job_id == job_id]
        if p.get("active_only"):
            runs = [r for r in runs if self._run_active(r)]
        if p.get("completed_only"):
            runs = [r for r in runs if not self._run_active(r)]
        if p.get("run_type") is not None:
            runs = [r for r in runs if r.run_type == p["run_type"]]
        if p.get("start_time_from") is not None:
            runs = [r for r in runs if r.start_time >= p["start_time_from"]]
        if p.get("start_time_to") is not None:
            runs = [r for r in runs if r.start_time <= p["start_time_to"]]
        runs.sort(key=lambda r: (r.start_time, r.run_id), reverse=True)
        return self._runs_page(runs[offset : offset + size], version, offset, size, len(runs), p)

    def _runs_page(
        self, page: list[Run], version: str, offset: int, size: int, total: int, p: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        expand = version == "2.0" or bool((p or {}).get("expand_tasks"))
        out: dict[str, Any] = {"has_more": offset + size < total}
        if page:
            out["runs"] = [self._run_view(r, version, expand=expand) for r in page]
        if version == "2.2":
            for view in out.get("runs", []):
                self._first_page(view, RUN_PAGED)
            self._list_tokens(out, "runs", offset, size, total)
        return out

    @operation("jobsRunsList", "jobs21RunsList", "jobs20RunsList")
    def runs_list(self, req: Request) -> dict[str, Any]:
        return self._runs_list(req, api_version(req))

    def _runs_get(self, req: Request, version: str) -> dict[str, Any]:
        found = self._find(req.params["run_id"])
        if isinstance(found, TaskRun):
            view = self._task_run_view(found, version)
        else:
            view = self._run_view(found, version, history=bool(req.params.get("include_history")))
        return self._run_page(view, req.params.get("page_token")) if version == "2.2" else view

    @operation("jobsRunsGet", "jobs21RunsGet", "jobs20RunsGet")
    def runs_get(self, req: Request) -> dict[str, Any]:
        return self._runs_get(req, api_version(req))

    def _export(self, req: Request) -> dict[str, Any]:
        found = self._find(req.params["run_id"])
        if isinstance(found, Run):
            if not found.single:
                raise ApiError.invalid(
                    f"views_to_export: run_id {found.run_id} is a run with multiple tasks; "
                    "export the run of each notebook task instead"
                )
            t = found.tasks[0]
        else:
            t = found
        if t.kind != "notebook_task":
            raise ApiError.invalid(
                f"views_to_export: run_id {t.run_id} is not a notebook run; only notebook runs can be exported"
            )
        views = req.params.get("views_to_export") or "CODE"
        if views == "DASHBOARDS":
            return {"views": []}
        path = str(t.effective.get("notebook_path", ""))
        name = path.rstrip("/").rsplit("/", 1)[-1] or path
        params = json.dumps(t.effective.get("base_parameters") or {}, sort_keys=True)
        state = self._state(t.life, t.result, t.message, t.stopped)
        body = (
            f"<h1>{html.escape(name)}</h1>"
            f'<p class="run">Run {t.run_id} ({html.escape(state["life_cycle_state"])}'
            f"{' ' + html.escape(state['result_state']) if 'result_state' in state else ''})</p>"
            f'<pre class="notebook">{html.escape(path)}</pre>'
            f'<pre class="parameters">{html.escape(params)}</pre>'
        )
        if t.notebook_result is not None:
            body += f'<pre class="result">{html.escape(t.notebook_result)}</pre>'
        content = (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f"<title>{html.escape(name)}</title></head><body>{body}</body></html>"
        )
        return {"views": [{"content": content, "name": name, "type": "NOTEBOOK"}]}

    @operation("jobsRunsExport", "jobs21RunsExport", "jobs20RunsExport")
    def export(self, req: Request) -> dict[str, Any]:
        return self._export(req)

    def _cancel(self, req: Request) -> dict[str, Any]:
        found = self._find(req.params["run_id"])
        if isinstance(found, TaskRun):
            found = found.run
        self._stop_run(found, "CANCELED", f"Run cancelled by {req.user}.")
        return {}

    @operation("jobsRunsCancel", "jobs21RunsCancel", "jobs20RunsCancel")
    def cancel(self, req: Request) -> dict[str, Any]:
        return self._cancel(req)

    def _cancel_all(self, req: Request) -> dict[str, Any]:
        job_id = req.params.get("job_id")
        if job_id is None:
            # databricks-sdk 0.162.0 cancel_all_runs(all_queued_runs=True): "If no job_id is provided, all
            # queued runs in the workspace are canceled."
            if req.params.get("all_queued_runs") is not True:
                raise ApiError.invalid("job_id is required unless all_queued_runs is true.")
            for run in [r for r in self.runs.values() if r.life == "QUEUED"]:
                self._stop_run(run, "CANCELED", f"Run cancelled by {req.user}.")
            return {}
        job = self._job(job_id)
        for run in self._active_runs(job.job_id):
            self._stop_run(run, "CANCELED", f"Run cancelled by {req.user}.")
        return {}

    @operation("jobsRunsCancelAll", "jobs21RunsCancelAll", "jobs20RunsCancelAll")
    def cancel_all(self, req: Request) -> dict[str, Any]:
        return self._cancel_all(req)

    def _get_output(self, req: Request, version: str) -> dict[str, Any]:
        found = self._find(req.params["run_id"])
        if isinstance(found, Run):
            if not found.single:
                raise ApiError.invalid(MULTI_TASK_OUTPUT)
            t = found.tasks[0]
            out: dict[str, Any] = {"metadata": self._run_view(found, version)}
        else:
            t = found
            out = {"metadata": self._task_run_view(found, version)}
        if t.active:
            return out
        if t.kind == "notebook_task" and t.life == "TERMINATED":
            out["notebook_output"] = (
                {"result": t.notebook_result, "truncated": False} if t.notebook_result is not None else {}
            )
        if t.kind == "run_job_task" and t.child_run_id is not None:
            out["run_job_output"] = {"run_id": t.child_run_id}
        if t.logs is not None:
            out["logs"] = t.logs
            out["logs_truncated"] = False
        if t.error is not None:
            out["error"] = t.error
            if t.error_trace is not None:
                out["error_trace"] = t.error_trace
        elif t.life == "SKIPPED" or t.result in ("CANCELED", "TIMEDOUT"):
            out["error"] = t.message
        return out

    @operation("jobsRunsGetOutput", "jobs21RunsGetOutput", "jobs20RunsGetOutput")
    def get_output(self, req: Request) -> dict[str, Any]:
        return self._get_output(req, api_version(req))

    def _runs_delete(self, req: Request) -> dict[str, Any]:
        run = self._parent(req.params["run_id"])
        if self._run_active(run):
            raise ApiError.invalid_state(f"Run {run.run_id} is active; only runs that have finished can be deleted")
        self._forget(run)
        return {}

    @operation("jobsRunsDelete", "jobs21RunsDelete", "jobs20RunsDelete")
    def runs_delete(self, req: Request) -> dict[str, Any]:
        return self._runs_delete(req)

    @operation("jobsRunsRepair", "jobs21RunsRepair")
    def repair(self, req: Request) -> dict[str, Any]:
        p = req.params
        run = self._parent(p["run_id"])
        if run.single:
            raise ApiError.invalid(
                f"rerun_tasks and rerun_all_failed_tasks apply to multi-task runs; run {run.run_id} is a single-task "
                "format run"
            )
        if self._run_active(run):
            raise ApiError.invalid_state(f"Run {run.run_id} is still in progress; only finished runs can be repaired")
        latest = p.get("latest_repair_id")
        if run.repairs and latest != run.repairs[-1]["id"]:
            raise ApiError.invalid(
                f"latest_repair_id must name the latest repair ({run.repairs[-1]['id']}) of run_id {run.run_id}"
            )
        if not run.repairs and latest is not None:
            raise ApiError.invalid(f"run_id {run.run_id} has not been repaired; latest_repair_id must not be given")
        rerun = list(p.get("rerun_tasks") or [])
        if bool(rerun) == bool(p.get("rerun_all_failed_tasks")):
            raise ApiError.invalid("Exactly one of rerun_tasks and rerun_all_failed_tasks must be given")
        params = self._params_of(p)
        self._check_params(params)
        if p.get("rerun_all_failed_tasks"):
            rerun = [t.key for t in run.tasks if t.result not in ("SUCCESS", "EXCLUDED")]
            if not rerun:
                raise ApiError.invalid(f"rerun_all_failed_tasks: run_id {run.run_id} has no failed tasks to repair")
        unknown = [k for k in rerun if run.task(k) is None]
        if unknown:
            raise ApiError.invalid(
                f"rerun_tasks names task_key {', '.join(unknown)}, which does not exist in run {run.run_id}"
            )
        specs = {t.key: t.spec for t in run.tasks}
        job = self.jobs.get(run.job_id)
        if job is not None and run.run_type == "JOB_RUN":
            current = as_multi(job.settings) if job.format == "SINGLE_TASK" else job.settings
            specs.update({t["task_key"]: t for t in current.get("tasks") or []})
            run.job_clusters = copy.deepcopy(current.get("job_clusters") or run.job_clusters)
        if params:
            run.params = params
        if run.original is None:
            run.original = {
                "type": "ORIGINAL",
                "start_time": run.start_time,
                "end_time": run.end_time,
                "state": self._run_state(run),
                "task_run_ids": [t.run_id for t in run.tasks],
            }
        new_runs: list[TaskRun] = []
        for key in rerun:
            old = run.task(key)
            assert old is not None
            t = self._new_task_run(run, specs[key])
            t.life = "BLOCKED"
            run.tasks[run.tasks.index(old)] = t
            new_runs.append(t)
        repair_id = self.env.next_id("jobs.repairs")
        now = self.env.clock.now_ms()
        run.repairs.append({"type": "REPAIR", "start_time": now, "end_time": 0, "id": repair_id, "task_run_ids": []})
        run.life, run.result, run.message, run.stopped, run.end_time = "PENDING", None, "", False, 0
        run.stop_result, run.stop_message = None, ""
        run.segment_start = now
        for t in new_runs:
            upstream = [run.task(d["task_key"]) for d in t.spec.get("depends_on") or []]
            if all(u is None or (u not in new_runs and u.result == "SUCCESS") for u in upstream):
                self._start_task(t)
        run.repairs[-1]["task_run_ids"] = [t.run_id for t in new_runs]
        self._arm_run_timeout(run)
        self._advance(run)
        return {"repair_id": repair_id}
