from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_qualified_name import JobsQualifiedName


T = TypeVar("T", bound="JobsAiFunctionTaskOutput")


@_attrs_define
class JobsAiFunctionTaskOutput:
    """The result of an AI function task run. Also reported mid-run, so the counts can be partial.

    Attributes:
        estimated_time_remaining (str | Unset): Coarse estimate of the time left to run the function over the inputs,
            from the throughput so far. Covers that work only, not the merge into the output table that follows it.
        failed_row_count (int | Unset): Inputs permanently failed so far. Each lands in the output table as an error
            row, and does not on its own fail the run.
        output_table (JobsQualifiedName | Unset): A three-level Unity Catalog name (catalog.schema.table); any level may
            be unset.
        succeeded_row_count (int | Unset): Inputs with a result so far. Reported per batch, so it can lag mid-run.
        total_row_count (int | Unset): Inputs to process: rows for a Delta table source, files for a volume source.
            Stays well inside 2^53, so a JavaScript client can hold it exactly.
    """

    estimated_time_remaining: str | Unset = UNSET
    failed_row_count: int | Unset = UNSET
    output_table: JobsQualifiedName | Unset = UNSET
    succeeded_row_count: int | Unset = UNSET
    total_row_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_time_remaining = self.estimated_time_remaining

        failed_row_count = self.failed_row_count

        output_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_table, Unset):
            output_table = self.output_table.to_dict()

        succeeded_row_count = self.succeeded_row_count

        total_row_count = self.total_row_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if estimated_time_remaining is not UNSET:
            field_dict["estimated_time_remaining"] = estimated_time_remaining
        if failed_row_count is not UNSET:
            field_dict["failed_row_count"] = failed_row_count
        if output_table is not UNSET:
            field_dict["output_table"] = output_table
        if succeeded_row_count is not UNSET:
            field_dict["succeeded_row_count"] = succeeded_row_count
        if total_row_count is not UNSET:
            field_dict["total_row_count"] = total_row_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_qualified_name import JobsQualifiedName  # noqa: PLC0415

        d = dict(src_dict)
        estimated_time_remaining = d.pop("estimated_time_remaining", UNSET)

        failed_row_count = d.pop("failed_row_count", UNSET)

        _output_table = d.pop("output_table", UNSET)
        output_table: JobsQualifiedName | Unset
        if isinstance(_output_table, Unset):
            output_table = UNSET
        else:
            output_table = JobsQualifiedName.from_dict(_output_table)

        succeeded_row_count = d.pop("succeeded_row_count", UNSET)

        total_row_count = d.pop("total_row_count", UNSET)

        jobs_ai_function_task_output = cls(
            estimated_time_remaining=estimated_time_remaining,
            failed_row_count=failed_row_count,
            output_table=output_table,
            succeeded_row_count=succeeded_row_count,
            total_row_count=total_row_count,
        )

        jobs_ai_function_task_output.additional_properties = d
        return jobs_ai_function_task_output

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
