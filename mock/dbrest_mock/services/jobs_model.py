"""The Jobs mock's data model: constants, the stored job and run records, the settings forms, and the store.

``JobsStore`` holds the state every part of the Jobs service shares (jobs, runs, task runs, idempotency
tokens) and the lookups on it; the settings rules, the run life cycle and the views are mixins over it,
combined by :class:`~dbrest_mock.services.jobs.JobsService`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from ..clock import VirtualClock
from ..errors import ApiError
from ..service import Env, Request

DAY_MS = 24 * 3600 * 1000
RUN_RETENTION_MS = 60 * DAY_MS
PARAM_LIMIT_BYTES = 10_000
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
    # Today's task kinds (databricks-sdk 0.162.0 jobs.Task):
    "condition_task",
    "run_job_task",
    "for_each_task",
    "dashboard_task",
    "power_bi_task",
    "clean_rooms_notebook_task",
    "dbt_cloud_task",
    "dbt_platform_task",
    "alert_task",
    "gen_ai_compute_task",
    "python_operator_task",
    "ai_function_task",
    "ai_runtime_task",
)
#: The task kinds of the 2.0 single-task format.
TASK_KINDS_20 = TASK_KINDS[:6]
#: Task kinds that run without a cluster of the job: pipelines, SQL warehouses, control flow (the nested task
#: of a for-each task has its own compute), and the kinds whose work runs in another service.
CLUSTERLESS = ("pipeline_task", "sql_task", *TASK_KINDS[8:])
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
    # Today's job-level settings (databricks-sdk 0.162.0 jobs.JobSettings):
    "description",
    "parameters",
    "environments",
    "queue",
    "health",
    "run_as",
    "trigger",
    "continuous",
    "deployment",
    "edit_mode",
    "notification_settings",
    "budget_policy_id",
    "usage_policy_id",
    "performance_target",
    "parent_path",
    "environment_variables",
    "duration_target",
)
#: Arrays of a job's settings that Jobs 2.2 answers at most PAGE_SIZE items of per jobs/get call.
JOB_PAGED = ("tasks", "job_clusters", "parameters", "environments")
#: Arrays of a run that Jobs 2.2 answers at most PAGE_SIZE items of per runs/get call.
RUN_PAGED = ("tasks", "job_clusters", "job_parameters", "repair_history", "iterations")
PAGE_SIZE = 100
#: Jobs 2.0 and 2.1 neither write nor read jobs and runs of more tasks ("Jobs with a large number of tasks").
OLD_API_TASK_LIMIT = 100


def check_old_api_size(tasks: int, version: str) -> None:
    """A job or run of more than 100 tasks through Jobs 2.0/2.1: the answer Databricks documents for it."""
    if version != "2.2" and tasks > OLD_API_TASK_LIMIT:
        raise ApiError.invalid(
            f"Resources with more than {OLD_API_TASK_LIMIT} tasks can only be handled by API 2.2 and above. "
            f"Your resource has {tasks} tasks"
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
RUN_ACTIVE = ("QUEUED", "PENDING", "RUNNING", "TERMINATING")
TASK_WAITING = ("BLOCKED", "WAITING_FOR_RETRY", "QUEUED")
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


def api_version(req: Request) -> str:
    """The Jobs API version a request was made through: jobs20* → 2.0, jobs21* → 2.1, jobs* → 2.2."""
    op = req.operation_id
    if op.startswith("jobs20"):
        return "2.0"
    if op.startswith("jobs21"):
        return "2.1"
    return "2.2"


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
    #: condition_task: "true" or "false" once evaluated.
    condition_outcome: str | None = None
    #: run_job_task: the run it started.
    child_run_id: int | None = None
    #: for_each_task: its iterations (task runs of the nested task), and the inputs still to start.
    iterations: list[TaskRun] = field(default_factory=list)
    pending_inputs: list[Any] = field(default_factory=list)
    #: An iteration of a for_each_task: the for-each task run it belongs to.
    owner: TaskRun | None = None

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
    #: The job's parameter definitions with this run's values: [{"name", "default", "value"}].
    job_parameters: list[dict[str, Any]] = field(default_factory=list)
    #: The run waits in the job's queue (max_concurrent_runs reached, queueing enabled).
    queued: bool = False
    queue_since: int = 0
    queue_duration: int = 0
    #: A run started by a run_job_task: that task run.
    parent_task: TaskRun | None = None

    @property
    def single(self) -> bool:
        return self.format == "SINGLE_TASK"

    def task(self, key: str) -> TaskRun | None:
        return next((t for t in self.tasks if t.key == key), None)


def flat_task(flat: dict[str, Any]) -> dict[str, Any]:
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


def as_multi(flat: dict[str, Any]) -> dict[str, Any]:
    """A single-task format job's settings in the 2.1 form."""
    out = {k: copy.deepcopy(v) for k, v in flat.items() if k in JOB_LEVEL_FIELDS}
    out["tasks"] = [flat_task(flat)] if task_kind(flat) is not None else []
    return out


class JobsStore:
    """The shared state of the Jobs service and the lookups on it (set up by ``JobsService.reset``)."""

    env: Env
    jobs: dict[int, Job]
    deleted_jobs: set[int]
    #: Job ids of runs/submit runs (no job behind them).
    anonymous_jobs: set[int]
    runs: dict[int, Run]
    #: Task runs of multi-task runs, by their own run id.
    task_runs: dict[int, TaskRun]
    deleted_runs: set[int]
    tokens: dict[str, int]
    _runs_purge_due: int
    #: job id -> its runs (run id -> Run, in the order made): the runs of one job without a pass over all runs.
    _job_runs: dict[int, dict[int, Run]]
    #: Task runs by the cluster they were put on (pruned as they end): a cluster's state change looks up its
    #: tasks here instead of walking every run ever made.
    _cluster_tasks: dict[str, dict[int, TaskRun]]

    @property
    def clock(self) -> VirtualClock:
        return self.env.clock

    def _job(self, job_id: int) -> Job:
        job = self.jobs.get(job_id)
        if job is None:
            raise ApiError.invalid(f"Job {job_id} does not exist")
        return job

    def _purge(self) -> None:
        """Forget runs that ended more than 60 days ago. A run becomes a candidate only when it ends
        (:meth:`_may_purge`), so the pass over every run is made only once one can be due: a runs/get must not
        cost a scan of all runs (issue 18: get flat as the state grows)."""
        now = self.env.clock.now_ms()
        if now < self._runs_purge_due:
            return
        due = now + RUN_RETENTION_MS  # a run ending from now on is due no earlier
        for run in list(self.runs.values()):
            if not self._run_active(run) and run.end_time:
                if now - run.end_time >= RUN_RETENTION_MS:
                    self._forget(run)
                else:
                    due = min(due, run.end_time + RUN_RETENTION_MS)
        self._runs_purge_due = due

    def _put_on_cluster(self, t: TaskRun, cluster_id: str) -> None:
        t.cluster_id = cluster_id
        self._cluster_tasks.setdefault(cluster_id, {})[id(t)] = t  # keyed by identity: once, however often put

    def _may_purge(self, run: Run) -> None:
        """``run`` has ended (its end_time is set): make sure the next _purge looks at it."""
        if run.end_time:
            self._runs_purge_due = min(self._runs_purge_due, run.end_time + RUN_RETENTION_MS)

    def _forget(self, run: Run) -> None:
        self.runs.pop(run.run_id, None)
        self._job_runs.get(run.job_id, {}).pop(run.run_id, None)
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

    def _clusters(self) -> Any:
        return self.env.services.get("clusters")

    def _add_run(self, run: Run) -> None:
        self.runs[run.run_id] = run
        self._job_runs.setdefault(run.job_id, {})[run.run_id] = run

    def _active_runs(self, job_id: int) -> list[Run]:
        # The runs of one job from the index, in the order they were made (as self.runs has them).
        return [r for r in self._job_runs.get(job_id, {}).values() if self._run_active(r)]

    def _run_active(self, run: Run) -> bool:
        if run.single:
            return run.tasks[0].active
        return run.life in RUN_ACTIVE

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
