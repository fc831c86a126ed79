from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsSqlConditionState")


@_attrs_define
class JobsSqlConditionState:
    """
    Attributes:
        latest_condition_evaluation_satisfied (bool | Unset): Whether the last condition evaluation was satisfied (query
            returned truthy result).
        latest_condition_evaluation_sql_session_id (str | Unset): The ID of the SQL session, used by UI to track session
            context. Populated for QUERY_RETURNS_ROWS, which executes the query through Redash.
        latest_condition_evaluation_sql_statement_id (str | Unset): The SEA statement ID of the SQL statement executed
            for the latest condition evaluation. Populated for RESULT_VALUE_CHANGES, which executes the query through the
            SQL execution API.
    """

    latest_condition_evaluation_satisfied: bool | Unset = UNSET
    latest_condition_evaluation_sql_session_id: str | Unset = UNSET
    latest_condition_evaluation_sql_statement_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latest_condition_evaluation_satisfied = self.latest_condition_evaluation_satisfied

        latest_condition_evaluation_sql_session_id = self.latest_condition_evaluation_sql_session_id

        latest_condition_evaluation_sql_statement_id = self.latest_condition_evaluation_sql_statement_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latest_condition_evaluation_satisfied is not UNSET:
            field_dict["latest_condition_evaluation_satisfied"] = latest_condition_evaluation_satisfied
        if latest_condition_evaluation_sql_session_id is not UNSET:
            field_dict["latest_condition_evaluation_sql_session_id"] = latest_condition_evaluation_sql_session_id
        if latest_condition_evaluation_sql_statement_id is not UNSET:
            field_dict["latest_condition_evaluation_sql_statement_id"] = latest_condition_evaluation_sql_statement_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latest_condition_evaluation_satisfied = d.pop("latest_condition_evaluation_satisfied", UNSET)

        latest_condition_evaluation_sql_session_id = d.pop("latest_condition_evaluation_sql_session_id", UNSET)

        latest_condition_evaluation_sql_statement_id = d.pop("latest_condition_evaluation_sql_statement_id", UNSET)

        jobs_sql_condition_state = cls(
            latest_condition_evaluation_satisfied=latest_condition_evaluation_satisfied,
            latest_condition_evaluation_sql_session_id=latest_condition_evaluation_sql_session_id,
            latest_condition_evaluation_sql_statement_id=latest_condition_evaluation_sql_statement_id,
        )

        jobs_sql_condition_state.additional_properties = d
        return jobs_sql_condition_state

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
