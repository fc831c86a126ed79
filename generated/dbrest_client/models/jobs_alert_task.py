from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_alert_task_parameters import JobsAlertTaskParameters
    from ..models.jobs_alert_task_subscriber import JobsAlertTaskSubscriber


T = TypeVar("T", bound="JobsAlertTask")


@_attrs_define
class JobsAlertTask:
    """
    Attributes:
        alert_id (str | Unset): The alert_id is the canonical identifier of the alert.
        parameters (JobsAlertTaskParameters | Unset): Per-run parameter overrides, keyed by parameter name, applied onto
            the alert's stored query parameters before the query is executed. Only scalar values are supported. Values may
            reference job parameters with ``{{job.parameters.*}}``, which are resolved before the task runs. An override
            whose key does not match a stored parameter fails the task run. Limited to 10000 characters when serialized as
            JSON; keys must be 1-100 characters and contain only letters, digits, underscores, dashes, and periods.
        subscribers (list[JobsAlertTaskSubscriber] | Unset): The subscribers receive alert evaluation result
            notifications after the alert task is completed. The number of subscriptions is limited to 100.
        warehouse_id (str | Unset): The warehouse_id identifies the warehouse settings used by the alert task.
        workspace_path (str | Unset): The workspace_path is the path to the alert file in the workspace. The path: -
            must start with "/Workspace" - must be a normalized path. User has to select only one of alert_id or
            workspace_path to identify the alert.
    """

    alert_id: str | Unset = UNSET
    parameters: JobsAlertTaskParameters | Unset = UNSET
    subscribers: list[JobsAlertTaskSubscriber] | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    workspace_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_id = self.alert_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribers, Unset):
            subscribers = []
            for subscribers_item_data in self.subscribers:
                subscribers_item = subscribers_item_data.to_dict()
                subscribers.append(subscribers_item)

        warehouse_id = self.warehouse_id

        workspace_path = self.workspace_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_id is not UNSET:
            field_dict["alert_id"] = alert_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if subscribers is not UNSET:
            field_dict["subscribers"] = subscribers
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if workspace_path is not UNSET:
            field_dict["workspace_path"] = workspace_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_alert_task_parameters import JobsAlertTaskParameters  # noqa: PLC0415
        from ..models.jobs_alert_task_subscriber import JobsAlertTaskSubscriber  # noqa: PLC0415

        d = dict(src_dict)
        alert_id = d.pop("alert_id", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: JobsAlertTaskParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = JobsAlertTaskParameters.from_dict(_parameters)

        _subscribers = d.pop("subscribers", UNSET)
        subscribers: list[JobsAlertTaskSubscriber] | Unset = UNSET
        if _subscribers is not UNSET:
            subscribers = []
            for subscribers_item_data in _subscribers:
                subscribers_item = JobsAlertTaskSubscriber.from_dict(subscribers_item_data)

                subscribers.append(subscribers_item)

        warehouse_id = d.pop("warehouse_id", UNSET)

        workspace_path = d.pop("workspace_path", UNSET)

        jobs_alert_task = cls(
            alert_id=alert_id,
            parameters=parameters,
            subscribers=subscribers,
            warehouse_id=warehouse_id,
            workspace_path=workspace_path,
        )

        jobs_alert_task.additional_properties = d
        return jobs_alert_task

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
