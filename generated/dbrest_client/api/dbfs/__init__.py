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


class DbfsService:
    """The dbfs operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def add_block(
        self,
        *,
        body: DbfsAddBlockRequest,
    ) -> Empty: ...

    @overload
    def add_block(
        self,
        handle: int,
        data: str,
    ) -> Empty: ...

    @keyword_call
    def add_block(
        self,
        handle: int | Unset = UNSET,
        data: str | Unset = UNSET,
        *,
        body: DbfsAddBlockRequest | Unset = UNSET,
    ) -> Empty:
        """Append a block of data to an open stream

        Appends a block of base64-encoded data to the stream identified by `handle`. A block holds at most
        1 MB of decoded data (`MAX_BLOCK_SIZE_EXCEEDED` beyond). An unknown, closed or idle-expired handle
        (10 minutes without activity) gives `RESOURCE_DOES_NOT_EXIST`. Not idempotent: retrying a block
        whose first attempt reached the server appends it twice.


        Args:
            handle (int): Stream handle returned by create.
            data (str): Base64 data; at most 1 MB (1048576 bytes) once decoded.
            body (DbfsAddBlockRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_add_block_request import DbfsAddBlockRequest

        body = request_body(
            DbfsAddBlockRequest,
            body,
            {
                "handle": ("handle", handle),
                "data": ("data", data),
            },
            "DbfsService.add_block",
            True,
        )

        from . import dbfs_add_block as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def close(
        self,
        *,
        body: DbfsHandleRequest,
    ) -> Empty: ...

    @overload
    def close(
        self,
        handle: int,
    ) -> Empty: ...

    @keyword_call
    def close(
        self,
        handle: int | Unset = UNSET,
        *,
        body: DbfsHandleRequest | Unset = UNSET,
    ) -> Empty:
        """Close a stream

        Closes the stream identified by `handle`, making the file visible with everything appended so far.
        Unknown or expired handle → `RESOURCE_DOES_NOT_EXIST`. A missing handle → `INVALID_PARAMETER_VALUE`.


        Args:
            handle (int): Stream handle returned by create.
            body (DbfsHandleRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_handle_request import DbfsHandleRequest

        body = request_body(
            DbfsHandleRequest,
            body,
            {
                "handle": ("handle", handle),
            },
            "DbfsService.close",
            True,
        )

        from . import dbfs_close as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def create(
        self,
        *,
        body: DbfsCreateRequest,
    ) -> DbfsCreateResponse: ...

    @overload
    def create(
        self,
        path: str,
        *,
        overwrite: bool | Unset = UNSET,
    ) -> DbfsCreateResponse: ...

    @keyword_call
    def create(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsCreateRequest | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> DbfsCreateResponse:
        """Open a stream to write a file

        Opens a stream to write a file and returns a handle for `add-block` and `close`. The handle expires
        after 10 minutes without activity. An existing file without `overwrite` gives
        `RESOURCE_ALREADY_EXISTS`; a directory at the path or at a parent path gives `RESOURCE_ALREADY_EXISTS`
        too. Workflow: create → add-block × n → close.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            overwrite (bool | Unset): Overwrite an existing file (default false).
            body (DbfsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_create_request import DbfsCreateRequest

        body = request_body(
            DbfsCreateRequest,
            body,
            {
                "path": ("path", path),
                "overwrite": ("overwrite", overwrite),
            },
            "DbfsService.create",
            True,
        )

        from . import dbfs_create as _op

        result: DbfsCreateResponse = _call(
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
        body: DbfsDeleteRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        path: str,
        *,
        recursive: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsDeleteRequest | Unset = UNSET,
        recursive: bool | Unset = UNSET,
    ) -> Empty:
        """Delete a file or directory

        Deletes the file or directory (recursively with `recursive`). Deleting a missing path is a
        success (no-op). A non-empty directory without `recursive` gives `IO_ERROR`. Large trees are deleted
        incrementally: after about 45 s the call answers HTTP 503 `PARTIAL_DELETE` and must be repeated
        until it succeeds.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            recursive (bool | Unset): Delete a directory with its contents (default false).
            body (DbfsDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_delete_request import DbfsDeleteRequest

        body = request_body(
            DbfsDeleteRequest,
            body,
            {
                "path": ("path", path),
                "recursive": ("recursive", recursive),
            },
            "DbfsService.delete",
            True,
        )

        from . import dbfs_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get_status(
        self,
        path: str,
    ) -> FileInfo:
        """Get the file information of a file or directory

        Returns the FileInfo of the path. Missing path → `RESOURCE_DOES_NOT_EXIST`. A relative path →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        """

        from . import dbfs_get_status as _op

        result: FileInfo = _call(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    @keyword_call
    def list(
        self,
        path: str,
    ) -> DbfsListResponse:
        """List the contents of a directory

        Lists the directory's direct children; on a file path, returns that file. Not paginated; use it for
        directories of fewer than 10,000 entries (the call times out after about 60 s). Missing path →
        `RESOURCE_DOES_NOT_EXIST`. An empty directory may answer `{}` (no `files` key). A relative path →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        """

        from . import dbfs_list as _op

        result: DbfsListResponse = _call(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    @overload
    def mkdirs(
        self,
        *,
        body: DbfsPathRequest,
    ) -> Empty: ...

    @overload
    def mkdirs(
        self,
        path: str,
    ) -> Empty: ...

    @keyword_call
    def mkdirs(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsPathRequest | Unset = UNSET,
    ) -> Empty:
        """Create a directory and its parents

        Creates the directory and any missing parents (`mkdir -p`); succeeds if it exists. A file at the path
        or at any parent gives `RESOURCE_ALREADY_EXISTS`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            body (DbfsPathRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_path_request import DbfsPathRequest

        body = request_body(
            DbfsPathRequest,
            body,
            {
                "path": ("path", path),
            },
            "DbfsService.mkdirs",
            True,
        )

        from . import dbfs_mkdirs as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def move(
        self,
        *,
        body: DbfsMoveRequest,
    ) -> Empty: ...

    @overload
    def move(
        self,
        source_path: str,
        destination_path: str,
    ) -> Empty: ...

    @keyword_call
    def move(
        self,
        source_path: str | Unset = UNSET,
        destination_path: str | Unset = UNSET,
        *,
        body: DbfsMoveRequest | Unset = UNSET,
    ) -> Empty:
        """Move a file or directory

        Moves a file or a directory (recursively) within DBFS. Missing source → `RESOURCE_DOES_NOT_EXIST`;
        existing destination → `RESOURCE_ALREADY_EXISTS`. Large moves may time out after about 60 s having
        moved part of the tree.


        Args:
            source_path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            destination_path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            body (DbfsMoveRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_move_request import DbfsMoveRequest

        body = request_body(
            DbfsMoveRequest,
            body,
            {
                "source_path": ("source_path", source_path),
                "destination_path": ("destination_path", destination_path),
            },
            "DbfsService.move",
            True,
        )

        from . import dbfs_move as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def put(
        self,
        *,
        body: DbfsPutRequest,
    ) -> Empty: ...

    @overload
    def put(
        self,
        path: str,
        *,
        contents: str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def put(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsPutRequest | Unset = UNSET,
        contents: str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty:
        """Upload a file in one request

        Uploads a whole file. As JSON, `contents` is base64 and limited to 1 MB of decoded data
        (`MAX_BLOCK_SIZE_EXCEEDED` beyond). As `multipart/form-data`, the file part (`contents`; the CLI
        names it `file`, the examples page `filedata`) streams the file, which the CLI uses for files under
        2 GiB. An existing file without `overwrite` gives `RESOURCE_ALREADY_EXISTS`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            contents (str | Unset): Base64 file contents; at most 1 MB once decoded. Omitted → an empty file.
            overwrite (bool | Unset): Overwrite an existing file (default false).
            body (DbfsPutRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_put_request import DbfsPutRequest

        body = request_body(
            DbfsPutRequest,
            body,
            {
                "path": ("path", path),
                "contents": ("contents", contents),
                "overwrite": ("overwrite", overwrite),
            },
            "DbfsService.put",
            True,
        )

        from . import dbfs_put as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def read(
        self,
        path: str,
        *,
        offset: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> DbfsReadResponse:
        """Read part of a file

        Returns up to `length` bytes (default 0.5 MB, at most 1 MB: `MAX_READ_SIZE_EXCEEDED` beyond) of the
        file starting at `offset`, base64-encoded. Reading past the end returns what is left (`bytes_read`
        0 at or after the end). Missing file → `RESOURCE_DOES_NOT_EXIST`; a directory, a negative offset
        or a negative length → `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            offset (int | Unset):
            length (int | Unset):
        """

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

    @overload
    async def add_block(
        self,
        *,
        body: DbfsAddBlockRequest,
    ) -> Empty: ...

    @overload
    async def add_block(
        self,
        handle: int,
        data: str,
    ) -> Empty: ...

    @async_keyword_call
    async def add_block(
        self,
        handle: int | Unset = UNSET,
        data: str | Unset = UNSET,
        *,
        body: DbfsAddBlockRequest | Unset = UNSET,
    ) -> Empty:
        """Append a block of data to an open stream

        Appends a block of base64-encoded data to the stream identified by `handle`. A block holds at most
        1 MB of decoded data (`MAX_BLOCK_SIZE_EXCEEDED` beyond). An unknown, closed or idle-expired handle
        (10 minutes without activity) gives `RESOURCE_DOES_NOT_EXIST`. Not idempotent: retrying a block
        whose first attempt reached the server appends it twice.


        Args:
            handle (int): Stream handle returned by create.
            data (str): Base64 data; at most 1 MB (1048576 bytes) once decoded.
            body (DbfsAddBlockRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_add_block_request import DbfsAddBlockRequest

        body = request_body(
            DbfsAddBlockRequest,
            body,
            {
                "handle": ("handle", handle),
                "data": ("data", data),
            },
            "AsyncDbfsService.add_block",
            True,
        )

        from . import dbfs_add_block as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def close(
        self,
        *,
        body: DbfsHandleRequest,
    ) -> Empty: ...

    @overload
    async def close(
        self,
        handle: int,
    ) -> Empty: ...

    @async_keyword_call
    async def close(
        self,
        handle: int | Unset = UNSET,
        *,
        body: DbfsHandleRequest | Unset = UNSET,
    ) -> Empty:
        """Close a stream

        Closes the stream identified by `handle`, making the file visible with everything appended so far.
        Unknown or expired handle → `RESOURCE_DOES_NOT_EXIST`. A missing handle → `INVALID_PARAMETER_VALUE`.


        Args:
            handle (int): Stream handle returned by create.
            body (DbfsHandleRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_handle_request import DbfsHandleRequest

        body = request_body(
            DbfsHandleRequest,
            body,
            {
                "handle": ("handle", handle),
            },
            "AsyncDbfsService.close",
            True,
        )

        from . import dbfs_close as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def create(
        self,
        *,
        body: DbfsCreateRequest,
    ) -> DbfsCreateResponse: ...

    @overload
    async def create(
        self,
        path: str,
        *,
        overwrite: bool | Unset = UNSET,
    ) -> DbfsCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsCreateRequest | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> DbfsCreateResponse:
        """Open a stream to write a file

        Opens a stream to write a file and returns a handle for `add-block` and `close`. The handle expires
        after 10 minutes without activity. An existing file without `overwrite` gives
        `RESOURCE_ALREADY_EXISTS`; a directory at the path or at a parent path gives `RESOURCE_ALREADY_EXISTS`
        too. Workflow: create → add-block × n → close.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            overwrite (bool | Unset): Overwrite an existing file (default false).
            body (DbfsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_create_request import DbfsCreateRequest

        body = request_body(
            DbfsCreateRequest,
            body,
            {
                "path": ("path", path),
                "overwrite": ("overwrite", overwrite),
            },
            "AsyncDbfsService.create",
            True,
        )

        from . import dbfs_create as _op

        result: DbfsCreateResponse = await _acall(
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
        body: DbfsDeleteRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        path: str,
        *,
        recursive: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsDeleteRequest | Unset = UNSET,
        recursive: bool | Unset = UNSET,
    ) -> Empty:
        """Delete a file or directory

        Deletes the file or directory (recursively with `recursive`). Deleting a missing path is a
        success (no-op). A non-empty directory without `recursive` gives `IO_ERROR`. Large trees are deleted
        incrementally: after about 45 s the call answers HTTP 503 `PARTIAL_DELETE` and must be repeated
        until it succeeds.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            recursive (bool | Unset): Delete a directory with its contents (default false).
            body (DbfsDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_delete_request import DbfsDeleteRequest

        body = request_body(
            DbfsDeleteRequest,
            body,
            {
                "path": ("path", path),
                "recursive": ("recursive", recursive),
            },
            "AsyncDbfsService.delete",
            True,
        )

        from . import dbfs_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get_status(
        self,
        path: str,
    ) -> FileInfo:
        """Get the file information of a file or directory

        Returns the FileInfo of the path. Missing path → `RESOURCE_DOES_NOT_EXIST`. A relative path →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        """

        from . import dbfs_get_status as _op

        result: FileInfo = await _acall(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        path: str,
    ) -> DbfsListResponse:
        """List the contents of a directory

        Lists the directory's direct children; on a file path, returns that file. Not paginated; use it for
        directories of fewer than 10,000 entries (the call times out after about 60 s). Missing path →
        `RESOURCE_DOES_NOT_EXIST`. An empty directory may answer `{}` (no `files` key). A relative path →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
        """

        from . import dbfs_list as _op

        result: DbfsListResponse = await _acall(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    @overload
    async def mkdirs(
        self,
        *,
        body: DbfsPathRequest,
    ) -> Empty: ...

    @overload
    async def mkdirs(
        self,
        path: str,
    ) -> Empty: ...

    @async_keyword_call
    async def mkdirs(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsPathRequest | Unset = UNSET,
    ) -> Empty:
        """Create a directory and its parents

        Creates the directory and any missing parents (`mkdir -p`); succeeds if it exists. A file at the path
        or at any parent gives `RESOURCE_ALREADY_EXISTS`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            body (DbfsPathRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_path_request import DbfsPathRequest

        body = request_body(
            DbfsPathRequest,
            body,
            {
                "path": ("path", path),
            },
            "AsyncDbfsService.mkdirs",
            True,
        )

        from . import dbfs_mkdirs as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def move(
        self,
        *,
        body: DbfsMoveRequest,
    ) -> Empty: ...

    @overload
    async def move(
        self,
        source_path: str,
        destination_path: str,
    ) -> Empty: ...

    @async_keyword_call
    async def move(
        self,
        source_path: str | Unset = UNSET,
        destination_path: str | Unset = UNSET,
        *,
        body: DbfsMoveRequest | Unset = UNSET,
    ) -> Empty:
        """Move a file or directory

        Moves a file or a directory (recursively) within DBFS. Missing source → `RESOURCE_DOES_NOT_EXIST`;
        existing destination → `RESOURCE_ALREADY_EXISTS`. Large moves may time out after about 60 s having
        moved part of the tree.


        Args:
            source_path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            destination_path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            body (DbfsMoveRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_move_request import DbfsMoveRequest

        body = request_body(
            DbfsMoveRequest,
            body,
            {
                "source_path": ("source_path", source_path),
                "destination_path": ("destination_path", destination_path),
            },
            "AsyncDbfsService.move",
            True,
        )

        from . import dbfs_move as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def put(
        self,
        *,
        body: DbfsPutRequest,
    ) -> Empty: ...

    @overload
    async def put(
        self,
        path: str,
        *,
        contents: str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def put(
        self,
        path: str | Unset = UNSET,
        *,
        body: DbfsPutRequest | Unset = UNSET,
        contents: str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty:
        """Upload a file in one request

        Uploads a whole file. As JSON, `contents` is base64 and limited to 1 MB of decoded data
        (`MAX_BLOCK_SIZE_EXCEEDED` beyond). As `multipart/form-data`, the file part (`contents`; the CLI
        names it `file`, the examples page `filedata`) streams the file, which the CLI uses for files under
        2 GiB. An existing file without `overwrite` gives `RESOURCE_ALREADY_EXISTS`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            contents (str | Unset): Base64 file contents; at most 1 MB once decoded. Omitted → an empty file.
            overwrite (bool | Unset): Overwrite an existing file (default false).
            body (DbfsPutRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.dbfs_put_request import DbfsPutRequest

        body = request_body(
            DbfsPutRequest,
            body,
            {
                "path": ("path", path),
                "contents": ("contents", contents),
                "overwrite": ("overwrite", overwrite),
            },
            "AsyncDbfsService.put",
            True,
        )

        from . import dbfs_put as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def read(
        self,
        path: str,
        *,
        offset: int | Unset = UNSET,
        length: int | Unset = UNSET,
    ) -> DbfsReadResponse:
        """Read part of a file

        Returns up to `length` bytes (default 0.5 MB, at most 1 MB: `MAX_READ_SIZE_EXCEEDED` beyond) of the
        file starting at `offset`, base64-encoded. Reading past the end returns what is left (`bytes_read`
        0 at or after the end). Missing file → `RESOURCE_DOES_NOT_EXIST`; a directory, a negative offset
        or a negative length → `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute DBFS path, e.g. /mnt/foo/bar.csv. The `dbfs:` scheme is tolerated
                (dbfs:/mnt/foo); a relative
                path or a `..` segment → `INVALID_PARAMETER_VALUE`.
            offset (int | Unset):
            length (int | Unset):
        """

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
