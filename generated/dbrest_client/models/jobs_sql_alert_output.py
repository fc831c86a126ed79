from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_sql_alert_output_alert_state import JobsSqlAlertOutputAlertState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_statement_output import JobsSqlStatementOutput


T = TypeVar("T", bound="JobsSqlAlertOutput")


@_attrs_define
class JobsSqlAlertOutput:
    """The output of a SQL alert task (databricks-sdk 0.162.0 SqlAlertOutput).

    Attributes:
        alert_state (JobsSqlAlertOutputAlertState | Unset): The state of the SQL alert: UNKNOWN (yet to be evaluated),
            OK (evaluated, trigger conditions not
            fulfilled) or TRIGGERED (evaluated, trigger conditions fulfilled).
        output_link (str | Unset): The link to find the output results.
        query_text (str | Unset): The text of the SQL query (needs Can Run permission on the alert's query).
        sql_statements (list[JobsSqlStatementOutput] | Unset): Information about the SQL statements executed in the run.
        warehouse_id (str | Unset): The canonical identifier of the SQL warehouse.
    """

    alert_state: JobsSqlAlertOutputAlertState | Unset = UNSET
    output_link: str | Unset = UNSET
    query_text: str | Unset = UNSET
    sql_statements: list[JobsSqlStatementOutput] | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_state: str | Unset = UNSET
        if not isinstance(self.alert_state, Unset):
            alert_state = self.alert_state.value

        output_link = self.output_link

        query_text = self.query_text

        sql_statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sql_statements, Unset):
            sql_statements = []
            for sql_statements_item_data in self.sql_statements:
                sql_statements_item = sql_statements_item_data.to_dict()
                sql_statements.append(sql_statements_item)

        warehouse_id = self.warehouse_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert_state is not UNSET:
            field_dict["alert_state"] = alert_state
        if output_link is not UNSET:
            field_dict["output_link"] = output_link
        if query_text is not UNSET:
            field_dict["query_text"] = query_text
        if sql_statements is not UNSET:
            field_dict["sql_statements"] = sql_statements
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_statement_output import JobsSqlStatementOutput  # noqa: PLC0415

        d = dict(src_dict)
        _alert_state = d.pop("alert_state", UNSET)
        alert_state: JobsSqlAlertOutputAlertState | Unset
        if isinstance(_alert_state, Unset):
            alert_state = UNSET
        else:
            alert_state = JobsSqlAlertOutputAlertState(_alert_state)

        output_link = d.pop("output_link", UNSET)

        query_text = d.pop("query_text", UNSET)

        _sql_statements = d.pop("sql_statements", UNSET)
        sql_statements: list[JobsSqlStatementOutput] | Unset = UNSET
        if _sql_statements is not UNSET:
            sql_statements = []
            for sql_statements_item_data in _sql_statements:
                sql_statements_item = JobsSqlStatementOutput.from_dict(sql_statements_item_data)

                sql_statements.append(sql_statements_item)

        warehouse_id = d.pop("warehouse_id", UNSET)

        jobs_sql_alert_output = cls(
            alert_state=alert_state,
            output_link=output_link,
            query_text=query_text,
            sql_statements=sql_statements,
            warehouse_id=warehouse_id,
        )

        jobs_sql_alert_output.additional_properties = d
        return jobs_sql_alert_output

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
