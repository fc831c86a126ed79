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
    from ...models.empty import Empty
    from ...models.jobs_20_job import Jobs20Job
    from ...models.jobs_20_job_settings import Jobs20JobSettings
    from ...models.jobs_20_job_settings_tags import Jobs20JobSettingsTags
    from ...models.jobs_20_list_response import Jobs20ListResponse
    from ...models.jobs_20_reset_request import Jobs20ResetRequest
    from ...models.jobs_20_run import Jobs20Run
    from ...models.jobs_20_runs_get_output_response import Jobs20RunsGetOutputResponse
    from ...models.jobs_20_runs_list_response import Jobs20RunsListResponse
    from ...models.jobs_20_runs_submit_request import Jobs20RunsSubmitRequest
    from ...models.jobs_20_update_request import Jobs20UpdateRequest
    from ...models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings
    from ...models.jobs_21_task_settings import Jobs21TaskSettings
    from ...models.jobs_create_response import JobsCreateResponse
    from ...models.jobs_cron_schedule import JobsCronSchedule
    from ...models.jobs_email_notifications import JobsEmailNotifications
    from ...models.jobs_format import JobsFormat
    from ...models.jobs_git_source import JobsGitSource
    from ...models.jobs_job_cluster import JobsJobCluster
    from ...models.jobs_job_id_request import JobsJobIdRequest
    from ...models.jobs_notebook_task import JobsNotebookTask
    from ...models.jobs_performance_target import JobsPerformanceTarget
    from ...models.jobs_pipeline_params import JobsPipelineParams
    from ...models.jobs_pipeline_task import JobsPipelineTask
    from ...models.jobs_python_wheel_task import JobsPythonWheelTask
    from ...models.jobs_queue_settings import JobsQueueSettings
    from ...models.jobs_run_id_request import JobsRunIdRequest
    from ...models.jobs_run_now_request import JobsRunNowRequest
    from ...models.jobs_run_now_request_job_parameters import JobsRunNowRequestJobParameters
    from ...models.jobs_run_now_response import JobsRunNowResponse
    from ...models.jobs_run_type import JobsRunType
    from ...models.jobs_runs_export_response import JobsRunsExportResponse
    from ...models.jobs_runs_submit_response import JobsRunsSubmitResponse
    from ...models.jobs_spark_jar_task import JobsSparkJarTask
    from ...models.jobs_spark_python_task import JobsSparkPythonTask
    from ...models.jobs_spark_submit_task import JobsSparkSubmitTask
    from ...models.jobs_string_map import JobsStringMap
    from ...models.jobs_views_to_export import JobsViewsToExport
    from ...models.library import Library
    from ...models.new_cluster import NewCluster
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


class Jobs20Service:
    """The jobs20 operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        body: Jobs20JobSettings,
    ) -> JobsCreateResponse: ...

    @overload
    def create(
        self,
        *,
        name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        min_retry_interval_millis: int | Unset = UNSET,
        retry_on_timeout: bool | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        tags: Jobs20JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
    ) -> JobsCreateResponse: ...

    @keyword_call
    def create(
        self,
        *,
        body: Jobs20JobSettings | Unset = UNSET,
        name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        min_retry_interval_millis: int | Unset = UNSET,
        retry_on_timeout: bool | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        tags: Jobs20JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
    ) -> JobsCreateResponse:
        """Create a job

        Creates a job and returns its `job_id`. Single-task format: exactly one task kind
        (`notebook_task`, `spark_jar_task`, `spark_python_task`, `spark_submit_task`, `pipeline_task`,
        `python_wheel_task`) and, except for pipeline tasks, exactly one of `existing_cluster_id` (which must
        exist) and `new_cluster` (spark-submit tasks need `new_cluster`). Giving `tasks` instead creates a
        multi-task format job, validated like Jobs API 2.1 create. `max_concurrent_runs` is 0–1000 (default
        1). Violations → `INVALID_PARAMETER_VALUE`.


        Args:
            name (str | Unset): Name of the job (default `Untitled`); need not be unique.
            existing_cluster_id (str | Unset): An existing all-purpose cluster to run on (started by the run if
                terminated).
            new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec
                fields; `spark_version` required):
                the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
                 Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
                'spark_conf': {'spark.speculation': 'true'}}.
            notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
                '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
            spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in
                `libraries`.
            spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
            spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a
                new cluster.
            pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
            python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in
                `libraries`.
            libraries (list[Library] | Unset): Libraries installed on the cluster before the task runs.
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start,
                succeed or fail (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            timeout_seconds (int | Unset): Timeout of each run; 0 (the default) = none. Applies to active runs
                too.
            max_retries (int | Unset): Retries of an unsuccessful run (result FAILED or life cycle
                INTERNAL_ERROR); -1 = unlimited, 0
                (the default) = none. A retry is a new run with trigger RETRY.
            min_retry_interval_millis (int | Unset): Minimum time between the start of a failed run and its
                retry (default 0).
            retry_on_timeout (bool | Unset): Whether a timed-out run is retried too (default false).
            schedule (JobsCronSchedule | Unset): A Quartz cron schedule for a job. Example:
                {'quartz_cron_expression': '0 15 22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status':
                'UNPAUSED'}.
            max_concurrent_runs (int | Unset): Maximum active runs of the job (default 1); further runs are
                SKIPPED; 0 skips every run.
            tags (Jobs20JobSettingsTags | Unset):
            tasks (list[Jobs21TaskSettings] | Unset): Multi-task format only.
            job_clusters (list[JobsJobCluster] | Unset): Multi-task format only.
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            format_ (JobsFormat | Unset): SINGLE_TASK (a job created in the Jobs API 2.0 form) or MULTI_TASK.
                Ignored in create, reset and
                update requests.
            body (Jobs20JobSettings): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_job_settings import Jobs20JobSettings

        body = request_body(
            Jobs20JobSettings,
            body,
            {
                "name": ("name", name),
                "existing_cluster_id": ("existing_cluster_id", existing_cluster_id),
                "new_cluster": ("new_cluster", new_cluster),
                "notebook_task": ("notebook_task", notebook_task),
                "spark_jar_task": ("spark_jar_task", spark_jar_task),
                "spark_python_task": ("spark_python_task", spark_python_task),
                "spark_submit_task": ("spark_submit_task", spark_submit_task),
                "pipeline_task": ("pipeline_task", pipeline_task),
                "python_wheel_task": ("python_wheel_task", python_wheel_task),
                "libraries": ("libraries", libraries),
                "email_notifications": ("email_notifications", email_notifications),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "max_retries": ("max_retries", max_retries),
                "min_retry_interval_millis": ("min_retry_interval_millis", min_retry_interval_millis),
                "retry_on_timeout": ("retry_on_timeout", retry_on_timeout),
                "schedule": ("schedule", schedule),
                "max_concurrent_runs": ("max_concurrent_runs", max_concurrent_runs),
                "tags": ("tags", tags),
                "tasks": ("tasks", tasks),
                "job_clusters": ("job_clusters", job_clusters),
                "git_source": ("git_source", git_source),
                "format_": ("format", format_),
            },
            "Jobs20Service.create",
            True,
        )

        from . import jobs_20_create as _op

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
        existed → `INVALID_PARAMETER_VALUE`.


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
            "Jobs20Service.delete",
            True,
        )

        from . import jobs_20_delete as _op

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
    ) -> Jobs20Job:
        """Get a job

        Returns a job: single-task format jobs with their task settings at the top level, multi-task format
        jobs with `tasks` and `job_clusters` (as in 2.1). An unknown or deleted job → HTTP 400
        `INVALID_PARAMETER_VALUE` "Job <id> does not exist".


        Args:
            job_id (int):
        """

        from . import jobs_20_get as _op

        result: Jobs20Job = _call(
            self._client,
            _op,
            (),
            job_id=job_id,
        )
        return result

    @keyword_call
    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
    ) -> Jobs20ListResponse:
        """List jobs

        Lists jobs, most recently created first. Without `offset` and `limit` every job is returned (the 2020
        behaviour, which Jobs API 2.0 kept; `has_more` is false). With either, a page: `offset` (default 0)
        and `limit` (1–25, default 20), `has_more` telling whether more jobs follow. Single-task format jobs
        show their full settings; multi-task format jobs omit `tasks` and `job_clusters` unless
        `expand_tasks`. A `limit` or `offset` out of range → `INVALID_PARAMETER_VALUE`.


        Args:
            offset (int | Unset):
            limit (int | Unset):
            expand_tasks (bool | Unset):
        """

        from . import jobs_20_list as _op

        result: Jobs20ListResponse = _call(
            self._client,
            _op,
            (),
            offset=offset,
            limit=limit,
            expand_tasks=expand_tasks,
        )
        return result

    @overload
    def reset(
        self,
        *,
        body: Jobs20ResetRequest,
    ) -> Empty: ...

    @overload
    def reset(
        self,
        job_id: int,
        new_settings: Jobs20JobSettings | Mapping[str, Any],
    ) -> Empty: ...

    @keyword_call
    def reset(
        self,
        job_id: int | Unset = UNSET,
        new_settings: Jobs20JobSettings | Mapping[str, Any] | Unset = UNSET,
        *,
        body: Jobs20ResetRequest | Unset = UNSET,
    ) -> Empty:
        """Replace all settings of a job

        Replaces every setting of the job with `new_settings`, validated like create (single-task format,
        or multi-task format with `tasks`). Changes to the cluster or the task do not affect active runs;
        `timeout_seconds` changes apply to active runs too. Unknown job → `INVALID_PARAMETER_VALUE`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs20JobSettings): Settings of a job. Single-task format: the task kind, its cluster,
                libraries and retry policy at the
                top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
                fields.
            body (Jobs20ResetRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_reset_request import Jobs20ResetRequest

        body = request_body(
            Jobs20ResetRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
            },
            "Jobs20Service.reset",
            True,
        )

        from . import jobs_20_reset as _op

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

        Starts a run of the job (trigger `ONE_TIME`) and returns its `run_id` and `number_in_job` (the run's
        sequence number among the job's runs, from 1). `notebook_params` are merged over the notebook's
        `base_parameters`; `jar_params`, `python_params`, `spark_submit_params` and `python_named_params`
        replace the task's parameters. `jar_params` and `notebook_params` are mutually exclusive; each
        parameter field may take at most 10,000 bytes as JSON → `INVALID_PARAMETER_VALUE`. An
        `idempotency_token` (≤64 characters) already used by a run returns that run instead of starting one.
        When the job already has `max_concurrent_runs` active runs (0 skips every run) the run is created
        and ends at once in `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`.


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
            "Jobs20Service.run_now",
            True,
        )

        from . import jobs_20_run_now as _op

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

        Cancels the run asynchronously: it goes to TERMINATING and then TERMINATED with result `CANCELED`. A
        run that has already finished is left alone. Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.


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
            "Jobs20Service.runs_cancel",
            True,
        )

        from . import jobs_20_runs_cancel as _op

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
        body: JobsJobIdRequest,
    ) -> Empty: ...

    @overload
    def runs_cancel_all(
        self,
        job_id: int,
    ) -> Empty: ...

    @keyword_call
    def runs_cancel_all(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsJobIdRequest | Unset = UNSET,
    ) -> Empty:
        """Cancel all active runs of a job

        Cancels every active run of the job asynchronously, like `runs/cancel` on each. Unknown job →
        `INVALID_PARAMETER_VALUE`.


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
            "Jobs20Service.runs_cancel_all",
            True,
        )

        from . import jobs_20_runs_cancel_all as _op

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

        Deletes a run that is no longer active. An active run (PENDING, RUNNING, TERMINATING) →
        `INVALID_STATE`; unknown run → `INVALID_PARAMETER_VALUE`.


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
            "Jobs20Service.runs_delete",
            True,
        )

        from . import jobs_20_runs_delete as _op

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
        DASHBOARDS (its dashboards) or ALL. Only notebook runs can be exported; other runs →
        `INVALID_PARAMETER_VALUE`. Runs are removed 60 days after they finish: export them first to keep
        them.


        Args:
            run_id (int):
            views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its dashboards) or
                ALL.
        """

        if not isinstance(views_to_export, Unset):
            from ...models.jobs_views_to_export import JobsViewsToExport

            views_to_export = JobsViewsToExport(views_to_export)

        from . import jobs_20_runs_export as _op

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
    ) -> Jobs20Run:
        """Get a run

        Returns a run: for a single-task format run its `task`, `cluster_spec` and `cluster_instance`; for a
        multi-task run its `tasks` (as in 2.1). Unknown or deleted run → HTTP 400 `INVALID_PARAMETER_VALUE`
        "Run <id> does not exist".


        Args:
            run_id (int):
        """

        from . import jobs_20_runs_get as _op

        result: Jobs20Run = _call(
            self._client,
            _op,
            (),
            run_id=run_id,
        )
        return result

    @keyword_call
    def runs_get_output(
        self,
        run_id: int,
    ) -> Jobs20RunsGetOutputResponse:
        """Get the output of a run

        Returns the output and the metadata of a run: `notebook_output` for notebook runs (the first 5 MB
        of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call it), `logs`
        for JAR, Python and wheel runs, `error` and `error_trace` for failed runs; the output fields are
        absent until the run has finished. A multi-task run → `INVALID_PARAMETER_VALUE` (read the output of
        each of its task runs). Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            run_id (int):
        """

        from . import jobs_20_runs_get_output as _op

        result: Jobs20RunsGetOutputResponse = _call(
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
        start_time_from: int | Unset = UNSET,
        start_time_to: int | Unset = UNSET,
    ) -> Jobs20RunsListResponse:
        """List runs

        Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
        and `limit` (1–999, default 20; 0 means the maximum, 999); `has_more` tells whether more runs follow.
        Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
        TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
        `start_time_from` / `start_time_to` (inclusive, epoch ms).


        Args:
            active_only (bool | Unset):
            completed_only (bool | Unset):
            job_id (int | Unset):
            offset (int | Unset):
            limit (int | Unset):
            run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
                dbutils.notebook.run), SUBMIT_RUN (runs/submit).
            start_time_from (int | Unset):
            start_time_to (int | Unset):
        """

        if not isinstance(run_type, Unset):
            from ...models.jobs_run_type import JobsRunType

            run_type = JobsRunType(run_type)

        from . import jobs_20_runs_list as _op

        result: Jobs20RunsListResponse = _call(
            self._client,
            _op,
            (),
            active_only=active_only,
            completed_only=completed_only,
            job_id=job_id,
            offset=offset,
            limit=limit,
            run_type=run_type,
            start_time_from=start_time_from,
            start_time_to=start_time_to,
        )
        return result

    @overload
    def runs_submit(
        self,
        *,
        body: Jobs20RunsSubmitRequest,
    ) -> JobsRunsSubmitResponse: ...

    @overload
    def runs_submit(
        self,
        *,
        run_name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
    ) -> JobsRunsSubmitResponse: ...

    @keyword_call
    def runs_submit(
        self,
        *,
        body: Jobs20RunsSubmitRequest | Unset = UNSET,
        run_name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run

        Starts a one-time run without creating a job (run type `SUBMIT_RUN`; it does not show as a job).
        Single-task format: exactly one task kind and, except for pipeline tasks, exactly one of
        `existing_cluster_id` and `new_cluster`; or `tasks` for a multi-task run. `run_name` defaults to
        `Untitled`; `timeout_seconds` bounds the run (0 = none). An `idempotency_token` (≤64 characters)
        already used by a run returns that run's id instead of starting a new run. Poll `runs/get`. Invalid
        run settings → `INVALID_PARAMETER_VALUE`.


        Args:
            run_name (str | Unset): Name of the run (default `Untitled`).
            existing_cluster_id (str | Unset):
            new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec
                fields; `spark_version` required):
                the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
                 Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
                'spark_conf': {'spark.speculation': 'true'}}.
            notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
                '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
            spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in
                `libraries`.
            spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
            spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a
                new cluster.
            pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
            python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in
                `libraries`.
            libraries (list[Library] | Unset):
            timeout_seconds (int | Unset):
            idempotency_token (str | Unset): At most 64 characters. A run started with the same token is
                returned instead of starting a new one;
                if that run was deleted, the request fails.
            tasks (list[Jobs21RunSubmitTaskSettings] | Unset):
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            body (Jobs20RunsSubmitRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_runs_submit_request import Jobs20RunsSubmitRequest

        body = request_body(
            Jobs20RunsSubmitRequest,
            body,
            {
                "run_name": ("run_name", run_name),
                "existing_cluster_id": ("existing_cluster_id", existing_cluster_id),
                "new_cluster": ("new_cluster", new_cluster),
                "notebook_task": ("notebook_task", notebook_task),
                "spark_jar_task": ("spark_jar_task", spark_jar_task),
                "spark_python_task": ("spark_python_task", spark_python_task),
                "spark_submit_task": ("spark_submit_task", spark_submit_task),
                "pipeline_task": ("pipeline_task", pipeline_task),
                "python_wheel_task": ("python_wheel_task", python_wheel_task),
                "libraries": ("libraries", libraries),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "tasks": ("tasks", tasks),
                "git_source": ("git_source", git_source),
            },
            "Jobs20Service.runs_submit",
            True,
        )

        from . import jobs_20_runs_submit as _op

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
        body: Jobs20UpdateRequest,
    ) -> Empty: ...

    @overload
    def update(
        self,
        job_id: int,
        *,
        new_settings: Jobs20JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def update(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: Jobs20UpdateRequest | Unset = UNSET,
        new_settings: Jobs20JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty:
        """Change some settings of a job

        Replaces the top-level fields given in `new_settings` (nested fields are not merged) and removes the
        top-level fields named in `fields_to_remove` (e.g. `["libraries", "schedule"]`; absent names are
        ignored). The result is validated like create; nothing changes when it is rejected. Single-task
        fields (a task kind, a cluster, libraries, retries) cannot be set on a multi-task format job; giving
        `tasks` turns a single-task format job into a multi-task one. Unknown job → `INVALID_PARAMETER_VALUE`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs20JobSettings | Unset): Settings of a job. Single-task format: the task kind, its
                cluster, libraries and retry policy at the
                top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
                fields.
            fields_to_remove (list[str] | Unset): Top-level settings fields to remove, e.g. `["libraries",
                "schedule"]`.
            body (Jobs20UpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_update_request import Jobs20UpdateRequest

        body = request_body(
            Jobs20UpdateRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
                "fields_to_remove": ("fields_to_remove", fields_to_remove),
            },
            "Jobs20Service.update",
            True,
        )

        from . import jobs_20_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncJobs20Service:
    """The jobs20 operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        body: Jobs20JobSettings,
    ) -> JobsCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        min_retry_interval_millis: int | Unset = UNSET,
        retry_on_timeout: bool | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        tags: Jobs20JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
    ) -> JobsCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        *,
        body: Jobs20JobSettings | Unset = UNSET,
        name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        email_notifications: JobsEmailNotifications | Mapping[str, Any] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        max_retries: int | Unset = UNSET,
        min_retry_interval_millis: int | Unset = UNSET,
        retry_on_timeout: bool | Unset = UNSET,
        schedule: JobsCronSchedule | Mapping[str, Any] | Unset = UNSET,
        max_concurrent_runs: int | Unset = UNSET,
        tags: Jobs20JobSettingsTags | Mapping[str, Any] | Unset = UNSET,
        tasks: Sequence[Jobs21TaskSettings | Mapping[str, Any]] | Unset = UNSET,
        job_clusters: Sequence[JobsJobCluster | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
        format_: JobsFormat | str | Unset = UNSET,
    ) -> JobsCreateResponse:
        """Create a job

        Creates a job and returns its `job_id`. Single-task format: exactly one task kind
        (`notebook_task`, `spark_jar_task`, `spark_python_task`, `spark_submit_task`, `pipeline_task`,
        `python_wheel_task`) and, except for pipeline tasks, exactly one of `existing_cluster_id` (which must
        exist) and `new_cluster` (spark-submit tasks need `new_cluster`). Giving `tasks` instead creates a
        multi-task format job, validated like Jobs API 2.1 create. `max_concurrent_runs` is 0–1000 (default
        1). Violations → `INVALID_PARAMETER_VALUE`.


        Args:
            name (str | Unset): Name of the job (default `Untitled`); need not be unique.
            existing_cluster_id (str | Unset): An existing all-purpose cluster to run on (started by the run if
                terminated).
            new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec
                fields; `spark_version` required):
                the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
                 Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
                'spark_conf': {'spark.speculation': 'true'}}.
            notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
                '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
            spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in
                `libraries`.
            spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
            spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a
                new cluster.
            pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
            python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in
                `libraries`.
            libraries (list[Library] | Unset): Libraries installed on the cluster before the task runs.
            email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start,
                succeed or fail (INTERNAL_ERROR, SKIPPED, FAILED,
                TIMEDOUT), and when the job is deleted. ASCII addresses only.
                 Example: {'on_failure': ['user.name@databricks.com']}.
            timeout_seconds (int | Unset): Timeout of each run; 0 (the default) = none. Applies to active runs
                too.
            max_retries (int | Unset): Retries of an unsuccessful run (result FAILED or life cycle
                INTERNAL_ERROR); -1 = unlimited, 0
                (the default) = none. A retry is a new run with trigger RETRY.
            min_retry_interval_millis (int | Unset): Minimum time between the start of a failed run and its
                retry (default 0).
            retry_on_timeout (bool | Unset): Whether a timed-out run is retried too (default false).
            schedule (JobsCronSchedule | Unset): A Quartz cron schedule for a job. Example:
                {'quartz_cron_expression': '0 15 22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status':
                'UNPAUSED'}.
            max_concurrent_runs (int | Unset): Maximum active runs of the job (default 1); further runs are
                SKIPPED; 0 skips every run.
            tags (Jobs20JobSettingsTags | Unset):
            tasks (list[Jobs21TaskSettings] | Unset): Multi-task format only.
            job_clusters (list[JobsJobCluster] | Unset): Multi-task format only.
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            format_ (JobsFormat | Unset): SINGLE_TASK (a job created in the Jobs API 2.0 form) or MULTI_TASK.
                Ignored in create, reset and
                update requests.
            body (Jobs20JobSettings): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_job_settings import Jobs20JobSettings

        body = request_body(
            Jobs20JobSettings,
            body,
            {
                "name": ("name", name),
                "existing_cluster_id": ("existing_cluster_id", existing_cluster_id),
                "new_cluster": ("new_cluster", new_cluster),
                "notebook_task": ("notebook_task", notebook_task),
                "spark_jar_task": ("spark_jar_task", spark_jar_task),
                "spark_python_task": ("spark_python_task", spark_python_task),
                "spark_submit_task": ("spark_submit_task", spark_submit_task),
                "pipeline_task": ("pipeline_task", pipeline_task),
                "python_wheel_task": ("python_wheel_task", python_wheel_task),
                "libraries": ("libraries", libraries),
                "email_notifications": ("email_notifications", email_notifications),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "max_retries": ("max_retries", max_retries),
                "min_retry_interval_millis": ("min_retry_interval_millis", min_retry_interval_millis),
                "retry_on_timeout": ("retry_on_timeout", retry_on_timeout),
                "schedule": ("schedule", schedule),
                "max_concurrent_runs": ("max_concurrent_runs", max_concurrent_runs),
                "tags": ("tags", tags),
                "tasks": ("tasks", tasks),
                "job_clusters": ("job_clusters", job_clusters),
                "git_source": ("git_source", git_source),
                "format_": ("format", format_),
            },
            "AsyncJobs20Service.create",
            True,
        )

        from . import jobs_20_create as _op

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
        existed → `INVALID_PARAMETER_VALUE`.


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
            "AsyncJobs20Service.delete",
            True,
        )

        from . import jobs_20_delete as _op

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
    ) -> Jobs20Job:
        """Get a job

        Returns a job: single-task format jobs with their task settings at the top level, multi-task format
        jobs with `tasks` and `job_clusters` (as in 2.1). An unknown or deleted job → HTTP 400
        `INVALID_PARAMETER_VALUE` "Job <id> does not exist".


        Args:
            job_id (int):
        """

        from . import jobs_20_get as _op

        result: Jobs20Job = await _acall(
            self._client,
            _op,
            (),
            job_id=job_id,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        expand_tasks: bool | Unset = UNSET,
    ) -> Jobs20ListResponse:
        """List jobs

        Lists jobs, most recently created first. Without `offset` and `limit` every job is returned (the 2020
        behaviour, which Jobs API 2.0 kept; `has_more` is false). With either, a page: `offset` (default 0)
        and `limit` (1–25, default 20), `has_more` telling whether more jobs follow. Single-task format jobs
        show their full settings; multi-task format jobs omit `tasks` and `job_clusters` unless
        `expand_tasks`. A `limit` or `offset` out of range → `INVALID_PARAMETER_VALUE`.


        Args:
            offset (int | Unset):
            limit (int | Unset):
            expand_tasks (bool | Unset):
        """

        from . import jobs_20_list as _op

        result: Jobs20ListResponse = await _acall(
            self._client,
            _op,
            (),
            offset=offset,
            limit=limit,
            expand_tasks=expand_tasks,
        )
        return result

    @overload
    async def reset(
        self,
        *,
        body: Jobs20ResetRequest,
    ) -> Empty: ...

    @overload
    async def reset(
        self,
        job_id: int,
        new_settings: Jobs20JobSettings | Mapping[str, Any],
    ) -> Empty: ...

    @async_keyword_call
    async def reset(
        self,
        job_id: int | Unset = UNSET,
        new_settings: Jobs20JobSettings | Mapping[str, Any] | Unset = UNSET,
        *,
        body: Jobs20ResetRequest | Unset = UNSET,
    ) -> Empty:
        """Replace all settings of a job

        Replaces every setting of the job with `new_settings`, validated like create (single-task format,
        or multi-task format with `tasks`). Changes to the cluster or the task do not affect active runs;
        `timeout_seconds` changes apply to active runs too. Unknown job → `INVALID_PARAMETER_VALUE`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs20JobSettings): Settings of a job. Single-task format: the task kind, its cluster,
                libraries and retry policy at the
                top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
                fields.
            body (Jobs20ResetRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_reset_request import Jobs20ResetRequest

        body = request_body(
            Jobs20ResetRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
            },
            "AsyncJobs20Service.reset",
            True,
        )

        from . import jobs_20_reset as _op

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

        Starts a run of the job (trigger `ONE_TIME`) and returns its `run_id` and `number_in_job` (the run's
        sequence number among the job's runs, from 1). `notebook_params` are merged over the notebook's
        `base_parameters`; `jar_params`, `python_params`, `spark_submit_params` and `python_named_params`
        replace the task's parameters. `jar_params` and `notebook_params` are mutually exclusive; each
        parameter field may take at most 10,000 bytes as JSON → `INVALID_PARAMETER_VALUE`. An
        `idempotency_token` (≤64 characters) already used by a run returns that run instead of starting one.
        When the job already has `max_concurrent_runs` active runs (0 skips every run) the run is created
        and ends at once in `SKIPPED`. Unknown job → `INVALID_PARAMETER_VALUE`.


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
            "AsyncJobs20Service.run_now",
            True,
        )

        from . import jobs_20_run_now as _op

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

        Cancels the run asynchronously: it goes to TERMINATING and then TERMINATED with result `CANCELED`. A
        run that has already finished is left alone. Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.


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
            "AsyncJobs20Service.runs_cancel",
            True,
        )

        from . import jobs_20_runs_cancel as _op

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
        body: JobsJobIdRequest,
    ) -> Empty: ...

    @overload
    async def runs_cancel_all(
        self,
        job_id: int,
    ) -> Empty: ...

    @async_keyword_call
    async def runs_cancel_all(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: JobsJobIdRequest | Unset = UNSET,
    ) -> Empty:
        """Cancel all active runs of a job

        Cancels every active run of the job asynchronously, like `runs/cancel` on each. Unknown job →
        `INVALID_PARAMETER_VALUE`.


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
            "AsyncJobs20Service.runs_cancel_all",
            True,
        )

        from . import jobs_20_runs_cancel_all as _op

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

        Deletes a run that is no longer active. An active run (PENDING, RUNNING, TERMINATING) →
        `INVALID_STATE`; unknown run → `INVALID_PARAMETER_VALUE`.


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
            "AsyncJobs20Service.runs_delete",
            True,
        )

        from . import jobs_20_runs_delete as _op

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
        DASHBOARDS (its dashboards) or ALL. Only notebook runs can be exported; other runs →
        `INVALID_PARAMETER_VALUE`. Runs are removed 60 days after they finish: export them first to keep
        them.


        Args:
            run_id (int):
            views_to_export (JobsViewsToExport | Unset): CODE (the notebook), DASHBOARDS (its dashboards) or
                ALL.
        """

        if not isinstance(views_to_export, Unset):
            from ...models.jobs_views_to_export import JobsViewsToExport

            views_to_export = JobsViewsToExport(views_to_export)

        from . import jobs_20_runs_export as _op

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
    ) -> Jobs20Run:
        """Get a run

        Returns a run: for a single-task format run its `task`, `cluster_spec` and `cluster_instance`; for a
        multi-task run its `tasks` (as in 2.1). Unknown or deleted run → HTTP 400 `INVALID_PARAMETER_VALUE`
        "Run <id> does not exist".


        Args:
            run_id (int):
        """

        from . import jobs_20_runs_get as _op

        result: Jobs20Run = await _acall(
            self._client,
            _op,
            (),
            run_id=run_id,
        )
        return result

    @async_keyword_call
    async def runs_get_output(
        self,
        run_id: int,
    ) -> Jobs20RunsGetOutputResponse:
        """Get the output of a run

        Returns the output and the metadata of a run: `notebook_output` for notebook runs (the first 5 MB
        of the value passed to `dbutils.notebook.exit()`; empty when the notebook did not call it), `logs`
        for JAR, Python and wheel runs, `error` and `error_trace` for failed runs; the output fields are
        absent until the run has finished. A multi-task run → `INVALID_PARAMETER_VALUE` (read the output of
        each of its task runs). Unknown run → HTTP 400 `INVALID_PARAMETER_VALUE`.


        Args:
            run_id (int):
        """

        from . import jobs_20_runs_get_output as _op

        result: Jobs20RunsGetOutputResponse = await _acall(
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
        start_time_from: int | Unset = UNSET,
        start_time_to: int | Unset = UNSET,
    ) -> Jobs20RunsListResponse:
        """List runs

        Lists runs, most recently started first (by `start_time`), a page at a time: `offset` (default 0)
        and `limit` (1–999, default 20; 0 means the maximum, 999); `has_more` tells whether more runs follow.
        Filters: `job_id` (an unknown job → `INVALID_PARAMETER_VALUE`), `active_only` (PENDING, RUNNING,
        TERMINATING) or `completed_only` (both true → `INVALID_PARAMETER_VALUE`), `run_type`,
        `start_time_from` / `start_time_to` (inclusive, epoch ms).


        Args:
            active_only (bool | Unset):
            completed_only (bool | Unset):
            job_id (int | Unset):
            offset (int | Unset):
            limit (int | Unset):
            run_type (JobsRunType | Unset): JOB_RUN (a run of a job), WORKFLOW_RUN (started by
                dbutils.notebook.run), SUBMIT_RUN (runs/submit).
            start_time_from (int | Unset):
            start_time_to (int | Unset):
        """

        if not isinstance(run_type, Unset):
            from ...models.jobs_run_type import JobsRunType

            run_type = JobsRunType(run_type)

        from . import jobs_20_runs_list as _op

        result: Jobs20RunsListResponse = await _acall(
            self._client,
            _op,
            (),
            active_only=active_only,
            completed_only=completed_only,
            job_id=job_id,
            offset=offset,
            limit=limit,
            run_type=run_type,
            start_time_from=start_time_from,
            start_time_to=start_time_to,
        )
        return result

    @overload
    async def runs_submit(
        self,
        *,
        body: Jobs20RunsSubmitRequest,
    ) -> JobsRunsSubmitResponse: ...

    @overload
    async def runs_submit(
        self,
        *,
        run_name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
    ) -> JobsRunsSubmitResponse: ...

    @async_keyword_call
    async def runs_submit(
        self,
        *,
        body: Jobs20RunsSubmitRequest | Unset = UNSET,
        run_name: str | Unset = UNSET,
        existing_cluster_id: str | Unset = UNSET,
        new_cluster: NewCluster | Mapping[str, Any] | Unset = UNSET,
        notebook_task: JobsNotebookTask | Mapping[str, Any] | Unset = UNSET,
        spark_jar_task: JobsSparkJarTask | Mapping[str, Any] | Unset = UNSET,
        spark_python_task: JobsSparkPythonTask | Mapping[str, Any] | Unset = UNSET,
        spark_submit_task: JobsSparkSubmitTask | Mapping[str, Any] | Unset = UNSET,
        pipeline_task: JobsPipelineTask | Mapping[str, Any] | Unset = UNSET,
        python_wheel_task: JobsPythonWheelTask | Mapping[str, Any] | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        timeout_seconds: int | Unset = UNSET,
        idempotency_token: str | Unset = UNSET,
        tasks: Sequence[Jobs21RunSubmitTaskSettings | Mapping[str, Any]] | Unset = UNSET,
        git_source: JobsGitSource | Mapping[str, Any] | Unset = UNSET,
    ) -> JobsRunsSubmitResponse:
        """Submit a one-time run

        Starts a one-time run without creating a job (run type `SUBMIT_RUN`; it does not show as a job).
        Single-task format: exactly one task kind and, except for pipeline tasks, exactly one of
        `existing_cluster_id` and `new_cluster`; or `tasks` for a multi-task run. `run_name` defaults to
        `Untitled`; `timeout_seconds` bounds the run (0 = none). An `idempotency_token` (≤64 characters)
        already used by a run returns that run's id instead of starting a new run. Poll `runs/get`. Invalid
        run settings → `INVALID_PARAMETER_VALUE`.


        Args:
            run_name (str | Unset): Name of the run (default `Untitled`).
            existing_cluster_id (str | Unset):
            new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec
                fields; `spark_version` required):
                the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
                 Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
                'spark_conf': {'spark.speculation': 'true'}}.
            notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
                '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
            spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in
                `libraries`.
            spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
            spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a
                new cluster.
            pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
            python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in
                `libraries`.
            libraries (list[Library] | Unset):
            timeout_seconds (int | Unset):
            idempotency_token (str | Unset): At most 64 characters. A run started with the same token is
                returned instead of starting a new one;
                if that run was deleted, the request fails.
            tasks (list[Jobs21RunSubmitTaskSettings] | Unset):
            git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public
                Preview). Exactly one of
                `git_branch`, `git_tag` and `git_commit`.
                 Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main',
                'git_provider': 'gitHub'}.
            body (Jobs20RunsSubmitRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_runs_submit_request import Jobs20RunsSubmitRequest

        body = request_body(
            Jobs20RunsSubmitRequest,
            body,
            {
                "run_name": ("run_name", run_name),
                "existing_cluster_id": ("existing_cluster_id", existing_cluster_id),
                "new_cluster": ("new_cluster", new_cluster),
                "notebook_task": ("notebook_task", notebook_task),
                "spark_jar_task": ("spark_jar_task", spark_jar_task),
                "spark_python_task": ("spark_python_task", spark_python_task),
                "spark_submit_task": ("spark_submit_task", spark_submit_task),
                "pipeline_task": ("pipeline_task", pipeline_task),
                "python_wheel_task": ("python_wheel_task", python_wheel_task),
                "libraries": ("libraries", libraries),
                "timeout_seconds": ("timeout_seconds", timeout_seconds),
                "idempotency_token": ("idempotency_token", idempotency_token),
                "tasks": ("tasks", tasks),
                "git_source": ("git_source", git_source),
            },
            "AsyncJobs20Service.runs_submit",
            True,
        )

        from . import jobs_20_runs_submit as _op

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
        body: Jobs20UpdateRequest,
    ) -> Empty: ...

    @overload
    async def update(
        self,
        job_id: int,
        *,
        new_settings: Jobs20JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def update(
        self,
        job_id: int | Unset = UNSET,
        *,
        body: Jobs20UpdateRequest | Unset = UNSET,
        new_settings: Jobs20JobSettings | Mapping[str, Any] | Unset = UNSET,
        fields_to_remove: builtins.list[str] | Unset = UNSET,
    ) -> Empty:
        """Change some settings of a job

        Replaces the top-level fields given in `new_settings` (nested fields are not merged) and removes the
        top-level fields named in `fields_to_remove` (e.g. `["libraries", "schedule"]`; absent names are
        ignored). The result is validated like create; nothing changes when it is rejected. Single-task
        fields (a task kind, a cluster, libraries, retries) cannot be set on a multi-task format job; giving
        `tasks` turns a single-task format job into a multi-task one. Unknown job → `INVALID_PARAMETER_VALUE`.


        Args:
            job_id (int): A job id or run id (unique across the workspace).
            new_settings (Jobs20JobSettings | Unset): Settings of a job. Single-task format: the task kind, its
                cluster, libraries and retry policy at the
                top level. Multi-task format: `tasks` and `job_clusters` as in Jobs API 2.1, without the single-task
                fields.
            fields_to_remove (list[str] | Unset): Top-level settings fields to remove, e.g. `["libraries",
                "schedule"]`.
            body (Jobs20UpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.jobs_20_update_request import Jobs20UpdateRequest

        body = request_body(
            Jobs20UpdateRequest,
            body,
            {
                "job_id": ("job_id", job_id),
                "new_settings": ("new_settings", new_settings),
                "fields_to_remove": ("fields_to_remove", fields_to_remove),
            },
            "AsyncJobs20Service.update",
            True,
        )

        from . import jobs_20_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("Jobs20Service", "AsyncJobs20Service")
