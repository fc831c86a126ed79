from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jobs_git_source_git_snapshot import JobsGitSourceGitSnapshot
    from ..models.jobs_job_source import JobsJobSource
    from ..models.jobs_sparse_checkout import JobsSparseCheckout


T = TypeVar("T", bound="JobsGitSource")


@_attrs_define
class JobsGitSource:
    """A remote Git repository holding the notebooks of the job (Public Preview). Exactly one of
    `git_branch`, `git_tag` and `git_commit`.

        Example:
            {'git_url': 'https://github.com/databricks/databricks-cli', 'git_branch': 'main', 'git_provider': 'gitHub'}

        Attributes:
            git_url (str):
            git_provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud, gitLab,
                azureDevOpsServices,
                gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-insensitively.
            git_branch (str | Unset):
            git_tag (str | Unset):
            git_commit (str | Unset):
            git_snapshot (JobsGitSourceGitSnapshot | Unset): Response only, on runs.
            job_source (JobsJobSource | Unset): The source of the job specification in the remote repository when the job is
                source controlled.
            sparse_checkout (JobsSparseCheckout | Unset):
    """

    git_url: str
    git_provider: str
    git_branch: str | Unset = UNSET
    git_tag: str | Unset = UNSET
    git_commit: str | Unset = UNSET
    git_snapshot: JobsGitSourceGitSnapshot | Unset = UNSET
    job_source: JobsJobSource | Unset = UNSET
    sparse_checkout: JobsSparseCheckout | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        git_url = self.git_url

        git_provider = self.git_provider

        git_branch = self.git_branch

        git_tag = self.git_tag

        git_commit = self.git_commit

        git_snapshot: dict[str, Any] | Unset = UNSET
        if not isinstance(self.git_snapshot, Unset):
            git_snapshot = self.git_snapshot.to_dict()

        job_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_source, Unset):
            job_source = self.job_source.to_dict()

        sparse_checkout: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sparse_checkout, Unset):
            sparse_checkout = self.sparse_checkout.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "git_url": git_url,
                "git_provider": git_provider,
            }
        )
        if git_branch is not UNSET:
            field_dict["git_branch"] = git_branch
        if git_tag is not UNSET:
            field_dict["git_tag"] = git_tag
        if git_commit is not UNSET:
            field_dict["git_commit"] = git_commit
        if git_snapshot is not UNSET:
            field_dict["git_snapshot"] = git_snapshot
        if job_source is not UNSET:
            field_dict["job_source"] = job_source
        if sparse_checkout is not UNSET:
            field_dict["sparse_checkout"] = sparse_checkout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.jobs_git_source_git_snapshot import JobsGitSourceGitSnapshot  # noqa: PLC0415
        from ..models.jobs_job_source import JobsJobSource  # noqa: PLC0415
        from ..models.jobs_sparse_checkout import JobsSparseCheckout  # noqa: PLC0415

        d = dict(src_dict)
        git_url = d.pop("git_url")

        git_provider = d.pop("git_provider")

        git_branch = d.pop("git_branch", UNSET)

        git_tag = d.pop("git_tag", UNSET)

        git_commit = d.pop("git_commit", UNSET)

        _git_snapshot = d.pop("git_snapshot", UNSET)
        git_snapshot: JobsGitSourceGitSnapshot | Unset
        if isinstance(_git_snapshot, Unset):
            git_snapshot = UNSET
        else:
            git_snapshot = JobsGitSourceGitSnapshot.from_dict(_git_snapshot)

        _job_source = d.pop("job_source", UNSET)
        job_source: JobsJobSource | Unset
        if isinstance(_job_source, Unset):
            job_source = UNSET
        else:
            job_source = JobsJobSource.from_dict(_job_source)

        _sparse_checkout = d.pop("sparse_checkout", UNSET)
        sparse_checkout: JobsSparseCheckout | Unset
        if isinstance(_sparse_checkout, Unset):
            sparse_checkout = UNSET
        else:
            sparse_checkout = JobsSparseCheckout.from_dict(_sparse_checkout)

        jobs_git_source = cls(
            git_url=git_url,
            git_provider=git_provider,
            git_branch=git_branch,
            git_tag=git_tag,
            git_commit=git_commit,
            git_snapshot=git_snapshot,
            job_source=job_source,
            sparse_checkout=sparse_checkout,
        )

        jobs_git_source.additional_properties = d
        return jobs_git_source

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
