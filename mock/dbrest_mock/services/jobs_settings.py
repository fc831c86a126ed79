"""Jobs settings rules: what create, reset, update and submit accept, in the single- and multi-task formats."""

from __future__ import annotations

import copy
import json
from typing import Any

from ..errors import ApiError
from .jobs_model import (
    CLUSTER_FIELDS,
    CLUSTERLESS,
    GIT_PROVIDERS,
    JOB_LEVEL_FIELDS,
    PARAM_FIELDS,
    PARAM_LIMIT_BYTES,
    SINGLE_TASK_FIELDS,
    TASK_KINDS,
    TASK_KINDS_20,
    Job,
    JobsStore,
    as_multi,
    check_old_api_size,
    task_kind,
)

#: JobSettings.name, SubmitRun.run_name and JobSettings.description (databricks-sdk 0.162.0 service/jobs.py).
MAX_NAME_BYTES = 4096
MAX_DESCRIPTION_CHARS = 27700


class JobSettingsRules(JobsStore):
    """Validation of job settings and the stored forms they become."""

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

    def _check_task(
        self,
        task: dict[str, Any],
        where: str,
        job_clusters: set[str] | None,
        environments: set[str] | None = None,
    ) -> None:
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
        env_key = task.get("environment_key")
        if env_key is not None and environments is not None and env_key not in environments:
            raise ApiError.invalid(f"{where}: environment_key {env_key} is not defined in environments")
        if not clusters and kind not in CLUSTERLESS and env_key is None:
            allowed = "existing_cluster_id or new_cluster" if job_clusters is None else ", ".join(CLUSTER_FIELDS)
            if environments is not None:
                allowed += " or environment_key (serverless)"
            raise ApiError.invalid(f"{where}: one of {allowed} must be specified")
        if kind == "for_each_task":
            nested = task["for_each_task"].get("task") or {}
            if nested.get("for_each_task") is not None:
                raise ApiError.invalid(f"{where}: the task of a for_each_task cannot be another for_each_task")
            self._check_task(nested, f"{where}: for_each_task.task", job_clusters, environments)
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
        environments: set[str] = set()
        for env in settings.get("environments") or []:
            if env["environment_key"] in environments:
                raise ApiError.invalid(f"environment_key {env['environment_key']} is used by more than one environment")
            environments.add(env["environment_key"])
        names: set[str] = set()
        for definition in settings.get("parameters") or []:
            if definition["name"] in names:
                raise ApiError.invalid(f"Job parameter {definition['name']} is defined more than once in parameters")
            names.add(definition["name"])
        tasks = settings.get("tasks") or []
        keys: list[str] = []
        for task in tasks:
            key = task["task_key"]
            if key in keys:
                raise ApiError.invalid(f"Duplicate task_key {key}: it is used by more than one of the tasks")
            keys.append(key)
        for task in tasks:
            key = task["task_key"]
            self._check_task(task, f"Task {key}", job_clusters, environments)
            kinds = {t["task_key"]: task_kind(t) for t in tasks}
            for dep in task.get("depends_on") or []:
                outcome = dep.get("outcome")
                if outcome is not None and kinds.get(dep["task_key"]) != "condition_task":
                    raise ApiError.invalid(
                        f"The depends_on of task {key} gives an outcome for task_key {dep['task_key']}, which is not "
                        "a condition_task"
                    )
                if outcome is not None and outcome not in ("true", "false"):
                    raise ApiError.invalid(
                        f'The depends_on of task {key}: outcome must be "true" or "false" (got {outcome!r})'
                    )
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

    def _new_settings(self, settings: dict[str, Any], *, version: str) -> tuple[str, dict[str, Any]]:
        """Validate create/reset settings; returns (format, stored settings)."""
        clean = self._clean(settings)
        check_old_api_size(len(clean.get("tasks") or []), version)
        if version != "2.0" or "tasks" in clean or "job_clusters" in clean:
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
        check_old_api_size(len(new.get("tasks") or job.settings.get("tasks") or []), version)
        if job.format == "SINGLE_TASK" and not ("tasks" in new or "job_clusters" in new):
            if version != "2.0":
                unknown = [k for k in new if k not in JOB_LEVEL_FIELDS]
                if unknown:
                    raise ApiError.invalid(f"{', '.join(unknown)} cannot be updated on a single-task format job")
            merged = copy.deepcopy(job.settings)
            merged.update(new)
            for name in remove:
                merged.pop(name, None)
            self._check_flat(merged)
            return "SINGLE_TASK", merged
        base = copy.deepcopy(job.settings) if job.format == "MULTI_TASK" else as_multi(job.settings)
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
