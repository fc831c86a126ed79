from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_entitlement_value import ScimEntitlementValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimEntitlement")


@_attrs_define
class ScimEntitlement:
    """
    Attributes:
        value (ScimEntitlementValue): allow-cluster-create, allow-instance-pool-create, (later) workspace-access,
            databricks-sql-access.
        display (str | Unset): A readable name of the value (responses).
        primary (bool | Unset):
        type_ (str | Unset):
        ref (str | Unset): The URI of the referenced resource, e.g. `Groups/123` (responses).
    """

    value: ScimEntitlementValue
    display: str | Unset = UNSET
    primary: bool | Unset = UNSET
    type_: str | Unset = UNSET
    ref: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value.value

        display = self.display

        primary = self.primary

        type_ = self.type_

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
        if primary is not UNSET:
            field_dict["primary"] = primary
        if type_ is not UNSET:
            field_dict["type"] = type_
        if ref is not UNSET:
            field_dict["$ref"] = ref

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = ScimEntitlementValue(d.pop("value"))

        display = d.pop("display", UNSET)

        primary = d.pop("primary", UNSET)

        type_ = d.pop("type", UNSET)

        ref = d.pop("$ref", UNSET)

        scim_entitlement = cls(
            value=value,
            display=display,
            primary=primary,
            type_=type_,
            ref=ref,
        )

        scim_entitlement.additional_properties = d
        return scim_entitlement

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
