from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repo_info import RepoInfo


T = TypeVar("T", bound="ReposListResponse")


@_attrs_define
class ReposListResponse:
    """
    Attributes:
        repos (list[RepoInfo] | Unset):
        next_page_token (str | Unset): Pass as `next_page_token` to get the next page; absent on the last page.
    """

    repos: list[RepoInfo] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.repos, Unset):
            repos = []
            for repos_item_data in self.repos:
                repos_item = repos_item_data.to_dict()
                repos.append(repos_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repos is not UNSET:
            field_dict["repos"] = repos
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.repo_info import RepoInfo  # noqa: PLC0415

        d = dict(src_dict)
        _repos = d.pop("repos", UNSET)
        repos: list[RepoInfo] | Unset = UNSET
        if _repos is not UNSET:
            repos = []
            for repos_item_data in _repos:
                repos_item = RepoInfo.from_dict(repos_item_data)

                repos.append(repos_item)

        next_page_token = d.pop("next_page_token", UNSET)

        repos_list_response = cls(
            repos=repos,
            next_page_token=next_page_token,
        )

        repos_list_response.additional_properties = d
        return repos_list_response

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
