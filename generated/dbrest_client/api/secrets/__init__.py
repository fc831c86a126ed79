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
    from ...models.secrets_acl_item import SecretsAclItem
    from ...models.secrets_acl_request import SecretsAclRequest
    from ...models.secrets_acls_list_response import SecretsAclsListResponse
    from ...models.secrets_acls_put_request import SecretsAclsPutRequest
    from ...models.secrets_get_response import SecretsGetResponse
    from ...models.secrets_key_request import SecretsKeyRequest
    from ...models.secrets_list_response import SecretsListResponse
    from ...models.secrets_put_request import SecretsPutRequest
    from ...models.secrets_scope_request import SecretsScopeRequest
    from ...models.secrets_scopes_create_request import SecretsScopesCreateRequest
    from ...models.secrets_scopes_list_response import SecretsScopesListResponse
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class SecretsService:
    """The secrets operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def acls_delete(
        self,
        *,
        body: SecretsAclRequest,
    ) -> Empty:
        """Delete a scope ACL"""
        from . import secrets_acls_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def acls_get(
        self,
        *,
        scope: str,
        principal: str,
    ) -> SecretsAclItem:
        """Get a scope ACL"""
        from . import secrets_acls_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                scope=scope,
                principal=principal,
            )
        )

    def acls_list(
        self,
        *,
        scope: str,
    ) -> SecretsAclsListResponse:
        """List the ACLs of a scope"""
        from . import secrets_acls_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                scope=scope,
            )
        )

    def acls_put(
        self,
        *,
        body: SecretsAclsPutRequest,
    ) -> Empty:
        """Create or overwrite a scope ACL"""
        from . import secrets_acls_put as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: SecretsKeyRequest,
    ) -> Empty:
        """Delete a secret"""
        from . import secrets_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        *,
        scope: str,
        key: str,
    ) -> SecretsGetResponse:
        """Read a secret's value"""
        from . import secrets_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                scope=scope,
                key=key,
            )
        )

    def list(
        self,
        *,
        scope: str,
    ) -> SecretsListResponse:
        """List the secrets of a scope"""
        from . import secrets_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                scope=scope,
            )
        )

    def put(
        self,
        *,
        body: SecretsPutRequest,
    ) -> Empty:
        """Put a secret"""
        from . import secrets_put as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def scopes_create(
        self,
        *,
        body: SecretsScopesCreateRequest,
    ) -> Empty:
        """Create a secret scope"""
        from . import secrets_scopes_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def scopes_delete(
        self,
        *,
        body: SecretsScopeRequest,
    ) -> Empty:
        """Delete a secret scope"""
        from . import secrets_scopes_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def scopes_list(
        self,
    ) -> SecretsScopesListResponse:
        """List secret scopes"""
        from . import secrets_scopes_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )


class AsyncSecretsService:
    """The secrets operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def acls_delete(
        self,
        *,
        body: SecretsAclRequest,
    ) -> Empty:
        """Delete a scope ACL"""
        from . import secrets_acls_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def acls_get(
        self,
        *,
        scope: str,
        principal: str,
    ) -> SecretsAclItem:
        """Get a scope ACL"""
        from . import secrets_acls_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                scope=scope,
                principal=principal,
            )
        )

    async def acls_list(
        self,
        *,
        scope: str,
    ) -> SecretsAclsListResponse:
        """List the ACLs of a scope"""
        from . import secrets_acls_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                scope=scope,
            )
        )

    async def acls_put(
        self,
        *,
        body: SecretsAclsPutRequest,
    ) -> Empty:
        """Create or overwrite a scope ACL"""
        from . import secrets_acls_put as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: SecretsKeyRequest,
    ) -> Empty:
        """Delete a secret"""
        from . import secrets_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        *,
        scope: str,
        key: str,
    ) -> SecretsGetResponse:
        """Read a secret's value"""
        from . import secrets_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                scope=scope,
                key=key,
            )
        )

    async def list(
        self,
        *,
        scope: str,
    ) -> SecretsListResponse:
        """List the secrets of a scope"""
        from . import secrets_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                scope=scope,
            )
        )

    async def put(
        self,
        *,
        body: SecretsPutRequest,
    ) -> Empty:
        """Put a secret"""
        from . import secrets_put as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def scopes_create(
        self,
        *,
        body: SecretsScopesCreateRequest,
    ) -> Empty:
        """Create a secret scope"""
        from . import secrets_scopes_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def scopes_delete(
        self,
        *,
        body: SecretsScopeRequest,
    ) -> Empty:
        """Delete a secret scope"""
        from . import secrets_scopes_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def scopes_list(
        self,
    ) -> SecretsScopesListResponse:
        """List secret scopes"""
        from . import secrets_scopes_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )


__all__ = ("SecretsService", "AsyncSecretsService")
