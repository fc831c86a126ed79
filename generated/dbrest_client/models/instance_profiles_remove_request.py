from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InstanceProfilesRemoveRequest")


@_attrs_define
class InstanceProfilesRemoveRequest:
    """
    Example:
        {'instance_profile_arn': 'arn:aws:iam::123456789012:instance-profile/my-profile'}

    Attributes:
        instance_profile_arn (str): ARN of the profile to remove.
    """

    instance_profile_arn: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_profile_arn = self.instance_profile_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_profile_arn": instance_profile_arn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_profile_arn = d.pop("instance_profile_arn")

        instance_profiles_remove_request = cls(
            instance_profile_arn=instance_profile_arn,
        )

        instance_profiles_remove_request.additional_properties = d
        return instance_profiles_remove_request

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
