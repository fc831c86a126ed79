from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scim_patch_operation_op import ScimPatchOperationOp
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScimPatchOperation")


@_attrs_define
class ScimPatchOperation:
    """
    Attributes:
        op (ScimPatchOperationOp): Case-insensitive (Azure AD sends Add/Replace/Remove).
        path (str | Unset): Attribute path, optionally with a value filter, e.g. `members[value eq "100757"]`.
        value (Any | Unset): The value to add or replace (list for multi-valued attributes, object without a path).
    """

    op: ScimPatchOperationOp
    path: str | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op = self.op.value

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = ScimPatchOperationOp(d.pop("op"))

        path = d.pop("path", UNSET)

        value = d.pop("value", UNSET)

        scim_patch_operation = cls(
            op=op,
            path=path,
            value=value,
        )

        scim_patch_operation.additional_properties = d
        return scim_patch_operation

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
