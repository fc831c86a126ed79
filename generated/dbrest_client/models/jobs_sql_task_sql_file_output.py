from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_statement_output import JobsSqlStatementOutput
    from ..models.jobs_sql_statement_query_result import JobsSqlStatementQueryResult


T = TypeVar("T", bound="JobsSqlTaskSqlFileOutput")


@_attrs_define
class JobsSqlTaskSqlFileOutput:
    """
    Attributes:
        query_result (JobsSqlStatementQueryResult | Unset):
        query_text (str | Unset): The text of the SQL query.
        sql_statements (list[JobsSqlStatementOutput] | Unset): Information about SQL statements executed in the run.
        warehouse_id (str | Unset): The canonical identifier of the SQL warehouse.
    """

    query_result: JobsSqlStatementQueryResult | Unset = UNSET
    query_text: str | Unset = UNSET
    sql_statements: list[JobsSqlStatementOutput] | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query_result, Unset):
            query_result = self.query_result.to_dict()

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
        if query_result is not UNSET:
            field_dict["query_result"] = query_result
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
        from ..models.jobs_sql_statement_query_result import JobsSqlStatementQueryResult  # noqa: PLC0415

        d = dict(src_dict)
        _query_result = d.pop("query_result", UNSET)
        query_result: JobsSqlStatementQueryResult | Unset
        if isinstance(_query_result, Unset):
            query_result = UNSET
        else:
            query_result = JobsSqlStatementQueryResult.from_dict(_query_result)

        query_text = d.pop("query_text", UNSET)

        _sql_statements = d.pop("sql_statements", UNSET)
        sql_statements: list[JobsSqlStatementOutput] | Unset = UNSET
        if _sql_statements is not UNSET:
            sql_statements = []
            for sql_statements_item_data in _sql_statements:
                sql_statements_item = JobsSqlStatementOutput.from_dict(sql_statements_item_data)

                sql_statements.append(sql_statements_item)

        warehouse_id = d.pop("warehouse_id", UNSET)

        jobs_sql_task_sql_file_output = cls(
            query_result=query_result,
            query_text=query_text,
            sql_statements=sql_statements,
            warehouse_id=warehouse_id,
        )

        jobs_sql_task_sql_file_output.additional_properties = d
        return jobs_sql_task_sql_file_output

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
