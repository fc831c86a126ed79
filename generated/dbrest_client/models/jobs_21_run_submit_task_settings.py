from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_run_if import JobsRunIf
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_ai_function_task import JobsAiFunctionTask
    from ..models.jobs_ai_runtime_task import JobsAiRuntimeTask
    from ..models.jobs_alert_task import JobsAlertTask
    from ..models.jobs_clean_rooms_notebook_task import JobsCleanRoomsNotebookTask
    from ..models.jobs_compute import JobsCompute
    from ..models.jobs_condition_task import JobsConditionTask
    from ..models.jobs_dashboard_task import JobsDashboardTask
    from ..models.jobs_dbt_cloud_task import JobsDbtCloudTask
    from ..models.jobs_dbt_platform_task import JobsDbtPlatformTask
    from ..models.jobs_dbt_task import JobsDbtTask
    from ..models.jobs_email_notifications import JobsEmailNotifications
    from ..models.jobs_for_each_task import JobsForEachTask
    from ..models.jobs_gen_ai_compute_task import JobsGenAiComputeTask
    from ..models.jobs_jobs_health_rules import JobsJobsHealthRules
    from ..models.jobs_notebook_task import JobsNotebookTask
    from ..models.jobs_pipeline_task import JobsPipelineTask
    from ..models.jobs_power_bi_task import JobsPowerBiTask
    from ..models.jobs_python_operator_task import JobsPythonOperatorTask
    from ..models.jobs_python_wheel_task import JobsPythonWheelTask
    from ..models.jobs_run_job_task import JobsRunJobTask
    from ..models.jobs_spark_jar_task import JobsSparkJarTask
    from ..models.jobs_spark_python_task import JobsSparkPythonTask
    from ..models.jobs_spark_submit_task import JobsSparkSubmitTask
    from ..models.jobs_sql_task import JobsSqlTask
    from ..models.jobs_task_dependency import JobsTaskDependency
    from ..models.jobs_task_notification_settings import JobsTaskNotificationSettings
    from ..models.jobs_webhook_notifications import JobsWebhookNotifications
    from ..models.library import Library
    from ..models.new_cluster import NewCluster


T = TypeVar("T", bound="Jobs21RunSubmitTaskSettings")


@_attrs_define
class Jobs21RunSubmitTaskSettings:
    """A task of a one-time run (like a job task, without job clusters, retries and notifications).

    Attributes:
        task_key (str): Name of a task, unique within its job; 1 to 100 characters among letters, digits, `_` and `-`.
        description (str | Unset):
        depends_on (list[JobsTaskDependency] | Unset):
        existing_cluster_id (str | Unset):
        new_cluster (NewCluster | Unset): A cluster specification with its runtime version (the ClusterSpec fields;
            `spark_version` required):
            the body of clusters create and edit without their own fields, and the `new_cluster` of a job.
             Example: {'spark_version': '15.4.x-scala2.12', 'node_type_id': 'Standard_DS3_v2', 'num_workers': 2,
            'spark_conf': {'spark.speculation': 'true'}}.
        notebook_task (JobsNotebookTask | Unset): Run a notebook. Example: {'notebook_path':
            '/Users/user.name@databricks.com/notebook_to_run', 'base_parameters': {'name': 'John Doe'}}.
        spark_jar_task (JobsSparkJarTask | Unset): Run the main method of a class from a JAR given in `libraries`.
        spark_python_task (JobsSparkPythonTask | Unset): Run a Python file.
        spark_submit_task (JobsSparkSubmitTask | Unset): Run spark-submit with these parameters; only on a new cluster.
        pipeline_task (JobsPipelineTask | Unset): Run a Delta Live Tables pipeline.
        python_wheel_task (JobsPythonWheelTask | Unset): Run an entry point of a Python wheel given in `libraries`.
        sql_task (JobsSqlTask | Unset): Run a Databricks SQL query, refresh a dashboard or an alert on a SQL warehouse.
        dbt_task (JobsDbtTask | Unset): Run dbt commands.
        libraries (list[Library] | Unset):
        timeout_seconds (int | Unset):
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
        condition_task (JobsConditionTask | Unset):
        dashboard_task (JobsDashboardTask | Unset): Configures the Lakeview Dashboard job task type.
        dbt_cloud_task (JobsDbtCloudTask | Unset): Deprecated in favor of DbtPlatformTask
        dbt_platform_task (JobsDbtPlatformTask | Unset):
        disable_auto_optimization (bool | Unset): An option to disable auto optimization in serverless
        disabled (bool | Unset): An optional flag to disable the task. If set to true, the task will not run even if it
            is part of a job.
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
        for_each_task (JobsForEachTask | Unset):
        gen_ai_compute_task (JobsGenAiComputeTask | Unset): DEPRECATED — use ``AiRuntimeTask`` for all new BYOT multi-
            node GPU workloads (see ai_runtime_task.proto). ``AiRuntimeTask`` is the only supported BYOT task type for new
            workloads; this proto is retained only for AIR CLI (fka SGCLI) pywheel backwards compatibility and will be
            removed once the pywheel → databricks-cli migration completes (post- PuPr).
        health (JobsJobsHealthRules | Unset): An optional set of health rules that can be defined for this job.
        max_retries (int | Unset): An optional maximum number of times to retry an unsuccessful run. A run is considered
            to be unsuccessful if it completes with the ``FAILED`` result_state or ``INTERNAL_ERROR`` ``life_cycle_state``.
            The value ``-1`` means to retry indefinitely and the value ``0`` means to never retry.
        min_retry_interval_millis (int | Unset): An optional minimal interval in milliseconds between the start of the
            failed run and the subsequent retry run. The default behavior is that unsuccessful runs are immediately retried.
        notification_settings (JobsTaskNotificationSettings | Unset):
        power_bi_task (JobsPowerBiTask | Unset):
        python_operator_task (JobsPythonOperatorTask | Unset):
        retry_on_timeout (bool | Unset): An optional policy to specify whether to retry a job when it times out. The
            default behavior is to not retry on timeout.
        run_if (JobsRunIf | Unset): An optional value indicating the condition that determines whether the task should
            be run once its dependencies have been completed. When omitted, defaults to ``ALL_SUCCESS``. Possible values
            are: - ``ALL_SUCCESS``: All dependencies have executed and succeeded - ``AT_LEAST_ONE_SUCCESS``: At least one
            dependency has succeeded - ``NONE_FAILED``: None of the dependencies have failed and at least one was executed -
            ``ALL_DONE``: All dependencies have been completed - ``AT_LEAST_ONE_FAILED``: At least one dependency failed -
            ``ALL_FAILED``: ALl dependencies have failed
        run_job_task (JobsRunJobTask | Unset):
        webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called when runs
            start, succeed or fail (at most 3 each).
    """

    task_key: str
    description: str | Unset = UNSET
    depends_on: list[JobsTaskDependency] | Unset = UNSET
    existing_cluster_id: str | Unset = UNSET
    new_cluster: NewCluster | Unset = UNSET
    notebook_task: JobsNotebookTask | Unset = UNSET
    spark_jar_task: JobsSparkJarTask | Unset = UNSET
    spark_python_task: JobsSparkPythonTask | Unset = UNSET
    spark_submit_task: JobsSparkSubmitTask | Unset = UNSET
    pipeline_task: JobsPipelineTask | Unset = UNSET
    python_wheel_task: JobsPythonWheelTask | Unset = UNSET
    sql_task: JobsSqlTask | Unset = UNSET
    dbt_task: JobsDbtTask | Unset = UNSET
    libraries: list[Library] | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    ai_function_task: JobsAiFunctionTask | Unset = UNSET
    ai_runtime_task: JobsAiRuntimeTask | Unset = UNSET
    alert_task: JobsAlertTask | Unset = UNSET
    clean_rooms_notebook_task: JobsCleanRoomsNotebookTask | Unset = UNSET
    compute: JobsCompute | Unset = UNSET
    condition_task: JobsConditionTask | Unset = UNSET
    dashboard_task: JobsDashboardTask | Unset = UNSET
    dbt_cloud_task: JobsDbtCloudTask | Unset = UNSET
    dbt_platform_task: JobsDbtPlatformTask | Unset = UNSET
    disable_auto_optimization: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    email_notifications: JobsEmailNotifications | Unset = UNSET
    environment_key: str | Unset = UNSET
    environment_variables_key: str | Unset = UNSET
    for_each_task: JobsForEachTask | Unset = UNSET
    gen_ai_compute_task: JobsGenAiComputeTask | Unset = UNSET
    health: JobsJobsHealthRules | Unset = UNSET
    max_retries: int | Unset = UNSET
    min_retry_interval_millis: int | Unset = UNSET
    notification_settings: JobsTaskNotificationSettings | Unset = UNSET
    power_bi_task: JobsPowerBiTask | Unset = UNSET
    python_operator_task: JobsPythonOperatorTask | Unset = UNSET
    retry_on_timeout: bool | Unset = UNSET
    run_if: JobsRunIf | Unset = UNSET
    run_job_task: JobsRunJobTask | Unset = UNSET
    webhook_notifications: JobsWebhookNotifications | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_key = self.task_key

        description = self.description

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

        libraries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = []
            for libraries_item_data in self.libraries:
                libraries_item = libraries_item_data.to_dict()
                libraries.append(libraries_item)

        timeout_seconds = self.timeout_seconds

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

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

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

        retry_on_timeout = self.retry_on_timeout

        run_if: str | Unset = UNSET
        if not isinstance(self.run_if, Unset):
            run_if = self.run_if.value

        run_job_task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_job_task, Unset):
            run_job_task = self.run_job_task.to_dict()

        webhook_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_notifications, Unset):
            webhook_notifications = self.webhook_notifications.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_key": task_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if depends_on is not UNSET:
            field_dict["depends_on"] = depends_on
        if existing_cluster_id is not UNSET:
            field_dict["existing_cluster_id"] = existing_cluster_id
        if new_cluster is not UNSET:
            field_dict["new_cluster"] = new_cluster
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
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
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
        if health is not UNSET:
            field_dict["health"] = health
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
        if retry_on_timeout is not UNSET:
            field_dict["retry_on_timeout"] = retry_on_timeout
        if run_if is not UNSET:
            field_dict["run_if"] = run_if
        if run_job_task is not UNSET:
            field_dict["run_job_task"] = run_job_task
        if webhook_notifications is not UNSET:
            field_dict["webhook_notifications"] = webhook_notifications

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_ai_function_task import JobsAiFunctionTask  # noqa: PLC0415
        from ..models.jobs_ai_runtime_task import JobsAiRuntimeTask  # noqa: PLC0415
        from ..models.jobs_alert_task import JobsAlertTask  # noqa: PLC0415
        from ..models.jobs_clean_rooms_notebook_task import JobsCleanRoomsNotebookTask  # noqa: PLC0415
        from ..models.jobs_compute import JobsCompute  # noqa: PLC0415
        from ..models.jobs_condition_task import JobsConditionTask  # noqa: PLC0415
        from ..models.jobs_dashboard_task import JobsDashboardTask  # noqa: PLC0415
        from ..models.jobs_dbt_cloud_task import JobsDbtCloudTask  # noqa: PLC0415
        from ..models.jobs_dbt_platform_task import JobsDbtPlatformTask  # noqa: PLC0415
        from ..models.jobs_dbt_task import JobsDbtTask  # noqa: PLC0415
        from ..models.jobs_email_notifications import JobsEmailNotifications  # noqa: PLC0415
        from ..models.jobs_for_each_task import JobsForEachTask  # noqa: PLC0415
        from ..models.jobs_gen_ai_compute_task import JobsGenAiComputeTask  # noqa: PLC0415
        from ..models.jobs_jobs_health_rules import JobsJobsHealthRules  # noqa: PLC0415
        from ..models.jobs_notebook_task import JobsNotebookTask  # noqa: PLC0415
        from ..models.jobs_pipeline_task import JobsPipelineTask  # noqa: PLC0415
        from ..models.jobs_power_bi_task import JobsPowerBiTask  # noqa: PLC0415
        from ..models.jobs_python_operator_task import JobsPythonOperatorTask  # noqa: PLC0415
        from ..models.jobs_python_wheel_task import JobsPythonWheelTask  # noqa: PLC0415
        from ..models.jobs_run_job_task import JobsRunJobTask  # noqa: PLC0415
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
        task_key = d.pop("task_key")

        description = d.pop("description", UNSET)

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

        _libraries = d.pop("libraries", UNSET)
        libraries: list[Library] | Unset = UNSET
        if _libraries is not UNSET:
            libraries = []
            for libraries_item_data in _libraries:
                libraries_item = Library.from_dict(libraries_item_data)

                libraries.append(libraries_item)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

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
        condition_task: JobsConditionTask | Unset
        if isinstance(_condition_task, Unset):
            condition_task = UNSET
        else:
            condition_task = JobsConditionTask.from_dict(_condition_task)

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

        _email_notifications = d.pop("email_notifications", UNSET)
        email_notifications: JobsEmailNotifications | Unset
        if isinstance(_email_notifications, Unset):
            email_notifications = UNSET
        else:
            email_notifications = JobsEmailNotifications.from_dict(_email_notifications)

        environment_key = d.pop("environment_key", UNSET)

        environment_variables_key = d.pop("environment_variables_key", UNSET)

        _for_each_task = d.pop("for_each_task", UNSET)
        for_each_task: JobsForEachTask | Unset
        if isinstance(_for_each_task, Unset):
            for_each_task = UNSET
        else:
            for_each_task = JobsForEachTask.from_dict(_for_each_task)

        _gen_ai_compute_task = d.pop("gen_ai_compute_task", UNSET)
        gen_ai_compute_task: JobsGenAiComputeTask | Unset
        if isinstance(_gen_ai_compute_task, Unset):
            gen_ai_compute_task = UNSET
        else:
            gen_ai_compute_task = JobsGenAiComputeTask.from_dict(_gen_ai_compute_task)

        _health = d.pop("health", UNSET)
        health: JobsJobsHealthRules | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = JobsJobsHealthRules.from_dict(_health)

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

        retry_on_timeout = d.pop("retry_on_timeout", UNSET)

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

        _webhook_notifications = d.pop("webhook_notifications", UNSET)
        webhook_notifications: JobsWebhookNotifications | Unset
        if isinstance(_webhook_notifications, Unset):
            webhook_notifications = UNSET
        else:
            webhook_notifications = JobsWebhookNotifications.from_dict(_webhook_notifications)

        jobs_21_run_submit_task_settings = cls(
            task_key=task_key,
            description=description,
            depends_on=depends_on,
            existing_cluster_id=existing_cluster_id,
            new_cluster=new_cluster,
            notebook_task=notebook_task,
            spark_jar_task=spark_jar_task,
            spark_python_task=spark_python_task,
            spark_submit_task=spark_submit_task,
            pipeline_task=pipeline_task,
            python_wheel_task=python_wheel_task,
            sql_task=sql_task,
            dbt_task=dbt_task,
            libraries=libraries,
            timeout_seconds=timeout_seconds,
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
            email_notifications=email_notifications,
            environment_key=environment_key,
            environment_variables_key=environment_variables_key,
            for_each_task=for_each_task,
            gen_ai_compute_task=gen_ai_compute_task,
            health=health,
            max_retries=max_retries,
            min_retry_interval_millis=min_retry_interval_millis,
            notification_settings=notification_settings,
            power_bi_task=power_bi_task,
            python_operator_task=python_operator_task,
            retry_on_timeout=retry_on_timeout,
            run_if=run_if,
            run_job_task=run_job_task,
            webhook_notifications=webhook_notifications,
        )

        jobs_21_run_submit_task_settings.additional_properties = d
        return jobs_21_run_submit_task_settings

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
