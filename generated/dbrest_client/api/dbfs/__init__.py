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
    from ...models.dbfs_add_block_request import DbfsAddBlockRequest
    from ...models.dbfs_create_request import DbfsCreateRequest
    from ...models.dbfs_create_response import DbfsCreateResponse
    from ...models.dbfs_delete_request import DbfsDeleteRequest
    from ...models.dbfs_handle_request import DbfsHandleRequest
    from ...models.dbfs_list_response import DbfsListResponse
    from ...models.dbfs_move_request import DbfsMoveRequest
    from ...models.dbfs_path_request import DbfsPathRequest
    from ...models.dbfs_put_request import DbfsPutRequest
    from ...models.dbfs_read_response import DbfsReadResponse
    from ...models.empty import Empty
    from ...models.file_info import FileInfo
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class DbfsService:
    """The dbfs operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def add_block(
        self,
        *,
        body: DbfsAddBlockRequest,
    ) -> Empty:
        """Append a block of data to an open stream"""
        from . import dbfs_add_block as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def close(
        self,
        *,
        body: DbfsHandleRequest,
    ) -> Empty:
        """Close a stream"""
        from . import dbfs_close as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def create(
        self,
        *,
        body: DbfsCreateRequest,
    ) -> DbfsCreateResponse:
        """Open a stream to write a file"""
        from . import dbfs_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: DbfsDeleteRequest,
    ) -> Empty:
        """Delete a file or directory"""
        from . import dbfs_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get_status(
        self,
        *,
        path: str,
    ) -> FileInfo:
        """Get the file information of a file or directory"""
        from . import dbfs_get_status as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                path=path,
            )
        )

    def list(
        self,
        *,
        path: str,
    ) -> DbfsListResponse:
        """List the contents of a directory"""
        from . import dbfs_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                path=path,
            )
        )

    def mkdirs(
        self,
        *,
        body: DbfsPathRequest,
    ) -> Empty:
        """Create a directory and its parents"""
        from . import dbfs_mkdirs as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def move(
        self,
        *,
        body: DbfsMoveRequest,
    ) -> Empty:
        """Move a file or directory"""
        from . import dbfs_move as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def put(
        self,
        *,
        body: DbfsPutRequest,
    ) -> Empty:
        """Upload a file in one request"""
        from . import dbfs_put as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def read(
        self,
        *,
        path: str,
        offset: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> DbfsReadResponse:
        """Read part of a file"""
        from . import dbfs_read as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                path=path,
                offset=offset,
                length=length,
            )
        )


class AsyncDbfsService:
    """The dbfs operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def add_block(
        self,
        *,
        body: DbfsAddBlockRequest,
    ) -> Empty:
        """Append a block of data to an open stream"""
        from . import dbfs_add_block as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def close(
        self,
        *,
        body: DbfsHandleRequest,
    ) -> Empty:
        """Close a stream"""
        from . import dbfs_close as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def create(
        self,
        *,
        body: DbfsCreateRequest,
    ) -> DbfsCreateResponse:
        """Open a stream to write a file"""
        from . import dbfs_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: DbfsDeleteRequest,
    ) -> Empty:
        """Delete a file or directory"""
        from . import dbfs_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get_status(
        self,
        *,
        path: str,
    ) -> FileInfo:
        """Get the file information of a file or directory"""
        from . import dbfs_get_status as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                path=path,
            )
        )

    async def list(
        self,
        *,
        path: str,
    ) -> DbfsListResponse:
        """List the contents of a directory"""
        from . import dbfs_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                path=path,
            )
        )

    async def mkdirs(
        self,
        *,
        body: DbfsPathRequest,
    ) -> Empty:
        """Create a directory and its parents"""
        from . import dbfs_mkdirs as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def move(
        self,
        *,
        body: DbfsMoveRequest,
    ) -> Empty:
        """Move a file or directory"""
        from . import dbfs_move as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def put(
        self,
        *,
        body: DbfsPutRequest,
    ) -> Empty:
        """Upload a file in one request"""
        from . import dbfs_put as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def read(
        self,
        *,
        path: str,
        offset: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> DbfsReadResponse:
        """Read part of a file"""
        from . import dbfs_read as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                path=path,
                offset=offset,
                length=length,
            )
        )


__all__ = ("DbfsService", "AsyncDbfsService")
