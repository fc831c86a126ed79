from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupsMembershipRequest")


@_attrs_define
class GroupsMembershipRequest:
    """Exactly one of user_name and group_name.

    Attributes:
        parent_name (str): Name of the parent group.
        user_name (str | Unset): User name of the member user.
        group_name (str | Unset): Name of the member group.
    """

    parent_name: str
    user_name: str | Unset = UNSET
    group_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_name = self.parent_name

        user_name = self.user_name

        group_name = self.group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parent_name": parent_name,
            }
        )
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if group_name is not UNSET:
            field_dict["group_name"] = group_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_name = d.pop("parent_name")

        user_name = d.pop("user_name", UNSET)

        group_name = d.pop("group_name", UNSET)

        groups_membership_request = cls(
            parent_name=parent_name,
            user_name=user_name,
            group_name=group_name,
        )

        groups_membership_request.additional_properties = d
        return groups_membership_request

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
