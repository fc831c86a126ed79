from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.repo_sparse_checkout import RepoSparseCheckout


T = TypeVar("T", bound="ReposCreateRequest")


@_attrs_define
class ReposCreateRequest:
    """
    Attributes:
        url (str): The http(s) URL of the Git repository to clone, e.g. https://github.com/jsmith/test; its last path
            segment (without `.git`) names the repo when `path` is not given.
        provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud, gitLab,
            azureDevOpsServices,
            gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-insensitively.
        path (str | Unset): Workspace path of the new repo, /Repos/<folder>/<repo-name> (default /Repos/<caller>/<Git
            repository
            name>). Creating a repo in another user's folder needs admin rights (`PERMISSION_DENIED`).
        sparse_checkout (RepoSparseCheckout | Unset): Sparse checkout of the repo (later; databricks-sdk 0.162.0
            `SparseCheckout`): only the paths matching the
            cone `patterns` are checked out. Set at creation; `patterns` may be replaced by an update. Absent = the
            whole repository.
        git_credential_id (int | Unset): Git credential id to use for this clone (later; databricks-sdk 0.162.0); the
            Git credential must be
            configured for the current user.
    """

    url: str
    provider: str
    path: str | Unset = UNSET
    sparse_checkout: RepoSparseCheckout | Unset = UNSET
    git_credential_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        provider = self.provider

        path = self.path

        sparse_checkout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_checkout, Unset):
            sparse_checkout = self.sparse_checkout.to_dict()

        git_credential_id = self.git_credential_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "provider": provider,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if sparse_checkout is not UNSET:
            field_dict["sparse_checkout"] = sparse_checkout
        if git_credential_id is not UNSET:
            field_dict["git_credential_id"] = git_credential_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.repo_sparse_checkout import RepoSparseCheckout  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        provider = d.pop("provider")

        path = d.pop("path", UNSET)

        _sparse_checkout = d.pop("sparse_checkout", UNSET)
        sparse_checkout: RepoSparseCheckout | Unset
        if isinstance(_sparse_checkout, Unset):
            sparse_checkout = UNSET
        else:
            sparse_checkout = RepoSparseCheckout.from_dict(_sparse_checkout)

        git_credential_id = d.pop("git_credential_id", UNSET)

        repos_create_request = cls(
            url=url,
            provider=provider,
            path=path,
            sparse_checkout=sparse_checkout,
            git_credential_id=git_credential_id,
        )

        repos_create_request.additional_properties = d
        return repos_create_request

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
