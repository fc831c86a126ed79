from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repo_sparse_checkout import RepoSparseCheckout


T = TypeVar("T", bound="RepoGetResponse")


@_attrs_define
class RepoGetResponse:
    """A repo as `GET /api/2.0/repos/{repo_id}` returns it (RepoInfo and `git_cli_enabled`).

    Attributes:
        id (int): Repo id (the workspace object id of its folder).
        url (str | Unset): URL of the linked Git repository.
        provider (str | Unset): Git provider, e.g. gitHub, azureDevOpsServices.
        path (str | Unset): Workspace path of the repo, /Repos/<folder>/<name>.
        branch (str | Unset): Checked-out branch; absent in detached HEAD (a tag is checked out).
        head_commit_id (str | Unset): SHA-1 of the checked-out commit.
        sparse_checkout (RepoSparseCheckout | Unset): Sparse checkout of the repo (later; databricks-sdk 0.162.0
            `SparseCheckout`): only the paths matching the
            cone `patterns` are checked out. Set at creation; `patterns` may be replaced by an update. Absent = the
            whole repository.
        git_cli_enabled (bool | Unset): Whether the Git CLI is enabled for this Git folder (later; databricks-sdk
            0.162.0
            `GetRepoResponse`): when true, Git commands can be run directly against it with the Git CLI.
    """

    id: int
    url: str | Unset = UNSET
    provider: str | Unset = UNSET
    path: str | Unset = UNSET
    branch: str | Unset = UNSET
    head_commit_id: str | Unset = UNSET
    sparse_checkout: RepoSparseCheckout | Unset = UNSET
    git_cli_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        url = self.url

        provider = self.provider

        path = self.path

        branch = self.branch

        head_commit_id = self.head_commit_id

        sparse_checkout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_checkout, Unset):
            sparse_checkout = self.sparse_checkout.to_dict()

        git_cli_enabled = self.git_cli_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if provider is not UNSET:
            field_dict["provider"] = provider
        if path is not UNSET:
            field_dict["path"] = path
        if branch is not UNSET:
            field_dict["branch"] = branch
        if head_commit_id is not UNSET:
            field_dict["head_commit_id"] = head_commit_id
        if sparse_checkout is not UNSET:
            field_dict["sparse_checkout"] = sparse_checkout
        if git_cli_enabled is not UNSET:
            field_dict["git_cli_enabled"] = git_cli_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.repo_sparse_checkout import RepoSparseCheckout  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        url = d.pop("url", UNSET)

        provider = d.pop("provider", UNSET)

        path = d.pop("path", UNSET)

        branch = d.pop("branch", UNSET)

        head_commit_id = d.pop("head_commit_id", UNSET)

        _sparse_checkout = d.pop("sparse_checkout", UNSET)
        sparse_checkout: RepoSparseCheckout | Unset
        if isinstance(_sparse_checkout, Unset):
            sparse_checkout = UNSET
        else:
            sparse_checkout = RepoSparseCheckout.from_dict(_sparse_checkout)

        git_cli_enabled = d.pop("git_cli_enabled", UNSET)

        repo_get_response = cls(
            id=id,
            url=url,
            provider=provider,
            path=path,
            branch=branch,
            head_commit_id=head_commit_id,
            sparse_checkout=sparse_checkout,
            git_cli_enabled=git_cli_enabled,
        )

        repo_get_response.additional_properties = d
        return repo_get_response

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
