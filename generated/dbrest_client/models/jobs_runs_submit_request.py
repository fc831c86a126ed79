from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_performance_target import JobsPerformanceTarget
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_control_request import AccessControlRequest
    from ..models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings
    from ..models.jobs_email_notifications import JobsEmailNotifications
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_job_environment import JobsJobEnvironment
    from ..models.jobs_job_environment_variables import JobsJobEnvironmentVariables
    from ..models.jobs_job_notification_settings import JobsJobNotificationSettings
    from ..models.jobs_job_run_as import JobsJobRunAs
    from ..models.jobs_jobs_health_rules import JobsJobsHealthRules
    from ..models.jobs_queue_settings import JobsQueueSettings
    from ..models.jobs_webhook_notifications import JobsWebhookNotifications


T = TypeVar("T", bound="JobsRunsSubmitRequest")


@_attrs_define
class JobsRunsSubmitRequest:
    """A one-time run of tasks.

    Attributes:
        tasks (list[Jobs21RunSubmitTaskSettings]):
        run_name (str | Unset): Name of the run (default `Untitled`).
        webhook_notifications (JobsWebhookNotifications | Unset): System notification destinations called when runs
            start, succeed or fail (at most 3 each).
        git_source (JobsGitSource | Unset): A remote Git repository holding the notebooks of the job (Public Preview).
            Exactly one of
            `git_branch`, `git_tag` and `git_commit`.
             Example: {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider':
            'gitHub'}.
        timeout_seconds (int | Unset):
        idempotency_token (str | Unset): At most 64 characters. A run started with the same token is returned instead of
            starting a new one;
            if that run was deleted, the request fails.
        access_control_list (list[AccessControlRequest] | Unset): Initial permissions of the job or run (a group cannot
            be IS_OWNER).
        budget_policy_id (str | Unset): The budget policy the run is billed to.
        usage_policy_id (str | Unset):
        email_notifications (JobsEmailNotifications | Unset): Email addresses notified when runs start, succeed or fail
            (INTERNAL_ERROR, SKIPPED, FAILED,
            TIMEDOUT), and when the job is deleted. ASCII addresses only.
             Example: {'on_failure': ['user.name@databricks.com']}.
        environments (list[JobsJobEnvironment] | Unset):
        environment_variables (list[JobsJobEnvironmentVariables] | Unset):
        health (JobsJobsHealthRules | Unset): An optional set of health rules that can be defined for this job.
        notification_settings (JobsJobNotificationSettings | Unset):
        queue (JobsQueueSettings | Unset):
        run_as (JobsJobRunAs | Unset): Write-only setting. Specifies the user, service principal, or group that the job
            runs as. If not specified, the job runs as the user who created the job. One of ``user_name``,
            ``service_principal_name``, or ``group_name`` should be specified. If not, an error is thrown.
        duration_target (str | Unset):
        performance_target (JobsPerformanceTarget | Unset): PerformanceTarget defines how performant (lower latency) or
            cost efficient the execution of run on serverless compute should be. The performance mode on the job or pipeline
            should map to a performance setting that is passed to Cluster Manager (see cluster-common PerformanceTarget).
    """

    tasks: list[Jobs21RunSubmitTaskSettings]
    run_name: str | Unset = UNSET
    webhook_notifications: JobsWebhookNotifications | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    idempotency_token: str | Unset = UNSET
    access_control_list: list[AccessControlRequest] | Unset = UNSET
    budget_policy_id: str | Unset = UNSET
    usage_policy_id: str | Unset = UNSET
    email_notifications: JobsEmailNotifications | Unset = UNSET
    environments: list[JobsJobEnvironment] | Unset = UNSET
    environment_variables: list[JobsJobEnvironmentVariables] | Unset = UNSET
    health: JobsJobsHealthRules | Unset = UNSET
    notification_settings: JobsJobNotificationSettings | Unset = UNSET
    queue: JobsQueueSettings | Unset = UNSET
    run_as: JobsJobRunAs | Unset = UNSET
    duration_target: str | Unset = UNSET
    performance_target: JobsPerformanceTarget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        run_name = self.run_name

        webhook_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook_notifications, Unset):
            webhook_notifications = self.webhook_notifications.to_dict()

        git_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_source, Unset):
            git_source = self.git_source.to_dict()

        timeout_seconds = self.timeout_seconds

        idempotency_token = self.idempotency_token

        access_control_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_control_list, Unset):
            access_control_list = []
            for componentsschemas_jobs_access_control_list_item_data in self.access_control_list:
                componentsschemas_jobs_access_control_list_item = (
                    componentsschemas_jobs_access_control_list_item_data.to_dict()
                )
                access_control_list.append(componentsschemas_jobs_access_control_list_item)

        budget_policy_id = self.budget_policy_id

        usage_policy_id = self.usage_policy_id

        email_notifications: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_notifications, Unset):
            email_notifications = self.email_notifications.to_dict()

        environments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = []
            for environments_item_data in self.environments:
                environments_item = environments_item_data.to_dict()
                environments.append(environments_item)

        environment_variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.environment_variables, Unset):
            environment_variables = []
            for environment_variables_item_data in self.environment_variables:
                environment_variables_item = environment_variables_item_data.to_dict()
                environment_variables.append(environment_variables_item)

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        notification_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification_settings, Unset):
            notification_settings = self.notification_settings.to_dict()

        queue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queue, Unset):
            queue = self.queue.to_dict()

        run_as: dict[str, Any] | Unset = UNSET
        if not isinstance(self.run_as, Unset):
            run_as = self.run_as.to_dict()

        duration_target = self.duration_target

        performance_target: str | Unset = UNSET
        if not isinstance(self.performance_target, Unset):
            performance_target = self.performance_target.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if webhook_notifications is not UNSET:
            field_dict["webhook_notifications"] = webhook_notifications
        if git_source is not UNSET:
            field_dict["git_source"] = git_source
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if idempotency_token is not UNSET:
            field_dict["idempotency_token"] = idempotency_token
        if access_control_list is not UNSET:
            field_dict["access_control_list"] = access_control_list
        if budget_policy_id is not UNSET:
            field_dict["budget_policy_id"] = budget_policy_id
        if usage_policy_id is not UNSET:
            field_dict["usage_policy_id"] = usage_policy_id
        if email_notifications is not UNSET:
            field_dict["email_notifications"] = email_notifications
        if environments is not UNSET:
            field_dict["environments"] = environments
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if health is not UNSET:
            field_dict["health"] = health
        if notification_settings is not UNSET:
            field_dict["notification_settings"] = notification_settings
        if queue is not UNSET:
            field_dict["queue"] = queue
        if run_as is not UNSET:
            field_dict["run_as"] = run_as
        if duration_target is not UNSET:
            field_dict["duration_target"] = duration_target
        if performance_target is not UNSET:
            field_dict["performance_target"] = performance_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_control_request import AccessControlRequest  # noqa: PLC0415
        from ..models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings  # noqa: PLC0415
        from ..models.jobs_email_notifications import JobsEmailNotifications  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_job_environment import JobsJobEnvironment  # noqa: PLC0415
        from ..models.jobs_job_environment_variables import JobsJobEnvironmentVariables  # noqa: PLC0415
        from ..models.jobs_job_notification_settings import JobsJobNotificationSettings  # noqa: PLC0415
        from ..models.jobs_job_run_as import JobsJobRunAs  # noqa: PLC0415
        from ..models.jobs_jobs_health_rules import JobsJobsHealthRules  # noqa: PLC0415
        from ..models.jobs_queue_settings import JobsQueueSettings  # noqa: PLC0415
        from ..models.jobs_webhook_notifications import JobsWebhookNotifications  # noqa: PLC0415

        d = dict(src_dict)
        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = Jobs21RunSubmitTaskSettings.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        run_name = d.pop("run_name", UNSET)

        _webhook_notifications = d.pop("webhook_notifications", UNSET)
        webhook_notifications: JobsWebhookNotifications | Unset
        if isinstance(_webhook_notifications, Unset):
            webhook_notifications = UNSET
        else:
            webhook_notifications = JobsWebhookNotifications.from_dict(_webhook_notifications)

        _git_source = d.pop("git_source", UNSET)
        git_source: JobsGitSource | Unset
        if isinstance(_git_source, Unset):
            git_source = UNSET
        else:
            git_source = JobsGitSource.from_dict(_git_source)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        idempotency_token = d.pop("idempotency_token", UNSET)

        _access_control_list = d.pop("access_control_list", UNSET)
        access_control_list: list[AccessControlRequest] | Unset = UNSET
        if _access_control_list is not UNSET:
            access_control_list = []
            for componentsschemas_jobs_access_control_list_item_data in _access_control_list:
                componentsschemas_jobs_access_control_list_item = AccessControlRequest.from_dict(
                    componentsschemas_jobs_access_control_list_item_data
                )

                access_control_list.append(componentsschemas_jobs_access_control_list_item)

        budget_policy_id = d.pop("budget_policy_id", UNSET)

        usage_policy_id = d.pop("usage_policy_id", UNSET)

        _email_notifications = d.pop("email_notifications", UNSET)
        email_notifications: JobsEmailNotifications | Unset
        if isinstance(_email_notifications, Unset):
            email_notifications = UNSET
        else:
            email_notifications = JobsEmailNotifications.from_dict(_email_notifications)

        _environments = d.pop("environments", UNSET)
        environments: list[JobsJobEnvironment] | Unset = UNSET
        if _environments is not UNSET:
            environments = []
            for environments_item_data in _environments:
                environments_item = JobsJobEnvironment.from_dict(environments_item_data)

                environments.append(environments_item)

        _environment_variables = d.pop("environment_variables", UNSET)
        environment_variables: list[JobsJobEnvironmentVariables] | Unset = UNSET
        if _environment_variables is not UNSET:
            environment_variables = []
            for environment_variables_item_data in _environment_variables:
                environment_variables_item = JobsJobEnvironmentVariables.from_dict(environment_variables_item_data)

                environment_variables.append(environment_variables_item)

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

        duration_target = d.pop("duration_target", UNSET)

        _performance_target = d.pop("performance_target", UNSET)
        performance_target: JobsPerformanceTarget | Unset
        if isinstance(_performance_target, Unset):
            performance_target = UNSET
        else:
            performance_target = JobsPerformanceTarget(_performance_target)

        jobs_runs_submit_request = cls(
            tasks=tasks,
            run_name=run_name,
            webhook_notifications=webhook_notifications,
            git_source=git_source,
            timeout_seconds=timeout_seconds,
            idempotency_token=idempotency_token,
            access_control_list=access_control_list,
            budget_policy_id=budget_policy_id,
            usage_policy_id=usage_policy_id,
            email_notifications=email_notifications,
            environments=environments,
            environment_variables=environment_variables,
            health=health,
            notification_settings=notification_settings,
            queue=queue,
            run_as=run_as,
            duration_target=duration_target,
            performance_target=performance_target,
        )

        jobs_runs_submit_request.additional_properties = d
        return jobs_runs_submit_request

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
