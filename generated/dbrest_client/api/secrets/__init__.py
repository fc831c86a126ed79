"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

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


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op._parse_response(client=client, response=response)
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

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def acls_get(
        self,
        *,
        scope: str,
        principal: str,
    ) -> SecretsAclItem:
        """Get a scope ACL"""
        from . import secrets_acls_get as _op

        result: SecretsAclItem = _call(
            self._client,
            _op,
            (),
            scope=scope,
            principal=principal,
        )
        return result

    def acls_list(
        self,
        *,
        scope: str,
    ) -> SecretsAclsListResponse:
        """List the ACLs of a scope"""
        from . import secrets_acls_list as _op

        result: SecretsAclsListResponse = _call(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    def acls_put(
        self,
        *,
        body: SecretsAclsPutRequest,
    ) -> Empty:
        """Create or overwrite a scope ACL"""
        from . import secrets_acls_put as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def delete(
        self,
        *,
        body: SecretsKeyRequest,
    ) -> Empty:
        """Delete a secret"""
        from . import secrets_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def get(
        self,
        *,
        scope: str,
        key: str,
    ) -> SecretsGetResponse:
        """Read a secret's value"""
        from . import secrets_get as _op

        result: SecretsGetResponse = _call(
            self._client,
            _op,
            (),
            scope=scope,
            key=key,
        )
        return result

    def list(
        self,
        *,
        scope: str,
    ) -> SecretsListResponse:
        """List the secrets of a scope"""
        from . import secrets_list as _op

        result: SecretsListResponse = _call(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    def put(
        self,
        *,
        body: SecretsPutRequest,
    ) -> Empty:
        """Put a secret"""
        from . import secrets_put as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def scopes_create(
        self,
        *,
        body: SecretsScopesCreateRequest,
    ) -> Empty:
        """Create a secret scope"""
        from . import secrets_scopes_create as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def scopes_delete(
        self,
        *,
        body: SecretsScopeRequest,
    ) -> Empty:
        """Delete a secret scope"""
        from . import secrets_scopes_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def scopes_list(
        self,
    ) -> SecretsScopesListResponse:
        """List secret scopes"""
        from . import secrets_scopes_list as _op

        result: SecretsScopesListResponse = _call(
            self._client,
            _op,
            (),
        )
        return result


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

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def acls_get(
        self,
        *,
        scope: str,
        principal: str,
    ) -> SecretsAclItem:
        """Get a scope ACL"""
        from . import secrets_acls_get as _op

        result: SecretsAclItem = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
            principal=principal,
        )
        return result

    async def acls_list(
        self,
        *,
        scope: str,
    ) -> SecretsAclsListResponse:
        """List the ACLs of a scope"""
        from . import secrets_acls_list as _op

        result: SecretsAclsListResponse = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    async def acls_put(
        self,
        *,
        body: SecretsAclsPutRequest,
    ) -> Empty:
        """Create or overwrite a scope ACL"""
        from . import secrets_acls_put as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def delete(
        self,
        *,
        body: SecretsKeyRequest,
    ) -> Empty:
        """Delete a secret"""
        from . import secrets_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def get(
        self,
        *,
        scope: str,
        key: str,
    ) -> SecretsGetResponse:
        """Read a secret's value"""
        from . import secrets_get as _op

        result: SecretsGetResponse = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
            key=key,
        )
        return result

    async def list(
        self,
        *,
        scope: str,
    ) -> SecretsListResponse:
        """List the secrets of a scope"""
        from . import secrets_list as _op

        result: SecretsListResponse = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    async def put(
        self,
        *,
        body: SecretsPutRequest,
    ) -> Empty:
        """Put a secret"""
        from . import secrets_put as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def scopes_create(
        self,
        *,
        body: SecretsScopesCreateRequest,
    ) -> Empty:
        """Create a secret scope"""
        from . import secrets_scopes_create as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def scopes_delete(
        self,
        *,
        body: SecretsScopeRequest,
    ) -> Empty:
        """Delete a secret scope"""
        from . import secrets_scopes_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def scopes_list(
        self,
    ) -> SecretsScopesListResponse:
        """List secret scopes"""
        from . import secrets_scopes_list as _op

        result: SecretsScopesListResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result


__all__ = ("SecretsService", "AsyncSecretsService")
