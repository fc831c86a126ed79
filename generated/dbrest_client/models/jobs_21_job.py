from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_21_job_settings import Jobs21JobSettings
    from ..models.jobs_trigger_details import JobsTriggerDetails
    from ..models.jobs_trigger_state_proto import JobsTriggerStateProto


T = TypeVar("T", bound="Jobs21Job")


@_attrs_define
class Jobs21Job:
    """A job, read in the multi-task format.

    Attributes:
        job_id (int | Unset): A job id or run id (unique across the workspace).
        creator_user_name (str | Unset): Absent when the creator was deleted.
        run_as_user_name (str | Unset): The user runs of the job run as (the IS_OWNER, else the creator).
        settings (Jobs21JobSettings | Unset): Settings of a multi-task format job.
        created_time (int | Unset): Creation time (epoch ms).
        effective_budget_policy_id (str | Unset): The id of the budget policy used by this job for cost attribution
            purposes. This may be set through (in order of precedence): 1. Budget admins through the account or workspace
            console 2. Jobs UI in the job details page and Jobs API using ``budget_policy_id`` 3. Inferred default based on
            accessible budget policies of the run_as identity on job creation or modification.
        effective_usage_policy_id (str | Unset): The id of the usage policy used by this job for cost attribution
            purposes.
        has_more (bool | Unset): Indicates if the job has more array properties (``tasks``, ``job_clusters``) that are
            not shown. They can be accessed via jobs/get endpoint. It is only relevant for API 2.2 jobs/list requests with
            ``expand_tasks=true``.
        next_page_token (str | Unset): A token that can be used to list the next page of array properties.
        trigger_details (list[JobsTriggerDetails] | Unset): Per-trigger runtime information for the multi-trigger
            surface. Same length and order as ``JobSettings.triggers``; ``trigger_details[i]`` corresponds to
            ``triggers[i]``. Sub-fields (``state``, ``history``) are populated independently based on the
            ``GetJob.include_trigger_state`` / ``include_trigger_history`` flags.
        trigger_state (JobsTriggerStateProto | Unset):
    """

    job_id: int | Unset = UNSET
    creator_user_name: str | Unset = UNSET
    run_as_user_name: str | Unset = UNSET
    settings: Jobs21JobSettings | Unset = UNSET
    created_time: int | Unset = UNSET
    effective_budget_policy_id: str | Unset = UNSET
    effective_usage_policy_id: str | Unset = UNSET
    has_more: bool | Unset = UNSET
    next_page_token: str | Unset = UNSET
    trigger_details: list[JobsTriggerDetails] | Unset = UNSET
    trigger_state: JobsTriggerStateProto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        creator_user_name = self.creator_user_name

        run_as_user_name = self.run_as_user_name

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        created_time = self.created_time

        effective_budget_policy_id = self.effective_budget_policy_id

        effective_usage_policy_id = self.effective_usage_policy_id

        has_more = self.has_more

        next_page_token = self.next_page_token

        trigger_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trigger_details, Unset):
            trigger_details = []
            for trigger_details_item_data in self.trigger_details:
                trigger_details_item = trigger_details_item_data.to_dict()
                trigger_details.append(trigger_details_item)

        trigger_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_state, Unset):
            trigger_state = self.trigger_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if creator_user_name is not UNSET:
            field_dict["creator_user_name"] = creator_user_name
        if run_as_user_name is not UNSET:
            field_dict["run_as_user_name"] = run_as_user_name
        if settings is not UNSET:
            field_dict["settings"] = settings
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if effective_budget_policy_id is not UNSET:
            field_dict["effective_budget_policy_id"] = effective_budget_policy_id
        if effective_usage_policy_id is not UNSET:
            field_dict["effective_usage_policy_id"] = effective_usage_policy_id
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token
        if trigger_details is not UNSET:
            field_dict["trigger_details"] = trigger_details
        if trigger_state is not UNSET:
            field_dict["trigger_state"] = trigger_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_21_job_settings import Jobs21JobSettings  # noqa: PLC0415
        from ..models.jobs_trigger_details import JobsTriggerDetails  # noqa: PLC0415
        from ..models.jobs_trigger_state_proto import JobsTriggerStateProto  # noqa: PLC0415

        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        creator_user_name = d.pop("creator_user_name", UNSET)

        run_as_user_name = d.pop("run_as_user_name", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: Jobs21JobSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = Jobs21JobSettings.from_dict(_settings)

        created_time = d.pop("created_time", UNSET)

        effective_budget_policy_id = d.pop("effective_budget_policy_id", UNSET)

        effective_usage_policy_id = d.pop("effective_usage_policy_id", UNSET)

        has_more = d.pop("has_more", UNSET)

        next_page_token = d.pop("next_page_token", UNSET)

        _trigger_details = d.pop("trigger_details", UNSET)
        trigger_details: list[JobsTriggerDetails] | Unset = UNSET
        if _trigger_details is not UNSET:
            trigger_details = []
            for trigger_details_item_data in _trigger_details:
                trigger_details_item = JobsTriggerDetails.from_dict(trigger_details_item_data)

                trigger_details.append(trigger_details_item)

        _trigger_state = d.pop("trigger_state", UNSET)
        trigger_state: JobsTriggerStateProto | Unset
        if isinstance(_trigger_state, Unset):
            trigger_state = UNSET
        else:
            trigger_state = JobsTriggerStateProto.from_dict(_trigger_state)

        jobs_21_job = cls(
            job_id=job_id,
            creator_user_name=creator_user_name,
            run_as_user_name=run_as_user_name,
            settings=settings,
            created_time=created_time,
            effective_budget_policy_id=effective_budget_policy_id,
            effective_usage_policy_id=effective_usage_policy_id,
            has_more=has_more,
            next_page_token=next_page_token,
            trigger_details=trigger_details,
            trigger_state=trigger_state,
        )

        jobs_21_job.additional_properties = d
        return jobs_21_job

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
