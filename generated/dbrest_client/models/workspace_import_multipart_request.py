from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_export_format import WorkspaceExportFormat
from ..models.workspace_language import WorkspaceLanguage
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="WorkspaceImportMultipartRequest")


@_attrs_define
class WorkspaceImportMultipartRequest:
    """
    Attributes:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path or a `..`
            segment
            → `INVALID_PARAMETER_VALUE`.
        content (File): The file to import (at most 10 MB).
        format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0 `ImportFormat` /
            `ExportFormat`), case-sensitive:
            SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R notebooks),
            AUTO (import: a notebook when the path's extension and the content's header say so — the header
            `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook — else a file;
            export: the object as it is, the bytes of a file or a notebook's source) and RAW (import: always a
            workspace file; export: the object's bytes).
        language (WorkspaceLanguage | Unset): Notebook language.
        overwrite (bool | Unset): Replace an existing notebook or file (default false). Not supported with DBC.
    """

    path: str
    content: File
    format_: WorkspaceExportFormat | Unset = UNSET
    language: WorkspaceLanguage | Unset = UNSET
    overwrite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        content = self.content.to_tuple()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "content": content,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if language is not UNSET:
            field_dict["language"] = language
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        content = File(payload=BytesIO(d.pop("content")))

        _format_ = d.pop("format", UNSET)
        format_: WorkspaceExportFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = WorkspaceExportFormat(_format_)

        _language = d.pop("language", UNSET)
        language: WorkspaceLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = WorkspaceLanguage(_language)

        overwrite = d.pop("overwrite", UNSET)

        workspace_import_multipart_request = cls(
            path=path,
            content=content,
            format_=format_,
            language=language,
            overwrite=overwrite,
        )

        workspace_import_multipart_request.additional_properties = d
        return workspace_import_multipart_request

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
