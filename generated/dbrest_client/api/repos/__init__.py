"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.repo_get_response import RepoGetResponse
    from ...models.repo_info import RepoInfo
    from ...models.repo_sparse_checkout import RepoSparseCheckout
    from ...models.repos_create_request import ReposCreateRequest
    from ...models.repos_list_response import ReposListResponse
    from ...models.repos_update_request import ReposUpdateRequest
    from ...models.repos_update_request_sparse_checkout import ReposUpdateRequestSparseCheckout
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op.parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class ReposService:
    """The repos operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def list(
        self,
        *,
        path_prefix: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
    ) -> ReposListResponse:
        """List repos

        Lists the repos the caller can manage, ordered by path, in pages of 20. Pass the `next_page_token` of
        an answer to get the next page; the last page has no `next_page_token`. `path_prefix` keeps the repos
        whose path starts with it. An invalid page token gives `INVALID_PARAMETER_VALUE`. No repos → `{}`.


        Args:
            path_prefix (str | Unset):
            next_page_token (str | Unset):
        """

        from . import repos_list as _op

        result: ReposListResponse = _call(
            self._client,
            _op,
            (),
            path_prefix=path_prefix,
            next_page_token=next_page_token,
        )
        return result

    @overload
    def create(
        self,
        *,
        body: ReposCreateRequest,
    ) -> RepoInfo: ...

    @overload
    def create(
        self,
        url: str,
        provider: str,
        *,
        path: str | Unset = UNSET,
        sparse_checkout: RepoSparseCheckout | Mapping[str, Any] | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
    ) -> RepoInfo: ...

    @keyword_call
    def create(
        self,
        url: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        *,
        body: ReposCreateRequest | Unset = UNSET,
        path: str | Unset = UNSET,
        sparse_checkout: RepoSparseCheckout | Mapping[str, Any] | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
    ) -> RepoInfo:
        """Create a repo

        Clones the remote Git repository `url` into a new repo at `path` (`/Repos/<folder>/<repo-name>`;
        default `/Repos/<caller>/<name of the Git repository>`), checked out at its default branch. Repos
        created through the API must be linked to a remote. `provider` is case-insensitive (gitHub,
        bitbucketCloud, gitLab, azureDevOpsServices, gitHubEnterprise, bitbucketServer,
        gitLabEnterpriseEdition, awsCodeCommit); an unknown provider or a path outside `/Repos/<folder>/`
        gives `INVALID_PARAMETER_VALUE`; an object already at the path gives `RESOURCE_ALREADY_EXISTS`;
        a folder of another user gives `PERMISSION_DENIED`. With `sparse_checkout` only the paths matching its
        cone patterns are checked out; the patterns are returned by get and list.


        Args:
            url (str): The http(s) URL of the Git repository to clone, e.g. https://github.com/jsmith/test; its
                last path
                segment (without `.git`) names the repo when `path` is not given.
            provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud,
                gitLab, azureDevOpsServices,
                gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-
                insensitively.
            path (str | Unset): Workspace path of the new repo, /Repos/<folder>/<repo-name> (default
                /Repos/<caller>/<Git repository
                name>). Creating a repo in another user's folder needs admin rights (`PERMISSION_DENIED`).
            sparse_checkout (RepoSparseCheckout | Unset): Sparse checkout of the repo (later; databricks-sdk
                0.162.0 `SparseCheckout`): only the paths matching the
                cone `patterns` are checked out. Set at creation; `patterns` may be replaced by an update. Absent =
                the
                whole repository.
            git_credential_id (int | Unset): Git credential id to use for this clone (later; databricks-sdk
                0.162.0); the Git credential must be
                configured for the current user.
            body (ReposCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.repos_create_request import ReposCreateRequest

        body = request_body(
            ReposCreateRequest,
            body,
            {
                "url": ("url", url),
                "provider": ("provider", provider),
                "path": ("path", path),
                "sparse_checkout": ("sparse_checkout", sparse_checkout),
                "git_credential_id": ("git_credential_id", git_credential_id),
            },
            "ReposService.create",
            True,
        )

        from . import repos_create as _op

        result: RepoInfo = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        repo_id: int,
    ) -> RepoGetResponse:
        """Get a repo

        Returns the repo. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a repo the caller cannot manage →
        `PERMISSION_DENIED`. A non-numeric id → `INVALID_PARAMETER_VALUE`.


        Args:
            repo_id (int):
        """

        from . import repos_get as _op

        result: RepoGetResponse = _call(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    @keyword_call
    def delete(
        self,
        repo_id: int,
    ) -> Empty:
        """Delete a repo

        Deletes the repo and its workspace folder. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A non-numeric id →
        `INVALID_PARAMETER_VALUE`.


        Args:
            repo_id (int):
        """

        from . import repos_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    @overload
    def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest,
    ) -> Empty: ...

    @overload
    def update(
        self,
        repo_id: int,
        *,
        branch: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        dangerously_force_discard_all: bool | Unset = UNSET,
        sparse_checkout: ReposUpdateRequestSparseCheckout | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest | Unset = UNSET,
        branch: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        dangerously_force_discard_all: bool | Unset = UNSET,
        sparse_checkout: ReposUpdateRequestSparseCheckout | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty:
        """Check out a branch or tag, or change the sparse checkout

        Checks out one of `branch` (pulling its latest commit, also when it is the current branch) or `tag`
        (which leaves the repo in detached HEAD: no `branch` in RepoInfo), and/or replaces the repo's sparse
        checkout `patterns` (only for a repo created with a sparse checkout, else `INVALID_PARAMETER_VALUE`).
        Both branch and tag, or none of the three → `INVALID_PARAMETER_VALUE`. Unknown id →
        `RESOURCE_DOES_NOT_EXIST`.


        Args:
            repo_id (int):
            branch (str | Unset): Branch to check out (not together with tag).
            tag (str | Unset): Tag to check out, leaving the repo in detached HEAD (not together with branch).
            git_credential_id (int | Unset): Git credential id to use for this update (later; databricks-sdk
                0.162.0); the Git credential must be
                configured for the current user.
            dangerously_force_discard_all (bool | Unset): Destructive and irreversible (later; databricks-sdk
                0.162.0): true permanently deletes all uncommitted
                changes in the Git folder (staged, unstaged and untracked files) before updating; local commits not
                yet pushed are kept. Meant only for automated jobs that treat the Git folder as a read-only mirror
                of a
                remote branch.
            sparse_checkout (ReposUpdateRequestSparseCheckout | Unset): New sparse checkout patterns (the repo
                must have been created with a sparse checkout).
            body (ReposUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.repos_update_request import ReposUpdateRequest

        body = request_body(
            ReposUpdateRequest,
            body,
            {
                "branch": ("branch", branch),
                "tag": ("tag", tag),
                "git_credential_id": ("git_credential_id", git_credential_id),
                "dangerously_force_discard_all": ("dangerously_force_discard_all", dangerously_force_discard_all),
                "sparse_checkout": ("sparse_checkout", sparse_checkout),
            },
            "ReposService.update",
            True,
        )

        from . import repos_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            repo_id=repo_id,
            body=body,
        )
        return result


class AsyncReposService:
    """The repos operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def list(
        self,
        *,
        path_prefix: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
    ) -> ReposListResponse:
        """List repos

        Lists the repos the caller can manage, ordered by path, in pages of 20. Pass the `next_page_token` of
        an answer to get the next page; the last page has no `next_page_token`. `path_prefix` keeps the repos
        whose path starts with it. An invalid page token gives `INVALID_PARAMETER_VALUE`. No repos → `{}`.


        Args:
            path_prefix (str | Unset):
            next_page_token (str | Unset):
        """

        from . import repos_list as _op

        result: ReposListResponse = await _acall(
            self._client,
            _op,
            (),
            path_prefix=path_prefix,
            next_page_token=next_page_token,
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: ReposCreateRequest,
    ) -> RepoInfo: ...

    @overload
    async def create(
        self,
        url: str,
        provider: str,
        *,
        path: str | Unset = UNSET,
        sparse_checkout: RepoSparseCheckout | Mapping[str, Any] | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
    ) -> RepoInfo: ...

    @async_keyword_call
    async def create(
        self,
        url: str | Unset = UNSET,
        provider: str | Unset = UNSET,
        *,
        body: ReposCreateRequest | Unset = UNSET,
        path: str | Unset = UNSET,
        sparse_checkout: RepoSparseCheckout | Mapping[str, Any] | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
    ) -> RepoInfo:
        """Create a repo

        Clones the remote Git repository `url` into a new repo at `path` (`/Repos/<folder>/<repo-name>`;
        default `/Repos/<caller>/<name of the Git repository>`), checked out at its default branch. Repos
        created through the API must be linked to a remote. `provider` is case-insensitive (gitHub,
        bitbucketCloud, gitLab, azureDevOpsServices, gitHubEnterprise, bitbucketServer,
        gitLabEnterpriseEdition, awsCodeCommit); an unknown provider or a path outside `/Repos/<folder>/`
        gives `INVALID_PARAMETER_VALUE`; an object already at the path gives `RESOURCE_ALREADY_EXISTS`;
        a folder of another user gives `PERMISSION_DENIED`. With `sparse_checkout` only the paths matching its
        cone patterns are checked out; the patterns are returned by get and list.


        Args:
            url (str): The http(s) URL of the Git repository to clone, e.g. https://github.com/jsmith/test; its
                last path
                segment (without `.git`) names the repo when `path` is not given.
            provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud,
                gitLab, azureDevOpsServices,
                gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-
                insensitively.
            path (str | Unset): Workspace path of the new repo, /Repos/<folder>/<repo-name> (default
                /Repos/<caller>/<Git repository
                name>). Creating a repo in another user's folder needs admin rights (`PERMISSION_DENIED`).
            sparse_checkout (RepoSparseCheckout | Unset): Sparse checkout of the repo (later; databricks-sdk
                0.162.0 `SparseCheckout`): only the paths matching the
                cone `patterns` are checked out. Set at creation; `patterns` may be replaced by an update. Absent =
                the
                whole repository.
            git_credential_id (int | Unset): Git credential id to use for this clone (later; databricks-sdk
                0.162.0); the Git credential must be
                configured for the current user.
            body (ReposCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.repos_create_request import ReposCreateRequest

        body = request_body(
            ReposCreateRequest,
            body,
            {
                "url": ("url", url),
                "provider": ("provider", provider),
                "path": ("path", path),
                "sparse_checkout": ("sparse_checkout", sparse_checkout),
                "git_credential_id": ("git_credential_id", git_credential_id),
            },
            "AsyncReposService.create",
            True,
        )

        from . import repos_create as _op

        result: RepoInfo = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        repo_id: int,
    ) -> RepoGetResponse:
        """Get a repo

        Returns the repo. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a repo the caller cannot manage →
        `PERMISSION_DENIED`. A non-numeric id → `INVALID_PARAMETER_VALUE`.


        Args:
            repo_id (int):
        """

        from . import repos_get as _op

        result: RepoGetResponse = await _acall(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    @async_keyword_call
    async def delete(
        self,
        repo_id: int,
    ) -> Empty:
        """Delete a repo

        Deletes the repo and its workspace folder. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A non-numeric id →
        `INVALID_PARAMETER_VALUE`.


        Args:
            repo_id (int):
        """

        from . import repos_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    @overload
    async def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest,
    ) -> Empty: ...

    @overload
    async def update(
        self,
        repo_id: int,
        *,
        branch: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        dangerously_force_discard_all: bool | Unset = UNSET,
        sparse_checkout: ReposUpdateRequestSparseCheckout | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest | Unset = UNSET,
        branch: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        git_credential_id: int | Unset = UNSET,
        dangerously_force_discard_all: bool | Unset = UNSET,
        sparse_checkout: ReposUpdateRequestSparseCheckout | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty:
        """Check out a branch or tag, or change the sparse checkout

        Checks out one of `branch` (pulling its latest commit, also when it is the current branch) or `tag`
        (which leaves the repo in detached HEAD: no `branch` in RepoInfo), and/or replaces the repo's sparse
        checkout `patterns` (only for a repo created with a sparse checkout, else `INVALID_PARAMETER_VALUE`).
        Both branch and tag, or none of the three → `INVALID_PARAMETER_VALUE`. Unknown id →
        `RESOURCE_DOES_NOT_EXIST`.


        Args:
            repo_id (int):
            branch (str | Unset): Branch to check out (not together with tag).
            tag (str | Unset): Tag to check out, leaving the repo in detached HEAD (not together with branch).
            git_credential_id (int | Unset): Git credential id to use for this update (later; databricks-sdk
                0.162.0); the Git credential must be
                configured for the current user.
            dangerously_force_discard_all (bool | Unset): Destructive and irreversible (later; databricks-sdk
                0.162.0): true permanently deletes all uncommitted
                changes in the Git folder (staged, unstaged and untracked files) before updating; local commits not
                yet pushed are kept. Meant only for automated jobs that treat the Git folder as a read-only mirror
                of a
                remote branch.
            sparse_checkout (ReposUpdateRequestSparseCheckout | Unset): New sparse checkout patterns (the repo
                must have been created with a sparse checkout).
            body (ReposUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.repos_update_request import ReposUpdateRequest

        body = request_body(
            ReposUpdateRequest,
            body,
            {
                "branch": ("branch", branch),
                "tag": ("tag", tag),
                "git_credential_id": ("git_credential_id", git_credential_id),
                "dangerously_force_discard_all": ("dangerously_force_discard_all", dangerously_force_discard_all),
                "sparse_checkout": ("sparse_checkout", sparse_checkout),
            },
            "AsyncReposService.update",
            True,
        )

        from . import repos_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            repo_id=repo_id,
            body=body,
        )
        return result


__all__ = ("ReposService", "AsyncReposService")
