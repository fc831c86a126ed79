from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSqlConditionRunInfoDetails")


@_attrs_define
class JobsSqlConditionRunInfoDetails:
    """SQL condition evaluation details captured at the time the run was triggered

    Attributes:
        condition_evaluation_satisfied (bool | Unset): Whether the last condition evaluation was satisfied (query
            returned truthy result).
        condition_evaluation_sql_session_id (str | Unset): The ID of the SQL session, used by the UI to track session
            context. Set for the QUERY_RETURNS_ROWS trigger mode.
        condition_evaluation_sql_statement_id (str | Unset): The SQL statement ID of the condition evaluation, set when
            the condition is evaluated by running a single SQL statement (the RESULT_VALUE_CHANGES trigger mode). The UI
            uses it to link to the query execution details.
    """

    condition_evaluation_satisfied: bool | Unset = UNSET
    condition_evaluation_sql_session_id: str | Unset = UNSET
    condition_evaluation_sql_statement_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_evaluation_satisfied = self.condition_evaluation_satisfied

        condition_evaluation_sql_session_id = self.condition_evaluation_sql_session_id

        condition_evaluation_sql_statement_id = self.condition_evaluation_sql_statement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition_evaluation_satisfied is not UNSET:
            field_dict["condition_evaluation_satisfied"] = condition_evaluation_satisfied
        if condition_evaluation_sql_session_id is not UNSET:
            field_dict["condition_evaluation_sql_session_id"] = condition_evaluation_sql_session_id
        if condition_evaluation_sql_statement_id is not UNSET:
            field_dict["condition_evaluation_sql_statement_id"] = condition_evaluation_sql_statement_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition_evaluation_satisfied = d.pop("condition_evaluation_satisfied", UNSET)

        condition_evaluation_sql_session_id = d.pop("condition_evaluation_sql_session_id", UNSET)

        condition_evaluation_sql_statement_id = d.pop("condition_evaluation_sql_statement_id", UNSET)

        jobs_sql_condition_run_info_details = cls(
            condition_evaluation_satisfied=condition_evaluation_satisfied,
            condition_evaluation_sql_session_id=condition_evaluation_sql_session_id,
            condition_evaluation_sql_statement_id=condition_evaluation_sql_statement_id,
        )

        jobs_sql_condition_run_info_details.additional_properties = d
        return jobs_sql_condition_run_info_details

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
