from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JobsVolumeSource")


@_attrs_define
class JobsVolumeSource:
    """A Unity Catalog volume input source. The function is applied to each file.

    Attributes:
        volume_path (str): Unity Catalog volume path to the input files (e.g.
            ``/Volumes/<catalog>/<schema>/<volume>/...``).
    """

    volume_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_path = self.volume_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume_path": volume_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume_path = d.pop("volume_path")

        jobs_volume_source = cls(
            volume_path=volume_path,
        )

        jobs_volume_source.additional_properties = d
        return jobs_volume_source

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
