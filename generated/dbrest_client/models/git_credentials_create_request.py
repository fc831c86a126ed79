from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitCredentialsCreateRequest")


@_attrs_define
class GitCredentialsCreateRequest:
    """A new Git credential.

    Attributes:
        git_provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud, gitLab,
            azureDevOpsServices,
            gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-insensitively.
        git_username (str | Unset): User name at the Git provider: sets the committer and author names; required for AWS
            CodeCommit.
        git_email (str | Unset): E-mail of the Git provider account (committer and author identity; most providers).
        name (str | Unset): A name for the credential, to tell several apart.
        is_default_for_provider (bool | Unset): Whether this is the caller's default credential for the provider.
        personal_access_token (str | Unset): The Git provider's personal access token (write-only; never returned).
        principal_id (int | Unset): Id of a service principal to act for (only its managers may).
    """

    git_provider: str
    git_username: str | Unset = UNSET
    git_email: str | Unset = UNSET
    name: str | Unset = UNSET
    is_default_for_provider: bool | Unset = UNSET
    personal_access_token: str | Unset = UNSET
    principal_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_provider = self.git_provider

        git_username = self.git_username

        git_email = self.git_email

        name = self.name

        is_default_for_provider = self.is_default_for_provider

        personal_access_token = self.personal_access_token

        principal_id = self.principal_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "git_provider": git_provider,
            }
        )
        if git_username is not UNSET:
            field_dict["git_username"] = git_username
        if git_email is not UNSET:
            field_dict["git_email"] = git_email
        if name is not UNSET:
            field_dict["name"] = name
        if is_default_for_provider is not UNSET:
            field_dict["is_default_for_provider"] = is_default_for_provider
        if personal_access_token is not UNSET:
            field_dict["personal_access_token"] = personal_access_token
        if principal_id is not UNSET:
            field_dict["principal_id"] = principal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        git_provider = d.pop("git_provider")

        git_username = d.pop("git_username", UNSET)

        git_email = d.pop("git_email", UNSET)

        name = d.pop("name", UNSET)

        is_default_for_provider = d.pop("is_default_for_provider", UNSET)

        personal_access_token = d.pop("personal_access_token", UNSET)

        principal_id = d.pop("principal_id", UNSET)

        git_credentials_create_request = cls(
            git_provider=git_provider,
            git_username=git_username,
            git_email=git_email,
            name=name,
            is_default_for_provider=is_default_for_provider,
            personal_access_token=personal_access_token,
            principal_id=principal_id,
        )

        git_credentials_create_request.additional_properties = d
        return git_credentials_create_request

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
