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
    from ...models.secrets_acl_item import SecretsAclItem
    from ...models.secrets_acl_request import SecretsAclRequest
    from ...models.secrets_acls_list_response import SecretsAclsListResponse
    from ...models.secrets_acls_put_request import SecretsAclsPutRequest
    from ...models.secrets_azure_key_vault_metadata import SecretsAzureKeyVaultMetadata
    from ...models.secrets_backend_type import SecretsBackendType
    from ...models.secrets_get_response import SecretsGetResponse
    from ...models.secrets_key_request import SecretsKeyRequest
    from ...models.secrets_list_response import SecretsListResponse
    from ...models.secrets_permission import SecretsPermission
    from ...models.secrets_put_request import SecretsPutRequest
    from ...models.secrets_scope_request import SecretsScopeRequest
    from ...models.secrets_scopes_create_request import SecretsScopesCreateRequest
    from ...models.secrets_scopes_create_request_initial_manage_principal import (
        SecretsScopesCreateRequestInitialManagePrincipal,
    )
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


class SecretsService:
    """The secrets operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def acls_delete(
        self,
        *,
        body: SecretsAclRequest,
    ) -> Empty: ...

    @overload
    def acls_delete(
        self,
        scope: str,
        principal: str,
    ) -> Empty: ...

    @keyword_call
    def acls_delete(
        self,
        scope: str | Unset = UNSET,
        principal: str | Unset = UNSET,
        *,
        body: SecretsAclRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a scope ACL

        Removes the principal's permission on the scope. Unknown scope or no ACL for the principal →
        `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or principal
        → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str): Name of the secret scope.
            principal (str): User name, group name or service principal application id.
            body (SecretsAclRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_acl_request import SecretsAclRequest

        body = request_body(
            SecretsAclRequest,
            body,
            {
                "scope": ("scope", scope),
                "principal": ("principal", principal),
            },
            "SecretsService.acls_delete",
            True,
        )

        from . import secrets_acls_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def acls_get(
        self,
        scope: str,
        principal: str,
    ) -> SecretsAclItem:
        """Get a scope ACL

        Returns the principal's permission on the scope. Unknown scope or no ACL for the principal →
        `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or principal
        → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str):
            principal (str):
        """

        from . import secrets_acls_get as _op

        result: SecretsAclItem = _call(
            self._client,
            _op,
            (),
            scope=scope,
            principal=principal,
        )
        return result

    @keyword_call
    def acls_list(
        self,
        scope: str,
    ) -> SecretsAclsListResponse:
        """List the ACLs of a scope

        Lists the scope's ACLs (principal and permission). Not paginated. Unknown scope →
        `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope →
        `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str):
        """

        from . import secrets_acls_list as _op

        result: SecretsAclsListResponse = _call(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    @overload
    def acls_put(
        self,
        *,
        body: SecretsAclsPutRequest,
    ) -> Empty: ...

    @overload
    def acls_put(
        self,
        scope: str,
        principal: str,
        permission: SecretsPermission | str,
    ) -> Empty: ...

    @keyword_call
    def acls_put(
        self,
        scope: str | Unset = UNSET,
        principal: str | Unset = UNSET,
        permission: SecretsPermission | str | Unset = UNSET,
        *,
        body: SecretsAclsPutRequest | Unset = UNSET,
    ) -> Empty:
        """Create or overwrite a scope ACL

        Gives `principal` (a user name, group name or service principal application id) the `permission` READ,
        WRITE or MANAGE on the scope, replacing the principal's previous permission on it (the 2020 docs also
        list `RESOURCE_ALREADY_EXISTS` for an existing permission; the service overwrites it). Unknown scope →
        `RESOURCE_DOES_NOT_EXIST`; unknown principal or invalid permission → `INVALID_PARAMETER_VALUE`; the
        caller needs MANAGE (`PERMISSION_DENIED`). Requires the Premium plan.


        Args:
            scope (str): Name of the secret scope.
            principal (str): User name, group name or service principal application id.
            permission (SecretsPermission): READ: read secrets and list keys; WRITE: also put and delete
                secrets; MANAGE: also change ACLs and
                delete the scope.
            body (SecretsAclsPutRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_acls_put_request import SecretsAclsPutRequest

        body = request_body(
            SecretsAclsPutRequest,
            body,
            {
                "scope": ("scope", scope),
                "principal": ("principal", principal),
                "permission": ("permission", permission),
            },
            "SecretsService.acls_put",
            True,
        )

        from . import secrets_acls_put as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def delete(
        self,
        *,
        body: SecretsKeyRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        scope: str,
        key: str,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        scope: str | Unset = UNSET,
        key: str | Unset = UNSET,
        *,
        body: SecretsKeyRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a secret

        Deletes the secret stored under `key` in the scope. Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`;
        the caller needs WRITE or MANAGE (`PERMISSION_DENIED`); an Azure Key Vault-backed scope is read-only
        (`BAD_REQUEST`).


        Args:
            scope (str): Name of the secret scope.
            key (str): Key of the secret.
            body (SecretsKeyRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_key_request import SecretsKeyRequest

        body = request_body(
            SecretsKeyRequest,
            body,
            {
                "scope": ("scope", scope),
                "key": ("key", key),
            },
            "SecretsService.delete",
            True,
        )

        from . import secrets_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        scope: str,
        key: str,
    ) -> SecretsGetResponse:
        """Read a secret's value

        Returns the value of the secret `key` in `scope`, base64-encoded (the bytes as stored: UTF-8 of a
        `string_value`, or the decoded `bytes_value`). The caller needs READ on the scope (`PERMISSION_DENIED`).
        Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`. Databricks documents the call as the one DBUtils
        uses (databricks-sdk 0.162.0 `SecretsAPI.get_secret`); some deployments answer `BAD_REQUEST` when a
        non-admin calls it outside a notebook.


        Args:
            scope (str):
            key (str):
        """

        from . import secrets_get as _op

        result: SecretsGetResponse = _call(
            self._client,
            _op,
            (),
            scope=scope,
            key=key,
        )
        return result

    @keyword_call
    def list(
        self,
        scope: str,
    ) -> SecretsListResponse:
        """List the secrets of a scope

        Lists the keys of the scope's secrets with their last update time (epoch ms); values are never
        returned. Not paginated. An empty scope → `{}`. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the caller
        needs READ (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str):
        """

        from . import secrets_list as _op

        result: SecretsListResponse = _call(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    @overload
    def put(
        self,
        *,
        body: SecretsPutRequest,
    ) -> Empty: ...

    @overload
    def put(
        self,
        scope: str,
        key: str,
        *,
        string_value: str | Unset = UNSET,
        bytes_value: str | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def put(
        self,
        scope: str | Unset = UNSET,
        key: str | Unset = UNSET,
        *,
        body: SecretsPutRequest | Unset = UNSET,
        string_value: str | Unset = UNSET,
        bytes_value: str | Unset = UNSET,
    ) -> Empty:
        """Put a secret

        Stores a secret under `key` in the scope, overwriting a secret with the same key. Exactly one of
        `string_value` (stored as UTF-8) and `bytes_value` (base64; stored as bytes) must be given
        (`MALFORMED_REQUEST` otherwise). The value may be at most 128 KB (131072 bytes) and the key at most 128
        characters from [A-Za-z0-9-_.] (`INVALID_PARAMETER_VALUE`). A scope holds at most 1000 secrets
        (`RESOURCE_LIMIT_EXCEEDED`). Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the caller needs WRITE or
        MANAGE (`PERMISSION_DENIED`); an Azure Key Vault-backed scope is read-only (`BAD_REQUEST`).


        Args:
            scope (str): Name of the secret scope.
            key (str): A scope or key name of 1–128 characters from [A-Za-z0-9-_.].
            string_value (str | Unset): The value, stored as UTF-8; at most 128 KB (131072 bytes) once encoded.
            bytes_value (str | Unset): The value as base64, stored as bytes; at most 128 KB (131072 bytes) once
                decoded.
            body (SecretsPutRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_put_request import SecretsPutRequest

        body = request_body(
            SecretsPutRequest,
            body,
            {
                "scope": ("scope", scope),
                "key": ("key", key),
                "string_value": ("string_value", string_value),
                "bytes_value": ("bytes_value", bytes_value),
            },
            "SecretsService.put",
            True,
        )

        from . import secrets_put as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def scopes_create(
        self,
        *,
        body: SecretsScopesCreateRequest,
    ) -> Empty: ...

    @overload
    def scopes_create(
        self,
        scope: str,
        *,
        initial_manage_principal: SecretsScopesCreateRequestInitialManagePrincipal | str | Unset = UNSET,
        scope_backend_type: SecretsBackendType | str | Unset = UNSET,
        backend_azure_keyvault: SecretsAzureKeyVaultMetadata | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def scopes_create(
        self,
        scope: str | Unset = UNSET,
        *,
        body: SecretsScopesCreateRequest | Unset = UNSET,
        initial_manage_principal: SecretsScopesCreateRequestInitialManagePrincipal | str | Unset = UNSET,
        scope_backend_type: SecretsBackendType | str | Unset = UNSET,
        backend_azure_keyvault: SecretsAzureKeyVaultMetadata | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty:
        """Create a secret scope

        Creates a secret scope. The name must be unique in the workspace, consist of alphanumeric characters,
        dashes, underscores and periods and be at most 128 characters long (`INVALID_PARAMETER_VALUE`
        otherwise). An existing name gives `RESOURCE_ALREADY_EXISTS`; more than 100 scopes in the workspace give
        `RESOURCE_LIMIT_EXCEEDED`.

        Initial ACL: without `initial_manage_principal` the caller gets MANAGE on the scope; the only accepted
        value is `users` (the group of all workspace users), which then gets MANAGE instead. Other values give
        `INVALID_PARAMETER_VALUE`.

        `scope_backend_type` is DATABRICKS (default) or AZURE_KEYVAULT; an Azure Key Vault-backed scope needs
        `backend_azure_keyvault` (the vault's resource id and DNS name), must be created with an Azure AD token
        (not a PAT) and is read-only through this API: its secrets are managed in Azure Key Vault.


        Args:
            scope (str): A scope or key name of 1–128 characters from [A-Za-z0-9-_.].
            initial_manage_principal (SecretsScopesCreateRequestInitialManagePrincipal | Unset): The principal
                that gets MANAGE on the new scope; only `users` (every workspace user) is supported.
                Absent: the caller.
            scope_backend_type (SecretsBackendType | Unset): Where the scope's secrets are stored.
            backend_azure_keyvault (SecretsAzureKeyVaultMetadata | Unset): The key vault of an AZURE_KEYVAULT
                scope (required for that backend type).
            body (SecretsScopesCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_scopes_create_request import SecretsScopesCreateRequest

        body = request_body(
            SecretsScopesCreateRequest,
            body,
            {
                "scope": ("scope", scope),
                "initial_manage_principal": ("initial_manage_principal", initial_manage_principal),
                "scope_backend_type": ("scope_backend_type", scope_backend_type),
                "backend_azure_keyvault": ("backend_azure_keyvault", backend_azure_keyvault),
            },
            "SecretsService.scopes_create",
            True,
        )

        from . import secrets_scopes_create as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def scopes_delete(
        self,
        *,
        body: SecretsScopeRequest,
    ) -> Empty: ...

    @overload
    def scopes_delete(
        self,
        scope: str,
    ) -> Empty: ...

    @keyword_call
    def scopes_delete(
        self,
        scope: str | Unset = UNSET,
        *,
        body: SecretsScopeRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a secret scope

        Deletes the scope with its secrets and ACLs. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the caller needs
        MANAGE on the scope (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str): Name of the secret scope.
            body (SecretsScopeRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_scope_request import SecretsScopeRequest

        body = request_body(
            SecretsScopeRequest,
            body,
            {
                "scope": ("scope", scope),
            },
            "SecretsService.scopes_delete",
            True,
        )

        from . import secrets_scopes_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def scopes_list(
        self,
    ) -> SecretsScopesListResponse:
        """List secret scopes

        Lists every secret scope of the workspace with its backend type (and the Key Vault metadata of Azure Key
        Vault-backed scopes). Not paginated. No scopes → `{}`. No errors of its own beyond the common ones;
        the documented one is `PERMISSION_DENIED`.

        """

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

    @overload
    async def acls_delete(
        self,
        *,
        body: SecretsAclRequest,
    ) -> Empty: ...

    @overload
    async def acls_delete(
        self,
        scope: str,
        principal: str,
    ) -> Empty: ...

    @async_keyword_call
    async def acls_delete(
        self,
        scope: str | Unset = UNSET,
        principal: str | Unset = UNSET,
        *,
        body: SecretsAclRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a scope ACL

        Removes the principal's permission on the scope. Unknown scope or no ACL for the principal →
        `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or principal
        → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str): Name of the secret scope.
            principal (str): User name, group name or service principal application id.
            body (SecretsAclRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_acl_request import SecretsAclRequest

        body = request_body(
            SecretsAclRequest,
            body,
            {
                "scope": ("scope", scope),
                "principal": ("principal", principal),
            },
            "AsyncSecretsService.acls_delete",
            True,
        )

        from . import secrets_acls_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def acls_get(
        self,
        scope: str,
        principal: str,
    ) -> SecretsAclItem:
        """Get a scope ACL

        Returns the principal's permission on the scope. Unknown scope or no ACL for the principal →
        `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope or principal
        → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str):
            principal (str):
        """

        from . import secrets_acls_get as _op

        result: SecretsAclItem = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
            principal=principal,
        )
        return result

    @async_keyword_call
    async def acls_list(
        self,
        scope: str,
    ) -> SecretsAclsListResponse:
        """List the ACLs of a scope

        Lists the scope's ACLs (principal and permission). Not paginated. Unknown scope →
        `RESOURCE_DOES_NOT_EXIST`; the caller needs MANAGE (`PERMISSION_DENIED`). An empty scope →
        `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str):
        """

        from . import secrets_acls_list as _op

        result: SecretsAclsListResponse = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    @overload
    async def acls_put(
        self,
        *,
        body: SecretsAclsPutRequest,
    ) -> Empty: ...

    @overload
    async def acls_put(
        self,
        scope: str,
        principal: str,
        permission: SecretsPermission | str,
    ) -> Empty: ...

    @async_keyword_call
    async def acls_put(
        self,
        scope: str | Unset = UNSET,
        principal: str | Unset = UNSET,
        permission: SecretsPermission | str | Unset = UNSET,
        *,
        body: SecretsAclsPutRequest | Unset = UNSET,
    ) -> Empty:
        """Create or overwrite a scope ACL

        Gives `principal` (a user name, group name or service principal application id) the `permission` READ,
        WRITE or MANAGE on the scope, replacing the principal's previous permission on it (the 2020 docs also
        list `RESOURCE_ALREADY_EXISTS` for an existing permission; the service overwrites it). Unknown scope →
        `RESOURCE_DOES_NOT_EXIST`; unknown principal or invalid permission → `INVALID_PARAMETER_VALUE`; the
        caller needs MANAGE (`PERMISSION_DENIED`). Requires the Premium plan.


        Args:
            scope (str): Name of the secret scope.
            principal (str): User name, group name or service principal application id.
            permission (SecretsPermission): READ: read secrets and list keys; WRITE: also put and delete
                secrets; MANAGE: also change ACLs and
                delete the scope.
            body (SecretsAclsPutRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_acls_put_request import SecretsAclsPutRequest

        body = request_body(
            SecretsAclsPutRequest,
            body,
            {
                "scope": ("scope", scope),
                "principal": ("principal", principal),
                "permission": ("permission", permission),
            },
            "AsyncSecretsService.acls_put",
            True,
        )

        from . import secrets_acls_put as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def delete(
        self,
        *,
        body: SecretsKeyRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        scope: str,
        key: str,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        scope: str | Unset = UNSET,
        key: str | Unset = UNSET,
        *,
        body: SecretsKeyRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a secret

        Deletes the secret stored under `key` in the scope. Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`;
        the caller needs WRITE or MANAGE (`PERMISSION_DENIED`); an Azure Key Vault-backed scope is read-only
        (`BAD_REQUEST`).


        Args:
            scope (str): Name of the secret scope.
            key (str): Key of the secret.
            body (SecretsKeyRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_key_request import SecretsKeyRequest

        body = request_body(
            SecretsKeyRequest,
            body,
            {
                "scope": ("scope", scope),
                "key": ("key", key),
            },
            "AsyncSecretsService.delete",
            True,
        )

        from . import secrets_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        scope: str,
        key: str,
    ) -> SecretsGetResponse:
        """Read a secret's value

        Returns the value of the secret `key` in `scope`, base64-encoded (the bytes as stored: UTF-8 of a
        `string_value`, or the decoded `bytes_value`). The caller needs READ on the scope (`PERMISSION_DENIED`).
        Unknown scope or key → `RESOURCE_DOES_NOT_EXIST`. Databricks documents the call as the one DBUtils
        uses (databricks-sdk 0.162.0 `SecretsAPI.get_secret`); some deployments answer `BAD_REQUEST` when a
        non-admin calls it outside a notebook.


        Args:
            scope (str):
            key (str):
        """

        from . import secrets_get as _op

        result: SecretsGetResponse = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
            key=key,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        scope: str,
    ) -> SecretsListResponse:
        """List the secrets of a scope

        Lists the keys of the scope's secrets with their last update time (epoch ms); values are never
        returned. Not paginated. An empty scope → `{}`. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the caller
        needs READ (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str):
        """

        from . import secrets_list as _op

        result: SecretsListResponse = await _acall(
            self._client,
            _op,
            (),
            scope=scope,
        )
        return result

    @overload
    async def put(
        self,
        *,
        body: SecretsPutRequest,
    ) -> Empty: ...

    @overload
    async def put(
        self,
        scope: str,
        key: str,
        *,
        string_value: str | Unset = UNSET,
        bytes_value: str | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def put(
        self,
        scope: str | Unset = UNSET,
        key: str | Unset = UNSET,
        *,
        body: SecretsPutRequest | Unset = UNSET,
        string_value: str | Unset = UNSET,
        bytes_value: str | Unset = UNSET,
    ) -> Empty:
        """Put a secret

        Stores a secret under `key` in the scope, overwriting a secret with the same key. Exactly one of
        `string_value` (stored as UTF-8) and `bytes_value` (base64; stored as bytes) must be given
        (`MALFORMED_REQUEST` otherwise). The value may be at most 128 KB (131072 bytes) and the key at most 128
        characters from [A-Za-z0-9-_.] (`INVALID_PARAMETER_VALUE`). A scope holds at most 1000 secrets
        (`RESOURCE_LIMIT_EXCEEDED`). Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the caller needs WRITE or
        MANAGE (`PERMISSION_DENIED`); an Azure Key Vault-backed scope is read-only (`BAD_REQUEST`).


        Args:
            scope (str): Name of the secret scope.
            key (str): A scope or key name of 1–128 characters from [A-Za-z0-9-_.].
            string_value (str | Unset): The value, stored as UTF-8; at most 128 KB (131072 bytes) once encoded.
            bytes_value (str | Unset): The value as base64, stored as bytes; at most 128 KB (131072 bytes) once
                decoded.
            body (SecretsPutRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_put_request import SecretsPutRequest

        body = request_body(
            SecretsPutRequest,
            body,
            {
                "scope": ("scope", scope),
                "key": ("key", key),
                "string_value": ("string_value", string_value),
                "bytes_value": ("bytes_value", bytes_value),
            },
            "AsyncSecretsService.put",
            True,
        )

        from . import secrets_put as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def scopes_create(
        self,
        *,
        body: SecretsScopesCreateRequest,
    ) -> Empty: ...

    @overload
    async def scopes_create(
        self,
        scope: str,
        *,
        initial_manage_principal: SecretsScopesCreateRequestInitialManagePrincipal | str | Unset = UNSET,
        scope_backend_type: SecretsBackendType | str | Unset = UNSET,
        backend_azure_keyvault: SecretsAzureKeyVaultMetadata | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def scopes_create(
        self,
        scope: str | Unset = UNSET,
        *,
        body: SecretsScopesCreateRequest | Unset = UNSET,
        initial_manage_principal: SecretsScopesCreateRequestInitialManagePrincipal | str | Unset = UNSET,
        scope_backend_type: SecretsBackendType | str | Unset = UNSET,
        backend_azure_keyvault: SecretsAzureKeyVaultMetadata | Mapping[str, Any] | Unset = UNSET,
    ) -> Empty:
        """Create a secret scope

        Creates a secret scope. The name must be unique in the workspace, consist of alphanumeric characters,
        dashes, underscores and periods and be at most 128 characters long (`INVALID_PARAMETER_VALUE`
        otherwise). An existing name gives `RESOURCE_ALREADY_EXISTS`; more than 100 scopes in the workspace give
        `RESOURCE_LIMIT_EXCEEDED`.

        Initial ACL: without `initial_manage_principal` the caller gets MANAGE on the scope; the only accepted
        value is `users` (the group of all workspace users), which then gets MANAGE instead. Other values give
        `INVALID_PARAMETER_VALUE`.

        `scope_backend_type` is DATABRICKS (default) or AZURE_KEYVAULT; an Azure Key Vault-backed scope needs
        `backend_azure_keyvault` (the vault's resource id and DNS name), must be created with an Azure AD token
        (not a PAT) and is read-only through this API: its secrets are managed in Azure Key Vault.


        Args:
            scope (str): A scope or key name of 1–128 characters from [A-Za-z0-9-_.].
            initial_manage_principal (SecretsScopesCreateRequestInitialManagePrincipal | Unset): The principal
                that gets MANAGE on the new scope; only `users` (every workspace user) is supported.
                Absent: the caller.
            scope_backend_type (SecretsBackendType | Unset): Where the scope's secrets are stored.
            backend_azure_keyvault (SecretsAzureKeyVaultMetadata | Unset): The key vault of an AZURE_KEYVAULT
                scope (required for that backend type).
            body (SecretsScopesCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_scopes_create_request import SecretsScopesCreateRequest

        body = request_body(
            SecretsScopesCreateRequest,
            body,
            {
                "scope": ("scope", scope),
                "initial_manage_principal": ("initial_manage_principal", initial_manage_principal),
                "scope_backend_type": ("scope_backend_type", scope_backend_type),
                "backend_azure_keyvault": ("backend_azure_keyvault", backend_azure_keyvault),
            },
            "AsyncSecretsService.scopes_create",
            True,
        )

        from . import secrets_scopes_create as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def scopes_delete(
        self,
        *,
        body: SecretsScopeRequest,
    ) -> Empty: ...

    @overload
    async def scopes_delete(
        self,
        scope: str,
    ) -> Empty: ...

    @async_keyword_call
    async def scopes_delete(
        self,
        scope: str | Unset = UNSET,
        *,
        body: SecretsScopeRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a secret scope

        Deletes the scope with its secrets and ACLs. Unknown scope → `RESOURCE_DOES_NOT_EXIST`; the caller needs
        MANAGE on the scope (`PERMISSION_DENIED`). An empty scope → `INVALID_PARAMETER_VALUE`.


        Args:
            scope (str): Name of the secret scope.
            body (SecretsScopeRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.secrets_scope_request import SecretsScopeRequest

        body = request_body(
            SecretsScopeRequest,
            body,
            {
                "scope": ("scope", scope),
            },
            "AsyncSecretsService.scopes_delete",
            True,
        )

        from . import secrets_scopes_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def scopes_list(
        self,
    ) -> SecretsScopesListResponse:
        """List secret scopes

        Lists every secret scope of the workspace with its backend type (and the Key Vault metadata of Azure Key
        Vault-backed scopes). Not paginated. No scopes → `{}`. No errors of its own beyond the common ones;
        the documented one is `PERMISSION_DENIED`.

        """

        from . import secrets_scopes_list as _op

        result: SecretsScopesListResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result


__all__ = ("SecretsService", "AsyncSecretsService")
