from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClustersListZonesResponse")


@_attrs_define
class ClustersListZonesResponse:
    """
    Attributes:
        zones (list[str] | Unset):
        default_zone (str | Unset):
    """

    zones: list[str] | Unset = UNSET
    default_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        zones: list[str] | Unset = UNSET
        if not isinstance(self.zones, Unset):
            zones = self.zones

        default_zone = self.default_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if zones is not UNSET:
            field_dict["zones"] = zones
        if default_zone is not UNSET:
            field_dict["default_zone"] = default_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        zones = cast(list[str], d.pop("zones", UNSET))

        default_zone = d.pop("default_zone", UNSET)

        clusters_list_zones_response = cls(
            zones=zones,
            default_zone=default_zone,
        )

        clusters_list_zones_response.additional_properties = d
        return clusters_list_zones_response

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
