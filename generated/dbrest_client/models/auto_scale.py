from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoScale")


@_attrs_define
class AutoScale:
    """Autoscaling range of a cluster. `min_workers` is also the initial number of workers after creation;
    `max_workers` must be strictly greater than `min_workers`.

        Example:
            {'min_workers': 2, 'max_workers': 8}

        Attributes:
            min_workers (int): The minimum number of workers the cluster scales down to when underutilised.
            max_workers (int): The maximum number of workers the cluster scales up to when overloaded (> min_workers).
    """

    min_workers: int
    max_workers: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        min_workers = self.min_workers

        max_workers = self.max_workers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "min_workers": min_workers,
                "max_workers": max_workers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_workers = d.pop("min_workers")

        max_workers = d.pop("max_workers")

        auto_scale = cls(
            min_workers=min_workers,
            max_workers=max_workers,
        )

        auto_scale.additional_properties = d
        return auto_scale

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
