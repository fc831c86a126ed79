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
    from ...models.token_management_create_obo_request import TokenManagementCreateOboRequest
    from ...models.token_management_create_obo_response import TokenManagementCreateOboResponse
    from ...models.token_management_get_response import TokenManagementGetResponse
    from ...models.token_management_list_response import TokenManagementListResponse
    from ...models.token_management_token_info import TokenManagementTokenInfo
    from ...models.token_management_update_request import TokenManagementUpdateRequest
    from ...models.token_management_update_request_token import TokenManagementUpdateRequestToken
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


class TokenManagementService:
    """The token_management operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def create_obo_token(
        self,
        *,
        body: TokenManagementCreateOboRequest,
    ) -> TokenManagementCreateOboResponse: ...

    @overload
    def create_obo_token(
        self,
        application_id: str,
        lifetime_seconds: int,
        *,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenManagementCreateOboResponse: ...

    @keyword_call
    def create_obo_token(
        self,
        application_id: str | Unset = UNSET,
        lifetime_seconds: int | Unset = UNSET,
        *,
        body: TokenManagementCreateOboRequest | Unset = UNSET,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenManagementCreateOboResponse:
        """Create a token on behalf of a service principal

        Creates a personal access token owned by the service principal with `application_id` (its Azure AD
        application id on Azure) and returns its value (shown only here) with its metadata; the caller is
        recorded as creator. A `lifetime_seconds` ≤ 0 means no expiry. Unknown service principal →
        `INVALID_PARAMETER_VALUE`; more than 600 unexpired tokens for the principal → `QUOTA_EXCEEDED`; tokens
        disabled (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; a lifetime above
        `maxTokenLifetimeDays` → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).


        Args:
            application_id (str): Application id of the service principal that will own the token.
            lifetime_seconds (int): Lifetime in seconds; ≤ 0 = no expiry, unless the workspace's
                maxTokenLifetimeDays requires a lifetime
                no longer than that. At most 10^15 seconds (the expiry time must fit in int64 epoch milliseconds).
            comment (str | Unset): Free-text comment.
            scopes (list[str] | Unset): API scopes of the token (later): the groups of APIs it may call, e.g.
                `all-apis`, `sql`,
                `unity-catalog`. Absent = every API the owner may call.
            autoscope_enabled (bool | Unset): Whether to enable autoscoping for this token (later): the token
                then collects the API path scopes
                it is used with (`inferred_scopes`; its `autoscope_state` tells how far that is).
            body (TokenManagementCreateOboRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_management_create_obo_request import TokenManagementCreateOboRequest

        body = request_body(
            TokenManagementCreateOboRequest,
            body,
            {
                "application_id": ("application_id", application_id),
                "lifetime_seconds": ("lifetime_seconds", lifetime_seconds),
                "comment": ("comment", comment),
                "scopes": ("scopes", scopes),
                "autoscope_enabled": ("autoscope_enabled", autoscope_enabled),
            },
            "TokenManagementService.create_obo_token",
            True,
        )

        from . import token_management_create_obo_token as _op

        result: TokenManagementCreateOboResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def list(
        self,
        *,
        created_by_id: int | Unset = UNSET,
        created_by_username: str | Unset = UNSET,
    ) -> TokenManagementListResponse:
        """List all tokens of the workspace

        Lists the valid (unexpired, not revoked) tokens of every user and service principal, optionally only
        those created by the user with `created_by_id` or `created_by_username` (both given: both must match).
        Not paginated. No tokens → `{}`. Admin only (`PERMISSION_DENIED`). A non-numeric `created_by_id` →
        `INVALID_PARAMETER_VALUE`.


        Args:
            created_by_id (int | Unset):
            created_by_username (str | Unset):
        """

        from . import token_management_list as _op

        result: TokenManagementListResponse = _call(
            self._client,
            _op,
            (),
            created_by_id=created_by_id,
            created_by_username=created_by_username,
        )
        return result

    @keyword_call
    def get(
        self,
        token_id: str,
    ) -> TokenManagementGetResponse:
        """Get a token's metadata

        Returns the metadata of any valid token of the workspace. Unknown, expired or revoked token →
        `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`).


        Args:
            token_id (str):
        """

        from . import token_management_get as _op

        result: TokenManagementGetResponse = _call(
            self._client,
            _op,
            (),
            token_id=token_id,
        )
        return result

    @keyword_call
    def delete(
        self,
        token_id: str,
    ) -> Empty:
        """Revoke any token

        Revokes any valid token of the workspace; it stops authenticating at once. Unknown, expired or revoked
        token → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`).


        Args:
            token_id (str):
        """

        from . import token_management_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            token_id=token_id,
        )
        return result

    @overload
    def update(
        self,
        token_id: str,
        *,
        body: TokenManagementUpdateRequest,
    ) -> TokenManagementTokenInfo: ...

    @overload
    def update(
        self,
        token_id: str,
        token: TokenManagementUpdateRequestToken | Mapping[str, Any],
        update_mask: str,
    ) -> TokenManagementTokenInfo: ...

    @keyword_call
    def update(
        self,
        token_id: str,
        token: TokenManagementUpdateRequestToken | Mapping[str, Any] | Unset = UNSET,
        update_mask: str | Unset = UNSET,
        *,
        body: TokenManagementUpdateRequest | Unset = UNSET,
    ) -> TokenManagementTokenInfo:
        """Update any token

        Changes the fields of any valid token of the workspace named by `update_mask` (comma-separated, no
        spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of `token`
        is cleared; any other field or an empty mask → `INVALID_PARAMETER_VALUE`. Answers the token's metadata
        as stored. Unknown, expired or revoked token → `RESOURCE_DOES_NOT_EXIST`. Admin only
        (`PERMISSION_DENIED`). databricks-sdk 0.162.0 `TokenManagementAPI.update_token_management`.


        Args:
            token_id (str):
            token (TokenManagementUpdateRequestToken): The new values of the fields named by `update_mask`
                (databricks-sdk 0.162.0 sends a whole
                `TokenInfo` here); the output-only fields may be sent back as read and are ignored.
            update_mask (str): Comma-separated field names (no spaces), e.g. `comment,scopes`; `*` = every
                updatable field.
            body (TokenManagementUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_management_update_request import TokenManagementUpdateRequest

        body = request_body(
            TokenManagementUpdateRequest,
            body,
            {
                "token": ("token", token),
                "update_mask": ("update_mask", update_mask),
            },
            "TokenManagementService.update",
            True,
        )

        from . import token_management_update as _op

        result: TokenManagementTokenInfo = _call(
            self._client,
            _op,
            (),
            token_id=token_id,
            body=body,
        )
        return result


class AsyncTokenManagementService:
    """The token_management operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def create_obo_token(
        self,
        *,
        body: TokenManagementCreateOboRequest,
    ) -> TokenManagementCreateOboResponse: ...

    @overload
    async def create_obo_token(
        self,
        application_id: str,
        lifetime_seconds: int,
        *,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenManagementCreateOboResponse: ...

    @async_keyword_call
    async def create_obo_token(
        self,
        application_id: str | Unset = UNSET,
        lifetime_seconds: int | Unset = UNSET,
        *,
        body: TokenManagementCreateOboRequest | Unset = UNSET,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenManagementCreateOboResponse:
        """Create a token on behalf of a service principal

        Creates a personal access token owned by the service principal with `application_id` (its Azure AD
        application id on Azure) and returns its value (shown only here) with its metadata; the caller is
        recorded as creator. A `lifetime_seconds` ≤ 0 means no expiry. Unknown service principal →
        `INVALID_PARAMETER_VALUE`; more than 600 unexpired tokens for the principal → `QUOTA_EXCEEDED`; tokens
        disabled (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; a lifetime above
        `maxTokenLifetimeDays` → `INVALID_PARAMETER_VALUE`. Admin only (`PERMISSION_DENIED`).


        Args:
            application_id (str): Application id of the service principal that will own the token.
            lifetime_seconds (int): Lifetime in seconds; ≤ 0 = no expiry, unless the workspace's
                maxTokenLifetimeDays requires a lifetime
                no longer than that. At most 10^15 seconds (the expiry time must fit in int64 epoch milliseconds).
            comment (str | Unset): Free-text comment.
            scopes (list[str] | Unset): API scopes of the token (later): the groups of APIs it may call, e.g.
                `all-apis`, `sql`,
                `unity-catalog`. Absent = every API the owner may call.
            autoscope_enabled (bool | Unset): Whether to enable autoscoping for this token (later): the token
                then collects the API path scopes
                it is used with (`inferred_scopes`; its `autoscope_state` tells how far that is).
            body (TokenManagementCreateOboRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_management_create_obo_request import TokenManagementCreateOboRequest

        body = request_body(
            TokenManagementCreateOboRequest,
            body,
            {
                "application_id": ("application_id", application_id),
                "lifetime_seconds": ("lifetime_seconds", lifetime_seconds),
                "comment": ("comment", comment),
                "scopes": ("scopes", scopes),
                "autoscope_enabled": ("autoscope_enabled", autoscope_enabled),
            },
            "AsyncTokenManagementService.create_obo_token",
            True,
        )

        from . import token_management_create_obo_token as _op

        result: TokenManagementCreateOboResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        *,
        created_by_id: int | Unset = UNSET,
        created_by_username: str | Unset = UNSET,
    ) -> TokenManagementListResponse:
        """List all tokens of the workspace

        Lists the valid (unexpired, not revoked) tokens of every user and service principal, optionally only
        those created by the user with `created_by_id` or `created_by_username` (both given: both must match).
        Not paginated. No tokens → `{}`. Admin only (`PERMISSION_DENIED`). A non-numeric `created_by_id` →
        `INVALID_PARAMETER_VALUE`.


        Args:
            created_by_id (int | Unset):
            created_by_username (str | Unset):
        """

        from . import token_management_list as _op

        result: TokenManagementListResponse = await _acall(
            self._client,
            _op,
            (),
            created_by_id=created_by_id,
            created_by_username=created_by_username,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        token_id: str,
    ) -> TokenManagementGetResponse:
        """Get a token's metadata

        Returns the metadata of any valid token of the workspace. Unknown, expired or revoked token →
        `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`).


        Args:
            token_id (str):
        """

        from . import token_management_get as _op

        result: TokenManagementGetResponse = await _acall(
            self._client,
            _op,
            (),
            token_id=token_id,
        )
        return result

    @async_keyword_call
    async def delete(
        self,
        token_id: str,
    ) -> Empty:
        """Revoke any token

        Revokes any valid token of the workspace; it stops authenticating at once. Unknown, expired or revoked
        token → `RESOURCE_DOES_NOT_EXIST`. Admin only (`PERMISSION_DENIED`).


        Args:
            token_id (str):
        """

        from . import token_management_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            token_id=token_id,
        )
        return result

    @overload
    async def update(
        self,
        token_id: str,
        *,
        body: TokenManagementUpdateRequest,
    ) -> TokenManagementTokenInfo: ...

    @overload
    async def update(
        self,
        token_id: str,
        token: TokenManagementUpdateRequestToken | Mapping[str, Any],
        update_mask: str,
    ) -> TokenManagementTokenInfo: ...

    @async_keyword_call
    async def update(
        self,
        token_id: str,
        token: TokenManagementUpdateRequestToken | Mapping[str, Any] | Unset = UNSET,
        update_mask: str | Unset = UNSET,
        *,
        body: TokenManagementUpdateRequest | Unset = UNSET,
    ) -> TokenManagementTokenInfo:
        """Update any token

        Changes the fields of any valid token of the workspace named by `update_mask` (comma-separated, no
        spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of `token`
        is cleared; any other field or an empty mask → `INVALID_PARAMETER_VALUE`. Answers the token's metadata
        as stored. Unknown, expired or revoked token → `RESOURCE_DOES_NOT_EXIST`. Admin only
        (`PERMISSION_DENIED`). databricks-sdk 0.162.0 `TokenManagementAPI.update_token_management`.


        Args:
            token_id (str):
            token (TokenManagementUpdateRequestToken): The new values of the fields named by `update_mask`
                (databricks-sdk 0.162.0 sends a whole
                `TokenInfo` here); the output-only fields may be sent back as read and are ignored.
            update_mask (str): Comma-separated field names (no spaces), e.g. `comment,scopes`; `*` = every
                updatable field.
            body (TokenManagementUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_management_update_request import TokenManagementUpdateRequest

        body = request_body(
            TokenManagementUpdateRequest,
            body,
            {
                "token": ("token", token),
                "update_mask": ("update_mask", update_mask),
            },
            "AsyncTokenManagementService.update",
            True,
        )

        from . import token_management_update as _op

        result: TokenManagementTokenInfo = await _acall(
            self._client,
            _op,
            (),
            token_id=token_id,
            body=body,
        )
        return result


__all__ = ("TokenManagementService", "AsyncTokenManagementService")
