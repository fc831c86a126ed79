from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repos_update_request_sparse_checkout import ReposUpdateRequestSparseCheckout


T = TypeVar("T", bound="ReposUpdateRequest")


@_attrs_define
class ReposUpdateRequest:
    """At most one of `branch` and `tag`, and at least one of `branch`, `tag` and `sparse_checkout` (a repo's
    sparse checkout patterns may be updated alone).

        Attributes:
            branch (str | Unset): Branch to check out (not together with tag).
            tag (str | Unset): Tag to check out, leaving the repo in detached HEAD (not together with branch).
            git_credential_id (int | Unset): Git credential id to use for this update (later; databricks-sdk 0.162.0); the
                Git credential must be
                configured for the current user.
            dangerously_force_discard_all (bool | Unset): Destructive and irreversible (later; databricks-sdk 0.162.0): true
                permanently deletes all uncommitted
                changes in the Git folder (staged, unstaged and untracked files) before updating; local commits not
                yet pushed are kept. Meant only for automated jobs that treat the Git folder as a read-only mirror of a
                remote branch.
            sparse_checkout (ReposUpdateRequestSparseCheckout | Unset): New sparse checkout patterns (the repo must have
                been created with a sparse checkout).
    """

    branch: str | Unset = UNSET
    tag: str | Unset = UNSET
    git_credential_id: int | Unset = UNSET
    dangerously_force_discard_all: bool | Unset = UNSET
    sparse_checkout: ReposUpdateRequestSparseCheckout | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        tag = self.tag

        git_credential_id = self.git_credential_id

        dangerously_force_discard_all = self.dangerously_force_discard_all

        sparse_checkout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_checkout, Unset):
            sparse_checkout = self.sparse_checkout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if tag is not UNSET:
            field_dict["tag"] = tag
        if git_credential_id is not UNSET:
            field_dict["git_credential_id"] = git_credential_id
        if dangerously_force_discard_all is not UNSET:
            field_dict["dangerously_force_discard_all"] = dangerously_force_discard_all
        if sparse_checkout is not UNSET:
            field_dict["sparse_checkout"] = sparse_checkout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.repos_update_request_sparse_checkout import ReposUpdateRequestSparseCheckout  # noqa: PLC0415

        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        tag = d.pop("tag", UNSET)

        git_credential_id = d.pop("git_credential_id", UNSET)

        dangerously_force_discard_all = d.pop("dangerously_force_discard_all", UNSET)

        _sparse_checkout = d.pop("sparse_checkout", UNSET)
        sparse_checkout: ReposUpdateRequestSparseCheckout | Unset
        if isinstance(_sparse_checkout, Unset):
            sparse_checkout = UNSET
        else:
            sparse_checkout = ReposUpdateRequestSparseCheckout.from_dict(_sparse_checkout)

        repos_update_request = cls(
            branch=branch,
            tag=tag,
            git_credential_id=git_credential_id,
            dangerously_force_discard_all=dangerously_force_discard_all,
            sparse_checkout=sparse_checkout,
        )

        repos_update_request.additional_properties = d
        return repos_update_request

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
