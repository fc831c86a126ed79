from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_ai_parse_document_function_description_element_type import (
    JobsAiParseDocumentFunctionDescriptionElementType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobsAiParseDocumentFunction")


@_attrs_define
class JobsAiParseDocumentFunction:
    """Configuration for a task that runs the ``ai_parse_document`` function.

    Attributes:
        version (str): The ai_parse_document output schema version to invoke (for example, ``2.0``).
        description_element_types (list[JobsAiParseDocumentFunctionDescriptionElementType] | Unset): Element types to
            generate AI descriptions for. Leave empty to generate no descriptions; use ALL for every supported type, or list
            specific types to restrict generation to only those.
        image_output_path (str | Unset): Unity Catalog volume path where rendered page and element images are written.
        page_range (str | Unset): Pages to parse (1-indexed), as a comma-separated list of page numbers or ranges (e.g.
            "1,3,5-10").
    """

    version: str
    description_element_types: list[JobsAiParseDocumentFunctionDescriptionElementType] | Unset = UNSET
    image_output_path: str | Unset = UNSET
    page_range: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        description_element_types: list[str] | Unset = UNSET
        if not isinstance(self.description_element_types, Unset):
            description_element_types = []
            for description_element_types_item_data in self.description_element_types:
                description_element_types_item = description_element_types_item_data.value
                description_element_types.append(description_element_types_item)

        image_output_path = self.image_output_path

        page_range = self.page_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if description_element_types is not UNSET:
            field_dict["description_element_types"] = description_element_types
        if image_output_path is not UNSET:
            field_dict["image_output_path"] = image_output_path
        if page_range is not UNSET:
            field_dict["page_range"] = page_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        _description_element_types = d.pop("description_element_types", UNSET)
        description_element_types: list[JobsAiParseDocumentFunctionDescriptionElementType] | Unset = UNSET
        if _description_element_types is not UNSET:
            description_element_types = []
            for description_element_types_item_data in _description_element_types:
                description_element_types_item = JobsAiParseDocumentFunctionDescriptionElementType(
                    description_element_types_item_data
                )

                description_element_types.append(description_element_types_item)

        image_output_path = d.pop("image_output_path", UNSET)

        page_range = d.pop("page_range", UNSET)

        jobs_ai_parse_document_function = cls(
            version=version,
            description_element_types=description_element_types,
            image_output_path=image_output_path,
            page_range=page_range,
        )

        jobs_ai_parse_document_function.additional_properties = d
        return jobs_ai_parse_document_function

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
