from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DbfsPutRequest")


@_attrs_define
class DbfsPutRequest:
    """
    Attributes:
        path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated (dbfs:/mnt/foo); a
            relative
            path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        contents (str | Unset): Base64 file contents; at most 1 MB once decoded. Omitted → an empty file.
        overwrite (bool | Unset): Overwrite an existing file (default false).
    """

    path: str
    contents: str | Unset = UNSET
    overwrite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        contents = self.contents

        overwrite = self.overwrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
            }
        )
        if contents is not UNSET:
            field_dict["contents"] = contents
        if overwrite is not UNSET:
            field_dict["overwrite"] = overwrite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        contents = d.pop("contents", UNSET)

        overwrite = d.pop("overwrite", UNSET)

        dbfs_put_request = cls(
            path=path,
            contents=contents,
            overwrite=overwrite,
        )

        dbfs_put_request.additional_properties = d
        return dbfs_put_request

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
