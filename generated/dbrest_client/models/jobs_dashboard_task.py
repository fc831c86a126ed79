from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_dashboard_task_filters import JobsDashboardTaskFilters
    from ..models.jobs_subscription import JobsSubscription


T = TypeVar("T", bound="JobsDashboardTask")


@_attrs_define
class JobsDashboardTask:
    """Configures the Lakeview Dashboard job task type.

    Attributes:
        dashboard_id (str | Unset): The identifier of the dashboard to refresh.
        filters (JobsDashboardTaskFilters | Unset): Dashboard task parameters. Used to apply dashboard filter values
            during dashboard task execution. Parameter values get applied to any dashboard filters that have a matching URL
            identifier as the parameter key. The parameter value format is dependent on the filter type: - For text and
            single-select filters, provide a single value (e.g. ``"value"``) - For date and datetime filters, provide the
            value in ISO 8601 format (e.g. ``"2000-01-01T00:00:00"``) - For multi-select filters, provide a JSON array of
            values (e.g. ``"["value1","value2"]"``) - For range and date range filters, provide a JSON obje
        subscription (JobsSubscription | Unset):
        warehouse_id (str | Unset): Optional: The warehouse id to execute the dashboard with for the schedule. If not
            specified, the default warehouse of the dashboard will be used.
    """

    dashboard_id: str | Unset = UNSET
    filters: JobsDashboardTaskFilters | Unset = UNSET
    subscription: JobsSubscription | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dashboard_id = self.dashboard_id

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if filters is not UNSET:
            field_dict["filters"] = filters
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_dashboard_task_filters import JobsDashboardTaskFilters  # noqa: PLC0415
        from ..models.jobs_subscription import JobsSubscription  # noqa: PLC0415

        d = dict(src_dict)
        dashboard_id = d.pop("dashboard_id", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: JobsDashboardTaskFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = JobsDashboardTaskFilters.from_dict(_filters)

        _subscription = d.pop("subscription", UNSET)
        subscription: JobsSubscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = JobsSubscription.from_dict(_subscription)

        warehouse_id = d.pop("warehouse_id", UNSET)

        jobs_dashboard_task = cls(
            dashboard_id=dashboard_id,
            filters=filters,
            subscription=subscription,
            warehouse_id=warehouse_id,
        )

        jobs_dashboard_task.additional_properties = d
        return jobs_dashboard_task

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
