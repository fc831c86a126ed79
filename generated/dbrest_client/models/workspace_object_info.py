from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_language import WorkspaceLanguage
from ..models.workspace_object_type import WorkspaceObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_object_info_directory_info import WorkspaceObjectInfoDirectoryInfo


T = TypeVar("T", bound="WorkspaceObjectInfo")


@_attrs_define
class WorkspaceObjectInfo:
    """
    Example:
        {'path': '/Users/user@example.com/project/ScalaExampleNotebook', 'language': 'SCALA', 'object_type': 'NOTEBOOK',
            'object_id': 789, 'resource_id': '789', 'created_at': 1600000000000, 'modified_at': 1600000000000}

    Attributes:
        object_type (WorkspaceObjectType): Kind of workspace object. `FILE` (a workspace file: any bytes, e.g. a .py
            module or a CSV) and `REPO`
            appeared with Repos (2021), `DASHBOARD` later (databricks-sdk 0.162.0 `ObjectType`).
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path or a `..`
            segment
            → `INVALID_PARAMETER_VALUE`.
        object_id (int | Unset): Unique id of the object; the id that the Permissions API uses for notebooks and
            folders.
        language (WorkspaceLanguage | Unset): Notebook language.
        created_at (int | Unset): Creation time, epoch milliseconds (notebooks and files; later).
        modified_at (int | Unset): Last modification, epoch milliseconds (notebooks and files; later).
        size (int | Unset): Size in bytes (files; later).
        directory_info (WorkspaceObjectInfoDirectoryInfo | Unset): Folders only (later; databricks-sdk 0.162.0
            `DirectoryInfo`).
        resource_id (str | Unset): The object's id as a string (later; databricks-sdk 0.162.0 `ObjectInfo.resource_id`):
            the id other
            APIs (permissions, files) take.
    """

    object_type: WorkspaceObjectType
    path: str
    object_id: int | Unset = UNSET
    language: WorkspaceLanguage | Unset = UNSET
    created_at: int | Unset = UNSET
    modified_at: int | Unset = UNSET
    size: int | Unset = UNSET
    directory_info: WorkspaceObjectInfoDirectoryInfo | Unset = UNSET
    resource_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type = self.object_type.value

        path = self.path

        object_id = self.object_id

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        created_at = self.created_at

        modified_at = self.modified_at

        size = self.size

        directory_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.directory_info, Unset):
            directory_info = self.directory_info.to_dict()

        resource_id = self.resource_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type": object_type,
                "path": path,
            }
        )
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if language is not UNSET:
            field_dict["language"] = language
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if size is not UNSET:
            field_dict["size"] = size
        if directory_info is not UNSET:
            field_dict["directory_info"] = directory_info
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_object_info_directory_info import WorkspaceObjectInfoDirectoryInfo  # noqa: PLC0415

        d = dict(src_dict)
        object_type = WorkspaceObjectType(d.pop("object_type"))

        path = d.pop("path")

        object_id = d.pop("object_id", UNSET)

        _language = d.pop("language", UNSET)
        language: WorkspaceLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = WorkspaceLanguage(_language)

        created_at = d.pop("created_at", UNSET)

        modified_at = d.pop("modified_at", UNSET)

        size = d.pop("size", UNSET)

        _directory_info = d.pop("directory_info", UNSET)
        directory_info: WorkspaceObjectInfoDirectoryInfo | Unset
        if isinstance(_directory_info, Unset):
            directory_info = UNSET
        else:
            directory_info = WorkspaceObjectInfoDirectoryInfo.from_dict(_directory_info)

        resource_id = d.pop("resource_id", UNSET)

        workspace_object_info = cls(
            object_type=object_type,
            path=path,
            object_id=object_id,
            language=language,
            created_at=created_at,
            modified_at=modified_at,
            size=size,
            directory_info=directory_info,
            resource_id=resource_id,
        )

        workspace_object_info.additional_properties = d
        return workspace_object_info

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
