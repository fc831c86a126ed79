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
    from ...models.global_init_script_create_request import GlobalInitScriptCreateRequest
    from ...models.global_init_script_create_response import GlobalInitScriptCreateResponse
    from ...models.global_init_script_details_with_content import GlobalInitScriptDetailsWithContent
    from ...models.global_init_script_update_request import GlobalInitScriptUpdateRequest
    from ...models.global_init_scripts_list_response import GlobalInitScriptsListResponse
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


class GlobalInitScriptsService:
    """The global_init_scripts operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def list(
        self,
    ) -> GlobalInitScriptsListResponse:
        """List global init scripts

        Lists every global init script of the workspace in position order, without the script contents (use
        get for those). Not paginated. No scripts → `{}`. Admin only (`PERMISSION_DENIED`).

        """

        from . import global_init_scripts_list as _op

        result: GlobalInitScriptsListResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    def create(
        self,
        *,
        body: GlobalInitScriptCreateRequest,
    ) -> GlobalInitScriptCreateResponse: ...

    @overload
    def create(
        self,
        name: str,
        script: str,
        *,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> GlobalInitScriptCreateResponse: ...

    @keyword_call
    def create(
        self,
        name: str | Unset = UNSET,
        script: str | Unset = UNSET,
        *,
        body: GlobalInitScriptCreateRequest | Unset = UNSET,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> GlobalInitScriptCreateResponse:
        """Create a global init script

        Creates a script and returns its id. `position` 0 runs first; omitted or at least the number of
        scripts puts it last; a position held by another script inserts it there and shifts that script and
        all later ones by +1. Scripts are disabled unless `enabled` is true. The decoded script is at most
        64 KB (`RESOURCE_LIMIT_EXCEEDED`); an invalid name or invalid base64 → `INVALID_PARAMETER_VALUE`.
        Admin only (`PERMISSION_DENIED`).


        Args:
            name (str): 1–100 characters of letters, digits, `_`, `-`, `.` and spaces.
            script (str): Base64 of the script; at most 64 KB (65536 bytes) once decoded.
            position (int | Unset): 0 runs first. Omitted, or at least the number of scripts: last. A position
                held by another script
                shifts that script and the later ones by +1.
            enabled (bool | Unset): Run the script on cluster start (default false).
            body (GlobalInitScriptCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.global_init_script_create_request import GlobalInitScriptCreateRequest

        body = request_body(
            GlobalInitScriptCreateRequest,
            body,
            {
                "name": ("name", name),
                "script": ("script", script),
                "position": ("position", position),
                "enabled": ("enabled", enabled),
            },
            "GlobalInitScriptsService.create",
            True,
        )

        from . import global_init_scripts_create as _op

        result: GlobalInitScriptCreateResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        script_id: str,
    ) -> GlobalInitScriptDetailsWithContent:
        """Get a global init script

        Returns the script's details with its base64 contents. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

        Args:
            script_id (str):
        """

        from . import global_init_scripts_get as _op

        result: GlobalInitScriptDetailsWithContent = _call(
            self._client,
            _op,
            (),
            script_id=script_id,
        )
        return result

    @keyword_call
    def delete(
        self,
        script_id: str,
    ) -> Empty:
        """Delete a global init script

        Deletes the script; later scripts move up one position. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

        Args:
            script_id (str):
        """

        from . import global_init_scripts_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            script_id=script_id,
        )
        return result

    @overload
    def update(
        self,
        script_id: str,
        *,
        body: GlobalInitScriptUpdateRequest,
    ) -> Empty: ...

    @overload
    def update(
        self,
        script_id: str,
        *,
        name: str | Unset = UNSET,
        script: str | Unset = UNSET,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def update(
        self,
        script_id: str,
        *,
        body: GlobalInitScriptUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        script: str | Unset = UNSET,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty:
        """Update a global init script

        Changes the given fields; the others keep their values. A new `position` moves the script there (at
        least the number of scripts → last), shifting the scripts in between. The 2020 spec marked `name`
        and `script` required; the service accepts partial updates. Same validation as create. Unknown id →
        `RESOURCE_DOES_NOT_EXIST`. Admin only. An invalid field → `INVALID_PARAMETER_VALUE`, as for create.


        Args:
            script_id (str):
            name (str | Unset): 1–100 characters of letters, digits, `_`, `-`, `.` and spaces.
            script (str | Unset): Base64 of the script; at most 64 KB (65536 bytes) once decoded.
            position (int | Unset): 0 runs first. Omitted, or at least the number of scripts: last. A position
                held by another script
                shifts that script and the later ones by +1.
            enabled (bool | Unset): Run the script on cluster start.
            body (GlobalInitScriptUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.global_init_script_update_request import GlobalInitScriptUpdateRequest

        body = request_body(
            GlobalInitScriptUpdateRequest,
            body,
            {
                "name": ("name", name),
                "script": ("script", script),
                "position": ("position", position),
                "enabled": ("enabled", enabled),
            },
            "GlobalInitScriptsService.update",
            True,
        )

        from . import global_init_scripts_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            script_id=script_id,
            body=body,
        )
        return result


class AsyncGlobalInitScriptsService:
    """The global_init_scripts operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def list(
        self,
    ) -> GlobalInitScriptsListResponse:
        """List global init scripts

        Lists every global init script of the workspace in position order, without the script contents (use
        get for those). Not paginated. No scripts → `{}`. Admin only (`PERMISSION_DENIED`).

        """

        from . import global_init_scripts_list as _op

        result: GlobalInitScriptsListResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: GlobalInitScriptCreateRequest,
    ) -> GlobalInitScriptCreateResponse: ...

    @overload
    async def create(
        self,
        name: str,
        script: str,
        *,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> GlobalInitScriptCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        name: str | Unset = UNSET,
        script: str | Unset = UNSET,
        *,
        body: GlobalInitScriptCreateRequest | Unset = UNSET,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> GlobalInitScriptCreateResponse:
        """Create a global init script

        Creates a script and returns its id. `position` 0 runs first; omitted or at least the number of
        scripts puts it last; a position held by another script inserts it there and shifts that script and
        all later ones by +1. Scripts are disabled unless `enabled` is true. The decoded script is at most
        64 KB (`RESOURCE_LIMIT_EXCEEDED`); an invalid name or invalid base64 → `INVALID_PARAMETER_VALUE`.
        Admin only (`PERMISSION_DENIED`).


        Args:
            name (str): 1–100 characters of letters, digits, `_`, `-`, `.` and spaces.
            script (str): Base64 of the script; at most 64 KB (65536 bytes) once decoded.
            position (int | Unset): 0 runs first. Omitted, or at least the number of scripts: last. A position
                held by another script
                shifts that script and the later ones by +1.
            enabled (bool | Unset): Run the script on cluster start (default false).
            body (GlobalInitScriptCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.global_init_script_create_request import GlobalInitScriptCreateRequest

        body = request_body(
            GlobalInitScriptCreateRequest,
            body,
            {
                "name": ("name", name),
                "script": ("script", script),
                "position": ("position", position),
                "enabled": ("enabled", enabled),
            },
            "AsyncGlobalInitScriptsService.create",
            True,
        )

        from . import global_init_scripts_create as _op

        result: GlobalInitScriptCreateResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        script_id: str,
    ) -> GlobalInitScriptDetailsWithContent:
        """Get a global init script

        Returns the script's details with its base64 contents. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

        Args:
            script_id (str):
        """

        from . import global_init_scripts_get as _op

        result: GlobalInitScriptDetailsWithContent = await _acall(
            self._client,
            _op,
            (),
            script_id=script_id,
        )
        return result

    @async_keyword_call
    async def delete(
        self,
        script_id: str,
    ) -> Empty:
        """Delete a global init script

        Deletes the script; later scripts move up one position. Unknown id → `RESOURCE_DOES_NOT_EXIST`. Admin only.

        Args:
            script_id (str):
        """

        from . import global_init_scripts_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            script_id=script_id,
        )
        return result

    @overload
    async def update(
        self,
        script_id: str,
        *,
        body: GlobalInitScriptUpdateRequest,
    ) -> Empty: ...

    @overload
    async def update(
        self,
        script_id: str,
        *,
        name: str | Unset = UNSET,
        script: str | Unset = UNSET,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def update(
        self,
        script_id: str,
        *,
        body: GlobalInitScriptUpdateRequest | Unset = UNSET,
        name: str | Unset = UNSET,
        script: str | Unset = UNSET,
        position: int | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Empty:
        """Update a global init script

        Changes the given fields; the others keep their values. A new `position` moves the script there (at
        least the number of scripts → last), shifting the scripts in between. The 2020 spec marked `name`
        and `script` required; the service accepts partial updates. Same validation as create. Unknown id →
        `RESOURCE_DOES_NOT_EXIST`. Admin only. An invalid field → `INVALID_PARAMETER_VALUE`, as for create.


        Args:
            script_id (str):
            name (str | Unset): 1–100 characters of letters, digits, `_`, `-`, `.` and spaces.
            script (str | Unset): Base64 of the script; at most 64 KB (65536 bytes) once decoded.
            position (int | Unset): 0 runs first. Omitted, or at least the number of scripts: last. A position
                held by another script
                shifts that script and the later ones by +1.
            enabled (bool | Unset): Run the script on cluster start.
            body (GlobalInitScriptUpdateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.global_init_script_update_request import GlobalInitScriptUpdateRequest

        body = request_body(
            GlobalInitScriptUpdateRequest,
            body,
            {
                "name": ("name", name),
                "script": ("script", script),
                "position": ("position", position),
                "enabled": ("enabled", enabled),
            },
            "AsyncGlobalInitScriptsService.update",
            True,
        )

        from . import global_init_scripts_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            script_id=script_id,
            body=body,
        )
        return result


__all__ = ("GlobalInitScriptsService", "AsyncGlobalInitScriptsService")
