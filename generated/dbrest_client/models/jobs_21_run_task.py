from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_performance_target import JobsPerformanceTarget
from ..models.jobs_run_if import JobsRunIf
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_ai_function_task import JobsAiFunctionTask
    from ..models.jobs_ai_runtime_task import JobsAiRuntimeTask
    from ..models.jobs_alert_task import JobsAlertTask
    from ..models.jobs_clean_rooms_notebook_task import JobsCleanRoomsNotebookTask
    from ..models.jobs_cluster_instance import JobsClusterInstance
    from ..models.jobs_compute import JobsCompute
    from ..models.jobs_dashboard_task import JobsDashboardTask
    from ..models.jobs_dbt_cloud_task import JobsDbtCloudTask
    from ..models.jobs_dbt_platform_task import JobsDbtPlatformTask
    from ..models.jobs_dbt_task import JobsDbtTask
    from ..models.jobs_email_notifications import JobsEmailNotifications
    from ..models.jobs_gen_ai_compute_task import JobsGenAiComputeTask
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_notebook_task import JobsNotebookTask
    from ..models.jobs_pipeline_task import JobsPipelineTask
    from ..models.jobs_power_bi_task import JobsPowerBiTask
    from ..models.jobs_python_operator_task import JobsPythonOperatorTask
    from ..models.jobs_python_wheel_task import JobsPythonWheelTask
    from ..models.jobs_resolved_values import JobsResolvedValues
    from ..models.jobs_run_condition_task import JobsRunConditionTask
    from ..models.jobs_run_for_each_task import JobsRunForEachTask
    from ..models.jobs_run_job_task import JobsRunJobTask
    from ..models.jobs_run_state import JobsRunState
    from ..models.jobs_run_status import JobsRunStatus
    from ..models.jobs_spark_jar_task import JobsSparkJarTask
    from ..models.jobs_spark_python_task import JobsSparkPythonTask
    from ..models.jobs_spark_submit_task import JobsSparkSubmitTask
    from ..models.jobs_sql_task import JobsSqlTask
    from ..models.jobs_task_dependency import JobsTaskDependency
    from ..models.jobs_task_notification_settings import JobsTaskNotificationSettings
    from ..models.jobs_webhook_notifications import JobsWebhookNotifications
    from ..models.library import Library
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="Jobs21RunTask")


@_attrs_define
class Jobs21RunTask:
    """A task run of a multi-task run.

    Attributes:
        run_id (int | Unset): A job id or run id (unique across the workspace).
        task_key (str | Unset): Name of a task, unique within its job; 1 to 100 characters among letters, digits, `_`
            and `-`.
        description (str | Unset):
        state (JobsRunState | Unset): The life cycle state and result of a run. Example: {'life_cycle_state':
            'TERMINATED', 'result_state': 'SUCCESS', 'state_message': '', 'user_cancelled_or_timedout': False}.
        depends_on (list[JobsTaskDependency] | Unset):
        existing_cluster_id (str | Unset):
        new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec fields;
            `spark_version` required):
            the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
             Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
            'spark_conf': {'spark.speculation': 'true'}}.
        job_cluster_key (str | Unset):
        libraries (list[Library] | Unset):
        notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
            '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
        spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in `libraries`.
        spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
        spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a new cluster.
        pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
        python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in `libraries`.
        sql_task (JobsSqlTask | Unset): Run a Databricks SQL query, refresh a dashboard or an alert on a SQL warehouse.
        dbt_task (JobsDbtTask | Unset): Run dbt commands.
        start_time (int | Unset): When the task run started (epoch ms); 0 before.
        setup_duration (int | Unset):
        execution_duration (int | Unset):
        cleanup_duration (int | Unset):
        end_time (int | Unset): When the task run ended (epoch ms); 0 while it is not finished.
        attempt_number (int | Unset): 0 for the first attempt, then 1, 2, ... for retries.
        cluster_instance (JobsClusterInstance | Unset): The cluster and Spark context of a run; each field is absent
            until known.
        git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public Preview).
            Exactly one of
            `git_branch`, `git_tag` and `git_commit`.
             Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider':
            'gitHub'}.
        run_page_url (str | Unset):
        ai_function_task (JobsAiFunctionTask | Unset): A task that applies an AI function to a set of input documents or
            rows.
        ai_runtime_task (JobsAiRuntimeTask | Unset): AiRuntimeTask: multi-node GPU compute task definition for
            Databricks AI Runtime workloads. Jobs-framework-level concepts (retries, per-task timeout, idempotency token,
            usage/budget policy, permissions) live on the surrounding TaskSettings / run-submit request and are
            intentionally NOT duplicated here. Users compose ``ai_runtime_task`` with the standard Jobs/DABs task wrapper to
            get those.
        alert_task (JobsAlertTask | Unset):
        clean_rooms_notebook_task (JobsCleanRoomsNotebookTask | Unset): Clean Rooms notebook task for V1 Clean Room
            service (GA). Replaces the deprecated CleanRoomNotebookTask (defined above) which was for V0 service.
        compute (JobsCompute | Unset):
        condition_task (JobsRunConditionTask | Unset):
        dashboard_task (JobsDashboardTask | Unset): Configures the Lakeview Dashboard job task type.
        dbt_cloud_task (JobsDbtCloudTask | Unset): Deprecated in favor of DbtPlatformTask
        dbt_platform_task (JobsDbtPlatformTask | Unset):
        disable_auto_optimization (bool | Unset): An option to disable auto optimization in serverless
        disabled (bool | Unset): An optional flag to disable the task. If set to true, the task will not run even if it
            is part of a job.
        effective_performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower
            latency) or cost efficient the execution of run on serverless compute should be. The performance mode on the job
            or pipeline should map to a performance setting that is passed to Cluster Manager (see cluster-common
            PerformanceTarget).
        email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start, succeed or fail
            (INTERNAL_ERROR, SKIPPED, FAILED,
            TIMEDOUT), and when the job is deleted. ASCII addresses only.
             Example: {'on_failure': ['user.name@databricks.com']}.
        environment_key (str | Unset): The key that references an environment spec in a job. This field is required for
            Python script, Python wheel and dbt tasks when using serverless compute or a compute resource that uses
            Environments mode.
        environment_variables_key (str | Unset): Reference to a ``JobEnvironmentVariables`` entry defined in
            ``RunSettings.environment_variables`` for one-time runs or preserved in ``Run.environment_variables`` for run
            snapshots. The selected entry's variables are applied to this task at execution time. This field supports
            serverless tasks using environment version 5 or later.
        for_each_task (JobsRunForEachTask | Unset):
        gen_ai_compute_task (JobsGenAiComputeTask | Unset): DEPRECATED — use ``AiRuntimeTask`` for all new BYOT multi-
            node GPU workloads (see ai_runtime_task.proto). ``AiRuntimeTask`` is the only supported BYOT task type for new
            workloads; this proto is retained only for AIR CLI (fka SGCLI) pywheel backwards compatibility and will be
            removed once the pywheel → databricks-cli migration completes (post- PuPr).
        max_retries (int | Unset): An optional maximum number of times to retry an unsuccessful run. A run is considered
            to be unsuccessful if it completes with the ``FAILED`` result_state or ``INTERNAL_ERROR`` ``life_cycle_state``.
            The value ``-1`` means to retry indefinitely and the value ``0`` means to never retry.
        min_retry_interval_millis (int | Unset): An optional minimal interval in milliseconds between the start of the
            failed run and the subsequent retry run. The default behavior is that unsuccessful runs are immediately retried.
        notification_settings (JobsTaskNotificationSettings | Unset):
        power_bi_task (JobsPowerBiTask | Unset):
        python_operator_task (JobsPythonOperatorTask | Unset):
        queue_duration (int | Unset): The time in milliseconds that the run has spent in the queue.
        resolved_values (JobsResolvedValues | Unset):
        retry_on_timeout (bool | Unset): An optional policy to specify whether to retry a job when it times out. The
            default behavior is to not retry on timeout.
        run_duration (int | Unset): The time in milliseconds it took the job run and all of its repairs to finish.
        run_if (JobsRunIf | Unset): An optional value indicating the condition that determines whether the task should
            be run once its dependencies have been completed. When omitted, defaults to ``ALL_SUCCESS``. Possible values
            are: - ``ALL_SUCCESS``: All dependencies have executed and succeeded - ``AT_LEAST_ONE_SUCCESS``: At least one
            dependency has succeeded - ``NONE_FAILED``: None of the dependencies have failed and at least one was executed -
            ``ALL_DONE``: All dependencies have been completed - ``AT_LEAST_ONE_FAILED``: At least one dependency failed -
            ``ALL_FAILED``: ALl dependencies have failed
        run_job_task (JobsRunJobTask | Unset):
        status (JobsRunStatus | Unset): The current status of the run
        timeout_seconds (int | Unset): An optional timeout applied to each run of this job task. A value of ``0`` means
            no timeout.
        webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called when runs
            start, succeed or fail (at most 3 each).
    """

    run_id: int | Unset = UNSET
    task_key: str | Unset = UNSET
    description: str | Unset = UNSET
    state: JobsRunState | Unset = UNSET
    depends_on: list[JobsTaskDependency] | Unset = UNSET
    existing_cluster_id: str | Unset = UNSET
    new_cluster: NewCluster | Unset = UNSET
    job_cluster_key: str | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    notebook_task: JobsNotebookTask | Unset = UNSET
    spark_jar_task: JobsSparkJarTask | Unset = UNSET
    spark_python_task: JobsSparkPythonTask | Unset = UNSET
    spark_submit_task: JobsSparkSubmitTask | Unset = UNSET
    pipeline_task: JobsPipelineTask | Unset = UNSET
    python_wheel_task: JobsPythonWheelTask | Unset = UNSET
    sql_task: JobsSqlTask | Unset = UNSET
    dbt_task: JobsDbtTask | Unset = UNSET
    start_time: int | Unset = UNSET
    setup_duration: int | Unset = UNSET
    execution_duration: int | Unset = UNSET
    cleanup_duration: int | Unset = UNSET
    end_time: int | Unset = UNSET
    attempt_number: int | Unset = UNSET
    cluster_instance: JobsClusterInstance | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    run_page_url: str | Unset = UNSET
    ai_function_task: JobsAiFunctionTask | Unset = UNSET
    ai_runtime_task: JobsAiRuntimeTask | Unset = UNSET
    alert_task: JobsAlertTask | Unset = UNSET
    clean_rooms_notebook_task: JobsCleanRoomsNotebookTask | Unset = UNSET
    compute: JobsCompute | Unset = UNSET
    condition_task: JobsRunConditionTask | Unset = UNSET
    dashboard_task: JobsDashboardTask | Unset = UNSET
    dbt_cloud_task: JobsDbtCloudTask | Unset = UNSET
    dbt_platform_task: JobsDbtPlatformTask | Unset = UNSET
    disable_auto_optimization: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    effective_performance_target: JobsPerformanceTarget | Unset = UNSET
    email_notifications: JobsEmailNotifications | Unset = UNSET
    environment_key: str | Unset = UNSET
    environment_variables_key: str | Unset = UNSET
    for_each_task: JobsRunForEachTask | Unset = UNSET
    gen_ai_compute_task: JobsGenAiComputeTask | Unset = UNSET
    max_retries: int | Unset = UNSET
    min_retry_interval_millis: int | Unset = UNSET
    notification_settings: JobsTaskNotificationSettings | Unset = UNSET
    power_bi_task: JobsPowerBiTask | Unset = UNSET
    python_operator_task: JobsPythonOperatorTask | Unset = UNSET
    queue_duration: int | Unset = UNSET
    resolved_values: JobsResolvedValues | Unset = UNSET
    retry_on_timeout: bool | Unset = UNSET
    run_duration: int | Unset = UNSET
    run_if: JobsRunIf | Unset = UNSET
    run_job_task: JobsRunJobTask | Unset = UNSET
    status: JobsRunStatus | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    webhook_notifications: JobsWebhookNotifications | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        task_key = self.task_key

        description = self.description

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        depends_on: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = []
            for depends_on_item_data in self.depends_on:
                depends_on_item = depends_on_item_data.to_dict()
                depends_on.append(depends_on_item)

        existing_cluster_id = self.existing_cluster_id

        new_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_cluster, Unset):
            new_cluster = self.new_cluster.to_dict()

        job_cluster_key = self.job_cluster_key

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        notebook_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebook_task, Unset):
            notebook_task = self.notebook_task.to_dict()

        spark_jar_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_jar_task, Unset):
            spark_jar_task = self.spark_jar_task.to_dict()

        spark_python_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_python_task, Unset):
            spark_python_task = self.spark_python_task.to_dict()

        spark_submit_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spark_submit_task, Unset):
            spark_submit_task = self.spark_submit_task.to_dict()

        pipeline_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline_task, Unset):
            pipeline_task = self.pipeline_task.to_dict()

        python_wheel_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.python_wheel_task, Unset):
            python_wheel_task = self.python_wheel_task.to_dict()

        sql_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sql_task, Unset):
            sql_task = self.sql_task.to_dict()

        dbt_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_task, Unset):
            dbt_task = self.dbt_task.to_dict()

        start_time = self.start_time

        setup_duration = self.setup_duration

        execution_duration = self.execution_duration

        cleanup_duration = self.cleanup_duration

        end_time = self.end_time

        attempt_number = self.attempt_number

        cluster_instance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_instance, Unset):
            cluster_instance = self.cluster_instance.to_dict()

        git_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_source, Unset):
            git_source = self.git_source.to_dict()

        run_page_url = self.run_page_url

        ai_function_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_function_task, Unset):
            ai_function_task = self.ai_function_task.to_dict()

        ai_runtime_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_runtime_task, Unset):
            ai_runtime_task = self.ai_runtime_task.to_dict()

        alert_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.alert_task, Unset):
            alert_task = self.alert_task.to_dict()

        clean_rooms_notebook_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.clean_rooms_notebook_task, Unset):
            clean_rooms_notebook_task = self.clean_rooms_notebook_task.to_dict()

        compute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compute, Unset):
            compute = self.compute.to_dict()

        condition_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition_task, Unset):
            condition_task = self.condition_task.to_dict()

        dashboard_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dashboard_task, Unset):
            dashboard_task = self.dashboard_task.to_dict()

        dbt_cloud_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_cloud_task, Unset):
            dbt_cloud_task = self.dbt_cloud_task.to_dict()

        dbt_platform_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dbt_platform_task, Unset):
            dbt_platform_task = self.dbt_platform_task.to_dict()

        disable_auto_optimization = self.disable_auto_optimization

        disabled = self.disabled

        effective_performance_target: str | Unset = UNSET
        if not isinstance(self.effective_performance_target, Unset):
            effective_performance_target = self.effective_performance_target.value

        email_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_notifications, Unset):
            email_notifications = self.email_notifications.to_dict()

        environment_key = self.environment_key

        environment_variables_key = self.environment_variables_key

        for_each_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.for_each_task, Unset):
            for_each_task = self.for_each_task.to_dict()

        gen_ai_compute_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gen_ai_compute_task, Unset):
            gen_ai_compute_task = self.gen_ai_compute_task.to_dict()

        max_retries = self.max_retries

        min_retry_interval_millis = self.min_retry_interval_millis

        notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_settings, Unset):
            notification_settings = self.notification_settings.to_dict()

        power_bi_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.power_bi_task, Unset):
            power_bi_task = self.power_bi_task.to_dict()

        python_operator_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.python_operator_task, Unset):
            python_operator_task = self.python_operator_task.to_dict()

        queue_duration = self.queue_duration

        resolved_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolved_values, Unset):
            resolved_values = self.resolved_values.to_dict()

        retry_on_timeout = self.retry_on_timeout

        run_duration = self.run_duration

        run_if: str | Unset = UNSET
        if not isinstance(self.run_if, Unset):
            run_if = self.run_if.value

        run_job_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_job_task, Unset):
            run_job_task = self.run_job_task.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        timeout_seconds = self.timeout_seconds

        webhook_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_notifications, Unset):
            webhook_notifications = self.webhook_notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if task_key is not UNSET:
            field_dict["task_key"] = task_key
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if existing_cluster_id is not UNSET:
            field_dict["existing_cluster_id"] = existing_cluster_id
        if new_cluster is not UNSET:
            field_dict["new_cluster"] = new_cluster
        if job_cluster_key is not UNSET:
            field_dict["job_cluster_key"] = job_cluster_key
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if notebook_task is not UNSET:
            field_dict["notebook_task"] = notebook_task
        if spark_jar_task is not UNSET:
            field_dict["spark_jar_task"] = spark_jar_task
        if spark_python_task is not UNSET:
            field_dict["spark_python_task"] = spark_python_task
        if spark_submit_task is not UNSET:
            field_dict["spark_submit_task"] = spark_submit_task
        if pipeline_task is not UNSET:
            field_dict["pipeline_task"] = pipeline_task
        if python_wheel_task is not UNSET:
            field_dict["python_wheel_task"] = python_wheel_task
        if sql_task is not UNSET:
            field_dict["sql_task"] = sql_task
        if dbt_task is not UNSET:
            field_dict["dbt_task"] = dbt_task
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if setup_duration is not UNSET:
            field_dict["setup_duration"] = setup_duration
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if cleanup_duration is not UNSET:
            field_dict["cleanup_duration"] = cleanup_duration
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if cluster_instance is not UNSET:
            field_dict["cluster_instance"] = cluster_instance
        if git_source is not UNSET:
            field_dict["git_source"] = git_source
        if run_page_url is not UNSET:
            field_dict["run_page_url"] = run_page_url
        if ai_function_task is not UNSET:
            field_dict["ai_function_task"] = ai_function_task
        if ai_runtime_task is not UNSET:
            field_dict["ai_runtime_task"] = ai_runtime_task
        if alert_task is not UNSET:
            field_dict["alert_task"] = alert_task
        if clean_rooms_notebook_task is not UNSET:
            field_dict["clean_rooms_notebook_task"] = clean_rooms_notebook_task
        if compute is not UNSET:
            field_dict["compute"] = compute
        if condition_task is not UNSET:
            field_dict["condition_task"] = condition_task
        if dashboard_task is not UNSET:
            field_dict["dashboard_task"] = dashboard_task
        if dbt_cloud_task is not UNSET:
            field_dict["dbt_cloud_task"] = dbt_cloud_task
        if dbt_platform_task is not UNSET:
            field_dict["dbt_platform_task"] = dbt_platform_task
        if disable_auto_optimization is not UNSET:
            field_dict["disable_auto_optimization"] = disable_auto_optimization
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if effective_performance_target is not UNSET:
            field_dict["effective_performance_target"] = effective_performance_target
        if email_notifications is not UNSET:
            field_dict["email_notifications"] = email_notifications
        if environment_key is not UNSET:
            field_dict["environment_key"] = environment_key
        if environment_variables_key is not UNSET:
            field_dict["environment_variables_key"] = environment_variables_key
        if for_each_task is not UNSET:
            field_dict["for_each_task"] = for_each_task
        if gen_ai_compute_task is not UNSET:
            field_dict["gen_ai_compute_task"] = gen_ai_compute_task
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if min_retry_interval_millis is not UNSET:
            field_dict["min_retry_interval_millis"] = min_retry_interval_millis
        if notification_settings is not UNSET:
            field_dict["notification_settings"] = notification_settings
        if power_bi_task is not UNSET:
            field_dict["power_bi_task"] = power_bi_task
        if python_operator_task is not UNSET:
            field_dict["python_operator_task"] = python_operator_task
        if queue_duration is not UNSET:
            field_dict["queue_duration"] = queue_duration
        if resolved_values is not UNSET:
            field_dict["resolved_values"] = resolved_values
        if retry_on_timeout is not UNSET:
            field_dict["retry_on_timeout"] = retry_on_timeout
        if run_duration is not UNSET:
            field_dict["run_duration"] = run_duration
        if run_if is not UNSET:
            field_dict["run_if"] = run_if
        if run_job_task is not UNSET:
            field_dict["run_job_task"] = run_job_task
        if status is not UNSET:
            field_dict["status"] = status
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if webhook_notifications is not UNSET:
            field_dict["webhook_notifications"] = webhook_notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_ai_function_task import JobsAiFunctionTask  # noqa: PLC0415
        from ..models.jobs_ai_runtime_task import JobsAiRuntimeTask  # noqa: PLC0415
        from ..models.jobs_alert_task import JobsAlertTask  # noqa: PLC0415
        from ..models.jobs_clean_rooms_notebook_task import JobsCleanRoomsNotebookTask  # noqa: PLC0415
        from ..models.jobs_cluster_instance import JobsClusterInstance  # noqa: PLC0415
        from ..models.jobs_compute import JobsCompute  # noqa: PLC0415
        from ..models.jobs_dashboard_task import JobsDashboardTask  # noqa: PLC0415
        from ..models.jobs_dbt_cloud_task import JobsDbtCloudTask  # noqa: PLC0415
        from ..models.jobs_dbt_platform_task import JobsDbtPlatformTask  # noqa: PLC0415
        from ..models.jobs_dbt_task import JobsDbtTask  # noqa: PLC0415
        from ..models.jobs_email_notifications import JobsEmailNotifications  # noqa: PLC0415
        from ..models.jobs_gen_ai_compute_task import JobsGenAiComputeTask  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_notebook_task import JobsNotebookTask  # noqa: PLC0415
        from ..models.jobs_pipeline_task import JobsPipelineTask  # noqa: PLC0415
        from ..models.jobs_power_bi_task import JobsPowerBiTask  # noqa: PLC0415
        from ..models.jobs_python_operator_task import JobsPythonOperatorTask  # noqa: PLC0415
        from ..models.jobs_python_wheel_task import JobsPythonWheelTask  # noqa: PLC0415
        from ..models.jobs_resolved_values import JobsResolvedValues  # noqa: PLC0415
        from ..models.jobs_run_condition_task import JobsRunConditionTask  # noqa: PLC0415
        from ..models.jobs_run_for_each_task import JobsRunForEachTask  # noqa: PLC0415
        from ..models.jobs_run_job_task import JobsRunJobTask  # noqa: PLC0415
        from ..models.jobs_run_state import JobsRunState  # noqa: PLC0415
        from ..models.jobs_run_status import JobsRunStatus  # noqa: PLC0415
        from ..models.jobs_spark_jar_task import JobsSparkJarTask  # noqa: PLC0415
        from ..models.jobs_spark_python_task import JobsSparkPythonTask  # noqa: PLC0415
        from ..models.jobs_spark_submit_task import JobsSparkSubmitTask  # noqa: PLC0415
        from ..models.jobs_sql_task import JobsSqlTask  # noqa: PLC0415
        from ..models.jobs_task_dependency import JobsTaskDependency  # noqa: PLC0415
        from ..models.jobs_task_notification_settings import JobsTaskNotificationSettings  # noqa: PLC0415
        from ..models.jobs_webhook_notifications import JobsWebhookNotifications  # noqa: PLC0415
        from ..models.library import Library  # noqa: PLC0415
        from ..models.new_cluster import NewCluster  # noqa: PLC0415

        d = dict(src_dict)
        run_id = d.pop("run_id", UNSET)

        task_key = d.pop("task_key", UNSET)

        description = d.pop("description", UNSET)

        _state = d.pop("state", UNSET)
        state: JobsRunState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = JobsRunState.from_dict(_state)

        _depends_on = d.pop("depends_on", UNSET)
        depends_on: list[JobsTaskDependency] | Unset = UNSET
        if _depends_on is not UNSET:
            depends_on = []
            for depends_on_item_data in _depends_on:
                depends_on_item = JobsTaskDependency.from_dict(depends_on_item_data)

                depends_on.append(depends_on_item)

        existing_cluster_id = d.pop("existing_cluster_id", UNSET)

        _new_cluster = d.pop("new_cluster", UNSET)
        new_cluster: NewCluster | Unset
        if isinstance(_new_cluster, Unset):
            new_cluster = UNSET
        else:
            new_cluster = NewCluster.from_dict(_new_cluster)

        job_cluster_key = d.pop("job_cluster_key", UNSET)

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        _notebook_task = d.pop("notebook_task", UNSET)
        notebook_task: JobsNotebookTask | Unset
        if isinstance(_notebook_task, Unset):
            notebook_task = UNSET
        else:
            notebook_task = JobsNotebookTask.from_dict(_notebook_task)

        _spark_jar_task = d.pop("spark_jar_task", UNSET)
        spark_jar_task: JobsSparkJarTask | Unset
        if isinstance(_spark_jar_task, Unset):
            spark_jar_task = UNSET
        else:
            spark_jar_task = JobsSparkJarTask.from_dict(_spark_jar_task)

        _spark_python_task = d.pop("spark_python_task", UNSET)
        spark_python_task: JobsSparkPythonTask | Unset
        if isinstance(_spark_python_task, Unset):
            spark_python_task = UNSET
        else:
            spark_python_task = JobsSparkPythonTask.from_dict(_spark_python_task)

        _spark_submit_task = d.pop("spark_submit_task", UNSET)
        spark_submit_task: JobsSparkSubmitTask | Unset
        if isinstance(_spark_submit_task, Unset):
            spark_submit_task = UNSET
        else:
            spark_submit_task = JobsSparkSubmitTask.from_dict(_spark_submit_task)

        _pipeline_task = d.pop("pipeline_task", UNSET)
        pipeline_task: JobsPipelineTask | Unset
        if isinstance(_pipeline_task, Unset):
            pipeline_task = UNSET
        else:
            pipeline_task = JobsPipelineTask.from_dict(_pipeline_task)

        _python_wheel_task = d.pop("python_wheel_task", UNSET)
        python_wheel_task: JobsPythonWheelTask | Unset
        if isinstance(_python_wheel_task, Unset):
            python_wheel_task = UNSET
        else:
            python_wheel_task = JobsPythonWheelTask.from_dict(_python_wheel_task)

        _sql_task = d.pop("sql_task", UNSET)
        sql_task: JobsSqlTask | Unset
        if isinstance(_sql_task, Unset):
            sql_task = UNSET
        else:
            sql_task = JobsSqlTask.from_dict(_sql_task)

        _dbt_task = d.pop("dbt_task", UNSET)
        dbt_task: JobsDbtTask | Unset
        if isinstance(_dbt_task, Unset):
            dbt_task = UNSET
        else:
            dbt_task = JobsDbtTask.from_dict(_dbt_task)

        start_time = d.pop("start_time", UNSET)

        setup_duration = d.pop("setup_duration", UNSET)

        execution_duration = d.pop("execution_duration", UNSET)

        cleanup_duration = d.pop("cleanup_duration", UNSET)

        end_time = d.pop("end_time", UNSET)

        attempt_number = d.pop("attempt_number", UNSET)

        _cluster_instance = d.pop("cluster_instance", UNSET)
        cluster_instance: JobsClusterInstance | Unset
        if isinstance(_cluster_instance, Unset):
            cluster_instance = UNSET
        else:
            cluster_instance = JobsClusterInstance.from_dict(_cluster_instance)

        _git_source = d.pop("git_source", UNSET)
        git_source: JobsGitSource | Unset
        if isinstance(_git_source, Unset):
            git_source = UNSET
        else:
            git_source = JobsGitSource.from_dict(_git_source)

        run_page_url = d.pop("run_page_url", UNSET)

        _ai_function_task = d.pop("ai_function_task", UNSET)
        ai_function_task: JobsAiFunctionTask | Unset
        if isinstance(_ai_function_task, Unset):
            ai_function_task = UNSET
        else:
            ai_function_task = JobsAiFunctionTask.from_dict(_ai_function_task)

        _ai_runtime_task = d.pop("ai_runtime_task", UNSET)
        ai_runtime_task: JobsAiRuntimeTask | Unset
        if isinstance(_ai_runtime_task, Unset):
            ai_runtime_task = UNSET
        else:
            ai_runtime_task = JobsAiRuntimeTask.from_dict(_ai_runtime_task)

        _alert_task = d.pop("alert_task", UNSET)
        alert_task: JobsAlertTask | Unset
        if isinstance(_alert_task, Unset):
            alert_task = UNSET
        else:
            alert_task = JobsAlertTask.from_dict(_alert_task)

        _clean_rooms_notebook_task = d.pop("clean_rooms_notebook_task", UNSET)
        clean_rooms_notebook_task: JobsCleanRoomsNotebookTask | Unset
        if isinstance(_clean_rooms_notebook_task, Unset):
            clean_rooms_notebook_task = UNSET
        else:
            clean_rooms_notebook_task = JobsCleanRoomsNotebookTask.from_dict(_clean_rooms_notebook_task)

        _compute = d.pop("compute", UNSET)
        compute: JobsCompute | Unset
        if isinstance(_compute, Unset):
            compute = UNSET
        else:
            compute = JobsCompute.from_dict(_compute)

        _condition_task = d.pop("condition_task", UNSET)
        condition_task: JobsRunConditionTask | Unset
        if isinstance(_condition_task, Unset):
            condition_task = UNSET
        else:
            condition_task = JobsRunConditionTask.from_dict(_condition_task)

        _dashboard_task = d.pop("dashboard_task", UNSET)
        dashboard_task: JobsDashboardTask | Unset
        if isinstance(_dashboard_task, Unset):
            dashboard_task = UNSET
        else:
            dashboard_task = JobsDashboardTask.from_dict(_dashboard_task)

        _dbt_cloud_task = d.pop("dbt_cloud_task", UNSET)
        dbt_cloud_task: JobsDbtCloudTask | Unset
        if isinstance(_dbt_cloud_task, Unset):
            dbt_cloud_task = UNSET
        else:
            dbt_cloud_task = JobsDbtCloudTask.from_dict(_dbt_cloud_task)

        _dbt_platform_task = d.pop("dbt_platform_task", UNSET)
        dbt_platform_task: JobsDbtPlatformTask | Unset
        if isinstance(_dbt_platform_task, Unset):
            dbt_platform_task = UNSET
        else:
            dbt_platform_task = JobsDbtPlatformTask.from_dict(_dbt_platform_task)

        disable_auto_optimization = d.pop("disable_auto_optimization", UNSET)

        disabled = d.pop("disabled", UNSET)

        _effective_performance_target = d.pop("effective_performance_target", UNSET)
        effective_performance_target: JobsPerformanceTarget | Unset
        if isinstance(_effective_performance_target, Unset):
            effective_performance_target = UNSET
        else:
            effective_performance_target = JobsPerformanceTarget(_effective_performance_target)

        _email_notifications = d.pop("email_notifications", UNSET)
        email_notifications: JobsEmailNotifications | Unset
        if isinstance(_email_notifications, Unset):
            email_notifications = UNSET
        else:
            email_notifications = JobsEmailNotifications.from_dict(_email_notifications)

        environment_key = d.pop("environment_key", UNSET)

        environment_variables_key = d.pop("environment_variables_key", UNSET)

        _for_each_task = d.pop("for_each_task", UNSET)
        for_each_task: JobsRunForEachTask | Unset
        if isinstance(_for_each_task, Unset):
            for_each_task = UNSET
        else:
            for_each_task = JobsRunForEachTask.from_dict(_for_each_task)

        _gen_ai_compute_task = d.pop("gen_ai_compute_task", UNSET)
        gen_ai_compute_task: JobsGenAiComputeTask | Unset
        if isinstance(_gen_ai_compute_task, Unset):
            gen_ai_compute_task = UNSET
        else:
            gen_ai_compute_task = JobsGenAiComputeTask.from_dict(_gen_ai_compute_task)

        max_retries = d.pop("max_retries", UNSET)

        min_retry_interval_millis = d.pop("min_retry_interval_millis", UNSET)

        _notification_settings = d.pop("notification_settings", UNSET)
        notification_settings: JobsTaskNotificationSettings | Unset
        if isinstance(_notification_settings, Unset):
            notification_settings = UNSET
        else:
            notification_settings = JobsTaskNotificationSettings.from_dict(_notification_settings)

        _power_bi_task = d.pop("power_bi_task", UNSET)
        power_bi_task: JobsPowerBiTask | Unset
        if isinstance(_power_bi_task, Unset):
            power_bi_task = UNSET
        else:
            power_bi_task = JobsPowerBiTask.from_dict(_power_bi_task)

        _python_operator_task = d.pop("python_operator_task", UNSET)
        python_operator_task: JobsPythonOperatorTask | Unset
        if isinstance(_python_operator_task, Unset):
            python_operator_task = UNSET
        else:
            python_operator_task = JobsPythonOperatorTask.from_dict(_python_operator_task)

        queue_duration = d.pop("queue_duration", UNSET)

        _resolved_values = d.pop("resolved_values", UNSET)
        resolved_values: JobsResolvedValues | Unset
        if isinstance(_resolved_values, Unset):
            resolved_values = UNSET
        else:
            resolved_values = JobsResolvedValues.from_dict(_resolved_values)

        retry_on_timeout = d.pop("retry_on_timeout", UNSET)

        run_duration = d.pop("run_duration", UNSET)

        _run_if = d.pop("run_if", UNSET)
        run_if: JobsRunIf | Unset
        if isinstance(_run_if, Unset):
            run_if = UNSET
        else:
            run_if = JobsRunIf(_run_if)

        _run_job_task = d.pop("run_job_task", UNSET)
        run_job_task: JobsRunJobTask | Unset
        if isinstance(_run_job_task, Unset):
            run_job_task = UNSET
        else:
            run_job_task = JobsRunJobTask.from_dict(_run_job_task)

        _status = d.pop("status", UNSET)
        status: JobsRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobsRunStatus.from_dict(_status)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        _webhook_notifications = d.pop("webhook_notifications", UNSET)
        webhook_notifications: JobsWebhookNotifications | Unset
        if isinstance(_webhook_notifications, Unset):
            webhook_notifications = UNSET
        else:
            webhook_notifications = JobsWebhookNotifications.from_dict(_webhook_notifications)

        jobs_21_run_task = cls(
            run_id=run_id,
            task_key=task_key,
            description=description,
            state=state,
            depends_on=depends_on,
            existing_cluster_id=existing_cluster_id,
            new_cluster=new_cluster,
            job_cluster_key=job_cluster_key,
            libraries=libraries,
            notebook_task=notebook_task,
            spark_jar_task=spark_jar_task,
            spark_python_task=spark_python_task,
            spark_submit_task=spark_submit_task,
            pipeline_task=pipeline_task,
            python_wheel_task=python_wheel_task,
            sql_task=sql_task,
            dbt_task=dbt_task,
            start_time=start_time,
            setup_duration=setup_duration,
            execution_duration=execution_duration,
            cleanup_duration=cleanup_duration,
            end_time=end_time,
            attempt_number=attempt_number,
            cluster_instance=cluster_instance,
            git_source=git_source,
            run_page_url=run_page_url,
            ai_function_task=ai_function_task,
            ai_runtime_task=ai_runtime_task,
            alert_task=alert_task,
            clean_rooms_notebook_task=clean_rooms_notebook_task,
            compute=compute,
            condition_task=condition_task,
            dashboard_task=dashboard_task,
            dbt_cloud_task=dbt_cloud_task,
            dbt_platform_task=dbt_platform_task,
            disable_auto_optimization=disable_auto_optimization,
            disabled=disabled,
            effective_performance_target=effective_performance_target,
            email_notifications=email_notifications,
            environment_key=environment_key,
            environment_variables_key=environment_variables_key,
            for_each_task=for_each_task,
            gen_ai_compute_task=gen_ai_compute_task,
            max_retries=max_retries,
            min_retry_interval_millis=min_retry_interval_millis,
            notification_settings=notification_settings,
            power_bi_task=power_bi_task,
            python_operator_task=python_operator_task,
            queue_duration=queue_duration,
            resolved_values=resolved_values,
            retry_on_timeout=retry_on_timeout,
            run_duration=run_duration,
            run_if=run_if,
            run_job_task=run_job_task,
            status=status,
            timeout_seconds=timeout_seconds,
            webhook_notifications=webhook_notifications,
        )

        jobs_21_run_task.additional_properties = d
        return jobs_21_run_task

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
