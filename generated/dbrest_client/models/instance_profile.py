from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceProfile")


@_attrs_define
class InstanceProfile:
    """A registered instance profile.

    Example:
        {'instance_profile_arn': 'arn:aws:iam::123456789012:instance-profile/my-profile', 'iam_role_arn':
            'arn:aws:iam::123456789012:role/my-role', 'is_meta_instance_profile': False}

    Attributes:
        instance_profile_arn (str): ARN of the instance profile.
        iam_role_arn (str | Unset): ARN of its IAM role, when one was given.
        is_meta_instance_profile (bool | Unset): Whether the profile holds a meta IAM role, only for IAM credential
            passthrough.
    """

    instance_profile_arn: str
    iam_role_arn: str | Unset = UNSET
    is_meta_instance_profile: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_profile_arn = self.instance_profile_arn

        iam_role_arn = self.iam_role_arn

        is_meta_instance_profile = self.is_meta_instance_profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instance_profile_arn": instance_profile_arn,
            }
        )
        if iam_role_arn is not UNSET:
            field_dict["iam_role_arn"] = iam_role_arn
        if is_meta_instance_profile is not UNSET:
            field_dict["is_meta_instance_profile"] = is_meta_instance_profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_profile_arn = d.pop("instance_profile_arn")

        iam_role_arn = d.pop("iam_role_arn", UNSET)

        is_meta_instance_profile = d.pop("is_meta_instance_profile", UNSET)

        instance_profile = cls(
            instance_profile_arn=instance_profile_arn,
            iam_role_arn=iam_role_arn,
            is_meta_instance_profile=is_meta_instance_profile,
        )

        instance_profile.additional_properties = d
        return instance_profile

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
