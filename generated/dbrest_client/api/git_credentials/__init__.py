"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ...client import AuthenticatedClient
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.git_credential_info import GitCredentialInfo
    from ...models.git_credentials_create_request import GitCredentialsCreateRequest
    from ...models.git_credentials_list_response import GitCredentialsListResponse
    from ...models.git_credentials_update_request import GitCredentialsUpdateRequest
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class GitCredentialsService:
    """The git_credentials operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialsListResponse:
        """List the caller's Git credentials"""
        from . import git_credentials_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                principal_id=principal_id,
            )
        )

    def create(
        self,
        *,
        body: GitCredentialsCreateRequest,
    ) -> GitCredentialInfo:
        """Create a Git credential"""
        from . import git_credentials_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo:
        """Get a Git credential"""
        from . import git_credentials_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                credential_id=credential_id,
                principal_id=principal_id,
            )
        )

    def delete(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> Empty:
        """Delete a Git credential"""
        from . import git_credentials_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                credential_id=credential_id,
                principal_id=principal_id,
            )
        )

    def update(
        self,
        credential_id: int,
        *,
        body: GitCredentialsUpdateRequest,
    ) -> Empty:
        """Update a Git credential"""
        from . import git_credentials_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                credential_id=credential_id,
                body=body,
            )
        )


class AsyncGitCredentialsService:
    """The git_credentials operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialsListResponse:
        """List the caller's Git credentials"""
        from . import git_credentials_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                principal_id=principal_id,
            )
        )

    async def create(
        self,
        *,
        body: GitCredentialsCreateRequest,
    ) -> GitCredentialInfo:
        """Create a Git credential"""
        from . import git_credentials_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> GitCredentialInfo:
        """Get a Git credential"""
        from . import git_credentials_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                credential_id=credential_id,
                principal_id=principal_id,
            )
        )

    async def delete(
        self,
        credential_id: int,
        *,
        principal_id: int | Unset = UNSET,
    ) -> Empty:
        """Delete a Git credential"""
        from . import git_credentials_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                credential_id=credential_id,
                principal_id=principal_id,
            )
        )

    async def update(
        self,
        credential_id: int,
        *,
        body: GitCredentialsUpdateRequest,
    ) -> Empty:
        """Update a Git credential"""
        from . import git_credentials_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                credential_id=credential_id,
                body=body,
            )
        )


__all__ = ("GitCredentialsService", "AsyncGitCredentialsService")
