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
    from ...models.git_credential_info import GitCredentialInfo
    from ...models.git_credentials_create_request import GitCredentialsCreateRequest
    from ...models.git_credentials_list_response import GitCredentialsListResponse
    from ...models.git_credentials_update_request import GitCredentialsUpdateRequest
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


class GitCredentialsService:
    """The git_credentials operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def list(
        self,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialsListResponse:
        """List the caller's Git credentials

        Lists the caller's Git credentials (without their tokens). Not paginated. No credentials → `{}` or an
        empty `credentials` list. `principal_id` (a service principal's id) lists that service principal's
        credentials; only its managers may (`PERMISSION_DENIED`); an unknown one → `RESOURCE_DOES_NOT_EXIST`. A
        non-numeric `principal_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            principal_id (int | Unset):
        """

        from . import git_credentials_list as _op

        result: GitCredentialsListResponse = _call(
            self._client,
            _op,
            (),
            principal_id=principal_id,
        )
        return result

    @overload
    def create(
        self,
        *,
        body: GitCredentialsCreateRequest,
    ) -> GitCredentialInfo: ...

    @overload
    def create(
        self,
        git_provider: str,
        *,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo: ...

    @keyword_call
    def create(
        self,
        git_provider: str | Unset = UNSET,
        *,
        body: GitCredentialsCreateRequest | Unset = UNSET,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo:
        """Create a Git credential

        Stores a Git credential for the caller (or, with `principal_id`, for that service principal). A user
        may hold one credential per Git provider: a second one for the same provider (compared
        case-insensitively) → `RESOURCE_ALREADY_EXISTS`; update or delete the existing one instead. An unknown
        provider → `INVALID_PARAMETER_VALUE`; an unknown `principal_id` → `RESOURCE_DOES_NOT_EXIST`. The personal
        access token is stored and never returned.


        Args:
            git_provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud,
                gitLab, azureDevOpsServices,
                gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-
                insensitively.
            git_username (str | Unset): User name at the Git provider: sets the committer and author names;
                required for AWS CodeCommit.
            git_email (str | Unset): E-mail of the Git provider account (committer and author identity; most
                providers).
            name (str | Unset): A name for the credential, to tell several apart.
            is_default_for_provider (bool | Unset): Whether this is the caller's default credential for the
                provider.
            personal_access_token (str | Unset): The Git provider's personal access token (write-only; never
                returned).
            principal_id (int | Unset): Id of a service principal to act for (only its managers may).
            body (GitCredentialsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.git_credentials_create_request import GitCredentialsCreateRequest

        body = request_body(
            GitCredentialsCreateRequest,
            body,
            {
                "git_provider": ("git_provider", git_provider),
                "git_username": ("git_username", git_username),
                "git_email": ("git_email", git_email),
                "name": ("name", name),
                "is_default_for_provider": ("is_default_for_provider", is_default_for_provider),
                "personal_access_token": ("personal_access_token", personal_access_token),
                "principal_id": ("principal_id", principal_id),
            },
            "GitCredentialsService.create",
            True,
        )

        from . import git_credentials_create as _op

        result: GitCredentialInfo = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo:
        """Get a Git credential

        Returns one of the caller's Git credentials (without its token). Unknown id, or another user's
        credential → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id → `INVALID_PARAMETER_VALUE`.


        Args:
            credential_id (int):
            principal_id (int | Unset):
        """

        from . import git_credentials_get as _op

        result: GitCredentialInfo = _call(
            self._client,
            _op,
            (),
            credential_id=credential_id,
            principal_id=principal_id,
        )
        return result

    @keyword_call
    def delete(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> Empty:
        """Delete a Git credential

        Deletes one of the caller's Git credentials. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id
        → `INVALID_PARAMETER_VALUE`.


        Args:
            credential_id (int):
            principal_id (int | Unset):
        """

        from . import git_credentials_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            credential_id=credential_id,
            principal_id=principal_id,
        )
        return result

    @overload
    def update(
        self,
        credential_id: int,
        *,
        body: GitCredentialsUpdateRequest,
    ) -> Empty: ...

    @overload
    def update(
        self,
        credential_id: int,
        git_provider: str,
        *,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def update(
        self,
        credential_id: int,
        git_provider: str | Unset = UNSET,
        *,
        body: GitCredentialsUpdateRequest | Unset = UNSET,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> Empty:
        """Update a Git credential

        Replaces the credential's provider, user name, e-mail, name and token with the given values
        (`git_provider` is required; fields left out are cleared, a token left out is kept). Changing the
        provider to one the caller already has another credential for → `RESOURCE_ALREADY_EXISTS`. Unknown id
        → `RESOURCE_DOES_NOT_EXIST`; unknown provider → `INVALID_PARAMETER_VALUE`.


        Args:
            credential_id (int):
            git_provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud,
                gitLab, azureDevOpsServices,
                gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-
                insensitively.
            git_username (str | Unset): User name at the Git provider: sets the committer and author names;
                required for AWS CodeCommit.
            git_email (str | Unset): E-mail of the Git provider account (committer and author identity; most
                providers).
            name (str | Unset): A name for the credential, to tell several apart.
            is_default_for_provider (bool | Unset): Whether this is the caller's default credential for the
                provider.
            personal_access_token (str | Unset): The Git provider's personal access token (write-only; never
                returned).
            principal_id (int | Unset): Id of a service principal to act for (only its managers may).
            body (GitCredentialsUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.git_credentials_update_request import GitCredentialsUpdateRequest

        body = request_body(
            GitCredentialsUpdateRequest,
            body,
            {
                "git_provider": ("git_provider", git_provider),
                "git_username": ("git_username", git_username),
                "git_email": ("git_email", git_email),
                "name": ("name", name),
                "is_default_for_provider": ("is_default_for_provider", is_default_for_provider),
                "personal_access_token": ("personal_access_token", personal_access_token),
                "principal_id": ("principal_id", principal_id),
            },
            "GitCredentialsService.update",
            True,
        )

        from . import git_credentials_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            credential_id=credential_id,
            body=body,
        )
        return result


class AsyncGitCredentialsService:
    """The git_credentials operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def list(
        self,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialsListResponse:
        """List the caller's Git credentials

        Lists the caller's Git credentials (without their tokens). Not paginated. No credentials → `{}` or an
        empty `credentials` list. `principal_id` (a service principal's id) lists that service principal's
        credentials; only its managers may (`PERMISSION_DENIED`); an unknown one → `RESOURCE_DOES_NOT_EXIST`. A
        non-numeric `principal_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            principal_id (int | Unset):
        """

        from . import git_credentials_list as _op

        result: GitCredentialsListResponse = await _acall(
            self._client,
            _op,
            (),
            principal_id=principal_id,
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: GitCredentialsCreateRequest,
    ) -> GitCredentialInfo: ...

    @overload
    async def create(
        self,
        git_provider: str,
        *,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo: ...

    @async_keyword_call
    async def create(
        self,
        git_provider: str | Unset = UNSET,
        *,
        body: GitCredentialsCreateRequest | Unset = UNSET,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo:
        """Create a Git credential

        Stores a Git credential for the caller (or, with `principal_id`, for that service principal). A user
        may hold one credential per Git provider: a second one for the same provider (compared
        case-insensitively) → `RESOURCE_ALREADY_EXISTS`; update or delete the existing one instead. An unknown
        provider → `INVALID_PARAMETER_VALUE`; an unknown `principal_id` → `RESOURCE_DOES_NOT_EXIST`. The personal
        access token is stored and never returned.


        Args:
            git_provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud,
                gitLab, azureDevOpsServices,
                gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-
                insensitively.
            git_username (str | Unset): User name at the Git provider: sets the committer and author names;
                required for AWS CodeCommit.
            git_email (str | Unset): E-mail of the Git provider account (committer and author identity; most
                providers).
            name (str | Unset): A name for the credential, to tell several apart.
            is_default_for_provider (bool | Unset): Whether this is the caller's default credential for the
                provider.
            personal_access_token (str | Unset): The Git provider's personal access token (write-only; never
                returned).
            principal_id (int | Unset): Id of a service principal to act for (only its managers may).
            body (GitCredentialsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.git_credentials_create_request import GitCredentialsCreateRequest

        body = request_body(
            GitCredentialsCreateRequest,
            body,
            {
                "git_provider": ("git_provider", git_provider),
                "git_username": ("git_username", git_username),
                "git_email": ("git_email", git_email),
                "name": ("name", name),
                "is_default_for_provider": ("is_default_for_provider", is_default_for_provider),
                "personal_access_token": ("personal_access_token", personal_access_token),
                "principal_id": ("principal_id", principal_id),
            },
            "AsyncGitCredentialsService.create",
            True,
        )

        from . import git_credentials_create as _op

        result: GitCredentialInfo = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo:
        """Get a Git credential

        Returns one of the caller's Git credentials (without its token). Unknown id, or another user's
        credential → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id → `INVALID_PARAMETER_VALUE`.


        Args:
            credential_id (int):
            principal_id (int | Unset):
        """

        from . import git_credentials_get as _op

        result: GitCredentialInfo = await _acall(
            self._client,
            _op,
            (),
            credential_id=credential_id,
            principal_id=principal_id,
        )
        return result

    @async_keyword_call
    async def delete(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> Empty:
        """Delete a Git credential

        Deletes one of the caller's Git credentials. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id
        → `INVALID_PARAMETER_VALUE`.


        Args:
            credential_id (int):
            principal_id (int | Unset):
        """

        from . import git_credentials_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            credential_id=credential_id,
            principal_id=principal_id,
        )
        return result

    @overload
    async def update(
        self,
        credential_id: int,
        *,
        body: GitCredentialsUpdateRequest,
    ) -> Empty: ...

    @overload
    async def update(
        self,
        credential_id: int,
        git_provider: str,
        *,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def update(
        self,
        credential_id: int,
        git_provider: str | Unset = UNSET,
        *,
        body: GitCredentialsUpdateRequest | Unset = UNSET,
        git_username: str | Unset = UNSET,
        git_email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        is_default_for_provider: bool | Unset = UNSET,
        personal_access_token: str | Unset = UNSET,
        principal_id: int | Unset = UNSET,
    ) -> Empty:
        """Update a Git credential

        Replaces the credential's provider, user name, e-mail, name and token with the given values
        (`git_provider` is required; fields left out are cleared, a token left out is kept). Changing the
        provider to one the caller already has another credential for → `RESOURCE_ALREADY_EXISTS`. Unknown id
        → `RESOURCE_DOES_NOT_EXIST`; unknown provider → `INVALID_PARAMETER_VALUE`.


        Args:
            credential_id (int):
            git_provider (str): Git provider of a repository (Repos, Jobs git_source): gitHub, bitbucketCloud,
                gitLab, azureDevOpsServices,
                gitHubEnterprise, bitbucketServer, gitLabEnterpriseEdition or awsCodeCommit, compared case-
                insensitively.
            git_username (str | Unset): User name at the Git provider: sets the committer and author names;
                required for AWS CodeCommit.
            git_email (str | Unset): E-mail of the Git provider account (committer and author identity; most
                providers).
            name (str | Unset): A name for the credential, to tell several apart.
            is_default_for_provider (bool | Unset): Whether this is the caller's default credential for the
                provider.
            personal_access_token (str | Unset): The Git provider's personal access token (write-only; never
                returned).
            principal_id (int | Unset): Id of a service principal to act for (only its managers may).
            body (GitCredentialsUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.git_credentials_update_request import GitCredentialsUpdateRequest

        body = request_body(
            GitCredentialsUpdateRequest,
            body,
            {
                "git_provider": ("git_provider", git_provider),
                "git_username": ("git_username", git_username),
                "git_email": ("git_email", git_email),
                "name": ("name", name),
                "is_default_for_provider": ("is_default_for_provider", is_default_for_provider),
                "personal_access_token": ("personal_access_token", personal_access_token),
                "principal_id": ("principal_id", principal_id),
            },
            "AsyncGitCredentialsService.update",
            True,
        )

        from . import git_credentials_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            credential_id=credential_id,
            body=body,
        )
        return result


__all__ = ("GitCredentialsService", "AsyncGitCredentialsService")
