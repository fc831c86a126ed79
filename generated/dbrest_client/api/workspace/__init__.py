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
    from ...models.workspace_delete_request import WorkspaceDeleteRequest
    from ...models.workspace_export_format import WorkspaceExportFormat
    from ...models.workspace_export_response import WorkspaceExportResponse
    from ...models.workspace_import_request import WorkspaceImportRequest
    from ...models.workspace_list_response import WorkspaceListResponse
    from ...models.workspace_object_info import WorkspaceObjectInfo
    from ...models.workspace_path_request import WorkspacePathRequest
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


class WorkspaceService:
    """The workspace operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def delete(
        self,
        *,
        body: WorkspaceDeleteRequest,
    ) -> Empty:
        """Delete a notebook or folder"""
        from . import workspace_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def export(
        self,
        *,
        path: str,
        format_: WorkspaceExportFormat | Unset = UNSET,
        direct_download: bool | Unset = UNSET,
    ) -> WorkspaceExportResponse:
        """Export a notebook, a file or the contents of a folder"""
        from . import workspace_export as _op

        result: WorkspaceExportResponse = _call(
            self._client,
            _op,
            (),
            path=path,
            format_=format_,
            direct_download=direct_download,
        )
        return result

    def get_status(
        self,
        *,
        path: str,
    ) -> WorkspaceObjectInfo:
        """Get the status of an object"""
        from . import workspace_get_status as _op

        result: WorkspaceObjectInfo = _call(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    def import_(
        self,
        *,
        body: WorkspaceImportRequest,
    ) -> Empty:
        """Import a notebook, a file or a folder archive"""
        from . import workspace_import as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def list(
        self,
        *,
        path: str,
        notebooks_modified_after: int | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the contents of a folder"""
        from . import workspace_list as _op

        result: WorkspaceListResponse = _call(
            self._client,
            _op,
            (),
            path=path,
            notebooks_modified_after=notebooks_modified_after,
        )
        return result

    def mkdirs(
        self,
        *,
        body: WorkspacePathRequest,
    ) -> Empty:
        """Create a folder and its parents"""
        from . import workspace_mkdirs as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncWorkspaceService:
    """The workspace operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def delete(
        self,
        *,
        body: WorkspaceDeleteRequest,
    ) -> Empty:
        """Delete a notebook or folder"""
        from . import workspace_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def export(
        self,
        *,
        path: str,
        format_: WorkspaceExportFormat | Unset = UNSET,
        direct_download: bool | Unset = UNSET,
    ) -> WorkspaceExportResponse:
        """Export a notebook, a file or the contents of a folder"""
        from . import workspace_export as _op

        result: WorkspaceExportResponse = await _acall(
            self._client,
            _op,
            (),
            path=path,
            format_=format_,
            direct_download=direct_download,
        )
        return result

    async def get_status(
        self,
        *,
        path: str,
    ) -> WorkspaceObjectInfo:
        """Get the status of an object"""
        from . import workspace_get_status as _op

        result: WorkspaceObjectInfo = await _acall(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    async def import_(
        self,
        *,
        body: WorkspaceImportRequest,
    ) -> Empty:
        """Import a notebook, a file or a folder archive"""
        from . import workspace_import as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def list(
        self,
        *,
        path: str,
        notebooks_modified_after: int | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the contents of a folder"""
        from . import workspace_list as _op

        result: WorkspaceListResponse = await _acall(
            self._client,
            _op,
            (),
            path=path,
            notebooks_modified_after=notebooks_modified_after,
        )
        return result

    async def mkdirs(
        self,
        *,
        body: WorkspacePathRequest,
    ) -> Empty:
        """Create a folder and its parents"""
        from . import workspace_mkdirs as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("WorkspaceService", "AsyncWorkspaceService")
