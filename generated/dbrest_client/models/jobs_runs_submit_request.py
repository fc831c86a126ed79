from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_control_request import AccessControlRequest
    from ..models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings
    from ..models.jobs_git_source import JobsGitSource
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
    """

    tasks: list[Jobs21RunSubmitTaskSettings]
    run_name: str | Unset = UNSET
    webhook_notifications: JobsWebhookNotifications | Unset = UNSET
    git_source: JobsGitSource | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    idempotency_token: str | Unset = UNSET
    access_control_list: list[AccessControlRequest] | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_control_request import AccessControlRequest  # noqa: PLC0415
        from ..models.jobs_21_run_submit_task_settings import Jobs21RunSubmitTaskSettings  # noqa: PLC0415
        from ..models.jobs_git_source import JobsGitSource  # noqa: PLC0415
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

        jobs_runs_submit_request = cls(
            tasks=tasks,
            run_name=run_name,
            webhook_notifications=webhook_notifications,
            git_source=git_source,
            timeout_seconds=timeout_seconds,
            idempotency_token=idempotency_token,
            access_control_list=access_control_list,
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
