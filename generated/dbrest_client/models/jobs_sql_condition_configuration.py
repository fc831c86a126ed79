from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_sql_condition_trigger_mode import JobsSqlConditionTriggerMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSqlConditionConfiguration")


@_attrs_define
class JobsSqlConditionConfiguration:
    """
    Attributes:
        sql_query_id (str): The ID of the SQL query to evaluate as the trigger condition.
        warehouse_id (str): The canonical identifier of the SQL warehouse to run the condition query against.
        trigger_mode (JobsSqlConditionTriggerMode | Unset): The strategy used to evaluate a SQL condition trigger
            against a query result set. - ``SQL_CONDITION_TRIGGER_MODE_UNSPECIFIED``: Sentinel zero-value. Not a valid input
            — the validator rejects this when sent explicitly. Internally treated as ``QUERY_RETURNS_ROWS`` when reading
            legacy data that predates this field. - ``QUERY_RETURNS_ROWS``: Fires whenever the result set has at least one
            row. Zero rows means the condition is not met. This is the original SQL condition behavior. -
            ``RESULT_VALUE_CHANGES``: Fires whenever the query's single result value differs from the previous evaluation.
            The firs
    """

    sql_query_id: str
    warehouse_id: str
    trigger_mode: JobsSqlConditionTriggerMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sql_query_id = self.sql_query_id

        warehouse_id = self.warehouse_id

        trigger_mode: str | Unset = UNSET
        if not isinstance(self.trigger_mode, Unset):
            trigger_mode = self.trigger_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sql_query_id": sql_query_id,
                "warehouse_id": warehouse_id,
            }
        )
        if trigger_mode is not UNSET:
            field_dict["trigger_mode"] = trigger_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sql_query_id = d.pop("sql_query_id")

        warehouse_id = d.pop("warehouse_id")

        _trigger_mode = d.pop("trigger_mode", UNSET)
        trigger_mode: JobsSqlConditionTriggerMode | Unset
        if isinstance(_trigger_mode, Unset):
            trigger_mode = UNSET
        else:
            trigger_mode = JobsSqlConditionTriggerMode(_trigger_mode)

        jobs_sql_condition_configuration = cls(
            sql_query_id=sql_query_id,
            warehouse_id=warehouse_id,
            trigger_mode=trigger_mode,
        )

        jobs_sql_condition_configuration.additional_properties = d
        return jobs_sql_condition_configuration

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
