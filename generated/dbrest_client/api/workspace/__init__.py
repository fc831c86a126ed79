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
    from ...models.workspace_delete_request import WorkspaceDeleteRequest
    from ...models.workspace_export_format import WorkspaceExportFormat
    from ...models.workspace_export_response import WorkspaceExportResponse
    from ...models.workspace_import_request import WorkspaceImportRequest
    from ...models.workspace_list_response import WorkspaceListResponse
    from ...models.workspace_object_info import WorkspaceObjectInfo
    from ...models.workspace_path_request import WorkspacePathRequest
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


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

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def export(
        self,
        *,
        path: str,
        format_: WorkspaceExportFormat | Unset = UNSET,
        direct_download: bool | Unset = UNSET,
    ) -> WorkspaceExportResponse:
        """Export a notebook, a file or the contents of a folder"""
        from . import workspace_export as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                path=path,
                format_=format_,
                direct_download=direct_download,
            )
        )

    def get_status(
        self,
        *,
        path: str,
    ) -> WorkspaceObjectInfo:
        """Get the status of an object"""
        from . import workspace_get_status as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                path=path,
            )
        )

    def import_(
        self,
        *,
        body: WorkspaceImportRequest,
    ) -> Empty:
        """Import a notebook, a file or a folder archive"""
        from . import workspace_import as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def list(
        self,
        *,
        path: str,
        notebooks_modified_after: int | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the contents of a folder"""
        from . import workspace_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                path=path,
                notebooks_modified_after=notebooks_modified_after,
            )
        )

    def mkdirs(
        self,
        *,
        body: WorkspacePathRequest,
    ) -> Empty:
        """Create a folder and its parents"""
        from . import workspace_mkdirs as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )


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

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def export(
        self,
        *,
        path: str,
        format_: WorkspaceExportFormat | Unset = UNSET,
        direct_download: bool | Unset = UNSET,
    ) -> WorkspaceExportResponse:
        """Export a notebook, a file or the contents of a folder"""
        from . import workspace_export as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                path=path,
                format_=format_,
                direct_download=direct_download,
            )
        )

    async def get_status(
        self,
        *,
        path: str,
    ) -> WorkspaceObjectInfo:
        """Get the status of an object"""
        from . import workspace_get_status as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                path=path,
            )
        )

    async def import_(
        self,
        *,
        body: WorkspaceImportRequest,
    ) -> Empty:
        """Import a notebook, a file or a folder archive"""
        from . import workspace_import as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def list(
        self,
        *,
        path: str,
        notebooks_modified_after: int | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the contents of a folder"""
        from . import workspace_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                path=path,
                notebooks_modified_after=notebooks_modified_after,
            )
        )

    async def mkdirs(
        self,
        *,
        body: WorkspacePathRequest,
    ) -> Empty:
        """Create a folder and its parents"""
        from . import workspace_mkdirs as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )


__all__ = ("WorkspaceService", "AsyncWorkspaceService")
