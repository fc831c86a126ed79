from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_ai_classify_function import JobsAiClassifyFunction
    from ..models.jobs_ai_extract_function import JobsAiExtractFunction
    from ..models.jobs_ai_parse_document_function import JobsAiParseDocumentFunction
    from ..models.jobs_delta_table_source import JobsDeltaTableSource
    from ..models.jobs_qualified_name import JobsQualifiedName
    from ..models.jobs_volume_source import JobsVolumeSource


T = TypeVar("T", bound="JobsAiFunctionTask")


@_attrs_define
class JobsAiFunctionTask:
    """A task that applies an AI function to a set of input documents or rows.

    Attributes:
        output (JobsQualifiedName): A three-level Unity Catalog name (catalog.schema.table); any level may be unset.
        ai_classify (JobsAiClassifyFunction | Unset): Configuration for a task that runs the ``ai_classify`` function.
            The label set comes from exactly one of two places: ``inline_labels``, which holds up to 10 labels, or a Unity
            Catalog table named by ``label_table``. Use ``label_table`` for a larger label set.
        ai_extract (JobsAiExtractFunction | Unset): Configuration for a task that runs the ``ai_extract`` function. The
            fields to extract come from exactly one of two places: an existing AI Extract agent, named by ``agent_id``, or
            the inline ``schema`` and ``instructions``. Set ``agent_id`` or the inline fields, not both.
        ai_parse_document (JobsAiParseDocumentFunction | Unset): Configuration for a task that runs the
            ``ai_parse_document`` function.
        delta_table (JobsDeltaTableSource | Unset): A Unity Catalog Delta table input source. The function is applied to
            each row.
        volume (JobsVolumeSource | Unset): A Unity Catalog volume input source. The function is applied to each file.
    """

    output: JobsQualifiedName
    ai_classify: JobsAiClassifyFunction | Unset = UNSET
    ai_extract: JobsAiExtractFunction | Unset = UNSET
    ai_parse_document: JobsAiParseDocumentFunction | Unset = UNSET
    delta_table: JobsDeltaTableSource | Unset = UNSET
    volume: JobsVolumeSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output.to_dict()

        ai_classify: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_classify, Unset):
            ai_classify = self.ai_classify.to_dict()

        ai_extract: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_extract, Unset):
            ai_extract = self.ai_extract.to_dict()

        ai_parse_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_parse_document, Unset):
            ai_parse_document = self.ai_parse_document.to_dict()

        delta_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delta_table, Unset):
            delta_table = self.delta_table.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )
        if ai_classify is not UNSET:
            field_dict["ai_classify"] = ai_classify
        if ai_extract is not UNSET:
            field_dict["ai_extract"] = ai_extract
        if ai_parse_document is not UNSET:
            field_dict["ai_parse_document"] = ai_parse_document
        if delta_table is not UNSET:
            field_dict["delta_table"] = delta_table
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_ai_classify_function import JobsAiClassifyFunction  # noqa: PLC0415
        from ..models.jobs_ai_extract_function import JobsAiExtractFunction  # noqa: PLC0415
        from ..models.jobs_ai_parse_document_function import JobsAiParseDocumentFunction  # noqa: PLC0415
        from ..models.jobs_delta_table_source import JobsDeltaTableSource  # noqa: PLC0415
        from ..models.jobs_qualified_name import JobsQualifiedName  # noqa: PLC0415
        from ..models.jobs_volume_source import JobsVolumeSource  # noqa: PLC0415

        d = dict(src_dict)
        output = JobsQualifiedName.from_dict(d.pop("output"))

        _ai_classify = d.pop("ai_classify", UNSET)
        ai_classify: JobsAiClassifyFunction | Unset
        if isinstance(_ai_classify, Unset):
            ai_classify = UNSET
        else:
            ai_classify = JobsAiClassifyFunction.from_dict(_ai_classify)

        _ai_extract = d.pop("ai_extract", UNSET)
        ai_extract: JobsAiExtractFunction | Unset
        if isinstance(_ai_extract, Unset):
            ai_extract = UNSET
        else:
            ai_extract = JobsAiExtractFunction.from_dict(_ai_extract)

        _ai_parse_document = d.pop("ai_parse_document", UNSET)
        ai_parse_document: JobsAiParseDocumentFunction | Unset
        if isinstance(_ai_parse_document, Unset):
            ai_parse_document = UNSET
        else:
            ai_parse_document = JobsAiParseDocumentFunction.from_dict(_ai_parse_document)

        _delta_table = d.pop("delta_table", UNSET)
        delta_table: JobsDeltaTableSource | Unset
        if isinstance(_delta_table, Unset):
            delta_table = UNSET
        else:
            delta_table = JobsDeltaTableSource.from_dict(_delta_table)

        _volume = d.pop("volume", UNSET)
        volume: JobsVolumeSource | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = JobsVolumeSource.from_dict(_volume)

        jobs_ai_function_task = cls(
            output=output,
            ai_classify=ai_classify,
            ai_extract=ai_extract,
            ai_parse_document=ai_parse_document,
            delta_table=delta_table,
            volume=volume,
        )

        jobs_ai_function_task.additional_properties = d
        return jobs_ai_function_task

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
