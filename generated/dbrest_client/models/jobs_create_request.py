from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_format import JobsFormat
from ..models.jobs_job_edit_mode import JobsJobEditMode
from ..models.jobs_performance_target import JobsPerformanceTarget
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_control_request import AccessControlRequest
    from ..models.jobs_21_job_settings_tags import Jobs21JobSettingsTags
    from ..models.jobs_21_task_settings import Jobs21TaskSettings
    from ..models.jobs_continuous import JobsContinuous
    from ..models.jobs_cron_schedule import JobsCronSchedule
    from ..models.jobs_email_notifications import JobsEmailNotifications
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_job_cluster import JobsJobCluster
    from ..models.jobs_job_deployment import JobsJobDeployment
    from ..models.jobs_job_environment import JobsJobEnvironment
    from ..models.jobs_job_environment_variables import JobsJobEnvironmentVariables
    from ..models.jobs_job_notification_settings import JobsJobNotificationSettings
    from ..models.jobs_job_parameter_definition import JobsJobParameterDefinition
    from ..models.jobs_job_run_as import JobsJobRunAs
    from ..models.jobs_jobs_health_rules import JobsJobsHealthRules
    from ..models.jobs_queue_settings import JobsQueueSettings
    from ..models.jobs_trigger_configuration import JobsTriggerConfiguration
    from ..models.jobs_trigger_settings import JobsTriggerSettings
    from ..models.jobs_webhook_notifications import JobsWebhookNotifications


T = TypeVar("T", bound="JobsCreateRequest")


@_attrs_define
class JobsCreateRequest:
    """The settings of the new job and its initial access control list.

    Attributes:
        name (str | Unset): Name of the job (default `Untitled`); need not be unique.
        tags (Jobs21JobSettingsTags | Unset): Up to 25 tags, also set on the job clusters.
        tasks (list[Jobs21TaskSettings] | Unset): Up to 1000 tasks; more than 100 only through Jobs API 2.2 (its reads
            page them by 100).
        job_clusters (list[JobsJobCluster] | Unset):
        email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start, succeed or fail
            (INTERNAL_ERROR, SKIPPED, FAILED,
            TIMEDOUT), and when the job is deleted. ASCII addresses only.
             Example: {'on_failure': ['user.name@databricks.com']}.
        webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called when runs
            start, succeed or fail (at most 3 each).
        timeout_seconds (int | Unset): Timeout of each run of the job; 0 (the default) = none. Applies to active runs
            too.
        schedule (JobsCronSchedule | Unset): A Quartz cron schedule for a job. Example: {'quartz_cron_expression': '0 15
            22 ? * *', 'timezone_id': 'America/Los_Angeles', 'pause_status': 'UNPAUSED'}.
        max_concurrent_runs (int | Unset): Maximum active runs of the job (default 1); further runs are SKIPPED; 0 skips
            every run.
        git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public Preview).
            Exactly one of
            `git_branch`, `git_tag` and `git_commit`.
             Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider':
            'gitHub'}.
        format_ (JobsFormat | Unset): SINGLE_TASK (a job created in the Jobs API 2.0 form) or MULTI_TASK. Ignored in
            create, reset and
            update requests.
        budget_policy_id (str | Unset): The id of the user specified budget policy to use for this job. If not
            specified, a default budget policy may be applied when creating or modifying the job. See
            ``effective_budget_policy_id`` for the budget policy used by this workload.
        continuous (JobsContinuous | Unset):
        deployment (JobsJobDeployment | Unset):
        description (str | Unset): An optional description for the job. The maximum length is 27700 characters in UTF-8
            encoding.
        duration_target (str | Unset): The window the run aims to finish within, in hours, for a Cost-optimized
            serverless run. Required only when ``performance_target`` is ``COST_OPTIMIZED``. Must be one of the supported
            values: ``NO_FLEXIBILITY``, ``4h``, ``12h``, ``24h``, ``72h``. ``NO_FLEXIBILITY`` means the run uses the default
            cost-optimized performance level without additional cost-saving optimizations.
        edit_mode (JobsJobEditMode | Unset): Edit mode of the job. - ``UI_LOCKED``: The job is in a locked UI state and
            cannot be modified. - ``EDITABLE``: The job is in an editable state and can be modified.
        environment_variables (list[JobsJobEnvironmentVariables] | Unset): Named environment-variable entries that tasks
            can reference by key from ``TaskSettings.environment_variables_key``. Each entry's ``spec`` holds inline
            ``variables`` and optional ``.env`` ``files``. Maximum 10 entries per job. A task can reference at most one
            entry from this list.
        environments (list[JobsJobEnvironment] | Unset): A list of task execution environment specifications that can be
            referenced by tasks that use serverless compute or a compute resource that uses Environments mode. For notebook
            tasks that use serverless compute or a compute resource that uses Environments mode, if the ``environment_key``
            is not specified, the notebook environment will be used if present. If a jobs environment is specified, it will
            override the notebook environment. For other tasks that use serverless compute or a compute resource that uses
            Environments mode, the task environment is required to be specified using ``environment_k
        health (JobsJobsHealthRules | Unset): An optional set of health rules that can be defined for this job.
        notification_settings (JobsJobNotificationSettings | Unset):
        parameters (list[JobsJobParameterDefinition] | Unset): Job-level parameter definitions
        parent_path (str | Unset): Path of the job parent folder in workspace file tree. If absent, the job doesn't have
            a workspace object.
        performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower latency) or
            cost efficient the execution of run on serverless compute should be. The performance mode on the job or pipeline
            should map to a performance setting that is passed to Cluster Manager (see cluster-common PerformanceTarget).
        queue (JobsQueueSettings | Unset):
        run_as (JobsJobRunAs | Unset): Write-only setting. Specifies the user, service principal, or group that the job
            runs as. If not specified, the job runs as the user who created the job. One of ``user_name``,
            ``service_principal_name``, or ``group_name`` should be specified. If not, an error is thrown.
        trigger (JobsTriggerSettings | Unset):
        triggers (list[JobsTriggerConfiguration] | Unset): List of triggers attached to this job. A run starts when any
            active trigger evaluates to true. Cannot be set in the same request as the legacy ``schedule``, ``trigger``, or
            ``continuous`` fields. Gated behind the "Multiple Triggers" feature preview.
        usage_policy_id (str | Unset): The id of the user specified usage policy to use for this job. If not specified,
            a default usage policy may be applied when creating or modifying the job. See ``effective_usage_policy_id`` for
            the usage policy used by this workload.
        access_control_list (list[AccessControlRequest] | Unset): Initial permissions of the job or run (a group cannot
            be IS_OWNER).
    """

    name: str | Unset = UNSET
    tags: Jobs21JobSettingsTags | Unset = UNSET
    tasks: list[Jobs21TaskSettings] | Unset = UNSET
    job_clusters: list[JobsJobCluster] | Unset = UNSET
    email_notifications: JobsEmailNotifications | Unset = UNSET
    webhook_notifications: JobsWebhookNotifications | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    schedule: JobsCronSchedule | Unset = UNSET
    max_concurrent_runs: int | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    format_: JobsFormat | Unset = UNSET
    budget_policy_id: str | Unset = UNSET
    continuous: JobsContinuous | Unset = UNSET
    deployment: JobsJobDeployment | Unset = UNSET
    description: str | Unset = UNSET
    duration_target: str | Unset = UNSET
    edit_mode: JobsJobEditMode | Unset = UNSET
    environment_variables: list[JobsJobEnvironmentVariables] | Unset = UNSET
    environments: list[JobsJobEnvironment] | Unset = UNSET
    health: JobsJobsHealthRules | Unset = UNSET
    notification_settings: JobsJobNotificationSettings | Unset = UNSET
    parameters: list[JobsJobParameterDefinition] | Unset = UNSET
    parent_path: str | Unset = UNSET
    performance_target: JobsPerformanceTarget | Unset = UNSET
    queue: JobsQueueSettings | Unset = UNSET
    run_as: JobsJobRunAs | Unset = UNSET
    trigger: JobsTriggerSettings | Unset = UNSET
    triggers: list[JobsTriggerConfiguration] | Unset = UNSET
    usage_policy_id: str | Unset = UNSET
    access_control_list: list[AccessControlRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        job_clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_clusters, Unset):
            job_clusters = []
            for job_clusters_item_data in self.job_clusters:
                job_clusters_item = job_clusters_item_data.to_dict()
                job_clusters.append(job_clusters_item)

        email_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_notifications, Unset):
            email_notifications = self.email_notifications.to_dict()

        webhook_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_notifications, Unset):
            webhook_notifications = self.webhook_notifications.to_dict()

        timeout_seconds = self.timeout_seconds

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        max_concurrent_runs = self.max_concurrent_runs

        git_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_source, Unset):
            git_source = self.git_source.to_dict()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        budget_policy_id = self.budget_policy_id

        continuous: dict[str, Any] | Unset = UNSET
        if not isinstance(self.continuous, Unset):
            continuous = self.continuous.to_dict()

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        description = self.description

        duration_target = self.duration_target

        edit_mode: str | Unset = UNSET
        if not isinstance(self.edit_mode, Unset):
            edit_mode = self.edit_mode.value

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_settings, Unset):
            notification_settings = self.notification_settings.to_dict()

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        parent_path = self.parent_path

        performance_target: str | Unset = UNSET
        if not isinstance(self.performance_target, Unset):
            performance_target = self.performance_target.value

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        run_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_as, Unset):
            run_as = self.run_as.to_dict()

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        usage_policy_id = self.usage_policy_id

        access_control_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_control_list, Unset):
            access_control_list = []
            for componentsschemas_jobs_access_control_list_item_data in self.access_control_list:
                componentsschemas_jobs_access_control_list_item = (
                    componentsschemas_jobs_access_control_list_item_data.to_dict()
                )
                access_control_list.append(componentsschemas_jobs_access_control_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if job_clusters is not UNSET:
            field_dict["job_clusters"] = job_clusters
        if email_notifications is not UNSET:
            field_dict["email_notifications"] = email_notifications
        if webhook_notifications is not UNSET:
            field_dict["webhook_notifications"] = webhook_notifications
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if max_concurrent_runs is not UNSET:
            field_dict["max_concurrent_runs"] = max_concurrent_runs
        if git_source is not UNSET:
            field_dict["git_source"] = git_source
        if format_ is not UNSET:
            field_dict["format"] = format_
        if budget_policy_id is not UNSET:
            field_dict["budget_policy_id"] = budget_policy_id
        if continuous is not UNSET:
            field_dict["continuous"] = continuous
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if description is not UNSET:
            field_dict["description"] = description
        if duration_target is not UNSET:
            field_dict["duration_target"] = duration_target
        if edit_mode is not UNSET:
            field_dict["edit_mode"] = edit_mode
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if environments is not UNSET:
            field_dict["environments"] = environments
        if health is not UNSET:
            field_dict["health"] = health
        if notification_settings is not UNSET:
            field_dict["notification_settings"] = notification_settings
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if parent_path is not UNSET:
            field_dict["parent_path"] = parent_path
        if performance_target is not UNSET:
            field_dict["performance_target"] = performance_target
        if queue is not UNSET:
            field_dict["queue"] = queue
        if run_as is not UNSET:
            field_dict["run_as"] = run_as
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if usage_policy_id is not UNSET:
            field_dict["usage_policy_id"] = usage_policy_id
        if access_control_list is not UNSET:
            field_dict["access_control_list"] = access_control_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_control_request import AccessControlRequest  # noqa: PLC0415
        from ..models.jobs_21_job_settings_tags import Jobs21JobSettingsTags  # noqa: PLC0415
        from ..models.jobs_21_task_settings import Jobs21TaskSettings  # noqa: PLC0415
        from ..models.jobs_continuous import JobsContinuous  # noqa: PLC0415
        from ..models.jobs_cron_schedule import JobsCronSchedule  # noqa: PLC0415
        from ..models.jobs_email_notifications import JobsEmailNotifications  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_job_cluster import JobsJobCluster  # noqa: PLC0415
        from ..models.jobs_job_deployment import JobsJobDeployment  # noqa: PLC0415
        from ..models.jobs_job_environment import JobsJobEnvironment  # noqa: PLC0415
        from ..models.jobs_job_environment_variables import JobsJobEnvironmentVariables  # noqa: PLC0415
        from ..models.jobs_job_notification_settings import JobsJobNotificationSettings  # noqa: PLC0415
        from ..models.jobs_job_parameter_definition import JobsJobParameterDefinition  # noqa: PLC0415
        from ..models.jobs_job_run_as import JobsJobRunAs  # noqa: PLC0415
        from ..models.jobs_jobs_health_rules import JobsJobsHealthRules  # noqa: PLC0415
        from ..models.jobs_queue_settings import JobsQueueSettings  # noqa: PLC0415
        from ..models.jobs_trigger_configuration import JobsTriggerConfiguration  # noqa: PLC0415
        from ..models.jobs_trigger_settings import JobsTriggerSettings  # noqa: PLC0415
        from ..models.jobs_webhook_notifications import JobsWebhookNotifications  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: Jobs21JobSettingsTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = Jobs21JobSettingsTags.from_dict(_tags)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[Jobs21TaskSettings] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = Jobs21TaskSettings.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _job_clusters = d.pop("job_clusters", UNSET)
        job_clusters: list[JobsJobCluster] | Unset = UNSET
        if _job_clusters is not UNSET:
            job_clusters = []
            for job_clusters_item_data in _job_clusters:
                job_clusters_item = JobsJobCluster.from_dict(job_clusters_item_data)

                job_clusters.append(job_clusters_item)

        _email_notifications = d.pop("email_notifications", UNSET)
        email_notifications: JobsEmailNotifications | Unset
        if isinstance(_email_notifications, Unset):
            email_notifications = UNSET
        else:
            email_notifications = JobsEmailNotifications.from_dict(_email_notifications)

        _webhook_notifications = d.pop("webhook_notifications", UNSET)
        webhook_notifications: JobsWebhookNotifications | Unset
        if isinstance(_webhook_notifications, Unset):
            webhook_notifications = UNSET
        else:
            webhook_notifications = JobsWebhookNotifications.from_dict(_webhook_notifications)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: JobsCronSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = JobsCronSchedule.from_dict(_schedule)

        max_concurrent_runs = d.pop("max_concurrent_runs", UNSET)

        _git_source = d.pop("git_source", UNSET)
        git_source: JobsGitSource | Unset
        if isinstance(_git_source, Unset):
            git_source = UNSET
        else:
            git_source = JobsGitSource.from_dict(_git_source)

        _format_ = d.pop("format", UNSET)
        format_: JobsFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = JobsFormat(_format_)

        budget_policy_id = d.pop("budget_policy_id", UNSET)

        _continuous = d.pop("continuous", UNSET)
        continuous: JobsContinuous | Unset
        if isinstance(_continuous, Unset):
            continuous = UNSET
        else:
            continuous = JobsContinuous.from_dict(_continuous)

        _deployment = d.pop("deployment", UNSET)
        deployment: JobsJobDeployment | Unset
        if isinstance(_deployment, Unset):
            deployment = UNSET
        else:
            deployment = JobsJobDeployment.from_dict(_deployment)

        description = d.pop("description", UNSET)

        duration_target = d.pop("duration_target", UNSET)

        _edit_mode = d.pop("edit_mode", UNSET)
        edit_mode: JobsJobEditMode | Unset
        if isinstance(_edit_mode, Unset):
            edit_mode = UNSET
        else:
            edit_mode = JobsJobEditMode(_edit_mode)

        _environment_variables = d.pop("environment_variables", UNSET)
        environment_variables: list[JobsJobEnvironmentVariables] | Unset = UNSET
        if _environment_variables is not UNSET:
            environment_variables = []
            for environment_variables_item_data in _environment_variables:
                environment_variables_item = JobsJobEnvironmentVariables.from_dict(environment_variables_item_data)

                environment_variables.append(environment_variables_item)

        _environments = d.pop("environments", UNSET)
        environments: list[JobsJobEnvironment] | Unset = UNSET
        if _environments is not UNSET:
            environments = []
            for environments_item_data in _environments:
                environments_item = JobsJobEnvironment.from_dict(environments_item_data)

                environments.append(environments_item)

        _health = d.pop("health", UNSET)
        health: JobsJobsHealthRules | Unset
        if isinstance(_health, Unset):
            health = UNSET
        else:
            health = JobsJobsHealthRules.from_dict(_health)

        _notification_settings = d.pop("notification_settings", UNSET)
        notification_settings: JobsJobNotificationSettings | Unset
        if isinstance(_notification_settings, Unset):
            notification_settings = UNSET
        else:
            notification_settings = JobsJobNotificationSettings.from_dict(_notification_settings)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[JobsJobParameterDefinition] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = JobsJobParameterDefinition.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        parent_path = d.pop("parent_path", UNSET)

        _performance_target = d.pop("performance_target", UNSET)
        performance_target: JobsPerformanceTarget | Unset
        if isinstance(_performance_target, Unset):
            performance_target = UNSET
        else:
            performance_target = JobsPerformanceTarget(_performance_target)

        _queue = d.pop("queue", UNSET)
        queue: JobsQueueSettings | Unset
        if isinstance(_queue, Unset):
            queue = UNSET
        else:
            queue = JobsQueueSettings.from_dict(_queue)

        _run_as = d.pop("run_as", UNSET)
        run_as: JobsJobRunAs | Unset
        if isinstance(_run_as, Unset):
            run_as = UNSET
        else:
            run_as = JobsJobRunAs.from_dict(_run_as)

        _trigger = d.pop("trigger", UNSET)
        trigger: JobsTriggerSettings | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = JobsTriggerSettings.from_dict(_trigger)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[JobsTriggerConfiguration] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = JobsTriggerConfiguration.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        usage_policy_id = d.pop("usage_policy_id", UNSET)

        _access_control_list = d.pop("access_control_list", UNSET)
        access_control_list: list[AccessControlRequest] | Unset = UNSET
        if _access_control_list is not UNSET:
            access_control_list = []
            for componentsschemas_jobs_access_control_list_item_data in _access_control_list:
                componentsschemas_jobs_access_control_list_item = AccessControlRequest.from_dict(
                    componentsschemas_jobs_access_control_list_item_data
                )

                access_control_list.append(componentsschemas_jobs_access_control_list_item)

        jobs_create_request = cls(
            name=name,
            tags=tags,
            tasks=tasks,
            job_clusters=job_clusters,
            email_notifications=email_notifications,
            webhook_notifications=webhook_notifications,
            timeout_seconds=timeout_seconds,
            schedule=schedule,
            max_concurrent_runs=max_concurrent_runs,
            git_source=git_source,
            format_=format_,
            budget_policy_id=budget_policy_id,
            continuous=continuous,
            deployment=deployment,
            description=description,
            duration_target=duration_target,
            edit_mode=edit_mode,
            environment_variables=environment_variables,
            environments=environments,
            health=health,
            notification_settings=notification_settings,
            parameters=parameters,
            parent_path=parent_path,
            performance_target=performance_target,
            queue=queue,
            run_as=run_as,
            trigger=trigger,
            triggers=triggers,
            usage_policy_id=usage_policy_id,
            access_control_list=access_control_list,
        )

        jobs_create_request.additional_properties = d
        return jobs_create_request

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
