from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_ai_extract_function_mode import JobsAiExtractFunctionMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsAiExtractFunction")


@_attrs_define
class JobsAiExtractFunction:
    """Configuration for a task that runs the ``ai_extract`` function. The fields to extract come from exactly one of two
    places: an existing AI Extract agent, named by ``agent_id``, or the inline ``schema`` and ``instructions``. Set
    ``agent_id`` or the inline fields, not both.

        Attributes:
            version (str): The ai_extract function version to invoke (for example, ``2.1``).
            enable_citations (bool | Unset): When true, includes citation metadata locating each extracted value in the
                source.
            enable_confidence_scores (bool | Unset): When true, includes a per-field confidence score in the response.
            instructions (str | Unset): Global description of the task and domain, passed to the model to improve extraction
                quality.
            mode (JobsAiExtractFunctionMode | Unset): The extraction mode.
            schema (str | Unset): The extraction schema defining the fields to extract, as a JSON string. Either an array of
                field names (e.g. ["company", "valuation"]) or an object mapping each field name to a type and an optional
                description. Supported types are string, integer, number, boolean, enum, object, and array; all fields are
                optional.
    """

    version: str
    enable_citations: bool | Unset = UNSET
    enable_confidence_scores: bool | Unset = UNSET
    instructions: str | Unset = UNSET
    mode: JobsAiExtractFunctionMode | Unset = UNSET
    schema: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        enable_citations = self.enable_citations

        enable_confidence_scores = self.enable_confidence_scores

        instructions = self.instructions

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if enable_citations is not UNSET:
            field_dict["enable_citations"] = enable_citations
        if enable_confidence_scores is not UNSET:
            field_dict["enable_confidence_scores"] = enable_confidence_scores
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if mode is not UNSET:
            field_dict["mode"] = mode
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        enable_citations = d.pop("enable_citations", UNSET)

        enable_confidence_scores = d.pop("enable_confidence_scores", UNSET)

        instructions = d.pop("instructions", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: JobsAiExtractFunctionMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = JobsAiExtractFunctionMode(_mode)

        schema = d.pop("schema", UNSET)

        jobs_ai_extract_function = cls(
            version=version,
            enable_citations=enable_citations,
            enable_confidence_scores=enable_confidence_scores,
            instructions=instructions,
            mode=mode,
            schema=schema,
        )

        jobs_ai_extract_function.additional_properties = d
        return jobs_ai_extract_function

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
