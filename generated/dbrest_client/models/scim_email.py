from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimEmail")


@_attrs_define
class ScimEmail:
    """
    Attributes:
        value (str | Unset):
        type_ (str | Unset): e.g. work.
        primary (bool | Unset):
        display (str | Unset):
        ref (str | Unset):
    """

    value: str | Unset = UNSET
    type_: str | Unset = UNSET
    primary: bool | Unset = UNSET
    display: str | Unset = UNSET
    ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_ = self.type_

        primary = self.primary

        display = self.display

        ref = self.ref

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        if primary is not UNSET:
            field_dict["primary"] = primary
        if display is not UNSET:
            field_dict["display"] = display
        if ref is not UNSET:
            field_dict["$ref"] = ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value", UNSET)

        type_ = d.pop("type", UNSET)

        primary = d.pop("primary", UNSET)

        display = d.pop("display", UNSET)

        ref = d.pop("$ref", UNSET)

        scim_email = cls(
            value=value,
            type_=type_,
            primary=primary,
            display=display,
            ref=ref,
        )

        scim_email.additional_properties = d
        return scim_email

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
