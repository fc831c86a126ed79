from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimReference")


@_attrs_define
class ScimReference:
    """A reference to a user, group or service principal by SCIM id. Responses add `display` (its
    userName/displayName/applicationId), `type` (`direct` for memberships) and `$ref` (e.g. `Groups/123`).

        Attributes:
            value (str): The SCIM id.
            display (str | Unset):
            type_ (str | Unset):
            primary (bool | Unset):
            ref (str | Unset): The URI of the referenced resource, e.g. `Groups/123` or `Users/456` (responses).
    """

    value: str
    display: str | Unset = UNSET
    type_: str | Unset = UNSET
    primary: bool | Unset = UNSET
    ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        display = self.display

        type_ = self.type_

        primary = self.primary

        ref = self.ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display
        if type_ is not UNSET:
            field_dict["type"] = type_
        if primary is not UNSET:
            field_dict["primary"] = primary
        if ref is not UNSET:
            field_dict["$ref"] = ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        display = d.pop("display", UNSET)

        type_ = d.pop("type", UNSET)

        primary = d.pop("primary", UNSET)

        ref = d.pop("$ref", UNSET)

        scim_reference = cls(
            value=value,
            display=display,
            type_=type_,
            primary=primary,
            ref=ref,
        )

        scim_reference.additional_properties = d
        return scim_reference

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
