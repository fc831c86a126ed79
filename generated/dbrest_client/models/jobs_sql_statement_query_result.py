from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_sql_statement_query_result_column import JobsSqlStatementQueryResultColumn
    from ..models.jobs_sql_statement_query_result_row import JobsSqlStatementQueryResultRow


T = TypeVar("T", bound="JobsSqlStatementQueryResult")


@_attrs_define
class JobsSqlStatementQueryResult:
    """
    Attributes:
        columns (list[JobsSqlStatementQueryResultColumn] | Unset): The metadata for each column in the result set.
        rows (list[JobsSqlStatementQueryResultRow] | Unset): The rows returned by the query.
        truncated (bool | Unset): Whether the result set was truncated.
    """

    columns: list[JobsSqlStatementQueryResultColumn] | Unset = UNSET
    rows: list[JobsSqlStatementQueryResultRow] | Unset = UNSET
    truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if rows is not UNSET:
            field_dict["rows"] = rows
        if truncated is not UNSET:
            field_dict["truncated"] = truncated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_sql_statement_query_result_column import JobsSqlStatementQueryResultColumn  # noqa: PLC0415
        from ..models.jobs_sql_statement_query_result_row import JobsSqlStatementQueryResultRow  # noqa: PLC0415

        d = dict(src_dict)
        _columns = d.pop("columns", UNSET)
        columns: list[JobsSqlStatementQueryResultColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = JobsSqlStatementQueryResultColumn.from_dict(columns_item_data)

                columns.append(columns_item)

        _rows = d.pop("rows", UNSET)
        rows: list[JobsSqlStatementQueryResultRow] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = JobsSqlStatementQueryResultRow.from_dict(rows_item_data)

                rows.append(rows_item)

        truncated = d.pop("truncated", UNSET)

        jobs_sql_statement_query_result = cls(
            columns=columns,
            rows=rows,
            truncated=truncated,
        )

        jobs_sql_statement_query_result.additional_properties = d
        return jobs_sql_statement_query_result

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
