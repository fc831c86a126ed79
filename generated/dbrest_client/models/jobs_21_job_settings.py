from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_format import JobsFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_21_job_settings_tags import Jobs21JobSettingsTags
    from ..models.jobs_21_task_settings import Jobs21TaskSettings
    from ..models.jobs_cron_schedule import JobsCronSchedule
    from ..models.jobs_email_notifications import JobsEmailNotifications
    from ..models.jobs_git_source import JobsGitSource
    from ..models.jobs_job_cluster import JobsJobCluster
    from ..models.jobs_webhook_notifications import JobsWebhookNotifications


T = TypeVar("T", bound="Jobs21JobSettings")


@_attrs_define
class Jobs21JobSettings:
    """Settings of a multi-task format job.

    Attributes:
        name (str | Unset): Name of the job (default `Untitled`); need not be unique.
        tags (Jobs21JobSettingsTags | Unset): Up to 25 tags, also set on the job clusters.
        tasks (list[Jobs21TaskSettings] | Unset):
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_21_job_settings_tags import Jobs21JobSettingsTags  # noqa: PLC0415
        from ..models.jobs_21_task_settings import Jobs21TaskSettings  # noqa: PLC0415
        from ..models.jobs_cron_schedule import JobsCronSchedule  # noqa: PLC0415
        from ..models.jobs_email_notifications import JobsEmailNotifications  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
        from ..models.jobs_job_cluster import JobsJobCluster  # noqa: PLC0415
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

        jobs_21_job_settings = cls(
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
        )

        jobs_21_job_settings.additional_properties = d
        return jobs_21_job_settings

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
