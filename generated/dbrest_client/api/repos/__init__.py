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
    from ...models.repo_info import RepoInfo
    from ...models.repos_create_request import ReposCreateRequest
    from ...models.repos_list_response import ReposListResponse
    from ...models.repos_update_request import ReposUpdateRequest
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class ReposService:
    """The repos operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        path_prefix: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
    ) -> ReposListResponse:
        """List repos"""
        from . import repos_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                path_prefix=path_prefix,
                next_page_token=next_page_token,
            )
        )

    def create(
        self,
        *,
        body: ReposCreateRequest,
    ) -> RepoInfo:
        """Create a repo"""
        from . import repos_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        repo_id: int,
    ) -> RepoInfo:
        """Get a repo"""
        from . import repos_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                repo_id=repo_id,
            )
        )

    def delete(
        self,
        repo_id: int,
    ) -> Empty:
        """Delete a repo"""
        from . import repos_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                repo_id=repo_id,
            )
        )

    def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest,
    ) -> Empty:
        """Check out a branch or tag, or change the sparse checkout"""
        from . import repos_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                repo_id=repo_id,
                body=body,
            )
        )


class AsyncReposService:
    """The repos operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        path_prefix: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
    ) -> ReposListResponse:
        """List repos"""
        from . import repos_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                path_prefix=path_prefix,
                next_page_token=next_page_token,
            )
        )

    async def create(
        self,
        *,
        body: ReposCreateRequest,
    ) -> RepoInfo:
        """Create a repo"""
        from . import repos_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        repo_id: int,
    ) -> RepoInfo:
        """Get a repo"""
        from . import repos_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                repo_id=repo_id,
            )
        )

    async def delete(
        self,
        repo_id: int,
    ) -> Empty:
        """Delete a repo"""
        from . import repos_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                repo_id=repo_id,
            )
        )

    async def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest,
    ) -> Empty:
        """Check out a branch or tag, or change the sparse checkout"""
        from . import repos_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                repo_id=repo_id,
                body=body,
            )
        )


__all__ = ("ReposService", "AsyncReposService")
