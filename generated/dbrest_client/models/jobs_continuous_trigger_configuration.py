from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_task_retry_mode import JobsTaskRetryMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_maintenance_window import JobsMaintenanceWindow


T = TypeVar("T", bound="JobsContinuousTriggerConfiguration")


@_attrs_define
class JobsContinuousTriggerConfiguration:
    """Continuous trigger. Stripped-down counterpart to ``ContinuousSettings``: ``pause_status`` is owned by the enclosing
    ``TriggerConfiguration`` and intentionally omitted here.

        Attributes:
            maintenance_window (JobsMaintenanceWindow | Unset): A recurring weekly time window during which platform-
                initiated maintenance is allowed to run for a continuous job.
            task_retry_mode (JobsTaskRetryMode | Unset): task retry mode of the continuous job - NEVER: The failed task will
                not be retried. - ON_FAILURE: Retry a failed task if at least one other task in the job is still running its
                first attempt. When this condition is no longer met or the retry limit is reached, the job run is cancelled and
                a new run is started.
    """

    maintenance_window: JobsMaintenanceWindow | Unset = UNSET
    task_retry_mode: JobsTaskRetryMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        maintenance_window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maintenance_window, Unset):
            maintenance_window = self.maintenance_window.to_dict()

        task_retry_mode: str | Unset = UNSET
        if not isinstance(self.task_retry_mode, Unset):
            task_retry_mode = self.task_retry_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if maintenance_window is not UNSET:
            field_dict["maintenance_window"] = maintenance_window
        if task_retry_mode is not UNSET:
            field_dict["task_retry_mode"] = task_retry_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_maintenance_window import JobsMaintenanceWindow  # noqa: PLC0415

        d = dict(src_dict)
        _maintenance_window = d.pop("maintenance_window", UNSET)
        maintenance_window: JobsMaintenanceWindow | Unset
        if isinstance(_maintenance_window, Unset):
            maintenance_window = UNSET
        else:
            maintenance_window = JobsMaintenanceWindow.from_dict(_maintenance_window)

        _task_retry_mode = d.pop("task_retry_mode", UNSET)
        task_retry_mode: JobsTaskRetryMode | Unset
        if isinstance(_task_retry_mode, Unset):
            task_retry_mode = UNSET
        else:
            task_retry_mode = JobsTaskRetryMode(_task_retry_mode)

        jobs_continuous_trigger_configuration = cls(
            maintenance_window=maintenance_window,
            task_retry_mode=task_retry_mode,
        )

        jobs_continuous_trigger_configuration.additional_properties = d
        return jobs_continuous_trigger_configuration

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
