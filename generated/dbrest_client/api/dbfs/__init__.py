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

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def close(
        self,
        *,
        body: DbfsHandleRequest,
    ) -> Empty:
        """Close a stream"""
        from . import dbfs_close as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def create(
        self,
        *,
        body: DbfsCreateRequest,
    ) -> DbfsCreateResponse:
        """Open a stream to write a file"""
        from . import dbfs_create as _op

        result: DbfsCreateResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def delete(
        self,
        *,
        body: DbfsDeleteRequest,
    ) -> Empty:
        """Delete a file or directory"""
        from . import dbfs_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def get_status(
        self,
        *,
        path: str,
    ) -> FileInfo:
        """Get the file information of a file or directory"""
        from . import dbfs_get_status as _op

        result: FileInfo = _call(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    def list(
        self,
        *,
        path: str,
    ) -> DbfsListResponse:
        """List the contents of a directory"""
        from . import dbfs_list as _op

        result: DbfsListResponse = _call(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    def mkdirs(
        self,
        *,
        body: DbfsPathRequest,
    ) -> Empty:
        """Create a directory and its parents"""
        from . import dbfs_mkdirs as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def move(
        self,
        *,
        body: DbfsMoveRequest,
    ) -> Empty:
        """Move a file or directory"""
        from . import dbfs_move as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def put(
        self,
        *,
        body: DbfsPutRequest,
    ) -> Empty:
        """Upload a file in one request"""
        from . import dbfs_put as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def read(
        self,
        *,
        path: str,
        offset: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> DbfsReadResponse:
        """Read part of a file"""
        from . import dbfs_read as _op

        result: DbfsReadResponse = _call(
            self._client,
            _op,
            (),
            path=path,
            offset=offset,
            length=length,
        )
        return result


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

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def close(
        self,
        *,
        body: DbfsHandleRequest,
    ) -> Empty:
        """Close a stream"""
        from . import dbfs_close as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def create(
        self,
        *,
        body: DbfsCreateRequest,
    ) -> DbfsCreateResponse:
        """Open a stream to write a file"""
        from . import dbfs_create as _op

        result: DbfsCreateResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def delete(
        self,
        *,
        body: DbfsDeleteRequest,
    ) -> Empty:
        """Delete a file or directory"""
        from . import dbfs_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def get_status(
        self,
        *,
        path: str,
    ) -> FileInfo:
        """Get the file information of a file or directory"""
        from . import dbfs_get_status as _op

        result: FileInfo = await _acall(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    async def list(
        self,
        *,
        path: str,
    ) -> DbfsListResponse:
        """List the contents of a directory"""
        from . import dbfs_list as _op

        result: DbfsListResponse = await _acall(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    async def mkdirs(
        self,
        *,
        body: DbfsPathRequest,
    ) -> Empty:
        """Create a directory and its parents"""
        from . import dbfs_mkdirs as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def move(
        self,
        *,
        body: DbfsMoveRequest,
    ) -> Empty:
        """Move a file or directory"""
        from . import dbfs_move as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def put(
        self,
        *,
        body: DbfsPutRequest,
    ) -> Empty:
        """Upload a file in one request"""
        from . import dbfs_put as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def read(
        self,
        *,
        path: str,
        offset: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> DbfsReadResponse:
        """Read part of a file"""
        from . import dbfs_read as _op

        result: DbfsReadResponse = await _acall(
            self._client,
            _op,
            (),
            path=path,
            offset=offset,
            length=length,
        )
        return result


__all__ = ("DbfsService", "AsyncDbfsService")
