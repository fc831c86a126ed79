from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileInfo")


@_attrs_define
class FileInfo:
    """
    Example:
        {'path': '/a.cpp', 'is_dir': False, 'file_size': 261, 'modification_time': 1600000000000}

    Attributes:
        path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated (dbfs:/mnt/foo); a
            relative
            path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        is_dir (bool):
        file_size (int): Size in bytes; 0 for directories.
        modification_time (int | Unset): Last modification, epoch milliseconds.
    """

    path: str
    is_dir: bool
    file_size: int
    modification_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        is_dir = self.is_dir

        file_size = self.file_size

        modification_time = self.modification_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "is_dir": is_dir,
                "file_size": file_size,
            }
        )
        if modification_time is not UNSET:
            field_dict["modification_time"] = modification_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        is_dir = d.pop("is_dir")

        file_size = d.pop("file_size")

        modification_time = d.pop("modification_time", UNSET)

        file_info = cls(
            path=path,
            is_dir=is_dir,
            file_size=file_size,
            modification_time=modification_time,
        )

        file_info.additional_properties = d
        return file_info

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
