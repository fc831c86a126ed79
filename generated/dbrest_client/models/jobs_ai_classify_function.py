from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_ai_classify_function_inline_labels import JobsAiClassifyFunctionInlineLabels


T = TypeVar("T", bound="JobsAiClassifyFunction")


@_attrs_define
class JobsAiClassifyFunction:
    """Configuration for a task that runs the ``ai_classify`` function. The label set comes from exactly one of two places:
    ``inline_labels``, which holds up to 10 labels, or a Unity Catalog table named by ``label_table``. Use
    ``label_table`` for a larger label set.

        Attributes:
            version (str): The ai_classify function version to invoke (for example, ``2.1``).
            enable_confidence_scores (bool | Unset): When true, includes a per-label confidence score in the response.
            enable_rationales (bool | Unset): When true, includes a rationale explaining each classification in the
                response.
            inline_labels (JobsAiClassifyFunctionInlineLabels | Unset): A label set listed inline.
            instructions (str | Unset): Global description of the task and domain, passed to the model to improve
                classification quality.
            multilabel (bool | Unset): When true, more than one label can be returned for each input.
    """

    version: str
    enable_confidence_scores: bool | Unset = UNSET
    enable_rationales: bool | Unset = UNSET
    inline_labels: JobsAiClassifyFunctionInlineLabels | Unset = UNSET
    instructions: str | Unset = UNSET
    multilabel: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        enable_confidence_scores = self.enable_confidence_scores

        enable_rationales = self.enable_rationales

        inline_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inline_labels, Unset):
            inline_labels = self.inline_labels.to_dict()

        instructions = self.instructions

        multilabel = self.multilabel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if enable_confidence_scores is not UNSET:
            field_dict["enable_confidence_scores"] = enable_confidence_scores
        if enable_rationales is not UNSET:
            field_dict["enable_rationales"] = enable_rationales
        if inline_labels is not UNSET:
            field_dict["inline_labels"] = inline_labels
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if multilabel is not UNSET:
            field_dict["multilabel"] = multilabel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_ai_classify_function_inline_labels import JobsAiClassifyFunctionInlineLabels  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        enable_confidence_scores = d.pop("enable_confidence_scores", UNSET)

        enable_rationales = d.pop("enable_rationales", UNSET)

        _inline_labels = d.pop("inline_labels", UNSET)
        inline_labels: JobsAiClassifyFunctionInlineLabels | Unset
        if isinstance(_inline_labels, Unset):
            inline_labels = UNSET
        else:
            inline_labels = JobsAiClassifyFunctionInlineLabels.from_dict(_inline_labels)

        instructions = d.pop("instructions", UNSET)

        multilabel = d.pop("multilabel", UNSET)

        jobs_ai_classify_function = cls(
            version=version,
            enable_confidence_scores=enable_confidence_scores,
            enable_rationales=enable_rationales,
            inline_labels=inline_labels,
            instructions=instructions,
            multilabel=multilabel,
        )

        jobs_ai_classify_function.additional_properties = d
        return jobs_ai_classify_function

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
