from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.git_credential_info import GitCredentialInfo


T = TypeVar("T", bound="GitCredentialsListResponse")


@_attrs_define
class GitCredentialsListResponse:
    """
    Attributes:
        credentials (list[GitCredentialInfo] | Unset):
    """

    credentials: list[GitCredentialInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credentials, Unset):
            credentials = []
            for credentials_item_data in self.credentials:
                credentials_item = credentials_item_data.to_dict()
                credentials.append(credentials_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_credential_info import GitCredentialInfo  # noqa: PLC0415

        d = dict(src_dict)
        _credentials = d.pop("credentials", UNSET)
        credentials: list[GitCredentialInfo] | Unset = UNSET
        if _credentials is not UNSET:
            credentials = []
            for credentials_item_data in _credentials:
                credentials_item = GitCredentialInfo.from_dict(credentials_item_data)

                credentials.append(credentials_item)

        git_credentials_list_response = cls(
            credentials=credentials,
        )

        git_credentials_list_response.additional_properties = d
        return git_credentials_list_response

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
