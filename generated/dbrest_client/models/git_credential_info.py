from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitCredentialInfo")


@_attrs_define
class GitCredentialInfo:
    """
    Attributes:
        credential_id (int): Id of the credential.
        git_provider (str | Unset): The Git provider, as stored (an open set; see GitProvider).
        git_username (str | Unset):
        git_email (str | Unset):
        name (str | Unset):
        is_default_for_provider (bool | Unset):
    """

    credential_id: int
    git_provider: str | Unset = UNSET
    git_username: str | Unset = UNSET
    git_email: str | Unset = UNSET
    name: str | Unset = UNSET
    is_default_for_provider: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_id = self.credential_id

        git_provider = self.git_provider

        git_username = self.git_username

        git_email = self.git_email

        name = self.name

        is_default_for_provider = self.is_default_for_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_id": credential_id,
            }
        )
        if git_provider is not UNSET:
            field_dict["git_provider"] = git_provider
        if git_username is not UNSET:
            field_dict["git_username"] = git_username
        if git_email is not UNSET:
            field_dict["git_email"] = git_email
        if name is not UNSET:
            field_dict["name"] = name
        if is_default_for_provider is not UNSET:
            field_dict["is_default_for_provider"] = is_default_for_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_id = d.pop("credential_id")

        git_provider = d.pop("git_provider", UNSET)

        git_username = d.pop("git_username", UNSET)

        git_email = d.pop("git_email", UNSET)

        name = d.pop("name", UNSET)

        is_default_for_provider = d.pop("is_default_for_provider", UNSET)

        git_credential_info = cls(
            credential_id=credential_id,
            git_provider=git_provider,
            git_username=git_username,
            git_email=git_email,
            name=name,
            is_default_for_provider=is_default_for_provider,
        )

        git_credential_info.additional_properties = d
        return git_credential_info

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
