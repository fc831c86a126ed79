from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalInitScriptUpdateRequest")


@_attrs_define
class GlobalInitScriptUpdateRequest:
    """
    Attributes:
        name (str | Unset): 1–100 characters of letters, digits, `_`, `-`, `.` and spaces.
        script (str | Unset): Base64 of the script; at most 64 KB (65536 bytes) once decoded.
        position (int | Unset): 0 runs first. Omitted, or at least the number of scripts: last. A position held by
            another script
            shifts that script and the later ones by +1.
        enabled (bool | Unset): Run the script on cluster start.
    """

    name: str | Unset = UNSET
    script: str | Unset = UNSET
    position: int | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        script = self.script

        position = self.position

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if script is not UNSET:
            field_dict["script"] = script
        if position is not UNSET:
            field_dict["position"] = position
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        script = d.pop("script", UNSET)

        position = d.pop("position", UNSET)

        enabled = d.pop("enabled", UNSET)

        global_init_script_update_request = cls(
            name=name,
            script=script,
            position=position,
            enabled=enabled,
        )

        global_init_script_update_request.additional_properties = d
        return global_init_script_update_request

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
