from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_statement_output import JobsSqlStatementOutput


T = TypeVar("T", bound="JobsSqlQueryOutput")


@_attrs_define
class JobsSqlQueryOutput:
    """
    Attributes:
        query_text (str | Unset):
        warehouse_id (str | Unset):
        sql_statements (list[JobsSqlStatementOutput] | Unset): Information about the SQL statements executed in the run
            (a list, databricks-sdk 0.162.0).
        output_link (str | Unset):
        endpoint_id (str | Unset):
    """

    query_text: str | Unset = UNSET
    warehouse_id: str | Unset = UNSET
    sql_statements: list[JobsSqlStatementOutput] | Unset = UNSET
    output_link: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_text = self.query_text

        warehouse_id = self.warehouse_id

        sql_statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sql_statements, Unset):
            sql_statements = []
            for sql_statements_item_data in self.sql_statements:
                sql_statements_item = sql_statements_item_data.to_dict()
                sql_statements.append(sql_statements_item)

        output_link = self.output_link

        endpoint_id = self.endpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query_text is not UNSET:
            field_dict["query_text"] = query_text
        if warehouse_id is not UNSET:
            field_dict["warehouse_id"] = warehouse_id
        if sql_statements is not UNSET:
            field_dict["sql_statements"] = sql_statements
        if output_link is not UNSET:
            field_dict["output_link"] = output_link
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_statement_output import JobsSqlStatementOutput  # noqa: PLC0415

        d = dict(src_dict)
        query_text = d.pop("query_text", UNSET)

        warehouse_id = d.pop("warehouse_id", UNSET)

        _sql_statements = d.pop("sql_statements", UNSET)
        sql_statements: list[JobsSqlStatementOutput] | Unset = UNSET
        if _sql_statements is not UNSET:
            sql_statements = []
            for sql_statements_item_data in _sql_statements:
                sql_statements_item = JobsSqlStatementOutput.from_dict(sql_statements_item_data)

                sql_statements.append(sql_statements_item)

        output_link = d.pop("output_link", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        jobs_sql_query_output = cls(
            query_text=query_text,
            warehouse_id=warehouse_id,
            sql_statements=sql_statements,
            output_link=output_link,
            endpoint_id=endpoint_id,
        )

        jobs_sql_query_output.additional_properties = d
        return jobs_sql_query_output

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
