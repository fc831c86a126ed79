from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceObjectInfoDirectoryInfo")


@_attrs_define
class WorkspaceObjectInfoDirectoryInfo:
    """Folders only (later; databricks-sdk 0.162.0 `DirectoryInfo`).

    Attributes:
        is_git_folder (bool | Unset): Whether the folder is a Git folder (its contents versioned by a remote
            repository).
    """

    is_git_folder: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_git_folder = self.is_git_folder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_git_folder is not UNSET:
            field_dict["is_git_folder"] = is_git_folder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_git_folder = d.pop("is_git_folder", UNSET)

        workspace_object_info_directory_info = cls(
            is_git_folder=is_git_folder,
        )

        workspace_object_info_directory_info.additional_properties = d
        return workspace_object_info_directory_info

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
