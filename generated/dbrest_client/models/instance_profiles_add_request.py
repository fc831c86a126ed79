from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceProfilesAddRequest")


@_attrs_define
class InstanceProfilesAddRequest:
    """
    Example:
        {'instance_profile_arn': 'arn:aws:iam::123456789012:instance-profile/my-profile', 'skip_validation': True}

    Attributes:
        instance_profile_arn (str): ARN of the instance profile, arn:aws:iam::<account-id>:instance-profile/<name>.
        iam_role_arn (str | Unset): ARN of the IAM role of the profile, arn:aws:iam::<account-id>:role/<name>.
        is_meta_instance_profile (bool | Unset): Use the profile only for IAM credential passthrough (a meta role);
            default false.
        skip_validation (bool | Unset): Skip the AWS dry run that checks Databricks can launch instances with the
            profile.
    """

    instance_profile_arn: str
    iam_role_arn: str | Unset = UNSET
    is_meta_instance_profile: bool | Unset = UNSET
    skip_validation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_profile_arn = self.instance_profile_arn

        iam_role_arn = self.iam_role_arn

        is_meta_instance_profile = self.is_meta_instance_profile

        skip_validation = self.skip_validation

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
        if skip_validation is not UNSET:
            field_dict["skip_validation"] = skip_validation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_profile_arn = d.pop("instance_profile_arn")

        iam_role_arn = d.pop("iam_role_arn", UNSET)

        is_meta_instance_profile = d.pop("is_meta_instance_profile", UNSET)

        skip_validation = d.pop("skip_validation", UNSET)

        instance_profiles_add_request = cls(
            instance_profile_arn=instance_profile_arn,
            iam_role_arn=iam_role_arn,
            is_meta_instance_profile=is_meta_instance_profile,
            skip_validation=skip_validation,
        )

        instance_profiles_add_request.additional_properties = d
        return instance_profiles_add_request

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
