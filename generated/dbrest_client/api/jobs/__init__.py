"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.access_control_request import AccessControlRequest
    from ...models.empty import Empty
    from ...models.jobs_21_job import Jobs21Job
    from ...models.jobs_21_job_settings import Jobs21JobSettings
    from ...models.jobs_21_job_settings_tags import Jobs21JobSettingsTags
    from ...models.jobs_21_list_response import Jobs21ListResponse
    from ...models.jobs_21_run import Jobs21Run
    from ...models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings
    from ...models.jobs_21_runs_get_output_response import Jobs21RunsGetOutputResponse
    from ...models.jobs_21_runs_list_response import Jobs21RunsListResponse
    from ...models.jobs_21_task_settings import Jobs21TaskSettings
    from ...models.jobs_continuous import JobsContinuous
    from ...models.jobs_create_request import JobsCreateRequest
    from ...models.jobs_create_response import JobsCreateResponse
    from ...models.jobs_cron_schedule import JobsCronSchedule
    from ...models.jobs_email_notifications import JobsEmailNotifications
    from ...models.jobs_format import JobsFormat
    from ...models.jobs_git_source import JobsGitSource
    from ...models.jobs_job_cluster import JobsJobCluster
    from ...models.jobs_job_deployment import JobsJobDeployment
    from ...models.jobs_job_edit_mode import JobsJobEditMode
    from ...models.jobs_job_environment import JobsJobEnvironment
    from ...models.jobs_job_environment_variables import JobsJobEnvironmentVariables
    from ...models.jobs_job_id_request import JobsJobIdRequest
    from ...models.jobs_job_notification_settings import JobsJobNotificationSettings
    from ...models.jobs_job_parameter_definition import JobsJobParameterDefinition
    from ...models.jobs_job_run_as import JobsJobRunAs
    from ...models.jobs_jobs_health_rules import JobsJobsHealthRules
    from ...models.jobs_performance_target import JobsPerformanceTarget
    from ...models.jobs_pipeline_params import JobsPipelineParams
    from ...models.jobs_queue_settings import JobsQueueSettings
    from ...models.jobs_reset_request import JobsResetRequest
    from ...models.jobs_run_id_request import JobsRunIdRequest
    from ...models.jobs_run_now_request import JobsRunNowRequest
    from ...models.jobs_run_now_request_job_parameters import JobsRunNowRequestJobParameters
    from ...models.jobs_run_now_response import JobsRunNowResponse
    from ...models.jobs_run_type import JobsRunType
    from ...models.jobs_runs_cancel_all_request import JobsRunsCancelAllRequest
    from ...models.jobs_runs_export_response import JobsRunsExportResponse
    from ...models.jobs_runs_repair_request import JobsRunsRepairRequest
    from ...models.jobs_runs_repair_request_job_parameters import JobsRunsRepairRequestJobParameters
    from ...models.jobs_runs_repair_response import JobsRunsRepairResponse
    from ...models.jobs_runs_submit_request import JobsRunsSubmitRequest
    from ...models.jobs_runs_submit_response import JobsRunsSubmitResponse
    from ...models.jobs_string_map import JobsStringMap
    from ...models.jobs_trigger_configuration import JobsTriggerConfiguration
    from ...models.jobs_trigger_settings import JobsTriggerSettings
    from ...models.jobs_update_request import JobsUpdateRequest
    from ...models.jobs_views_to_export import JobsViewsToExport
    from ...models.jobs_webhook_notifications import JobsWebhookNotifications
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op.parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class JobsService:
    """The jobs operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        body: JobsCreateRequest,
    ) -> JobsCreateResponse: ...

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        tags: Jobs21JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        continuous: JobsContinuous | Mapping[str, Any] | Unset = UNSET,
        deployment: JobsJobDeployment | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        edit_mode: JobsJobEditMode | str | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        parameters: Sequence[JobsJobParameterDefinition | Mapping[str, Any]] | Unset = UNSET,
        parent_path: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        trigger: JobsTriggerSettings | Mapping[str, Any] | Unset = UNSET,
        triggers: Sequence[JobsTriggerConfiguration | Mapping[str, Any]] | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
    ) -> JobsCreateResponse: ...

    @keyword_call
    def create(
        self,
        *,
        body: JobsCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: Jobs21JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        continuous: JobsContinuous | Mapping[str, Any] | Unset = UNSET,
        deployment: JobsJobDeployment | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        edit_mode: JobsJobEditMode | str | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        parameters: Sequence[JobsJobParameterDefinition | Mapping[str, Any]] | Unset = UNSET,
        parent_path: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        trigger: JobsTriggerSettings | Mapping[str, Any] | Unset = UNSET,
        triggers: Sequence[JobsTriggerConfiguration | Mapping[str, Any]] | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
    ) -> JobsCreateResponse:
        """Create a job

        Creates a multi-task format job and returns its `job_id`. Every task needs a unique `task_key`
        (1–100 characters `[A-Za-z0-9_-]`) and exactly one task kind (`notebook_task`, `spark_jar_task`,
        `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
        `dbt_task`, `condition_task`, `run_job_task`, `for_each_task`, `dashboard_task`, `power_bi_task`,
        `clean_rooms_notebook_task`, `dbt_cloud_task`, `dbt_platform_task`, `alert_task`,
        `gen_ai_compute_task`, `python_operator_task`, `ai_function_task`, `ai_runtime_task`). Notebook, JAR,
        Python, spark-submit, wheel and dbt tasks need compute: exactly one of `existing_cluster_id`,
        `new_cluster` and `job_cluster_key`, or an `environment_key` of the job's `environments` (serverless).
        `depends_on` must name other tasks of the job and form no cycle (an `outcome` only on a
        `condition_task`); a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id` must
        exist; the task of a `for_each_task` cannot be another `for_each_task`; `parameters` names are unique.
        At most 1000 tasks, 100 job clusters and 25 tags. Runs of jobs created through this version are
        queued at `max_concurrent_runs` unless `queue.enabled` is false. `access_control_list` sets the job's
        initial permissions (a group cannot be `IS_OWNER`). Violations give `INVALID_PARAMETER_VALUE`. The
        job is also visible through Jobs API 2.1 and 2.0. A workspace that does not serve the path answers
        404 `ENDPOINT_NOT_FOUND`.


        Args:
            name (str | Unset): Name of the job (default `Untitled`); need not be unique.
            tags (Jobs21JobSettingsTags | Unset): Up to 25 tags, also set on the job clusters.
            tasks (list[Jobs21TaskSettings] | Unset): Up to 1000 tasks; more than 100 only through Jobs API 2.2
                (its reads page them by 100).
            job_clusters (list[JobsJobCluster] | Unset):
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start,
                succeed or fail (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called
                when runs start, succeed or fail (at most 3 each).
            timeout_seconds (int | Unset): Timeout of each run of the job; 0 (the default) = none. Applies to
                active runs too.
            schedule (JobsCronSchedule | Unset): A Quartz cron schedule for a job. Example:
                {'quartz_cron_expression': '0 15 22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status':
                'UNPAUSED'}.
            max_concurrent_runs (int | Unset): Maximum active runs of the job (default 1); further runs are
                SKIPPED; 0 skips every run.
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            format_ (JobsFormat | Unset): SINGLE_TASK (a job created in the Jobs API 2.0 form) or MULTI_TASK.
                Ignored in create, reset and
                update requests.
            budget_policy_id (str | Unset): The id of the user specified budget policy to use for this job. If
                not specified, a default budget policy may be applied when creating or modifying the job. See
                ``effective_budget_policy_id`` for the budget policy used by this workload.
            continuous (JobsContinuous | Unset):
            deployment (JobsJobDeployment | Unset):
            description (str | Unset): An optional description for the job. The maximum length is 27700
                characters in UTF-8 encoding.
            duration_target (str | Unset): The window the run aims to finish within, in hours, for a Cost-
                optimized serverless run. Required only when ``performance_target`` is ``COST_OPTIMIZED``. Must be
                one of the supported values: ``NO_FLEXIBILITY``, ``4h``, ``12h``, ``24h``, ``72h``.
                ``NO_FLEXIBILITY`` means the run uses the default cost-optimized performance level without
                additional cost-saving optimizations.
            edit_mode (JobsJobEditMode | Unset): Edit mode of the job. - ``UI_LOCKED``: The job is in a locked
                UI state and cannot be modified. - ``EDITABLE``: The job is in an editable state and can be
                modified.
            environment_variables (list[JobsJobEnvironmentVariables] | Unset): Named environment-variable
                entries that tasks can reference by key from ``TaskSettings.environment_variables_key``. Each
                entry's ``spec`` holds inline ``variables`` and optional ``.env`` ``files``. Maximum 10 entries per
                job. A task can reference at most one entry from this list.
            environments (list[JobsJobEnvironment] | Unset): A list of task execution environment specifications
                that can be referenced by tasks that use serverless compute or a compute resource that uses
                Environments mode. For notebook tasks that use serverless compute or a compute resource that uses
                Environments mode, if the ``environment_key`` is not specified, the notebook environment will be
                used if present. If a jobs environment is specified, it will override the notebook environment. For
                other tasks that use serverless compute or a compute resource that uses Environments mode, the task
                environment is required to be specified using ``environment_k
            health (JobsJobsHealthRules | Unset): An optional set of health rules that can be defined for this
                job.
            notification_settings (JobsJobNotificationSettings | Unset):
            parameters (list[JobsJobParameterDefinition] | Unset): Job-level parameter definitions
            parent_path (str | Unset): Path of the job parent folder in workspace file tree. If absent, the job
                doesn't have a workspace object.
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            queue (JobsQueueSettings | Unset):
            run_as (JobsJobRunAs | Unset): Write-only setting. Specifies the user, service principal, or group
                that the job runs as. If not specified, the job runs as the user who created the job. One of
                ``user_name``, ``service_principal_name``, or ``group_name`` should be specified. If not, an error
                is thrown.
            trigger (JobsTriggerSettings | Unset):
            triggers (list[JobsTriggerConfiguration] | Unset): List of triggers attached to this job. A run
                starts when any active trigger evaluates to true. Cannot be set in the same request as the legacy
                ``schedule``, ``trigger``, or ``continuous`` fields. Gated behind the "Multiple Triggers" feature
                preview.
            usage_policy_id (str | Unset): The id of the user specified usage policy to use for this job. If not
                specified, a default usage policy may be applied when creating or modifying the job. See
                ``effective_usage_policy_id`` for the usage policy used by this workload.
            access_control_list (list[AccessControlRequest] | Unset): Initial permissions of the job or run (a
                group cannot be IS_OWNER).
            body (JobsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_create_request import JobsCreateRequest

        body = request_body(
            JobsCreateRequest,
            body,
            {
                "name": ("name", name),
                "tags": ("tags", tags),
                "tasks": ("tasks", tasks),
                "job_clusters": ("job_clusters", job_clusters),
                "email_notifications": ("email_notifications", email_notifications),
                "webhook_notifications": ("webhook_notifications", webhook_notifications),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "schedule": ("schedule", schedule),
                "max_concurrent_runs": ("max_concurrent_runs", max_concurrent_runs),
                "git_source": ("git_source", git_source),
                "format_": ("format", format_),
                "budget_policy_id": ("budget_policy_id", budget_policy_id),
                "continuous": ("continuous", continuous),
                "deployment": ("deployment", deployment),
                "description": ("description", description),
                "duration_target": ("duration_target", duration_target),
                "edit_mode": ("edit_mode", edit_mode),
                "environment_variables": ("environment_variables", environment_variables),
                "environments": ("environments", environments),
                "health": ("health", health),
                "notification_settings": ("notification_settings", notification_settings),
                "parameters": ("parameters", parameters),
                "parent_path": ("parent_path", parent_path),
                "performance_target": ("performance_target", performance_target),
                "queue": ("queue", queue),
                "run_as": ("run_as", run_as),
                "trigger": ("trigger", trigger),
                "triggers": ("triggers", triggers),
                "usage_policy_id": ("usage_policy_id", usage_policy_id),
                "access_control_list": ("access_control_list", access_control_list),
            },
            "JobsService.create",
            True,
        )

        from . import jobs_create as _op

        result: JobsCreateResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def delete(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        job_id: int,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsJobIdRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a job

        Deletes the job. Afterwards neither the job nor its runs are visible through the API; runs that were
        active are cancelled asynchronously. Deleting an already deleted job is a no-op; an id that never
        existed → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers 404
        `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            body (JobsJobIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_job_id_request import JobsJobIdRequest

        body = request_body(
            JobsJobIdRequest,
            body,
            {
                "job_id": ("job_id", job_id),
            },
            "JobsService.delete",
            True,
        )

        from . import jobs_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        job_id: int,
        *,
        page_token: str | Unset = UNSET,
        include_trigger_state: bool | Unset = UNSET,
    ) -> Jobs21Job:
        """Get a job

        Returns a job with its settings in the multi-task format. A job created through Jobs API 2.0 in the
        single-task format is shown as one task (task_key derived from the job name) with
        `format: SINGLE_TASK`. `run_as_user_name` is the `IS_OWNER` of the job's access control list, else
        its creator. An unknown or deleted job → HTTP 400 `INVALID_PARAMETER_VALUE` "Job <id> does not
        exist". A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2 pages the job: at most 100 `tasks`, `job_clusters`, `parameters` and `environments` per
        answer; when more remain the answer has `next_page_token`, and `page_token` reads the next 100 (the other
        fields repeat). A token of another job → `INVALID_PARAMETER_VALUE`.


        Args:
            job_id (int):
            page_token (str | Unset):
            include_trigger_state (bool | Unset):
        """

        from . import jobs_get as _op

        result: Jobs21Job = _call(
            self._client,
            _op,
            (),
            job_id=job_id,
            page_token=page_token,
            include_trigger_state=include_trigger_state,
        )
        return result

    @keyword_call
    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        name: str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> Jobs21ListResponse:
        """List jobs

        Lists jobs, most recently created first, a page at a time: `offset` (default 0) and `limit` (1–25,
        default 20; out of range → `INVALID_PARAMETER_VALUE`); `has_more` tells whether more jobs follow.
        `name` keeps only the jobs with exactly that name (case-insensitive). Without `expand_tasks` the
        settings omit `tasks` and `job_clusters`. Jobs created through Jobs API 2.0 in the single-task format
        are shown in the multi-task form (one task) with `format: SINGLE_TASK`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2: `limit` up to 100; `page_token` (an answer's `next_page_token` or `prev_page_token`) replaces
        `offset`; with `expand_tasks` each job shows at most 100 tasks etc. and `has_more` when cut (jobs/get
        reads the rest).


        Args:
            limit (int | Unset):
            offset (int | Unset):
            name (str | Unset):
            expand_tasks (bool | Unset):
            page_token (str | Unset):
        """

        from . import jobs_list as _op

        result: Jobs21ListResponse = _call(
            self._client,
            _op,
            (),
            limit=limit,
            offset=offset,
            name=name,
            expand_tasks=expand_tasks,
            page_token=page_token,
        )
        return result

    @overload
    def reset(
        self,
        *,
        body: JobsResetRequest,
    ) -> Empty: ...

    @overload
    def reset(
        self,
        job_id: int,
        new_settings: Jobs21JobSettings | Mapping[str, Any],
    ) -> Empty: ...

    @keyword_call
    def reset(
        self,
        job_id: int | Unset = UNSET,
        new_settings: Jobs21JobSettings | Mapping[str, Any] | Unset = UNSET,
        *,
        body: JobsResetRequest | Unset = UNSET,
    ) -> Empty:
        """Replace all settings of a job

        Replaces every setting of the job with `new_settings` (validated like create); the job becomes a
        multi-task format job. Changes to `timeout_seconds` apply to active runs; other changes apply to
        future runs only. Unknown job → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path
        answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs21JobSettings): Settings of a multi-task format job.
            body (JobsResetRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_reset_request import JobsResetRequest

        body = request_body(
            JobsResetRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
            },
            "JobsService.reset",
            True,
        )

        from . import jobs_reset as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def run_now(
        self,
        *,
        body: JobsRunNowRequest,
    ) -> JobsRunNowResponse: ...

    @overload
    def run_now(
        self,
        job_id: int,
        *,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        job_parameters: JobsRunNowRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        only: builtins.list[str] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunNowResponse: ...

    @keyword_call
    def run_now(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsRunNowRequest | Unset = UNSET,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        job_parameters: JobsRunNowRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        only: builtins.list[str] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunNowResponse:
        """Trigger a run of a job

        Starts a run of the job (trigger `ONE_TIME`, run type `JOB_RUN`) and returns its `run_id`
        (`number_in_job` equals `run_id` in 2.1). The run parameters override the task settings of every
        task of the matching kind: `notebook_params` are merged over `base_parameters`; `jar_params`,
        `python_params`, `spark_submit_params`, `python_named_params`, `dbt_commands` replace the task's
        parameters; `sql_params` merge; `pipeline_params.full_refresh` overrides. `jar_params` and
        `notebook_params` are mutually exclusive, and each parameter field may take at most 10,000 bytes as
        JSON (`python_params` and `spark_submit_params` ASCII only) → `INVALID_PARAMETER_VALUE`. With an
        `idempotency_token` (≤64 characters) that an existing run was started with, no run is started and
        that run's id is returned; if that run was deleted → `INVALID_PARAMETER_VALUE`. When the job already
        has `max_concurrent_runs` active runs (0 skips every run), the run is created and ends at once in
        `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers
        404 `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            jar_params (list[str] | Unset): Command-line parameters.
            notebook_params (JobsStringMap | Unset): String key-value pairs.
            python_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            spark_submit_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            python_named_params (JobsStringMap | Unset): String key-value pairs.
            pipeline_params (JobsPipelineParams | Unset):
            sql_params (JobsStringMap | Unset): String key-value pairs.
            dbt_commands (list[str] | Unset): Command-line parameters.
            idempotency_token (str | Unset): At most 64 characters. A run started with the same token is
                returned instead of starting a new one;
                if that run was deleted, the request fails.
            job_parameters (JobsRunNowRequestJobParameters | Unset): Job-level parameter values of this run,
                overriding the defaults of the job's `parameters`.
            only (list[str] | Unset): Keys of the tasks to run; the others are skipped.
            queue (JobsQueueSettings | Unset):
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            duration_target (str | Unset): Target duration of the run (serverless performance).
            body (JobsRunNowRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_run_now_request import JobsRunNowRequest

        body = request_body(
            JobsRunNowRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "jar_params": ("jar_params", jar_params),
                "notebook_params": ("notebook_params", notebook_params),
                "python_params": ("python_params", python_params),
                "spark_submit_params": ("spark_submit_params", spark_submit_params),
                "python_named_params": ("python_named_params", python_named_params),
                "pipeline_params": ("pipeline_params", pipeline_params),
                "sql_params": ("sql_params", sql_params),
                "dbt_commands": ("dbt_commands", dbt_commands),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "job_parameters": ("job_parameters", job_parameters),
                "only": ("only", only),
                "queue": ("queue", queue),
                "performance_target": ("performance_target", performance_target),
                "duration_target": ("duration_target", duration_target),
            },
            "JobsService.run_now",
            True,
        )

        from . import jobs_run_now as _op

        result: JobsRunNowResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def runs_cancel(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty: ...

    @overload
    def runs_cancel(
        self,
        run_id: int,
    ) -> Empty: ...

    @keyword_call
    def runs_cancel(
        self,
        run_id: int | Unset = UNSET,
        *,
        body: JobsRunIdRequest | Unset = UNSET,
    ) -> Empty:
        """Cancel a run

        Cancels the run asynchronously: it goes to TERMINATING and then TERMINATED with result `CANCELED`
        (`user_cancelled_or_timedout` true); tasks that had not started end CANCELED at once. A run that has
        already finished is left alone. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int): A job id or run id (unique across the workspace).
            body (JobsRunIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_run_id_request import JobsRunIdRequest

        body = request_body(
            JobsRunIdRequest,
            body,
            {
                "run_id": ("run_id", run_id),
            },
            "JobsService.runs_cancel",
            True,
        )

        from . import jobs_runs_cancel as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def runs_cancel_all(
        self,
        *,
        body: JobsRunsCancelAllRequest,
    ) -> Empty: ...

    @overload
    def runs_cancel_all(
        self,
        *,
        job_id: int | Unset = UNSET,
        all_queued_runs: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def runs_cancel_all(
        self,
        *,
        body: JobsRunsCancelAllRequest | Unset = UNSET,
        job_id: int | Unset = UNSET,
        all_queued_runs: bool | Unset = UNSET,
    ) -> Empty:
        """Cancel all active runs of a job

        Cancels every active run of the job asynchronously, like `runs/cancel` on each; it does not prevent
        new runs. With `all_queued_runs` true and no `job_id` (later; databricks-sdk 0.162.0), every queued run
        in the workspace is canceled instead. Neither `job_id` nor `all_queued_runs` true, or an unknown job →
        `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int | Unset): A job id or run id (unique across the workspace).
            all_queued_runs (bool | Unset): Optional boolean parameter to cancel all queued runs (later;
                databricks-sdk 0.162.0). If no `job_id`
                is provided, all queued runs in the workspace are canceled.
            body (JobsRunsCancelAllRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_runs_cancel_all_request import JobsRunsCancelAllRequest

        body = request_body(
            JobsRunsCancelAllRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "all_queued_runs": ("all_queued_runs", all_queued_runs),
            },
            "JobsService.runs_cancel_all",
            True,
        )

        from . import jobs_runs_cancel_all as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def runs_delete(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty: ...

    @overload
    def runs_delete(
        self,
        run_id: int,
    ) -> Empty: ...

    @keyword_call
    def runs_delete(
        self,
        run_id: int | Unset = UNSET,
        *,
        body: JobsRunIdRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a run

        Deletes a run that is no longer active (its task runs with it). An active run (PENDING, RUNNING,
        TERMINATING) → `INVALID_STATE`; unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int): A job id or run id (unique across the workspace).
            body (JobsRunIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_run_id_request import JobsRunIdRequest

        body = request_body(
            JobsRunIdRequest,
            body,
            {
                "run_id": ("run_id", run_id),
            },
            "JobsService.runs_delete",
            True,
        )

        from . import jobs_runs_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def runs_export(
        self,
        run_id: int,
        *,
        views_to_export: JobsViewsToExport | str | Unset = UNSET,
    ) -> JobsRunsExportResponse:
        """Export a run

        Exports the views of a notebook run as HTML: `views_to_export` CODE (the default: the notebook),
        DASHBOARDS (its dashboards) or ALL. Only notebook task runs can be exported (pass a task run id for a
        multi-task run); other runs → `INVALID_PARAMETER_VALUE`. Runs are removed after 60 days: export
        them first to keep them. Also served at `/api/2.0/jobs/runs/export`. A workspace that does not serve
        the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int):
            views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its dashboards) or
                ALL.
        """

        if not isinstance(views_to_export, Unset):
            from ...models.jobs_views_to_export import JobsViewsToExport

            views_to_export = JobsViewsToExport(views_to_export)

        from . import jobs_runs_export as _op

        result: JobsRunsExportResponse = _call(
            self._client,
            _op,
            (),
            run_id=run_id,
            views_to_export=views_to_export,
        )
        return result

    @keyword_call
    def runs_get(
        self,
        run_id: int,
        *,
        include_history: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_resolved_values: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """Get a run

        Returns a run. A multi-task run lists its task runs in `tasks`, each with its own `run_id`
        (usable with `runs/get-output`); `run_duration` is the duration of the run and all its repairs while
        `setup_duration`, `execution_duration` and `cleanup_duration` are 0. A run of a single-task format
        job has one task whose `run_id` is the run's. `include_history` adds `repair_history` (the original
        run, then each repair). A task run id can be read too. Unknown or deleted run → HTTP 400
        `INVALID_PARAMETER_VALUE` "Run <id> does not exist". A workspace that does not serve the path answers
        404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2 pages the run: at most 100 `tasks` (or `iterations` of a for-each task run), `job_clusters`,
        `job_parameters` and `repair_history` items per answer; `next_page_token` / `page_token` read the next 100.
        Runs carry `status` (today's state, termination and queue details) and `job_parameters`.


        Args:
            run_id (int):
            include_history (bool | Unset):
            page_token (str | Unset):
            include_resolved_values (bool | Unset):
        """

        from . import jobs_runs_get as _op

        result: Jobs21Run = _call(
            self._client,
            _op,
            (),
            run_id=run_id,
            include_history=include_history,
            page_token=page_token,
            include_resolved_values=include_resolved_values,
        )
        return result

    @keyword_call
    def runs_get_output(
        self,
        run_id: int,
    ) -> Jobs21RunsGetOutputResponse:
        """Get the output of a task run

        Returns the output and the metadata of a single task run: `notebook_output` for notebook tasks (the
        first 5 MB of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call
        it), `logs` (last 5 MB of stdout/stderr) for JAR, Python and wheel tasks, `error` and `error_trace`
        for failed runs; fields are absent until the run has finished. The id of a multi-task run itself →
        HTTP 400 `INVALID_PARAMETER_VALUE` "Retrieving the output of runs with multiple tasks is not
        supported. You must retrieve the output of each individual task run instead."; pass the `run_id` of
        one of its `tasks`. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path
        answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int):
        """

        from . import jobs_runs_get_output as _op

        result: Jobs21RunsGetOutputResponse = _call(
            self._client,
            _op,
            (),
            run_id=run_id,
        )
        return result

    @keyword_call
    def runs_list(
        self,
        *,
        active_only: bool | Unset = UNSET,
        completed_only: bool | Unset = UNSET,
        job_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        run_type: JobsRunType | str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        start_time_from: int | Unset = UNSET,
        start_time_to: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> Jobs21RunsListResponse:
        """List runs

        Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
        and `limit` (1–25, default 25; 0 means the maximum, 25); `has_more` tells whether more runs follow.
        Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
        TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
        `start_time_from` / `start_time_to` (inclusive, epoch ms). Without `expand_tasks` the runs omit
        `tasks` and `job_clusters`. Task runs of multi-task runs are not listed on their own. A workspace that
        does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2: `page_token` (an answer's `next_page_token` or `prev_page_token`) replaces `offset`; with
        `expand_tasks` each run shows at most 100 tasks etc. and `has_more` when cut.


        Args:
            active_only (bool | Unset):
            completed_only (bool | Unset):
            job_id (int | Unset):
            offset (int | Unset):
            limit (int | Unset):
            run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
                dbutils.notebook.run), SUBMIT_RUN (runs/submit).
            expand_tasks (bool | Unset):
            start_time_from (int | Unset):
            start_time_to (int | Unset):
            page_token (str | Unset):
        """

        if not isinstance(run_type, Unset):
            from ...models.jobs_run_type import JobsRunType

            run_type = JobsRunType(run_type)

        from . import jobs_runs_list as _op

        result: Jobs21RunsListResponse = _call(
            self._client,
            _op,
            (),
            active_only=active_only,
            completed_only=completed_only,
            job_id=job_id,
            offset=offset,
            limit=limit,
            run_type=run_type,
            expand_tasks=expand_tasks,
            start_time_from=start_time_from,
            start_time_to=start_time_to,
            page_token=page_token,
        )
        return result

    @overload
    def runs_repair(
        self,
        *,
        body: JobsRunsRepairRequest,
    ) -> JobsRunsRepairResponse: ...

    @overload
    def runs_repair(
        self,
        run_id: int,
        *,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        rerun_tasks: builtins.list[str] | Unset = UNSET,
        latest_repair_id: int | Unset = UNSET,
        rerun_all_failed_tasks: bool | Unset = UNSET,
        job_parameters: JobsRunsRepairRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        rerun_dependent_tasks: bool | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunsRepairResponse: ...

    @keyword_call
    def runs_repair(
        self,
        run_id: int | Unset = UNSET,
        *,
        body: JobsRunsRepairRequest | Unset = UNSET,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        rerun_tasks: builtins.list[str] | Unset = UNSET,
        latest_repair_id: int | Unset = UNSET,
        rerun_all_failed_tasks: bool | Unset = UNSET,
        job_parameters: JobsRunsRepairRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        rerun_dependent_tasks: bool | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunsRepairResponse:
        """Re-run tasks of a finished multi-task run

        Re-runs tasks of a finished multi-task run as part of that run, with the job's current task
        settings: the tasks named in `rerun_tasks`, or with `rerun_all_failed_tasks` every task that did not
        succeed (exactly one of the two). Each re-run task gets a new task run id; tasks that depend on a
        re-run task wait for it. The run goes back to RUNNING and the repair is recorded in `repair_history`.
        After the first repair, `latest_repair_id` must name the latest repair. The run parameters override
        like `run-now`. A run in progress → `INVALID_STATE`; a single-task format run, an unknown task key, a
        wrong `latest_repair_id` or an unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int): A job id or run id (unique across the workspace).
            jar_params (list[str] | Unset): Command-line parameters.
            notebook_params (JobsStringMap | Unset): String key-value pairs.
            python_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            spark_submit_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            python_named_params (JobsStringMap | Unset): String key-value pairs.
            pipeline_params (JobsPipelineParams | Unset):
            sql_params (JobsStringMap | Unset): String key-value pairs.
            dbt_commands (list[str] | Unset): Command-line parameters.
            rerun_tasks (list[str] | Unset): Keys of the tasks to re-run.
            latest_repair_id (int | Unset): The id of the latest repair of the run; required after the first
                repair.
            rerun_all_failed_tasks (bool | Unset): Re-run every task that did not succeed (default false); not
                together with rerun_tasks.
            job_parameters (JobsRunsRepairRequestJobParameters | Unset): Job-level parameter values of the
                repair.
            rerun_dependent_tasks (bool | Unset): Re-run the tasks that depend on rerun_tasks too (default
                false).
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            duration_target (str | Unset):
            body (JobsRunsRepairRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_runs_repair_request import JobsRunsRepairRequest

        body = request_body(
            JobsRunsRepairRequest,
            body,
            {
                "run_id": ("run_id", run_id),
                "jar_params": ("jar_params", jar_params),
                "notebook_params": ("notebook_params", notebook_params),
                "python_params": ("python_params", python_params),
                "spark_submit_params": ("spark_submit_params", spark_submit_params),
                "python_named_params": ("python_named_params", python_named_params),
                "pipeline_params": ("pipeline_params", pipeline_params),
                "sql_params": ("sql_params", sql_params),
                "dbt_commands": ("dbt_commands", dbt_commands),
                "rerun_tasks": ("rerun_tasks", rerun_tasks),
                "latest_repair_id": ("latest_repair_id", latest_repair_id),
                "rerun_all_failed_tasks": ("rerun_all_failed_tasks", rerun_all_failed_tasks),
                "job_parameters": ("job_parameters", job_parameters),
                "rerun_dependent_tasks": ("rerun_dependent_tasks", rerun_dependent_tasks),
                "performance_target": ("performance_target", performance_target),
                "duration_target": ("duration_target", duration_target),
            },
            "JobsService.runs_repair",
            True,
        )

        from . import jobs_runs_repair as _op

        result: JobsRunsRepairResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def runs_submit(
        self,
        *,
        body: JobsRunsSubmitRequest,
    ) -> JobsRunsSubmitResponse: ...

    @overload
    def runs_submit(
        self,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]],
        *,
        run_name: str | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
    ) -> JobsRunsSubmitResponse: ...

    @keyword_call
    def runs_submit(
        self,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: JobsRunsSubmitRequest | Unset = UNSET,
        run_name: str | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run

        Starts a one-time run of the given tasks without creating a job (run type `SUBMIT_RUN`, no
        `job_id`); poll `runs/get` for its state. Tasks are validated like job tasks, except that they
        cannot use `job_cluster_key`. `run_name` defaults to `Untitled`. An `idempotency_token` (≤64
        characters) already used by a run returns that run's id instead of starting a new run (a deleted
        run → `INVALID_PARAMETER_VALUE`). `timeout_seconds` bounds the whole run (0 = none). A workspace that
        does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            tasks (list[Jobs21RunSubmitTaskSettings]):
            run_name (str | Unset): Name of the run (default `Untitled`).
            webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called
                when runs start, succeed or fail (at most 3 each).
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            timeout_seconds (int | Unset):
            idempotency_token (str | Unset): At most 64 characters. A run started with the same token is
                returned instead of starting a new one;
                if that run was deleted, the request fails.
            access_control_list (list[AccessControlRequest] | Unset): Initial permissions of the job or run (a
                group cannot be IS_OWNER).
            budget_policy_id (str | Unset): The budget policy the run is billed to.
            usage_policy_id (str | Unset):
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start,
                succeed or fail (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            environments (list[JobsJobEnvironment] | Unset):
            environment_variables (list[JobsJobEnvironmentVariables] | Unset):
            health (JobsJobsHealthRules | Unset): An optional set of health rules that can be defined for this
                job.
            notification_settings (JobsJobNotificationSettings | Unset):
            queue (JobsQueueSettings | Unset):
            run_as (JobsJobRunAs | Unset): Write-only setting. Specifies the user, service principal, or group
                that the job runs as. If not specified, the job runs as the user who created the job. One of
                ``user_name``, ``service_principal_name``, or ``group_name`` should be specified. If not, an error
                is thrown.
            duration_target (str | Unset):
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            body (JobsRunsSubmitRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_runs_submit_request import JobsRunsSubmitRequest

        body = request_body(
            JobsRunsSubmitRequest,
            body,
            {
                "tasks": ("tasks", tasks),
                "run_name": ("run_name", run_name),
                "webhook_notifications": ("webhook_notifications", webhook_notifications),
                "git_source": ("git_source", git_source),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "access_control_list": ("access_control_list", access_control_list),
                "budget_policy_id": ("budget_policy_id", budget_policy_id),
                "usage_policy_id": ("usage_policy_id", usage_policy_id),
                "email_notifications": ("email_notifications", email_notifications),
                "environments": ("environments", environments),
                "environment_variables": ("environment_variables", environment_variables),
                "health": ("health", health),
                "notification_settings": ("notification_settings", notification_settings),
                "queue": ("queue", queue),
                "run_as": ("run_as", run_as),
                "duration_target": ("duration_target", duration_target),
                "performance_target": ("performance_target", performance_target),
            },
            "JobsService.runs_submit",
            True,
        )

        from . import jobs_runs_submit as _op

        result: JobsRunsSubmitResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def update(
        self,
        *,
        body: JobsUpdateRequest,
    ) -> Empty: ...

    @overload
    def update(
        self,
        job_id: int,
        *,
        new_settings: Jobs21JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def update(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsUpdateRequest | Unset = UNSET,
        new_settings: Jobs21JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty:
        """Change some settings of a job

        Replaces the top-level fields given in `new_settings` (nested fields are not merged: `tasks`
        replaces the whole task list) and removes the top-level fields named in `fields_to_remove` (e.g.
        `["libraries", "schedule"]`; unknown or absent names are ignored). The result is validated like
        create; nothing changes when it is rejected. Updating only job-level fields of a single-task format
        job keeps it single-task; giving `tasks` makes it multi-task. `timeout_seconds` changes apply to active
        runs. Unknown job → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers 404
        `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs21JobSettings | Unset): Settings of a multi-task format job.
            fields_to_remove (list[str] | Unset): Top-level settings fields to remove, e.g. `["libraries",
                "schedule"]`.
            body (JobsUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_update_request import JobsUpdateRequest

        body = request_body(
            JobsUpdateRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
                "fields_to_remove": ("fields_to_remove", fields_to_remove),
            },
            "JobsService.update",
            True,
        )

        from . import jobs_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncJobsService:
    """The jobs operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        body: JobsCreateRequest,
    ) -> JobsCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        tags: Jobs21JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        continuous: JobsContinuous | Mapping[str, Any] | Unset = UNSET,
        deployment: JobsJobDeployment | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        edit_mode: JobsJobEditMode | str | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        parameters: Sequence[JobsJobParameterDefinition | Mapping[str, Any]] | Unset = UNSET,
        parent_path: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        trigger: JobsTriggerSettings | Mapping[str, Any] | Unset = UNSET,
        triggers: Sequence[JobsTriggerConfiguration | Mapping[str, Any]] | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
    ) -> JobsCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        *,
        body: JobsCreateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        tags: Jobs21JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        continuous: JobsContinuous | Mapping[str, Any] | Unset = UNSET,
        deployment: JobsJobDeployment | Mapping[str, Any] | Unset = UNSET,
        description: str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        edit_mode: JobsJobEditMode | str | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        parameters: Sequence[JobsJobParameterDefinition | Mapping[str, Any]] | Unset = UNSET,
        parent_path: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        trigger: JobsTriggerSettings | Mapping[str, Any] | Unset = UNSET,
        triggers: Sequence[JobsTriggerConfiguration | Mapping[str, Any]] | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
    ) -> JobsCreateResponse:
        """Create a job

        Creates a multi-task format job and returns its `job_id`. Every task needs a unique `task_key`
        (1–100 characters `[A-Za-z0-9_-]`) and exactly one task kind (`notebook_task`, `spark_jar_task`,
        `spark_python_task`, `spark_submit_task`, `pipeline_task`, `python_wheel_task`, `sql_task`,
        `dbt_task`, `condition_task`, `run_job_task`, `for_each_task`, `dashboard_task`, `power_bi_task`,
        `clean_rooms_notebook_task`, `dbt_cloud_task`, `dbt_platform_task`, `alert_task`,
        `gen_ai_compute_task`, `python_operator_task`, `ai_function_task`, `ai_runtime_task`). Notebook, JAR,
        Python, spark-submit, wheel and dbt tasks need compute: exactly one of `existing_cluster_id`,
        `new_cluster` and `job_cluster_key`, or an `environment_key` of the job's `environments` (serverless).
        `depends_on` must name other tasks of the job and form no cycle (an `outcome` only on a
        `condition_task`); a `job_cluster_key` must name one of `job_clusters`; an `existing_cluster_id` must
        exist; the task of a `for_each_task` cannot be another `for_each_task`; `parameters` names are unique.
        At most 1000 tasks, 100 job clusters and 25 tags. Runs of jobs created through this version are
        queued at `max_concurrent_runs` unless `queue.enabled` is false. `access_control_list` sets the job's
        initial permissions (a group cannot be `IS_OWNER`). Violations give `INVALID_PARAMETER_VALUE`. The
        job is also visible through Jobs API 2.1 and 2.0. A workspace that does not serve the path answers
        404 `ENDPOINT_NOT_FOUND`.


        Args:
            name (str | Unset): Name of the job (default `Untitled`); need not be unique.
            tags (Jobs21JobSettingsTags | Unset): Up to 25 tags, also set on the job clusters.
            tasks (list[Jobs21TaskSettings] | Unset): Up to 1000 tasks; more than 100 only through Jobs API 2.2
                (its reads page them by 100).
            job_clusters (list[JobsJobCluster] | Unset):
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start,
                succeed or fail (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called
                when runs start, succeed or fail (at most 3 each).
            timeout_seconds (int | Unset): Timeout of each run of the job; 0 (the default) = none. Applies to
                active runs too.
            schedule (JobsCronSchedule | Unset): A Quartz cron schedule for a job. Example:
                {'quartz_cron_expression': '0 15 22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status':
                'UNPAUSED'}.
            max_concurrent_runs (int | Unset): Maximum active runs of the job (default 1); further runs are
                SKIPPED; 0 skips every run.
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            format_ (JobsFormat | Unset): SINGLE_TASK (a job created in the Jobs API 2.0 form) or MULTI_TASK.
                Ignored in create, reset and
                update requests.
            budget_policy_id (str | Unset): The id of the user specified budget policy to use for this job. If
                not specified, a default budget policy may be applied when creating or modifying the job. See
                ``effective_budget_policy_id`` for the budget policy used by this workload.
            continuous (JobsContinuous | Unset):
            deployment (JobsJobDeployment | Unset):
            description (str | Unset): An optional description for the job. The maximum length is 27700
                characters in UTF-8 encoding.
            duration_target (str | Unset): The window the run aims to finish within, in hours, for a Cost-
                optimized serverless run. Required only when ``performance_target`` is ``COST_OPTIMIZED``. Must be
                one of the supported values: ``NO_FLEXIBILITY``, ``4h``, ``12h``, ``24h``, ``72h``.
                ``NO_FLEXIBILITY`` means the run uses the default cost-optimized performance level without
                additional cost-saving optimizations.
            edit_mode (JobsJobEditMode | Unset): Edit mode of the job. - ``UI_LOCKED``: The job is in a locked
                UI state and cannot be modified. - ``EDITABLE``: The job is in an editable state and can be
                modified.
            environment_variables (list[JobsJobEnvironmentVariables] | Unset): Named environment-variable
                entries that tasks can reference by key from ``TaskSettings.environment_variables_key``. Each
                entry's ``spec`` holds inline ``variables`` and optional ``.env`` ``files``. Maximum 10 entries per
                job. A task can reference at most one entry from this list.
            environments (list[JobsJobEnvironment] | Unset): A list of task execution environment specifications
                that can be referenced by tasks that use serverless compute or a compute resource that uses
                Environments mode. For notebook tasks that use serverless compute or a compute resource that uses
                Environments mode, if the ``environment_key`` is not specified, the notebook environment will be
                used if present. If a jobs environment is specified, it will override the notebook environment. For
                other tasks that use serverless compute or a compute resource that uses Environments mode, the task
                environment is required to be specified using ``environment_k
            health (JobsJobsHealthRules | Unset): An optional set of health rules that can be defined for this
                job.
            notification_settings (JobsJobNotificationSettings | Unset):
            parameters (list[JobsJobParameterDefinition] | Unset): Job-level parameter definitions
            parent_path (str | Unset): Path of the job parent folder in workspace file tree. If absent, the job
                doesn't have a workspace object.
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            queue (JobsQueueSettings | Unset):
            run_as (JobsJobRunAs | Unset): Write-only setting. Specifies the user, service principal, or group
                that the job runs as. If not specified, the job runs as the user who created the job. One of
                ``user_name``, ``service_principal_name``, or ``group_name`` should be specified. If not, an error
                is thrown.
            trigger (JobsTriggerSettings | Unset):
            triggers (list[JobsTriggerConfiguration] | Unset): List of triggers attached to this job. A run
                starts when any active trigger evaluates to true. Cannot be set in the same request as the legacy
                ``schedule``, ``trigger``, or ``continuous`` fields. Gated behind the "Multiple Triggers" feature
                preview.
            usage_policy_id (str | Unset): The id of the user specified usage policy to use for this job. If not
                specified, a default usage policy may be applied when creating or modifying the job. See
                ``effective_usage_policy_id`` for the usage policy used by this workload.
            access_control_list (list[AccessControlRequest] | Unset): Initial permissions of the job or run (a
                group cannot be IS_OWNER).
            body (JobsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_create_request import JobsCreateRequest

        body = request_body(
            JobsCreateRequest,
            body,
            {
                "name": ("name", name),
                "tags": ("tags", tags),
                "tasks": ("tasks", tasks),
                "job_clusters": ("job_clusters", job_clusters),
                "email_notifications": ("email_notifications", email_notifications),
                "webhook_notifications": ("webhook_notifications", webhook_notifications),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "schedule": ("schedule", schedule),
                "max_concurrent_runs": ("max_concurrent_runs", max_concurrent_runs),
                "git_source": ("git_source", git_source),
                "format_": ("format", format_),
                "budget_policy_id": ("budget_policy_id", budget_policy_id),
                "continuous": ("continuous", continuous),
                "deployment": ("deployment", deployment),
                "description": ("description", description),
                "duration_target": ("duration_target", duration_target),
                "edit_mode": ("edit_mode", edit_mode),
                "environment_variables": ("environment_variables", environment_variables),
                "environments": ("environments", environments),
                "health": ("health", health),
                "notification_settings": ("notification_settings", notification_settings),
                "parameters": ("parameters", parameters),
                "parent_path": ("parent_path", parent_path),
                "performance_target": ("performance_target", performance_target),
                "queue": ("queue", queue),
                "run_as": ("run_as", run_as),
                "trigger": ("trigger", trigger),
                "triggers": ("triggers", triggers),
                "usage_policy_id": ("usage_policy_id", usage_policy_id),
                "access_control_list": ("access_control_list", access_control_list),
            },
            "AsyncJobsService.create",
            True,
        )

        from . import jobs_create as _op

        result: JobsCreateResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def delete(
        self,
        *,
        body: JobsJobIdRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        job_id: int,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsJobIdRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a job

        Deletes the job. Afterwards neither the job nor its runs are visible through the API; runs that were
        active are cancelled asynchronously. Deleting an already deleted job is a no-op; an id that never
        existed → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers 404
        `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            body (JobsJobIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_job_id_request import JobsJobIdRequest

        body = request_body(
            JobsJobIdRequest,
            body,
            {
                "job_id": ("job_id", job_id),
            },
            "AsyncJobsService.delete",
            True,
        )

        from . import jobs_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        job_id: int,
        *,
        page_token: str | Unset = UNSET,
        include_trigger_state: bool | Unset = UNSET,
    ) -> Jobs21Job:
        """Get a job

        Returns a job with its settings in the multi-task format. A job created through Jobs API 2.0 in the
        single-task format is shown as one task (task_key derived from the job name) with
        `format: SINGLE_TASK`. `run_as_user_name` is the `IS_OWNER` of the job's access control list, else
        its creator. An unknown or deleted job → HTTP 400 `INVALID_PARAMETER_VALUE` "Job <id> does not
        exist". A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2 pages the job: at most 100 `tasks`, `job_clusters`, `parameters` and `environments` per
        answer; when more remain the answer has `next_page_token`, and `page_token` reads the next 100 (the other
        fields repeat). A token of another job → `INVALID_PARAMETER_VALUE`.


        Args:
            job_id (int):
            page_token (str | Unset):
            include_trigger_state (bool | Unset):
        """

        from . import jobs_get as _op

        result: Jobs21Job = await _acall(
            self._client,
            _op,
            (),
            job_id=job_id,
            page_token=page_token,
            include_trigger_state=include_trigger_state,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        name: str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> Jobs21ListResponse:
        """List jobs

        Lists jobs, most recently created first, a page at a time: `offset` (default 0) and `limit` (1–25,
        default 20; out of range → `INVALID_PARAMETER_VALUE`); `has_more` tells whether more jobs follow.
        `name` keeps only the jobs with exactly that name (case-insensitive). Without `expand_tasks` the
        settings omit `tasks` and `job_clusters`. Jobs created through Jobs API 2.0 in the single-task format
        are shown in the multi-task form (one task) with `format: SINGLE_TASK`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2: `limit` up to 100; `page_token` (an answer's `next_page_token` or `prev_page_token`) replaces
        `offset`; with `expand_tasks` each job shows at most 100 tasks etc. and `has_more` when cut (jobs/get
        reads the rest).


        Args:
            limit (int | Unset):
            offset (int | Unset):
            name (str | Unset):
            expand_tasks (bool | Unset):
            page_token (str | Unset):
        """

        from . import jobs_list as _op

        result: Jobs21ListResponse = await _acall(
            self._client,
            _op,
            (),
            limit=limit,
            offset=offset,
            name=name,
            expand_tasks=expand_tasks,
            page_token=page_token,
        )
        return result

    @overload
    async def reset(
        self,
        *,
        body: JobsResetRequest,
    ) -> Empty: ...

    @overload
    async def reset(
        self,
        job_id: int,
        new_settings: Jobs21JobSettings | Mapping[str, Any],
    ) -> Empty: ...

    @async_keyword_call
    async def reset(
        self,
        job_id: int | Unset = UNSET,
        new_settings: Jobs21JobSettings | Mapping[str, Any] | Unset = UNSET,
        *,
        body: JobsResetRequest | Unset = UNSET,
    ) -> Empty:
        """Replace all settings of a job

        Replaces every setting of the job with `new_settings` (validated like create); the job becomes a
        multi-task format job. Changes to `timeout_seconds` apply to active runs; other changes apply to
        future runs only. Unknown job → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path
        answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs21JobSettings): Settings of a multi-task format job.
            body (JobsResetRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_reset_request import JobsResetRequest

        body = request_body(
            JobsResetRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
            },
            "AsyncJobsService.reset",
            True,
        )

        from . import jobs_reset as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def run_now(
        self,
        *,
        body: JobsRunNowRequest,
    ) -> JobsRunNowResponse: ...

    @overload
    async def run_now(
        self,
        job_id: int,
        *,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        job_parameters: JobsRunNowRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        only: builtins.list[str] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunNowResponse: ...

    @async_keyword_call
    async def run_now(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsRunNowRequest | Unset = UNSET,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        job_parameters: JobsRunNowRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        only: builtins.list[str] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunNowResponse:
        """Trigger a run of a job

        Starts a run of the job (trigger `ONE_TIME`, run type `JOB_RUN`) and returns its `run_id`
        (`number_in_job` equals `run_id` in 2.1). The run parameters override the task settings of every
        task of the matching kind: `notebook_params` are merged over `base_parameters`; `jar_params`,
        `python_params`, `spark_submit_params`, `python_named_params`, `dbt_commands` replace the task's
        parameters; `sql_params` merge; `pipeline_params.full_refresh` overrides. `jar_params` and
        `notebook_params` are mutually exclusive, and each parameter field may take at most 10,000 bytes as
        JSON (`python_params` and `spark_submit_params` ASCII only) → `INVALID_PARAMETER_VALUE`. With an
        `idempotency_token` (≤64 characters) that an existing run was started with, no run is started and
        that run's id is returned; if that run was deleted → `INVALID_PARAMETER_VALUE`. When the job already
        has `max_concurrent_runs` active runs (0 skips every run), the run is created and ends at once in
        `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers
        404 `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            jar_params (list[str] | Unset): Command-line parameters.
            notebook_params (JobsStringMap | Unset): String key-value pairs.
            python_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            spark_submit_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            python_named_params (JobsStringMap | Unset): String key-value pairs.
            pipeline_params (JobsPipelineParams | Unset):
            sql_params (JobsStringMap | Unset): String key-value pairs.
            dbt_commands (list[str] | Unset): Command-line parameters.
            idempotency_token (str | Unset): At most 64 characters. A run started with the same token is
                returned instead of starting a new one;
                if that run was deleted, the request fails.
            job_parameters (JobsRunNowRequestJobParameters | Unset): Job-level parameter values of this run,
                overriding the defaults of the job's `parameters`.
            only (list[str] | Unset): Keys of the tasks to run; the others are skipped.
            queue (JobsQueueSettings | Unset):
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            duration_target (str | Unset): Target duration of the run (serverless performance).
            body (JobsRunNowRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_run_now_request import JobsRunNowRequest

        body = request_body(
            JobsRunNowRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "jar_params": ("jar_params", jar_params),
                "notebook_params": ("notebook_params", notebook_params),
                "python_params": ("python_params", python_params),
                "spark_submit_params": ("spark_submit_params", spark_submit_params),
                "python_named_params": ("python_named_params", python_named_params),
                "pipeline_params": ("pipeline_params", pipeline_params),
                "sql_params": ("sql_params", sql_params),
                "dbt_commands": ("dbt_commands", dbt_commands),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "job_parameters": ("job_parameters", job_parameters),
                "only": ("only", only),
                "queue": ("queue", queue),
                "performance_target": ("performance_target", performance_target),
                "duration_target": ("duration_target", duration_target),
            },
            "AsyncJobsService.run_now",
            True,
        )

        from . import jobs_run_now as _op

        result: JobsRunNowResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def runs_cancel(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty: ...

    @overload
    async def runs_cancel(
        self,
        run_id: int,
    ) -> Empty: ...

    @async_keyword_call
    async def runs_cancel(
        self,
        run_id: int | Unset = UNSET,
        *,
        body: JobsRunIdRequest | Unset = UNSET,
    ) -> Empty:
        """Cancel a run

        Cancels the run asynchronously: it goes to TERMINATING and then TERMINATED with result `CANCELED`
        (`user_cancelled_or_timedout` true); tasks that had not started end CANCELED at once. A run that has
        already finished is left alone. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int): A job id or run id (unique across the workspace).
            body (JobsRunIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_run_id_request import JobsRunIdRequest

        body = request_body(
            JobsRunIdRequest,
            body,
            {
                "run_id": ("run_id", run_id),
            },
            "AsyncJobsService.runs_cancel",
            True,
        )

        from . import jobs_runs_cancel as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def runs_cancel_all(
        self,
        *,
        body: JobsRunsCancelAllRequest,
    ) -> Empty: ...

    @overload
    async def runs_cancel_all(
        self,
        *,
        job_id: int | Unset = UNSET,
        all_queued_runs: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def runs_cancel_all(
        self,
        *,
        body: JobsRunsCancelAllRequest | Unset = UNSET,
        job_id: int | Unset = UNSET,
        all_queued_runs: bool | Unset = UNSET,
    ) -> Empty:
        """Cancel all active runs of a job

        Cancels every active run of the job asynchronously, like `runs/cancel` on each; it does not prevent
        new runs. With `all_queued_runs` true and no `job_id` (later; databricks-sdk 0.162.0), every queued run
        in the workspace is canceled instead. Neither `job_id` nor `all_queued_runs` true, or an unknown job →
        `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int | Unset): A job id or run id (unique across the workspace).
            all_queued_runs (bool | Unset): Optional boolean parameter to cancel all queued runs (later;
                databricks-sdk 0.162.0). If no `job_id`
                is provided, all queued runs in the workspace are canceled.
            body (JobsRunsCancelAllRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_runs_cancel_all_request import JobsRunsCancelAllRequest

        body = request_body(
            JobsRunsCancelAllRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "all_queued_runs": ("all_queued_runs", all_queued_runs),
            },
            "AsyncJobsService.runs_cancel_all",
            True,
        )

        from . import jobs_runs_cancel_all as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def runs_delete(
        self,
        *,
        body: JobsRunIdRequest,
    ) -> Empty: ...

    @overload
    async def runs_delete(
        self,
        run_id: int,
    ) -> Empty: ...

    @async_keyword_call
    async def runs_delete(
        self,
        run_id: int | Unset = UNSET,
        *,
        body: JobsRunIdRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a run

        Deletes a run that is no longer active (its task runs with it). An active run (PENDING, RUNNING,
        TERMINATING) → `INVALID_STATE`; unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int): A job id or run id (unique across the workspace).
            body (JobsRunIdRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_run_id_request import JobsRunIdRequest

        body = request_body(
            JobsRunIdRequest,
            body,
            {
                "run_id": ("run_id", run_id),
            },
            "AsyncJobsService.runs_delete",
            True,
        )

        from . import jobs_runs_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def runs_export(
        self,
        run_id: int,
        *,
        views_to_export: JobsViewsToExport | str | Unset = UNSET,
    ) -> JobsRunsExportResponse:
        """Export a run

        Exports the views of a notebook run as HTML: `views_to_export` CODE (the default: the notebook),
        DASHBOARDS (its dashboards) or ALL. Only notebook task runs can be exported (pass a task run id for a
        multi-task run); other runs → `INVALID_PARAMETER_VALUE`. Runs are removed after 60 days: export
        them first to keep them. Also served at `/api/2.0/jobs/runs/export`. A workspace that does not serve
        the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int):
            views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its dashboards) or
                ALL.
        """

        if not isinstance(views_to_export, Unset):
            from ...models.jobs_views_to_export import JobsViewsToExport

            views_to_export = JobsViewsToExport(views_to_export)

        from . import jobs_runs_export as _op

        result: JobsRunsExportResponse = await _acall(
            self._client,
            _op,
            (),
            run_id=run_id,
            views_to_export=views_to_export,
        )
        return result

    @async_keyword_call
    async def runs_get(
        self,
        run_id: int,
        *,
        include_history: bool | Unset = UNSET,
        page_token: str | Unset = UNSET,
        include_resolved_values: bool | Unset = UNSET,
    ) -> Jobs21Run:
        """Get a run

        Returns a run. A multi-task run lists its task runs in `tasks`, each with its own `run_id`
        (usable with `runs/get-output`); `run_duration` is the duration of the run and all its repairs while
        `setup_duration`, `execution_duration` and `cleanup_duration` are 0. A run of a single-task format
        job has one task whose `run_id` is the run's. `include_history` adds `repair_history` (the original
        run, then each repair). A task run id can be read too. Unknown or deleted run → HTTP 400
        `INVALID_PARAMETER_VALUE` "Run <id> does not exist". A workspace that does not serve the path answers
        404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2 pages the run: at most 100 `tasks` (or `iterations` of a for-each task run), `job_clusters`,
        `job_parameters` and `repair_history` items per answer; `next_page_token` / `page_token` read the next 100.
        Runs carry `status` (today's state, termination and queue details) and `job_parameters`.


        Args:
            run_id (int):
            include_history (bool | Unset):
            page_token (str | Unset):
            include_resolved_values (bool | Unset):
        """

        from . import jobs_runs_get as _op

        result: Jobs21Run = await _acall(
            self._client,
            _op,
            (),
            run_id=run_id,
            include_history=include_history,
            page_token=page_token,
            include_resolved_values=include_resolved_values,
        )
        return result

    @async_keyword_call
    async def runs_get_output(
        self,
        run_id: int,
    ) -> Jobs21RunsGetOutputResponse:
        """Get the output of a task run

        Returns the output and the metadata of a single task run: `notebook_output` for notebook tasks (the
        first 5 MB of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call
        it), `logs` (last 5 MB of stdout/stderr) for JAR, Python and wheel tasks, `error` and `error_trace`
        for failed runs; fields are absent until the run has finished. The id of a multi-task run itself →
        HTTP 400 `INVALID_PARAMETER_VALUE` "Retrieving the output of runs with multiple tasks is not
        supported. You must retrieve the output of each individual task run instead."; pass the `run_id` of
        one of its `tasks`. Unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path
        answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int):
        """

        from . import jobs_runs_get_output as _op

        result: Jobs21RunsGetOutputResponse = await _acall(
            self._client,
            _op,
            (),
            run_id=run_id,
        )
        return result

    @async_keyword_call
    async def runs_list(
        self,
        *,
        active_only: bool | Unset = UNSET,
        completed_only: bool | Unset = UNSET,
        job_id: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        run_type: JobsRunType | str | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
        start_time_from: int | Unset = UNSET,
        start_time_to: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> Jobs21RunsListResponse:
        """List runs

        Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
        and `limit` (1–25, default 25; 0 means the maximum, 25); `has_more` tells whether more runs follow.
        Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
        TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
        `start_time_from` / `start_time_to` (inclusive, epoch ms). Without `expand_tasks` the runs omit
        `tasks` and `job_clusters`. Task runs of multi-task runs are not listed on their own. A workspace that
        does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.
        Jobs 2.2: `page_token` (an answer's `next_page_token` or `prev_page_token`) replaces `offset`; with
        `expand_tasks` each run shows at most 100 tasks etc. and `has_more` when cut.


        Args:
            active_only (bool | Unset):
            completed_only (bool | Unset):
            job_id (int | Unset):
            offset (int | Unset):
            limit (int | Unset):
            run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
                dbutils.notebook.run), SUBMIT_RUN (runs/submit).
            expand_tasks (bool | Unset):
            start_time_from (int | Unset):
            start_time_to (int | Unset):
            page_token (str | Unset):
        """

        if not isinstance(run_type, Unset):
            from ...models.jobs_run_type import JobsRunType

            run_type = JobsRunType(run_type)

        from . import jobs_runs_list as _op

        result: Jobs21RunsListResponse = await _acall(
            self._client,
            _op,
            (),
            active_only=active_only,
            completed_only=completed_only,
            job_id=job_id,
            offset=offset,
            limit=limit,
            run_type=run_type,
            expand_tasks=expand_tasks,
            start_time_from=start_time_from,
            start_time_to=start_time_to,
            page_token=page_token,
        )
        return result

    @overload
    async def runs_repair(
        self,
        *,
        body: JobsRunsRepairRequest,
    ) -> JobsRunsRepairResponse: ...

    @overload
    async def runs_repair(
        self,
        run_id: int,
        *,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        rerun_tasks: builtins.list[str] | Unset = UNSET,
        latest_repair_id: int | Unset = UNSET,
        rerun_all_failed_tasks: bool | Unset = UNSET,
        job_parameters: JobsRunsRepairRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        rerun_dependent_tasks: bool | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunsRepairResponse: ...

    @async_keyword_call
    async def runs_repair(
        self,
        run_id: int | Unset = UNSET,
        *,
        body: JobsRunsRepairRequest | Unset = UNSET,
        jar_params: builtins.list[str] | Unset = UNSET,
        notebook_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        python_params: builtins.list[str] | Unset = UNSET,
        spark_submit_params: builtins.list[str] | Unset = UNSET,
        python_named_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        pipeline_params: JobsPipelineParams | Mapping[str, Any] | Unset = UNSET,
        sql_params: JobsStringMap | Mapping[str, Any] | Unset = UNSET,
        dbt_commands: builtins.list[str] | Unset = UNSET,
        rerun_tasks: builtins.list[str] | Unset = UNSET,
        latest_repair_id: int | Unset = UNSET,
        rerun_all_failed_tasks: bool | Unset = UNSET,
        job_parameters: JobsRunsRepairRequestJobParameters | Mapping[str, Any] | Unset = UNSET,
        rerun_dependent_tasks: bool | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
        duration_target: str | Unset = UNSET,
    ) -> JobsRunsRepairResponse:
        """Re-run tasks of a finished multi-task run

        Re-runs tasks of a finished multi-task run as part of that run, with the job's current task
        settings: the tasks named in `rerun_tasks`, or with `rerun_all_failed_tasks` every task that did not
        succeed (exactly one of the two). Each re-run task gets a new task run id; tasks that depend on a
        re-run task wait for it. The run goes back to RUNNING and the repair is recorded in `repair_history`.
        After the first repair, `latest_repair_id` must name the latest repair. The run parameters override
        like `run-now`. A run in progress → `INVALID_STATE`; a single-task format run, an unknown task key, a
        wrong `latest_repair_id` or an unknown run → `INVALID_PARAMETER_VALUE`. A workspace that does not
        serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            run_id (int): A job id or run id (unique across the workspace).
            jar_params (list[str] | Unset): Command-line parameters.
            notebook_params (JobsStringMap | Unset): String key-value pairs.
            python_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            spark_submit_params (list[str] | Unset): Command-line parameters; ASCII characters only.
            python_named_params (JobsStringMap | Unset): String key-value pairs.
            pipeline_params (JobsPipelineParams | Unset):
            sql_params (JobsStringMap | Unset): String key-value pairs.
            dbt_commands (list[str] | Unset): Command-line parameters.
            rerun_tasks (list[str] | Unset): Keys of the tasks to re-run.
            latest_repair_id (int | Unset): The id of the latest repair of the run; required after the first
                repair.
            rerun_all_failed_tasks (bool | Unset): Re-run every task that did not succeed (default false); not
                together with rerun_tasks.
            job_parameters (JobsRunsRepairRequestJobParameters | Unset): Job-level parameter values of the
                repair.
            rerun_dependent_tasks (bool | Unset): Re-run the tasks that depend on rerun_tasks too (default
                false).
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            duration_target (str | Unset):
            body (JobsRunsRepairRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_runs_repair_request import JobsRunsRepairRequest

        body = request_body(
            JobsRunsRepairRequest,
            body,
            {
                "run_id": ("run_id", run_id),
                "jar_params": ("jar_params", jar_params),
                "notebook_params": ("notebook_params", notebook_params),
                "python_params": ("python_params", python_params),
                "spark_submit_params": ("spark_submit_params", spark_submit_params),
                "python_named_params": ("python_named_params", python_named_params),
                "pipeline_params": ("pipeline_params", pipeline_params),
                "sql_params": ("sql_params", sql_params),
                "dbt_commands": ("dbt_commands", dbt_commands),
                "rerun_tasks": ("rerun_tasks", rerun_tasks),
                "latest_repair_id": ("latest_repair_id", latest_repair_id),
                "rerun_all_failed_tasks": ("rerun_all_failed_tasks", rerun_all_failed_tasks),
                "job_parameters": ("job_parameters", job_parameters),
                "rerun_dependent_tasks": ("rerun_dependent_tasks", rerun_dependent_tasks),
                "performance_target": ("performance_target", performance_target),
                "duration_target": ("duration_target", duration_target),
            },
            "AsyncJobsService.runs_repair",
            True,
        )

        from . import jobs_runs_repair as _op

        result: JobsRunsRepairResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def runs_submit(
        self,
        *,
        body: JobsRunsSubmitRequest,
    ) -> JobsRunsSubmitResponse: ...

    @overload
    async def runs_submit(
        self,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]],
        *,
        run_name: str | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
    ) -> JobsRunsSubmitResponse: ...

    @async_keyword_call
    async def runs_submit(
        self,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: JobsRunsSubmitRequest | Unset = UNSET,
        run_name: str | Unset = UNSET,
        webhook_notifications: JobsWebhookNotifications | Mapping[str, Any] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        access_control_list: Sequence[AccessControlRequest | Mapping[str, Any]] | Unset = UNSET,
        budget_policy_id: str | Unset = UNSET,
        usage_policy_id: str | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        environments: Sequence[JobsJobEnvironment | Mapping[str, Any]] | Unset = UNSET,
        environment_variables: Sequence[JobsJobEnvironmentVariables | Mapping[str, Any]] | Unset = UNSET,
        health: JobsJobsHealthRules | Mapping[str, Any] | Unset = UNSET,
        notification_settings: JobsJobNotificationSettings | Mapping[str, Any] | Unset = UNSET,
        queue: JobsQueueSettings | Mapping[str, Any] | Unset = UNSET,
        run_as: JobsJobRunAs | Mapping[str, Any] | Unset = UNSET,
        duration_target: str | Unset = UNSET,
        performance_target: JobsPerformanceTarget | str | Unset = UNSET,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run

        Starts a one-time run of the given tasks without creating a job (run type `SUBMIT_RUN`, no
        `job_id`); poll `runs/get` for its state. Tasks are validated like job tasks, except that they
        cannot use `job_cluster_key`. `run_name` defaults to `Untitled`. An `idempotency_token` (≤64
        characters) already used by a run returns that run's id instead of starting a new run (a deleted
        run → `INVALID_PARAMETER_VALUE`). `timeout_seconds` bounds the whole run (0 = none). A workspace that
        does not serve the path answers 404 `ENDPOINT_NOT_FOUND`.


        Args:
            tasks (list[Jobs21RunSubmitTaskSettings]):
            run_name (str | Unset): Name of the run (default `Untitled`).
            webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called
                when runs start, succeed or fail (at most 3 each).
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            timeout_seconds (int | Unset):
            idempotency_token (str | Unset): At most 64 characters. A run started with the same token is
                returned instead of starting a new one;
                if that run was deleted, the request fails.
            access_control_list (list[AccessControlRequest] | Unset): Initial permissions of the job or run (a
                group cannot be IS_OWNER).
            budget_policy_id (str | Unset): The budget policy the run is billed to.
            usage_policy_id (str | Unset):
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start,
                succeed or fail (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            environments (list[JobsJobEnvironment] | Unset):
            environment_variables (list[JobsJobEnvironmentVariables] | Unset):
            health (JobsJobsHealthRules | Unset): An optional set of health rules that can be defined for this
                job.
            notification_settings (JobsJobNotificationSettings | Unset):
            queue (JobsQueueSettings | Unset):
            run_as (JobsJobRunAs | Unset): Write-only setting. Specifies the user, service principal, or group
                that the job runs as. If not specified, the job runs as the user who created the job. One of
                ``user_name``, ``service_principal_name``, or ``group_name`` should be specified. If not, an error
                is thrown.
            duration_target (str | Unset):
            performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
                latency) or cost efficient the execution of run on serverless compute should be. The performance
                mode on the job or pipeline should map to a performance setting that is passed to Cluster Manager
                (see cluster-common PerformanceTarget).
            body (JobsRunsSubmitRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_runs_submit_request import JobsRunsSubmitRequest

        body = request_body(
            JobsRunsSubmitRequest,
            body,
            {
                "tasks": ("tasks", tasks),
                "run_name": ("run_name", run_name),
                "webhook_notifications": ("webhook_notifications", webhook_notifications),
                "git_source": ("git_source", git_source),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "access_control_list": ("access_control_list", access_control_list),
                "budget_policy_id": ("budget_policy_id", budget_policy_id),
                "usage_policy_id": ("usage_policy_id", usage_policy_id),
                "email_notifications": ("email_notifications", email_notifications),
                "environments": ("environments", environments),
                "environment_variables": ("environment_variables", environment_variables),
                "health": ("health", health),
                "notification_settings": ("notification_settings", notification_settings),
                "queue": ("queue", queue),
                "run_as": ("run_as", run_as),
                "duration_target": ("duration_target", duration_target),
                "performance_target": ("performance_target", performance_target),
            },
            "AsyncJobsService.runs_submit",
            True,
        )

        from . import jobs_runs_submit as _op

        result: JobsRunsSubmitResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def update(
        self,
        *,
        body: JobsUpdateRequest,
    ) -> Empty: ...

    @overload
    async def update(
        self,
        job_id: int,
        *,
        new_settings: Jobs21JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def update(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsUpdateRequest | Unset = UNSET,
        new_settings: Jobs21JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty:
        """Change some settings of a job

        Replaces the top-level fields given in `new_settings` (nested fields are not merged: `tasks`
        replaces the whole task list) and removes the top-level fields named in `fields_to_remove` (e.g.
        `["libraries", "schedule"]`; unknown or absent names are ignored). The result is validated like
        create; nothing changes when it is rejected. Updating only job-level fields of a single-task format
        job keeps it single-task; giving `tasks` makes it multi-task. `timeout_seconds` changes apply to active
        runs. Unknown job → `INVALID_PARAMETER_VALUE`. A workspace that does not serve the path answers 404
        `ENDPOINT_NOT_FOUND`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs21JobSettings | Unset): Settings of a multi-task format job.
            fields_to_remove (list[str] | Unset): Top-level settings fields to remove, e.g. `["libraries",
                "schedule"]`.
            body (JobsUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_update_request import JobsUpdateRequest

        body = request_body(
            JobsUpdateRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
                "fields_to_remove": ("fields_to_remove", fields_to_remove),
            },
            "AsyncJobsService.update",
            True,
        )

        from . import jobs_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("JobsService", "AsyncJobsService")
