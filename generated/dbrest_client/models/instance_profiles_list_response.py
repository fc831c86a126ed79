from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_profile import InstanceProfile


T = TypeVar("T", bound="InstanceProfilesListResponse")


@_attrs_define
class InstanceProfilesListResponse:
    """
    Attributes:
        instance_profiles (list[InstanceProfile] | Unset): The profiles; absent when there are none.
    """

    instance_profiles: list[InstanceProfile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instance_profiles, Unset):
            instance_profiles = []
            for instance_profiles_item_data in self.instance_profiles:
                instance_profiles_item = instance_profiles_item_data.to_dict()
                instance_profiles.append(instance_profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_profiles is not UNSET:
            field_dict["instance_profiles"] = instance_profiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_profile import InstanceProfile  # noqa: PLC0415

        d = dict(src_dict)
        _instance_profiles = d.pop("instance_profiles", UNSET)
        instance_profiles: list[InstanceProfile] | Unset = UNSET
        if _instance_profiles is not UNSET:
            instance_profiles = []
            for instance_profiles_item_data in _instance_profiles:
                instance_profiles_item = InstanceProfile.from_dict(instance_profiles_item_data)

                instance_profiles.append(instance_profiles_item)

        instance_profiles_list_response = cls(
            instance_profiles=instance_profiles,
        )

        instance_profiles_list_response.additional_properties = d
        return instance_profiles_list_response

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
