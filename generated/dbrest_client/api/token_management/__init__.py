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
    from ...models.token_management_create_obo_request import TokenManagementCreateOboRequest
    from ...models.token_management_create_obo_response import TokenManagementCreateOboResponse
    from ...models.token_management_get_response import TokenManagementGetResponse
    from ...models.token_management_list_response import TokenManagementListResponse
    from ...models.token_management_token_info import TokenManagementTokenInfo
    from ...models.token_management_update_request import TokenManagementUpdateRequest
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class TokenManagementService:
    """The token_management operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create_obo_token(
        self,
        *,
        body: TokenManagementCreateOboRequest,
    ) -> TokenManagementCreateOboResponse:
        """Create a token on behalf of a service principal"""
        from . import token_management_create_obo_token as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def list(
        self,
        *,
        created_by_id: int | Unset = UNSET,
        created_by_username: str | Unset = UNSET,
    ) -> TokenManagementListResponse:
        """List all tokens of the workspace"""
        from . import token_management_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                created_by_id=created_by_id,
                created_by_username=created_by_username,
            )
        )

    def get(
        self,
        token_id: str,
    ) -> TokenManagementGetResponse:
        """Get a token's metadata"""
        from . import token_management_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                token_id=token_id,
            )
        )

    def delete(
        self,
        token_id: str,
    ) -> Empty:
        """Revoke any token"""
        from . import token_management_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                token_id=token_id,
            )
        )

    def update(
        self,
        token_id: str,
        *,
        body: TokenManagementUpdateRequest,
    ) -> TokenManagementTokenInfo:
        """Update any token"""
        from . import token_management_update as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                token_id=token_id,
                body=body,
            )
        )


class AsyncTokenManagementService:
    """The token_management operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create_obo_token(
        self,
        *,
        body: TokenManagementCreateOboRequest,
    ) -> TokenManagementCreateOboResponse:
        """Create a token on behalf of a service principal"""
        from . import token_management_create_obo_token as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def list(
        self,
        *,
        created_by_id: int | Unset = UNSET,
        created_by_username: str | Unset = UNSET,
    ) -> TokenManagementListResponse:
        """List all tokens of the workspace"""
        from . import token_management_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                created_by_id=created_by_id,
                created_by_username=created_by_username,
            )
        )

    async def get(
        self,
        token_id: str,
    ) -> TokenManagementGetResponse:
        """Get a token's metadata"""
        from . import token_management_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                token_id=token_id,
            )
        )

    async def delete(
        self,
        token_id: str,
    ) -> Empty:
        """Revoke any token"""
        from . import token_management_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                token_id=token_id,
            )
        )

    async def update(
        self,
        token_id: str,
        *,
        body: TokenManagementUpdateRequest,
    ) -> TokenManagementTokenInfo:
        """Update any token"""
        from . import token_management_update as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                token_id=token_id,
                body=body,
            )
        )


__all__ = ("TokenManagementService", "AsyncTokenManagementService")
