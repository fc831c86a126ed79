from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalInitScriptDetailsWithContent")


@_attrs_define
class GlobalInitScriptDetailsWithContent:
    """
    Attributes:
        script_id (str): 16 hexadecimal characters.
        name (str):
        position (int):
        enabled (bool):
        script (str): Base64 of the script.
        created_at (int | Unset):
        created_by (str | Unset):
        updated_at (int | Unset):
        updated_by (str | Unset):
    """

    script_id: str
    name: str
    position: int
    enabled: bool
    script: str
    created_at: int | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_id = self.script_id

        name = self.name

        position = self.position

        enabled = self.enabled

        script = self.script

        created_at = self.created_at

        created_by = self.created_by

        updated_at = self.updated_at

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "script_id": script_id,
                "name": name,
                "position": position,
                "enabled": enabled,
                "script": script,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        script_id = d.pop("script_id")

        name = d.pop("name")

        position = d.pop("position")

        enabled = d.pop("enabled")

        script = d.pop("script")

        created_at = d.pop("created_at", UNSET)

        created_by = d.pop("created_by", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        updated_by = d.pop("updated_by", UNSET)

        global_init_script_details_with_content = cls(
            script_id=script_id,
            name=name,
            position=position,
            enabled=enabled,
            script=script,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        global_init_script_details_with_content.additional_properties = d
        return global_init_script_details_with_content

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
