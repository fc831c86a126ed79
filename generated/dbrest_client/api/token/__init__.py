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
    from ...models.token_create_request import TokenCreateRequest
    from ...models.token_create_response import TokenCreateResponse
    from ...models.token_delete_request import TokenDeleteRequest
    from ...models.token_list_response import TokenListResponse
    from ...models.token_update_request import TokenUpdateRequest
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class TokenService:
    """The token operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: TokenCreateRequest,
    ) -> TokenCreateResponse:
        """Create a personal access token"""
        from . import token_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: TokenDeleteRequest,
    ) -> Empty:
        """Revoke a token"""
        from . import token_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def list(
        self,
    ) -> TokenListResponse:
        """List the caller's tokens"""
        from . import token_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def update(
        self,
        token_id: str,
        *,
        body: TokenUpdateRequest,
    ) -> Empty:
        """Update one of the caller's tokens"""
        from . import token_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                token_id=token_id,
                body=body,
            )
        )


class AsyncTokenService:
    """The token operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: TokenCreateRequest,
    ) -> TokenCreateResponse:
        """Create a personal access token"""
        from . import token_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: TokenDeleteRequest,
    ) -> Empty:
        """Revoke a token"""
        from . import token_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def list(
        self,
    ) -> TokenListResponse:
        """List the caller's tokens"""
        from . import token_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def update(
        self,
        token_id: str,
        *,
        body: TokenUpdateRequest,
    ) -> Empty:
        """Update one of the caller's tokens"""
        from . import token_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                token_id=token_id,
                body=body,
            )
        )


__all__ = ("TokenService", "AsyncTokenService")
