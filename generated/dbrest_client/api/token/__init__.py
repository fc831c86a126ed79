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
    from ...models.token_create_request import TokenCreateRequest
    from ...models.token_create_response import TokenCreateResponse
    from ...models.token_delete_request import TokenDeleteRequest
    from ...models.token_list_response import TokenListResponse
    from ...models.token_update_request import TokenUpdateRequest
    from ...models.token_update_request_token import TokenUpdateRequestToken
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


class TokenService:
    """The token operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        body: TokenCreateRequest,
    ) -> TokenCreateResponse: ...

    @overload
    def create(
        self,
        *,
        lifetime_seconds: int | Unset = UNSET,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenCreateResponse: ...

    @keyword_call
    def create(
        self,
        *,
        body: TokenCreateRequest | Unset = UNSET,
        lifetime_seconds: int | Unset = UNSET,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenCreateResponse:
        """Create a personal access token

        Creates a personal access token for the caller and returns its value (`dapi…`, shown only here) with
        its metadata. Without `lifetime_seconds` (or with a value ≤ 0) the token never expires
        (`expiry_time` -1). More than 600 unexpired tokens for the user → `QUOTA_EXCEEDED`. When an admin has
        disabled tokens (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; when
        `maxTokenLifetimeDays` is set, a token without a lifetime or with a longer one →
        `INVALID_PARAMETER_VALUE`. Non-admins also need the CAN_USE token permission.


        Args:
            lifetime_seconds (int | Unset): Lifetime in seconds; absent (or ≤ 0) = the token never expires,
                unless the workspace's
                maxTokenLifetimeDays requires a lifetime no longer than that. At most 10^15 seconds (the expiry time
                must fit in int64 epoch milliseconds).
            comment (str | Unset): Free-text comment shown in the token list.
            scopes (list[str] | Unset): API scopes of the token (later): the groups of APIs it may call, e.g.
                `all-apis`, `sql`,
                `unity-catalog`. Absent = every API the owner may call.
            autoscope_enabled (bool | Unset): Whether to enable autoscoping for this token (later): the token
                then collects the API path scopes
                it is used with (`inferred_scopes`; its `autoscope_state` tells how far that is).
            body (TokenCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_create_request import TokenCreateRequest

        body = request_body(
            TokenCreateRequest,
            body,
            {
                "lifetime_seconds": ("lifetime_seconds", lifetime_seconds),
                "comment": ("comment", comment),
                "scopes": ("scopes", scopes),
                "autoscope_enabled": ("autoscope_enabled", autoscope_enabled),
            },
            "TokenService.create",
            True,
        )

        from . import token_create as _op

        result: TokenCreateResponse = _call(
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
        body: TokenDeleteRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        token_id: str,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        token_id: str | Unset = UNSET,
        *,
        body: TokenDeleteRequest | Unset = UNSET,
    ) -> Empty:
        """Revoke a token

        Revokes one of the caller's tokens; it stops authenticating at once. An unknown id, an expired token or
        another user's token → `RESOURCE_DOES_NOT_EXIST`. A missing `token_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            token_id (str): Id of the token to revoke.
            body (TokenDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_delete_request import TokenDeleteRequest

        body = request_body(
            TokenDeleteRequest,
            body,
            {
                "token_id": ("token_id", token_id),
            },
            "TokenService.delete",
            True,
        )

        from . import token_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def list(
        self,
    ) -> TokenListResponse:
        """List the caller's tokens

        Lists the metadata of the caller's valid (unexpired, not revoked) tokens. Not paginated. No tokens →
        `{}`. No errors of its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED,
        REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import token_list as _op

        result: TokenListResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    def update(
        self,
        token_id: str,
        *,
        body: TokenUpdateRequest,
    ) -> Empty: ...

    @overload
    def update(
        self,
        token_id: str,
        token: TokenUpdateRequestToken | Mapping[str, Any],
        update_mask: str,
    ) -> Empty: ...

    @keyword_call
    def update(
        self,
        token_id: str,
        token: TokenUpdateRequestToken | Mapping[str, Any] | Unset = UNSET,
        update_mask: str | Unset = UNSET,
        *,
        body: TokenUpdateRequest | Unset = UNSET,
    ) -> Empty:
        """Update one of the caller's tokens

        Changes the fields of one of the caller's valid tokens named by `update_mask` (a comma-separated list,
        no spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
        `token` is cleared. Any other field in the mask, or an empty mask → `INVALID_PARAMETER_VALUE`. Unknown,
        expired or revoked id, or another user's token → `RESOURCE_DOES_NOT_EXIST`. databricks-sdk 0.162.0
        `TokensAPI.update`.


        Args:
            token_id (str):
            token (TokenUpdateRequestToken): The new values of the fields named by `update_mask` (databricks-sdk
                0.162.0 sends a whole
                `PublicTokenInfo` here); the output-only fields may be sent back as read and are ignored.
            update_mask (str): Comma-separated field names (no spaces), e.g. `comment,scopes`; `*` = every
                updatable field.
            body (TokenUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_update_request import TokenUpdateRequest

        body = request_body(
            TokenUpdateRequest,
            body,
            {
                "token": ("token", token),
                "update_mask": ("update_mask", update_mask),
            },
            "TokenService.update",
            True,
        )

        from . import token_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            token_id=token_id,
            body=body,
        )
        return result


class AsyncTokenService:
    """The token operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        body: TokenCreateRequest,
    ) -> TokenCreateResponse: ...

    @overload
    async def create(
        self,
        *,
        lifetime_seconds: int | Unset = UNSET,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        *,
        body: TokenCreateRequest | Unset = UNSET,
        lifetime_seconds: int | Unset = UNSET,
        comment: str | Unset = UNSET,
        scopes: builtins.list[str] | Unset = UNSET,
        autoscope_enabled: bool | Unset = UNSET,
    ) -> TokenCreateResponse:
        """Create a personal access token

        Creates a personal access token for the caller and returns its value (`dapi…`, shown only here) with
        its metadata. Without `lifetime_seconds` (or with a value ≤ 0) the token never expires
        (`expiry_time` -1). More than 600 unexpired tokens for the user → `QUOTA_EXCEEDED`. When an admin has
        disabled tokens (workspace-conf `enableTokensConfig` "false") → `PERMISSION_DENIED`; when
        `maxTokenLifetimeDays` is set, a token without a lifetime or with a longer one →
        `INVALID_PARAMETER_VALUE`. Non-admins also need the CAN_USE token permission.


        Args:
            lifetime_seconds (int | Unset): Lifetime in seconds; absent (or ≤ 0) = the token never expires,
                unless the workspace's
                maxTokenLifetimeDays requires a lifetime no longer than that. At most 10^15 seconds (the expiry time
                must fit in int64 epoch milliseconds).
            comment (str | Unset): Free-text comment shown in the token list.
            scopes (list[str] | Unset): API scopes of the token (later): the groups of APIs it may call, e.g.
                `all-apis`, `sql`,
                `unity-catalog`. Absent = every API the owner may call.
            autoscope_enabled (bool | Unset): Whether to enable autoscoping for this token (later): the token
                then collects the API path scopes
                it is used with (`inferred_scopes`; its `autoscope_state` tells how far that is).
            body (TokenCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_create_request import TokenCreateRequest

        body = request_body(
            TokenCreateRequest,
            body,
            {
                "lifetime_seconds": ("lifetime_seconds", lifetime_seconds),
                "comment": ("comment", comment),
                "scopes": ("scopes", scopes),
                "autoscope_enabled": ("autoscope_enabled", autoscope_enabled),
            },
            "AsyncTokenService.create",
            True,
        )

        from . import token_create as _op

        result: TokenCreateResponse = await _acall(
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
        body: TokenDeleteRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        token_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        token_id: str | Unset = UNSET,
        *,
        body: TokenDeleteRequest | Unset = UNSET,
    ) -> Empty:
        """Revoke a token

        Revokes one of the caller's tokens; it stops authenticating at once. An unknown id, an expired token or
        another user's token → `RESOURCE_DOES_NOT_EXIST`. A missing `token_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            token_id (str): Id of the token to revoke.
            body (TokenDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_delete_request import TokenDeleteRequest

        body = request_body(
            TokenDeleteRequest,
            body,
            {
                "token_id": ("token_id", token_id),
            },
            "AsyncTokenService.delete",
            True,
        )

        from . import token_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def list(
        self,
    ) -> TokenListResponse:
        """List the caller's tokens

        Lists the metadata of the caller's valid (unexpired, not revoked) tokens. Not paginated. No tokens →
        `{}`. No errors of its own, only the common ones (UNAUTHENTICATED, PERMISSION_DENIED,
        REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import token_list as _op

        result: TokenListResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    async def update(
        self,
        token_id: str,
        *,
        body: TokenUpdateRequest,
    ) -> Empty: ...

    @overload
    async def update(
        self,
        token_id: str,
        token: TokenUpdateRequestToken | Mapping[str, Any],
        update_mask: str,
    ) -> Empty: ...

    @async_keyword_call
    async def update(
        self,
        token_id: str,
        token: TokenUpdateRequestToken | Mapping[str, Any] | Unset = UNSET,
        update_mask: str | Unset = UNSET,
        *,
        body: TokenUpdateRequest | Unset = UNSET,
    ) -> Empty:
        """Update one of the caller's tokens

        Changes the fields of one of the caller's valid tokens named by `update_mask` (a comma-separated list,
        no spaces) to their values in `token`: `comment` and `scopes` may be changed; a field left out of
        `token` is cleared. Any other field in the mask, or an empty mask → `INVALID_PARAMETER_VALUE`. Unknown,
        expired or revoked id, or another user's token → `RESOURCE_DOES_NOT_EXIST`. databricks-sdk 0.162.0
        `TokensAPI.update`.


        Args:
            token_id (str):
            token (TokenUpdateRequestToken): The new values of the fields named by `update_mask` (databricks-sdk
                0.162.0 sends a whole
                `PublicTokenInfo` here); the output-only fields may be sent back as read and are ignored.
            update_mask (str): Comma-separated field names (no spaces), e.g. `comment,scopes`; `*` = every
                updatable field.
            body (TokenUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.token_update_request import TokenUpdateRequest

        body = request_body(
            TokenUpdateRequest,
            body,
            {
                "token": ("token", token),
                "update_mask": ("update_mask", update_mask),
            },
            "AsyncTokenService.update",
            True,
        )

        from . import token_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            token_id=token_id,
            body=body,
        )
        return result


__all__ = ("TokenService", "AsyncTokenService")
