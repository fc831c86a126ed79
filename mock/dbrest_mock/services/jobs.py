"""Jobs API 2.0 and 2.1 over one store of jobs and runs, with the run life cycle on the virtual clock.

Jobs (api-inventory §1.7, §1.8). Ids are shared by both versions. A job has a format: SINGLE_TASK (created
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
task run (WAITING_FOR_RETRY meanwhile). A job with ``max_concurrent_runs`` active runs gets new runs SKIPPED.
Runs are removed 60 days after they end. Runs of runs/submit belong to an anonymous job id (not a job).

Not modelled: cron schedules (no PERIODIC runs), email/webhook notifications, library installation,
notebook existence, the per-hour and active-run quotas.
"""

from __future__ import annotations

import copy
import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..errors import ApiError
from ..service import Env, Request, Service, operation

DAY_MS = 24 * 3600 * 1000
RUN_RETENTION_MS = 60 * DAY_MS
PARAM_LIMIT_BYTES = 10_000
#: JobSettings.name, SubmitRun.run_name and JobSettings.description (databricks-sdk 0.162.0 service/jobs.py).
MAX_NAME_BYTES = 4096
MAX_DESCRIPTION_CHARS = 27700
WORKSPACE_URL = "https://adb-1234567890123456.7.azuredatabricks.net/?o=1234567890123456"

TASK_KINDS = (
    "notebook_task",
    "spark_jar_task",
    "spark_python_task",
    "spark_submit_task",
    "pipeline_task",
    "python_wheel_task",
    "sql_task",
    "dbt_task",
)
#: The task kinds of the 2.0 single-task format.
TASK_KINDS_20 = TASK_KINDS[:6]
#: Task kinds that run without a cluster of the job.
CLUSTERLESS = ("pipeline_task", "sql_task")
CLUSTER_FIELDS = ("existing_cluster_id", "new_cluster", "job_cluster_key")
#: Top-level fields of a single-task format job that multi-task jobs keep on their tasks.
SINGLE_TASK_FIELDS = (
    "existing_cluster_id",
    "new_cluster",
    *TASK_KINDS_20,
    "libraries",
    "max_retries",
    "min_retry_interval_millis",
    "retry_on_timeout",
)
#: Job-level fields of the 2.1 form.
JOB_LEVEL_FIELDS = (
    "name",
    "tags",
    "email_notifications",
    "webhook_notifications",
    "timeout_seconds",
    "schedule",
    "max_concurrent_runs",
    "git_source",
)
GIT_PROVIDERS = {
    p.lower(): p
    for p in (
        "gitHub",
        "bitbucketCloud",
        "azureDevOpsServices",
        "gitHubEnterprise",
        "bitbucketServer",
        "gitLab",
        "gitLabEnterpriseEdition",
        "awsCodeCommit",
    )
}
PARAM_FIELDS = (
    "jar_params",
    "notebook_params",
    "python_params",
    "spark_submit_params",
    "python_named_params",
    "pipeline_params",
    "sql_params",
    "dbt_commands",
)
RUN_ACTIVE = ("PENDING", "RUNNING", "TERMINATING")
TASK_WAITING = ("BLOCKED", "WAITING_FOR_RETRY")
TERMINAL = ("TERMINATED", "SKIPPED", "INTERNAL_ERROR")
CLUSTER_USABLE = ("RUNNING", "RESIZING")
CLUSTER_STARTING = ("PENDING", "RESTARTING")

KNOB_RESULT = "dbrest_mock_result"
KNOB_OUTPUT = "dbrest_mock_output"
KNOB_SECONDS = "dbrest_mock_seconds"
FAILED_MESSAGE = "Workload failed, see run output for details"
MULTI_TASK_OUTPUT = (
    "Retrieving the output of runs with multiple tasks is not supported. "
    "You must retrieve the output of each individual task run instead."
)


def task_kind(task: dict[str, Any]) -> str | None:
    kinds = [k for k in TASK_KINDS if task.get(k) is not None]
    return kinds[0] if len(kinds) == 1 else None


def key_from_name(name: str) -> str:
    """The task_key a single-task job shows in the 2.1 form: its name made a valid task key."""
    return re.sub(r"[^\w\-]", "_", name)[:100] or "Untitled"


@dataclass(eq=False)
class Job:
    job_id: int
    creator: str
    created_time: int
    format: str
    #: SINGLE_TASK: the 2.0 flat settings; MULTI_TASK: the 2.1 settings (never holds ``format``).
    settings: dict[str, Any]
    run_as: str
    acl: list[dict[str, Any]] = field(default_factory=list)
    runs_started: int = 0


@dataclass(eq=False)
class TaskRun:
    run_id: int
    run: Run
    key: str
    #: The task settings (2.1 task form) the task run was created from.
    spec: dict[str, Any]
    #: The task kind and its settings with the run parameters applied.
    kind: str
    effective: dict[str, Any]
    life: str = "PENDING"
    result: str | None = None
    message: str = ""
    stopped: bool = False
    start_time: int = 0
    running_since: int = 0
    terminating_since: int = 0
    setup_duration: int = 0
    execution_duration: int = 0
    cleanup_duration: int = 0
    end_time: int = 0
    attempt_number: int = 0
    cluster_id: str | None = None
    #: The task created ``cluster_id`` for itself (new_cluster) and terminates it when done.
    owns_cluster: bool = False
    waiting_for_cluster: bool = False
    spark_context_id: str | None = None
    #: Bumped on every transition; a timer armed under another generation does nothing.
    generation: int = 0
    #: (life cycle, result, message, stopped) to apply at the end of TERMINATING.
    outcome: tuple[str, str, str, bool] | None = None
    error: str | None = None
    error_trace: str | None = None
    logs: str | None = None
    notebook_result: str | None = None

    @property
    def active(self) -> bool:
        return self.life not in TERMINAL

    @property
    def cluster_spec(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: copy.deepcopy(self.spec[k]) for k in CLUSTER_FIELDS if k in self.spec}
        if self.spec.get("libraries"):
            out["libraries"] = copy.deepcopy(self.spec["libraries"])
        return out


@dataclass(eq=False)
class Run:
    run_id: int
    job_id: int
    number_in_job: int
    creator: str
    run_name: str
    run_type: str
    trigger: str
    format: str
    start_time: int
    #: The current attempt of every task, in the job's task order.
    tasks: list[TaskRun] = field(default_factory=list)
    job_clusters: list[dict[str, Any]] = field(default_factory=list)
    job_cluster_ids: dict[str, str] = field(default_factory=dict)
    git_source: dict[str, Any] | None = None
    params: dict[str, Any] = field(default_factory=dict)
    timeout_seconds: int = 0
    life: str = "PENDING"
    result: str | None = None
    message: str = ""
    stopped: bool = False
    end_time: int = 0
    attempt_number: int = 0
    original_attempt_run_id: int = 0
    token: str | None = None
    #: For single-task job runs: the retry policy of the job.
    max_retries: int = 0
    min_retry_interval_millis: int = 0
    retry_on_timeout: bool = False
    #: Set when the run is being cancelled or timed out: the result the stopped tasks end with.
    stop_result: str | None = None
    stop_message: str = ""
    generation: int = 0
    original: dict[str, Any] | None = None
    repairs: list[dict[str, Any]] = field(default_factory=list)
    #: Milliseconds of the finished segments (the original run and finished repairs).
    accumulated_ms: int = 0
    segment_start: int = 0

    @property
    def single(self) -> bool:
        return self.format == "SINGLE_TASK"

    def task(self, key: str) -> TaskRun | None:
        return next((t for t in self.tasks if t.key == key), None)


class JobsService(Service):
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

    # --- lookups ------------------------------------------------------------------------------------

    def _job(self, job_id: int) -> Job:
        job = self.jobs.get(job_id)
        if job is None:
            raise ApiError.invalid(f"Job {job_id} does not exist")
        return job

    def _purge(self) -> None:
        now = self.clock.now_ms()
        for run in list(self.runs.values()):
            if not self._run_active(run) and run.end_time and now - run.end_time >= RUN_RETENTION_MS:
                self._forget(run)

    def _forget(self, run: Run) -> None:
        self.runs.pop(run.run_id, None)
        self.deleted_runs.add(run.run_id)
        for t in self._all_task_runs(run):
            self.task_runs.pop(t.run_id, None)

    def _all_task_runs(self, run: Run) -> list[TaskRun]:
        if run.single:
            return list(run.tasks)
        return [t for t in self.task_runs.values() if t.run is run]

    def _find(self, run_id: int) -> Run | TaskRun:
        self._purge()
        found: Run | TaskRun | None = self.runs.get(run_id) or self.task_runs.get(run_id)
        if found is None:
            raise ApiError.invalid(f"Run {run_id} does not exist")
        return found

    def _parent(self, run_id: int) -> Run:
        found = self._find(run_id)
        if isinstance(found, TaskRun):
            raise ApiError.invalid(
                f"Run {run_id} does not exist as a run of its own: it is a task run of run {found.run.run_id}"
            )
        return found

    # --- validation ---------------------------------------------------------------------------------

    def _clusters(self) -> Any:
        return self.env.services.get("clusters")

    def _check_existing_cluster(self, cluster_id: str) -> None:
        clusters = self._clusters()
        if clusters is not None and hasattr(clusters, "cluster_state") and clusters.cluster_state(cluster_id) is None:
            raise ApiError.invalid(f"Cluster {cluster_id} does not exist")

    def _check_git_source(self, git: dict[str, Any] | None) -> None:
        if git is None:
            return
        if str(git.get("git_provider", "")).lower() not in GIT_PROVIDERS:
            raise ApiError.invalid(
                f"Exactly one of {', '.join(GIT_PROVIDERS.values())} must be given as git_provider "
                f"(got {git.get('git_provider')!r})"
            )
        refs = [k for k in ("git_branch", "git_tag", "git_commit") if git.get(k) is not None]
        if len(refs) != 1:
            raise ApiError.invalid("Exactly one of git_branch, git_tag and git_commit must be given in git_source")

    def _check_task(self, task: dict[str, Any], where: str, job_clusters: set[str] | None) -> None:
        kinds = [k for k in TASK_KINDS if task.get(k) is not None]
        if len(kinds) != 1:
            raise ApiError.invalid(
                f"{where}: exactly one of {', '.join(TASK_KINDS)} must be specified"
                + (f" (got {', '.join(kinds)})" if kinds else "")
            )
        kind = kinds[0]
        clusters = [k for k in CLUSTER_FIELDS if task.get(k) is not None]
        if job_clusters is None and "job_cluster_key" in clusters:
            raise ApiError.invalid(f"{where}: job_cluster_key needs the job_clusters of a multi-task job (tasks)")
        if len(clusters) > 1:
            raise ApiError.invalid(f"{where}: only one of {', '.join(clusters)} can be specified")
        if not clusters and kind not in CLUSTERLESS:
            allowed = "existing_cluster_id or new_cluster" if job_clusters is None else ", ".join(CLUSTER_FIELDS)
            raise ApiError.invalid(f"{where}: one of {allowed} must be specified")
        if kind == "spark_submit_task" and clusters and clusters[0] == "existing_cluster_id":
            raise ApiError.invalid(f"{where}: spark_submit_task requires new_cluster, not existing_cluster_id")
        if clusters == ["existing_cluster_id"]:
            self._check_existing_cluster(task["existing_cluster_id"])
        key = task.get("job_cluster_key")
        if key is not None and job_clusters is not None and key not in job_clusters:
            raise ApiError.invalid(f"{where}: job_cluster_key {key} is not defined in job_clusters")

    @staticmethod
    def _check_names(settings: dict[str, Any], *, submit: bool) -> None:
        """The bounds of databricks-sdk 0.162.0 service/jobs.py: JobSettings.name and SubmitRun.run_name "The
        maximum length is 4096 bytes in UTF-8 encoding", JobSettings.description "27700 characters"."""
        field = "run_name" if submit else "name"
        value = settings.get(field)
        size = len(value.encode("utf-8", "surrogatepass")) if isinstance(value, str) else 0
        if size > MAX_NAME_BYTES:
            raise ApiError.invalid(
                f"The {field} is {size} bytes in UTF-8; the maximum length is {MAX_NAME_BYTES} bytes."
            )
        description = settings.get("description")
        if isinstance(description, str) and len(description) > MAX_DESCRIPTION_CHARS:
            raise ApiError.invalid(
                f"The description is {len(description)} characters; the maximum length is {MAX_DESCRIPTION_CHARS}."
            )

    def _check_flat(self, settings: dict[str, Any], *, submit: bool = False) -> None:
        """A single-task format job or one-time run."""
        self._check_names(settings, submit=submit)
        self._check_task(settings, "Job settings" if not submit else "Run settings", None)
        kind = task_kind(settings)
        if kind not in TASK_KINDS_20:
            raise ApiError.invalid(f"{kind} is only supported in multi-task format (use tasks)")
        self._check_git_source(settings.get("git_source"))

    def _check_multi(self, settings: dict[str, Any], *, submit: bool = False) -> None:
        self._check_names(settings, submit=submit)
        job_clusters: set[str] | None = None
        if not submit:
            job_clusters = set()
            for jc in settings.get("job_clusters") or []:
                if jc["job_cluster_key"] in job_clusters:
                    raise ApiError.invalid(
                        f"job_cluster_key {jc['job_cluster_key']} is used by more than one of the job_clusters"
                    )
                job_clusters.add(jc["job_cluster_key"])
        tasks = settings.get("tasks") or []
        keys: list[str] = []
        for task in tasks:
            key = task["task_key"]
            if key in keys:
                raise ApiError.invalid(f"Duplicate task_key {key}: it is used by more than one of the tasks")
            keys.append(key)
        for task in tasks:
            key = task["task_key"]
            self._check_task(task, f"Task {key}", job_clusters)
            for dep in task.get("depends_on") or []:
                if dep["task_key"] == key:
                    raise ApiError.invalid(f"The depends_on of task {key} names its own task_key")
                if dep["task_key"] not in keys:
                    raise ApiError.invalid(
                        f"The depends_on of task {key} names task_key {dep['task_key']}, which does not exist in tasks"
                    )
        self._check_acyclic(tasks)
        self._check_git_source(settings.get("git_source"))
        for task in tasks:
            source = (task.get("notebook_task") or {}).get("source")
            if source == "GIT" and settings.get("git_source") is None:
                raise ApiError.invalid(f"Task {task['task_key']}: source GIT requires a git_source")

    @staticmethod
    def _check_acyclic(tasks: list[dict[str, Any]]) -> None:
        deps = {t["task_key"]: [d["task_key"] for d in t.get("depends_on") or []] for t in tasks}
        done: set[str] = set()
        visiting: set[str] = set()

        def visit(key: str) -> None:
            if key in done:
                return
            if key in visiting:
                raise ApiError.invalid(f"The depends_on of the tasks form a cycle through task_key {key}")
            visiting.add(key)
            for dep in deps.get(key, []):
                visit(dep)
            visiting.discard(key)
            done.add(key)

        for key in deps:
            visit(key)

    @staticmethod
    def _check_acl(acl: list[dict[str, Any]]) -> str | None:
        """Validate an access_control_list; returns the IS_OWNER user, if any."""
        owner: str | None = None
        for entry in acl:
            principals = [k for k in ("user_name", "group_name", "service_principal_name") if entry.get(k)]
            if len(principals) != 1:
                raise ApiError.invalid(
                    "Each access control entry needs exactly one of user_name, group_name, service_principal_name"
                )
            level = entry.get("permission_level")
            if level not in ("CAN_MANAGE", "CAN_MANAGE_RUN", "CAN_VIEW", "IS_OWNER"):
                raise ApiError.invalid(
                    f"permission_level {level} cannot be granted in the access_control_list of a job"
                )
            if level == "IS_OWNER":
                if principals[0] == "group_name":
                    raise ApiError.invalid(
                        "A group_name cannot have permission_level IS_OWNER (a group cannot own a job)"
                    )
                if owner is not None:
                    raise ApiError.invalid(
                        "Only one entry of the access_control_list can have permission_level IS_OWNER"
                    )
                owner = str(entry[principals[0]])
        return owner

    @staticmethod
    def _check_params(params: dict[str, Any]) -> None:
        if params.get("jar_params") is not None and params.get("notebook_params") is not None:
            raise ApiError.invalid("jar_params and notebook_params cannot both be specified")
        for name in PARAM_FIELDS:
            value = params.get(name)
            if value is None:
                continue
            size = len(json.dumps({name: value}, separators=(",", ":"), ensure_ascii=False).encode())
            if size > PARAM_LIMIT_BYTES:
                raise ApiError.invalid(
                    f"The JSON representation of {name} is {size} bytes; it cannot exceed {PARAM_LIMIT_BYTES} bytes"
                )
            if name in ("python_params", "spark_submit_params") and not all(str(v).isascii() for v in value):
                raise ApiError.invalid(f"{name} accepts only ASCII characters")

    @staticmethod
    def _params_of(source: dict[str, Any]) -> dict[str, Any]:
        return {k: copy.deepcopy(source[k]) for k in PARAM_FIELDS if source.get(k) is not None}

    # --- settings in both formats -------------------------------------------------------------------

    @staticmethod
    def _clean(settings: dict[str, Any]) -> dict[str, Any]:
        out = {k: copy.deepcopy(v) for k, v in settings.items() if v is not None and k != "format"}
        git = out.get("git_source")
        if isinstance(git, dict) and "git_provider" in git:
            git["git_provider"] = GIT_PROVIDERS.get(str(git["git_provider"]).lower(), git["git_provider"])
        return out

    @staticmethod
    def _with_defaults(settings: dict[str, Any]) -> dict[str, Any]:
        settings.setdefault("name", "Untitled")
        settings.setdefault("email_notifications", {})
        settings.setdefault("timeout_seconds", 0)
        settings.setdefault("max_concurrent_runs", 1)
        return settings

    @staticmethod
    def _flat_task(flat: dict[str, Any]) -> dict[str, Any]:
        """The one task of a single-task format job, in the 2.1 task form."""
        task: dict[str, Any] = {"task_key": key_from_name(str(flat.get("name") or "Untitled"))}
        for key in SINGLE_TASK_FIELDS:
            if key in flat:
                task[key] = copy.deepcopy(flat[key])
        if flat.get("timeout_seconds"):
            task["timeout_seconds"] = flat["timeout_seconds"]
        if flat.get("email_notifications"):
            task["email_notifications"] = copy.deepcopy(flat["email_notifications"])
        return task

    def _as_multi(self, flat: dict[str, Any]) -> dict[str, Any]:
        """A single-task format job's settings in the 2.1 form."""
        out = {k: copy.deepcopy(v) for k, v in flat.items() if k in JOB_LEVEL_FIELDS}
        out["tasks"] = [self._flat_task(flat)] if task_kind(flat) is not None else []
        return out

    def _settings_view(self, job: Job, version: str, expand: bool = True) -> dict[str, Any]:
        if job.format == "SINGLE_TASK":
            out = copy.deepcopy(job.settings) if version == "2.0" else self._as_multi(job.settings)
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

    def _new_settings(self, settings: dict[str, Any], *, version: str) -> tuple[str, dict[str, Any]]:
        """Validate create/reset settings; returns (format, stored settings)."""
        clean = self._clean(settings)
        if version == "2.1" or "tasks" in clean or "job_clusters" in clean:
            if version == "2.0":
                present = [k for k in SINGLE_TASK_FIELDS if k in clean]
                if present:
                    raise ApiError.invalid(
                        f"{', '.join(present)} cannot be combined with tasks: a multi-task format job keeps them "
                        "on its tasks"
                    )
            self._check_multi(clean)
            return "MULTI_TASK", self._with_defaults(clean)
        self._check_flat(clean)
        return "SINGLE_TASK", self._with_defaults(clean)

    def _updated_settings(
        self, job: Job, new_settings: dict[str, Any], remove: list[str], *, version: str
    ) -> tuple[str, dict[str, Any]]:
        """The validated result of jobs/update (the job is not changed here)."""
        new = self._clean(new_settings)
        if job.format == "SINGLE_TASK" and not ("tasks" in new or "job_clusters" in new):
            if version == "2.1":
                unknown = [k for k in new if k not in JOB_LEVEL_FIELDS]
                if unknown:
                    raise ApiError.invalid(f"{', '.join(unknown)} cannot be updated on a single-task format job")
            merged = copy.deepcopy(job.settings)
            merged.update(new)
            for name in remove:
                merged.pop(name, None)
            self._check_flat(merged)
            return "SINGLE_TASK", merged
        base = copy.deepcopy(job.settings) if job.format == "MULTI_TASK" else self._as_multi(job.settings)
        present = [k for k in SINGLE_TASK_FIELDS if k in new]
        if present:
            raise ApiError.invalid(
                f"{', '.join(present)} cannot be set on a multi-task format job; change its tasks instead"
            )
        base.update(new)
        for name in remove:
            base.pop(name, None)
        self._check_multi(base)
        return "MULTI_TASK", base

    # --- jobs operations ----------------------------------------------------------------------------

    def _create(self, req: Request, version: str) -> dict[str, Any]:
        params = {k: v for k, v in req.params.items() if k != "access_control_list"}
        fmt, settings = self._new_settings(params, version=version)
        acl = list(req.params.get("access_control_list") or [])
        owner = self._check_acl(acl)
        job = Job(
            job_id=self.env.next_id("jobs"),
            creator=req.user,
            created_time=self.clock.now_ms(),
            format=fmt,
            settings=settings,
            run_as=owner or req.user,
            acl=copy.deepcopy(acl),
        )
        self.jobs[job.job_id] = job
        return {"job_id": job.job_id}

    @operation("jobs20Create")
    def create20(self, req: Request) -> dict[str, Any]:
        return self._create(req, "2.0")

    @operation("jobsCreate")
    def create21(self, req: Request) -> dict[str, Any]:
        return self._create(req, "2.1")

    def _list(self, req: Request, version: str) -> dict[str, Any]:
        jobs = sorted(self.jobs.values(), key=lambda j: (j.created_time, j.job_id), reverse=True)
        name = req.params.get("name")
        if name is not None:
            jobs = [j for j in jobs if str(j.settings.get("name", "")).lower() == name.lower()]
        expand = bool(req.params.get("expand_tasks"))
        offset = req.params.get("offset")
        limit = req.params.get("limit")
        if version == "2.0" and offset is None and limit is None:
            page, has_more = jobs, False
        else:
            start = offset or 0
            size = limit or 20
            page, has_more = jobs[start : start + size], start + size < len(jobs)
        out: dict[str, Any] = {"has_more": has_more}
        if page:
            out["jobs"] = [self._job_view(j, version, expand) for j in page]
        return out

    @operation("jobs20List")
    def list20(self, req: Request) -> dict[str, Any]:
        return self._list(req, "2.0")

    @operation("jobsList")
    def list21(self, req: Request) -> dict[str, Any]:
        return self._list(req, "2.1")

    @operation("jobs20Get")
    def get20(self, req: Request) -> dict[str, Any]:
        return self._job_view(self._job(req.params["job_id"]), "2.0")

    @operation("jobsGet")
    def get21(self, req: Request) -> dict[str, Any]:
        return self._job_view(self._job(req.params["job_id"]), "2.1")

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

    @operation("jobs20Reset")
    def reset20(self, req: Request) -> dict[str, Any]:
        return self._reset(req, "2.0")

    @operation("jobsReset")
    def reset21(self, req: Request) -> dict[str, Any]:
        return self._reset(req, "2.1")

    def _update(self, req: Request, version: str) -> dict[str, Any]:
        job = self._job(req.params["job_id"])
        fmt, settings = self._updated_settings(
            job, req.params.get("new_settings") or {}, list(req.params.get("fields_to_remove") or []), version=version
        )
        self._apply_settings(job, fmt, settings)
        return {}

    @operation("jobs20Update")
    def update20(self, req: Request) -> dict[str, Any]:
        return self._update(req, "2.0")

    @operation("jobsUpdate")
    def update21(self, req: Request) -> dict[str, Any]:
        return self._update(req, "2.1")

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

    @operation("jobs20Delete")
    def delete20(self, req: Request) -> dict[str, Any]:
        return self._delete(req)

    @operation("jobsDelete")
    def delete21(self, req: Request) -> dict[str, Any]:
        return self._delete(req)

    # --- starting runs ------------------------------------------------------------------------------

    def _existing_token(self, token: str | None) -> Run | None:
        if token is None or token not in self.tokens:
            return None
        run = self.runs.get(self.tokens[token])
        if run is None:
            raise ApiError.invalid(
                f"The run started with idempotency_token {token} was deleted: run {self.tokens[token]} does not exist"
            )
        return run

    @staticmethod
    def _effective(spec: dict[str, Any], params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        """The task kind and its settings with the run parameters applied."""
        kind = task_kind(spec) or "notebook_task"
        body = copy.deepcopy(spec.get(kind) or {})
        if kind == "notebook_task" and params.get("notebook_params") is not None:
            body["base_parameters"] = {**body.get("base_parameters", {}), **params["notebook_params"]}
        replacements = {
            "spark_jar_task": (("jar_params", "parameters"),),
            "spark_python_task": (("python_params", "parameters"),),
            "spark_submit_task": (("spark_submit_params", "parameters"),),
            "python_wheel_task": (("python_params", "parameters"), ("python_named_params", "named_parameters")),
            "dbt_task": (("dbt_commands", "commands"),),
        }
        for param, target in replacements.get(kind, ()):
            if params.get(param) is not None:
                body[target] = copy.deepcopy(params[param])
        if kind == "sql_task" and params.get("sql_params") is not None:
            body["parameters"] = {**body.get("parameters", {}), **params["sql_params"]}
        pipeline = params.get("pipeline_params")
        if kind == "pipeline_task" and pipeline and pipeline.get("full_refresh") is not None:
            body["full_refresh"] = pipeline["full_refresh"]
        return kind, body

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
            start_time=self.clock.now_ms(),
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

    def _active_runs(self, job_id: int) -> list[Run]:
        return [r for r in self.runs.values() if r.job_id == job_id and self._run_active(r)]

    def _run_active(self, run: Run) -> bool:
        if run.single:
            return run.tasks[0].active
        return run.life in RUN_ACTIVE

    def _run_now(self, req: Request, version: str) -> dict[str, Any]:
        self._purge()
        job = self._job(req.params["job_id"])
        params = self._params_of(req.params)
        self._check_params(params)
        token = req.params.get("idempotency_token")
        existing = self._existing_token(token)
        if existing is not None:
            return self._run_now_reply(existing, version)
        if job.format == "SINGLE_TASK":
            tasks, settings = [self._flat_task(job.settings)], job.settings
        else:
            tasks, settings = job.settings.get("tasks") or [], job.settings
            if not tasks:
                raise ApiError.invalid_state(f"Job {job.job_id} has no tasks to run")
        limit = settings.get("max_concurrent_runs", 1)
        active = len(self._active_runs(job.job_id))
        job.runs_started += 1
        run = self._new_run(
            job_id=job.job_id,
            number_in_job=job.runs_started,
            user=req.user,
            name=str(settings.get("name") or "Untitled"),
            run_type="JOB_RUN",
            trigger="ONE_TIME",
            fmt=job.format,
            tasks=tasks,
            settings=settings,
            params=params,
            token=token,
        )
        if active >= limit:
            self._skip_run(run, f"Skipping this run because the limit of {limit} maximum concurrent runs was reached.")
        else:
            self._start_run(run)
        return self._run_now_reply(run, version)

    @staticmethod
    def _run_now_reply(run: Run, version: str) -> dict[str, Any]:
        return {"run_id": run.run_id, "number_in_job": run.number_in_job if version == "2.0" else run.run_id}

    @operation("jobs20RunNow")
    def run_now20(self, req: Request) -> dict[str, Any]:
        return self._run_now(req, "2.0")

    @operation("jobsRunNow")
    def run_now21(self, req: Request) -> dict[str, Any]:
        return self._run_now(req, "2.1")

    def _submit(self, req: Request, version: str) -> dict[str, Any]:
        self._purge()
        body = {k: v for k, v in req.params.items() if k not in ("access_control_list", "idempotency_token")}
        clean = self._clean(body)
        if version == "2.1" or "tasks" in clean:
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
            fmt, tasks = "SINGLE_TASK", [self._flat_task({**clean, "name": clean.get("run_name") or "Untitled"})]
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

    @operation("jobs20RunsSubmit")
    def submit20(self, req: Request) -> dict[str, Any]:
        return self._submit(req, "2.0")

    @operation("jobsRunsSubmit")
    def submit21(self, req: Request) -> dict[str, Any]:
        return self._submit(req, "2.1")

    # --- the run life cycle -------------------------------------------------------------------------

    def _after(self, t: TaskRun, seconds: float, step: Callable[[TaskRun], None]) -> None:
        generation = t.generation

        def fire() -> None:
            if t.generation == generation:
                step(t)

        self.clock.schedule(seconds, fire)

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
        now = self.clock.now_ms()
        for t in run.tasks:
            t.life, t.message, t.end_time = "SKIPPED", message, now
        run.life, run.message, run.end_time = "SKIPPED", message, now

    def _arm_run_timeout(self, run: Run) -> None:
        run.generation += 1
        if run.single or run.timeout_seconds <= 0 or not self._run_active(run):
            return
        generation, seconds = run.generation, run.timeout_seconds
        due = max(0.0, (run.segment_start + seconds * 1000 - self.clock.now_ms()) / 1000)

        def fire() -> None:
            if run.generation == generation and self._run_active(run) and run.stop_result is None:
                self._stop_run(run, "TIMEDOUT", f"Run timed out after {seconds} seconds.")

        self.clock.schedule(due, fire)

    def _arm_task_timeout(self, t: TaskRun) -> None:
        seconds = int(t.spec.get("timeout_seconds") or 0)
        if seconds <= 0:
            return
        due = max(0.0, (t.start_time + seconds * 1000 - self.clock.now_ms()) / 1000)
        attempt_seconds = seconds

        def fire() -> None:
            if int(t.spec.get("timeout_seconds") or 0) != attempt_seconds:
                return  # re-armed with another timeout
            if t.life in ("PENDING", "RUNNING"):
                self._stop_task(t, "TIMEDOUT", f"Task timed out after {seconds} seconds.")

        self.clock.schedule(due, fire)

    def _start_task(self, t: TaskRun) -> None:
        t.life = "PENDING"
        t.message = ""
        t.start_time = self.clock.now_ms()
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
        t.cluster_id = cluster_id
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
        return [
            t
            for run in list(self.runs.values())
            for t in run.tasks
            if t.cluster_id == cluster_id and t.life in ("PENDING", "RUNNING")
        ]

    def _begin_running(self, t: TaskRun) -> None:
        if t.life != "PENDING":
            return
        now = self.clock.now_ms()
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

    def _execute_seconds(self, t: TaskRun) -> float:
        value = self._knob(t, KNOB_SECONDS)
        if value is not None:
            try:
                seconds = float(value)
            except ValueError:
                seconds = -1.0
            if seconds >= 0:
                return seconds
        return self.env.duration("jobs.run_execute", realistic=60.0, fast=0.5)

    def _knob(self, t: TaskRun, name: str) -> str | None:
        body = t.effective
        for mapping in ("base_parameters", "named_parameters"):
            value = (body.get(mapping) or {}).get(name)
            if value is not None:
                return str(value)
        if t.kind == "sql_task":
            value = (body.get("parameters") or {}).get(name)
            if value is not None:
                return str(value)
        items = body.get("parameters") if t.kind != "sql_task" else None
        for item in items or []:
            text = str(item).lstrip("-")
            if text.startswith(name + "="):
                return text[len(name) + 1 :]
        return None

    def _finish_execution(self, t: TaskRun) -> None:
        forced = self.env.scenarios.take("run_result", job_id=t.run.job_id, task_key=t.key)
        if forced is not None and forced["result_state"] != "SUCCESS":  # mock.scenarios.run_result
            t.error = forced["error"]
            self._enter_terminating(t, ("TERMINATED", forced["result_state"], forced["message"], False))
        elif forced is None and self._knob(t, KNOB_RESULT) == "FAILED":
            self._record_failure(t)
            self._enter_terminating(t, ("TERMINATED", "FAILED", FAILED_MESSAGE, False))
        else:
            self._record_success(t)
            self._enter_terminating(t, ("TERMINATED", "SUCCESS", "", False))

    def _describe(self, t: TaskRun) -> str:
        body = t.effective
        what = {
            "spark_jar_task": body.get("main_class_name", ""),
            "spark_python_task": body.get("python_file", ""),
            "python_wheel_task": f"{body.get('package_name', '')}:{body.get('entry_point', '')}",
            "spark_submit_task": "spark-submit",
        }.get(t.kind, t.kind)
        params = body.get("parameters") or body.get("named_parameters") or []
        return f"{what} with parameters {json.dumps(params, sort_keys=True)}"

    def _record_success(self, t: TaskRun) -> None:
        if t.kind == "notebook_task":
            t.notebook_result = self._knob(t, KNOB_OUTPUT)
        elif t.kind in ("spark_jar_task", "spark_python_task", "python_wheel_task"):
            t.logs = f"dbrest_mock: ran {self._describe(t)}\n"

    def _record_failure(self, t: TaskRun) -> None:
        t.error = f"Exception: the task failed because {KNOB_RESULT}=FAILED"
        t.error_trace = (
            "---------------------------------------------------------------------------\n"
            "Exception                                 Traceback (most recent call last)\n"
            f"----> 1 raise Exception('the task failed because {KNOB_RESULT}=FAILED')\n\n"
            f"Exception: the task failed because {KNOB_RESULT}=FAILED"
        )
        if t.kind in ("spark_jar_task", "spark_python_task", "python_wheel_task"):
            t.logs = f"dbrest_mock: ran {self._describe(t)}\n{t.error}\n"

    def _enter_terminating(self, t: TaskRun, outcome: tuple[str, str, str, bool]) -> None:
        now = self.clock.now_ms()
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
        now = self.clock.now_ms()
        t.life, t.result, t.message, t.stopped = t.outcome
        t.cleanup_duration = now - t.terminating_since
        t.end_time = now
        t.generation += 1
        self._task_done(t)

    def _fail_internal(self, t: TaskRun, message: str) -> None:
        if not t.active:
            return
        now = self.clock.now_ms()
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
            needed = any(t.active and t.spec.get("job_cluster_key") == key for t in run.tasks)
            if not needed:
                del run.job_cluster_ids[key]
                clusters.terminate_cluster(cluster_id, "JOB_FINISHED")

    def _stop_task(self, t: TaskRun, result: str, message: str) -> None:
        """Cancel or time out one task run."""
        if t.life in TASK_WAITING:
            now = self.clock.now_ms()
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
                    t.life, t.message, t.end_time = "SKIPPED", f"An upstream task {verb}.", self.clock.now_ms()
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
        due = max(0.0, (t.start_time + delay - self.clock.now_ms()) / 1000)

        def fire() -> None:
            if nxt.life == "WAITING_FOR_RETRY":
                self._start_task(nxt)

        self.clock.schedule(due, fire)
        self._release_job_clusters(run)

    def _schedule_retry_run(self, run: Run) -> None:
        first = run.tasks[0]
        due = max(0.0, (first.start_time + run.min_retry_interval_millis - self.clock.now_ms()) / 1000)

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

        self.clock.schedule(due, fire)

    def _finish_run(self, run: Run) -> None:
        now = self.clock.now_ms()
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

    # --- rendering ----------------------------------------------------------------------------------

    @staticmethod
    def _state(life: str, result: str | None, message: str, stopped: bool) -> dict[str, Any]:
        state: dict[str, Any] = {"life_cycle_state": life, "state_message": message}
        if result is not None and life in TERMINAL:
            state["result_state"] = result
        state["user_cancelled_or_timedout"] = stopped
        return state

    def _run_state(self, run: Run) -> dict[str, Any]:
        if run.single:
            t = run.tasks[0]
            return self._state(t.life, t.result, t.message, t.stopped)
        return self._state(run.life, run.result, run.message, run.stopped)

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
            running = 0 if run.end_time else max(0, self.clock.now_ms() - run.segment_start)
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

    # --- runs operations ----------------------------------------------------------------------------

    def _runs_list(self, req: Request, version: str) -> dict[str, Any]:
        self._purge()
        p = req.params
        if p.get("active_only") and p.get("completed_only"):
            raise ApiError.invalid("active_only and completed_only cannot both be true")
        job_id = p.get("job_id")
        if job_id is not None and job_id not in self.jobs and job_id not in self.anonymous_jobs:
            raise ApiError.invalid(f"Job {job_id} does not exist")
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
        maximum, default = (999, 20) if version == "2.0" else (25, 25)
        limit = p.get("limit")
        size = default if limit is None else (maximum if limit == 0 else limit)
        offset = p.get("offset") or 0
        page = runs[offset : offset + size]
        expand = version == "2.0" or bool(p.get("expand_tasks"))
        out: dict[str, Any] = {"has_more": offset + size < len(runs)}
        if page:
            out["runs"] = [self._run_view(r, version, expand=expand) for r in page]
        return out

    @operation("jobs20RunsList")
    def runs_list20(self, req: Request) -> dict[str, Any]:
        return self._runs_list(req, "2.0")

    @operation("jobsRunsList")
    def runs_list21(self, req: Request) -> dict[str, Any]:
        return self._runs_list(req, "2.1")

    def _runs_get(self, req: Request, version: str) -> dict[str, Any]:
        found = self._find(req.params["run_id"])
        if isinstance(found, TaskRun):
            return self._task_run_view(found, version)
        return self._run_view(found, version, history=bool(req.params.get("include_history")))

    @operation("jobs20RunsGet")
    def runs_get20(self, req: Request) -> dict[str, Any]:
        return self._runs_get(req, "2.0")

    @operation("jobsRunsGet")
    def runs_get21(self, req: Request) -> dict[str, Any]:
        return self._runs_get(req, "2.1")

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

    @operation("jobs20RunsExport")
    def export20(self, req: Request) -> dict[str, Any]:
        return self._export(req)

    @operation("jobsRunsExport")
    def export21(self, req: Request) -> dict[str, Any]:
        return self._export(req)

    def _cancel(self, req: Request) -> dict[str, Any]:
        found = self._find(req.params["run_id"])
        if isinstance(found, TaskRun):
            found = found.run
        self._stop_run(found, "CANCELED", f"Run cancelled by {req.user}.")
        return {}

    @operation("jobs20RunsCancel")
    def cancel20(self, req: Request) -> dict[str, Any]:
        return self._cancel(req)

    @operation("jobsRunsCancel")
    def cancel21(self, req: Request) -> dict[str, Any]:
        return self._cancel(req)

    def _cancel_all(self, req: Request) -> dict[str, Any]:
        job = self._job(req.params["job_id"])
        for run in self._active_runs(job.job_id):
            self._stop_run(run, "CANCELED", f"Run cancelled by {req.user}.")
        return {}

    @operation("jobs20RunsCancelAll")
    def cancel_all20(self, req: Request) -> dict[str, Any]:
        return self._cancel_all(req)

    @operation("jobsRunsCancelAll")
    def cancel_all21(self, req: Request) -> dict[str, Any]:
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

    @operation("jobs20RunsGetOutput")
    def get_output20(self, req: Request) -> dict[str, Any]:
        return self._get_output(req, "2.0")

    @operation("jobsRunsGetOutput")
    def get_output21(self, req: Request) -> dict[str, Any]:
        return self._get_output(req, "2.1")

    def _runs_delete(self, req: Request) -> dict[str, Any]:
        run = self._parent(req.params["run_id"])
        if self._run_active(run):
            raise ApiError.invalid_state(f"Run {run.run_id} is active; only runs that have finished can be deleted")
        self._forget(run)
        return {}

    @operation("jobs20RunsDelete")
    def runs_delete20(self, req: Request) -> dict[str, Any]:
        return self._runs_delete(req)

    @operation("jobsRunsDelete")
    def runs_delete21(self, req: Request) -> dict[str, Any]:
        return self._runs_delete(req)

    @operation("jobsRunsRepair")
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
            rerun = [t.key for t in run.tasks if t.result != "SUCCESS"]
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
            current = self._as_multi(job.settings) if job.format == "SINGLE_TASK" else job.settings
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
        now = self.clock.now_ms()
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
