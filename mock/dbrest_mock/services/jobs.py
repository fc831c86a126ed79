"""Jobs API 2.0, 2.1 and 2.2 over one store of jobs and runs, with the run life cycle on the virtual clock.

Jobs (api-inventory §1.7, §1.8). Ids are shared by all versions; 2.2 reads like 2.1 except that it pages
(jobs_views.py), that jobs created through it queue their runs by default, and that only 2.2 handles jobs and
runs of more than 100 tasks (up to 1000). Today's settings (parameters, environments, queue, health, trigger,
run_as, ...) are kept and shown as given; runs carry ``status`` and ``job_parameters``; the control-flow tasks
are in jobs_control.py. A job has a format: SINGLE_TASK (created
through 2.0 with the task at the top level; stored in that flat form) or MULTI_TASK (created through 2.1, or
through 2.0 with ``tasks``; stored in the 2.1 form). Reads render either format in either version:

* 2.0 reads of a single-task job give the flat 2.0 settings; 2.1 reads give one task whose ``task_key`` is
  the job name with characters outside ``[A-Za-z0-9_-]`` replaced by ``_``, the cluster, libraries, retry
  policy and timeout on the task, and ``format: SINGLE_TASK``.
* A multi-task job reads the same in 2.0 as in 2.1 (``tasks``, ``job_clusters``, ``format: MULTI_TASK``),
  which is what the Jobs 2.0→2.1 migration guide shows for 2.0 clients; 2.0 runs of it carry ``tasks`` too.
* jobs/update keeps a single-task job single-task unless ``tasks``/``job_clusters`` are given; 2.1 reset
  always makes it multi-task; single-task fields on a multi-task job are rejected.

Runs. Creating a run (run-now, runs/submit, a retry, a repair) starts its tasks; every task run goes
PENDING → RUNNING → TERMINATING → TERMINATED. PENDING lasts ``jobs.run_pending`` (realistic 10 s, fast 0.2 s)
on a running existing cluster; on a new cluster (``new_cluster`` or a shared ``job_cluster_key``) the Jobs
service creates a job cluster through the clusters service (source JOB, tags JobId/RunName) and the task
waits until that cluster is RUNNING; a terminated existing cluster is started first. RUNNING lasts
``jobs.run_execute`` (realistic 60 s, fast 0.5 s), TERMINATING ``jobs.run_cleanup`` (realistic 5 s, fast
0.1 s); job clusters are terminated (JOB_FINISHED) when no remaining task needs them. A cluster that goes
away under a task ends it in INTERNAL_ERROR (result FAILED). Multi-task runs start the tasks whose
``depends_on`` are all SUCCESS (others wait BLOCKED); a task whose upstream task did not succeed is SKIPPED
("An upstream task failed."). Single-task format runs are their own task (one run id); each task of a
multi-task run has its own run id.

Deterministic knobs, read from a task's effective parameters (notebook ``base_parameters`` merged with
``notebook_params``, wheel ``named_parameters``/``python_named_params``, SQL parameters, or a
``name=value`` item of a parameter list such as ``jar_params``/``python_params``):

* ``dbrest_mock_result=FAILED``: the task ends TERMINATED/FAILED, state message "Workload failed, see run
  output for details", with ``error``/``error_trace`` in runs/get-output;
* ``dbrest_mock_output=<text>``: the notebook's ``dbutils.notebook.exit()`` value (notebook_output.result);
  without it a notebook run's output is empty;
* ``dbrest_mock_seconds=<n>``: the task runs n seconds instead of ``jobs.run_execute``.

Timeouts (task or single-task job ``timeout_seconds``; the job-level one for multi-task runs) end runs
TIMEDOUT; runs/cancel ends them CANCELED (both with ``user_cancelled_or_timedout``). Failed attempts are
retried per ``max_retries``/``min_retry_interval_millis``/``retry_on_timeout``: a single-task run by a new
run (trigger RETRY, ``attempt_number`` + 1, ``original_attempt_run_id``), a task of a multi-task run by a new
task run (WAITING_FOR_RETRY meanwhile). A job with ``max_concurrent_runs`` active runs gets new runs QUEUED
when its ``queue.enabled`` (they start oldest first as runs end), else SKIPPED. ``run_if`` decides over the
upstream task runs (default ALL_SUCCESS); run-now ``only`` runs a subset of the tasks.
Runs are removed 60 days after they end. Runs of runs/submit belong to an anonymous job id (not a job).

Not modelled: cron schedules and triggers (no PERIODIC, FILE_ARRIVAL or TABLE runs; their settings are
stored), continuous jobs, email/webhook notifications and health rules, library installation, notebook
existence, the per-hour and active-run quotas, retries of for-each iterations.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Sequence
from typing import Any

from ..service import Env, Request, Service, operation
from .jobs_model import JOB_PAGED, TASK_WAITING, Job, Run, TaskRun, api_version
from .jobs_runs import RunsOperations


class JobsService(RunsOperations, Service):
    name = "jobs"

    def __init__(self, env: Env) -> None:
        super().__init__(env)
        env.subscribe("cluster.state", self._on_cluster_state)
        env.subscribe("cluster.deleted", self._on_cluster_deleted)

    def reset(self) -> None:
        self.jobs: dict[int, Job] = {}
        self.deleted_jobs: set[int] = set()
        #: Job ids of runs/submit runs (no job behind them).
        self.anonymous_jobs: set[int] = set()
        self.runs: dict[int, Run] = {}
        #: No run can be purged before this virtual time (ms); see JobsModel._purge.
        self._runs_purge_due = 0
        self._cluster_tasks: dict[str, dict[int, TaskRun]] = {}
        self._job_runs: dict[int, dict[int, Run]] = {}
        #: Task runs of multi-task runs, by their own run id.
        self.task_runs: dict[int, TaskRun] = {}
        self.deleted_runs: set[int] = set()
        self.tokens: dict[str, int] = {}

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        if object_type != "jobs":
            return None
        try:
            return int(object_id) in self.jobs
        except ValueError:
            return False

    def _create(self, req: Request, version: str) -> dict[str, Any]:
        params = {k: v for k, v in req.params.items() if k != "access_control_list"}
        fmt, settings = self._new_settings(params, version=version)
        if version == "2.2":
            # Jobs created through 2.2 queue their runs by default ("Updating from Jobs API 2.1 to 2.2").
            settings.setdefault("queue", {"enabled": True})
        acl = list(req.params.get("access_control_list") or [])
        owner = self._check_acl(acl)
        job = Job(
            job_id=self.env.next_id("jobs"),
            creator=req.user,
            created_time=self.env.clock.now_ms(),
            format=fmt,
            settings=settings,
            run_as=owner or req.user,
            acl=copy.deepcopy(acl),
        )
        self.jobs[job.job_id] = job
        return {"job_id": job.job_id}

    @operation("jobsCreate", "jobs21Create", "jobs20Create")
    def jobs_create(self, req: Request) -> dict[str, Any]:
        return self._create(req, api_version(req))

    def _list(self, req: Request, version: str) -> dict[str, Any]:
        # Newest first (created_time, then job_id, descending) is the reverse of the order jobs were made in: the
        # clock and the ids only grow and a job is stored when it is made. Without a name filter the page is read
        # off the end, at a cost by the page rather than by all jobs (issue 18).
        name = req.params.get("name")
        jobs: Sequence[Job] | None = None
        total = len(self.jobs)
        if name is not None:
            jobs = [j for j in reversed(self.jobs.values()) if str(j.settings.get("name", "")).lower() == name.lower()]
            total = len(jobs)
        expand = bool(req.params.get("expand_tasks"))
        offset = req.params.get("offset")
        limit = req.params.get("limit")
        if version == "2.0" and offset is None and limit is None:
            page, has_more = list(jobs if jobs is not None else reversed(self.jobs.values())), False
        else:
            start = self._list_window(req.params.get("page_token"), "jobs", offset) if version == "2.2" else offset or 0
            size = limit or 20
            newest_first = jobs if jobs is not None else reversed(self.jobs.values())
            page, has_more = list(itertools.islice(newest_first, start, start + size)), start + size < total
        out: dict[str, Any] = {"has_more": has_more}
        if page:
            out["jobs"] = [self._job_view(j, version, expand) for j in page]
        if version == "2.2":
            for view in out.get("jobs", []):
                self._first_page(view, JOB_PAGED, view["settings"])
            self._list_tokens(out, "jobs", start, size, total)
        return out

    @operation("jobsList", "jobs21List", "jobs20List")
    def jobs_list(self, req: Request) -> dict[str, Any]:
        return self._list(req, api_version(req))

    @operation("jobsGet", "jobs21Get", "jobs20Get")
    def jobs_get(self, req: Request) -> dict[str, Any]:
        version = api_version(req)
        view = self._job_view(self._job(req.params["job_id"]), version)
        return self._job_page(view, req.params.get("page_token")) if version == "2.2" else view

    def _apply_settings(self, job: Job, fmt: str, settings: dict[str, Any]) -> None:
        job.format = fmt
        job.settings = settings
        # timeout_seconds applies to the active runs too.
        timeout = int(settings.get("timeout_seconds") or 0)
        for run in self._active_runs(job.job_id):
            if run.single:
                for t in run.tasks:
                    t.spec["timeout_seconds"] = timeout
                    if t.active and t.life not in TASK_WAITING:
                        self._arm_task_timeout(t)
            else:
                run.timeout_seconds = timeout
                self._arm_run_timeout(run)

    def _reset(self, req: Request, version: str) -> dict[str, Any]:
        job = self._job(req.params["job_id"])
        fmt, settings = self._new_settings(req.params["new_settings"], version=version)
        self._apply_settings(job, fmt, settings)
        return {}

    @operation("jobsReset", "jobs21Reset", "jobs20Reset")
    def jobs_reset(self, req: Request) -> dict[str, Any]:
        return self._reset(req, api_version(req))

    def _update(self, req: Request, version: str) -> dict[str, Any]:
        job = self._job(req.params["job_id"])
        fmt, settings = self._updated_settings(
            job, req.params.get("new_settings") or {}, list(req.params.get("fields_to_remove") or []), version=version
        )
        self._apply_settings(job, fmt, settings)
        return {}

    @operation("jobsUpdate", "jobs21Update", "jobs20Update")
    def jobs_update(self, req: Request) -> dict[str, Any]:
        return self._update(req, api_version(req))

    def _delete(self, req: Request) -> dict[str, Any]:
        job_id = req.params["job_id"]
        if job_id in self.deleted_jobs:
            return {}
        job = self._job(job_id)
        for run in self._active_runs(job.job_id):
            self._stop_run(run, "CANCELED", "The job was deleted.")
        for run in [r for r in self.runs.values() if r.job_id == job.job_id]:
            self._forget(run)
        del self.jobs[job.job_id]
        self.deleted_jobs.add(job.job_id)
        return {}

    @operation("jobsDelete", "jobs21Delete", "jobs20Delete")
    def jobs_delete(self, req: Request) -> dict[str, Any]:
        return self._delete(req)
