"""``AsyncWorkspace.dbfs``: the async twin of :mod:`dbrest.dbfs`, with the same verbs and the same guarantees
(bounded memory, no deletion on failure, size verification). The plan of a copy, the codecs and the checks are the
sync module's; only the I/O differs."""

from __future__ import annotations

import asyncio
import os
import warnings
from collections import deque
from collections.abc import AsyncIterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, overload

from dbrest_client.api.dbfs import AsyncDbfsService as _GeneratedAsyncDbfsService

from .dbfs import (
    BLOCK,
    DOWNLOAD_PARALLELISM,
    MULTIPART_LIMIT,
    Plan,
    Position,
    Progress,
    Version,
    _CountingReader,
    add_block_body,
    atomic_file,
    check_chunk,
    check_download,
    check_read,
    check_unchanged,
    check_uploaded,
    copy_plan,
    dbfs_path,
    decode_read_response,
    local_kind,
    release,
    version_of,
)
from .errors import PartialDelete, ResourceDoesNotExist, decoded
from .localfs import check_listed, check_target

if TYPE_CHECKING:
    from dbrest_client.models.file_info import FileInfo


class AsyncDbfsService(_GeneratedAsyncDbfsService):
    """``ws.dbfs`` of an :class:`dbrest.AsyncWorkspace`: every generated DBFS operation plus upload/download,
    file objects and the file-system verbs, as coroutines."""

    def _http(self) -> Any:
        return self._client.get_async_httpx_client()

    # --- uploads -----------------------------------------------------------------------------------

    async def upload(
        self,
        source: str | os.PathLike[str] | IO[bytes],
        dbfs_target: str,
        *,
        overwrite: bool = False,
        progress: Progress | None = None,
    ) -> int:
        """Upload a local file (path or binary file object); see :meth:`dbrest.dbfs.DbfsService.upload`. A failure
        never removes a remote file: before the commit the handle is abandoned (the previous file stays), after
        it a size mismatch raises UploadVerificationError and leaves the file. Example::

        await ws.dbfs.upload("data.parquet", "dbfs:/tmp/data.parquet", overwrite=True)
        """
        target = dbfs_path(dbfs_target)
        if isinstance(source, str | os.PathLike):
            size = os.path.getsize(source)
            with open(source, "rb") as f:
                if size < MULTIPART_LIMIT:
                    return await self._put_multipart(f, size, target, overwrite, progress)
                return await self._put_blocks(f, size, target, overwrite, progress)
        return await self._put_blocks(source, None, target, overwrite, progress)

    async def _put_multipart(
        self, f: IO[bytes], size: int, target: str, overwrite: bool, progress: Progress | None
    ) -> int:
        reader = _CountingReader(f, size, progress)
        # One request: it either replaced the file or did not. Nothing is deleted afterwards (see upload()).
        await self._http().post(
            "/api/2.0/dbfs/put",
            data={"path": target, "overwrite": "true" if overwrite else "false"},
            files={"contents": (os.path.basename(target), reader, "application/octet-stream")},
        )
        await self._verify(target, size)
        return size

    async def _put_blocks(
        self, f: IO[bytes], size: int | None, target: str, overwrite: bool, progress: Progress | None
    ) -> int:
        from dbrest_client.models.dbfs_create_request import DbfsCreateRequest
        from dbrest_client.models.dbfs_handle_request import DbfsHandleRequest

        handle = (await self.create(body=DbfsCreateRequest(path=target, overwrite=overwrite))).handle
        sent = 0
        # A failure before close abandons the handle (see DbfsService._put_blocks): nothing is committed or deleted.
        while block := f.read(BLOCK):
            await self._add_block(handle, block)
            sent += len(block)
            if progress is not None:
                progress(sent, size)
        await self.close(body=DbfsHandleRequest(handle=handle))
        await self._verify(target, sent)
        return sent

    async def _add_block(self, handle: int, block: bytes) -> None:
        resp = await self._http().post(
            "/api/2.0/dbfs/add-block",
            content=add_block_body(handle, block),
            headers={"Content-Type": "application/json"},
        )
        await resp.aclose()
        release(resp)

    async def _verify(self, target: str, expected: int) -> None:
        check_uploaded(target, expected, await self.get_status(path=target))

    # --- downloads ---------------------------------------------------------------------------------

    async def download(
        self,
        dbfs_source: str,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        overwrite: bool = False,
        progress: Progress | None = None,
        parallelism: int = DOWNLOAD_PARALLELISM,
        chunk_size: int = BLOCK,
    ) -> int:
        """Download with ``parallelism`` concurrent 1 MB reads written in order; a failure leaves no partial file,
        an existing local file is replaced only with ``overwrite``, and a file that changes while it is read (a
        short read, or a size or modification time after the last read that differs from the start: one more
        get-status per download) raises RemoteFileChanged. See :meth:`dbrest.dbfs.DbfsService.download`. Example::

            await ws.dbfs.download("dbfs:/tmp/data.parquet", "data.parquet")
        """
        source = dbfs_path(dbfs_source)
        if isinstance(target, str | os.PathLike):
            check_target(Path(target), overwrite)
        info = await self.get_status(path=source)
        size = check_download(dbfs_source, chunk_size, info)
        if isinstance(target, str | os.PathLike):
            with atomic_file(target, size, overwrite) as out:
                await self._read_into(source, size, out, progress, parallelism, chunk_size)
                await self._check_unchanged(source, version_of(info))  # before the file appears at the target
            return size
        await self._read_into(source, size, target, progress, parallelism, chunk_size)
        await self._check_unchanged(source, version_of(info))
        return size

    async def _check_unchanged(self, path: str, before: Version) -> None:
        """See :meth:`dbrest.dbfs.DbfsService._check_unchanged`."""
        if before[0] == 0:
            return
        try:
            after = await self.get_status(path=path)
        except ResourceDoesNotExist:
            after = None
        check_unchanged(path, before, after)

    async def _read_chunk(self, path: str, offset: int, length: int) -> bytes:
        resp = await self._http().get("/api/2.0/dbfs/read", params={"path": path, "offset": offset, "length": length})
        try:
            bytes_read, data = decoded(resp, decode_read_response)
        finally:
            await resp.aclose()
            release(resp)
        return check_read(path, offset, length, bytes_read, data)

    async def _read_into(
        self, path: str, size: int, out: IO[bytes], progress: Progress | None, parallelism: int, chunk_size: int
    ) -> None:
        offsets = iter(range(0, size, chunk_size))
        window: deque[tuple[int, asyncio.Task[bytes]]] = deque()
        done = 0

        def refill() -> None:
            while len(window) < max(1, parallelism):
                offset = next(offsets, None)
                if offset is None:
                    return
                read = self._read_chunk(path, offset, min(chunk_size, size - offset))
                window.append((offset, asyncio.ensure_future(read)))

        refill()
        try:
            while window:
                offset, task = window.popleft()
                data = check_chunk(path, offset, await task, min(chunk_size, size - offset), size)
                out.write(data)
                done += len(data)
                if progress is not None:
                    progress(done, size)
                refill()
        except BaseException:
            for _, pending in window:
                pending.cancel()
            await asyncio.gather(*(pending for _, pending in window), return_exceptions=True)
            raise

    # --- file-system verbs -------------------------------------------------------------------------

    async def ls(self, path: str) -> list[FileInfo]:
        """The entries of a directory (or the file itself), sorted by path."""
        files = (await self.list(path=dbfs_path(path))).files
        return sorted(files or [], key=lambda f: f.path)

    async def exists(self, path: str) -> bool:
        try:
            await self.get_status(path=dbfs_path(path))
        except ResourceDoesNotExist:
            return False
        return True

    async def mkdirs_p(self, path: str) -> None:
        from dbrest_client.models.dbfs_path_request import DbfsPathRequest

        await self.mkdirs(body=DbfsPathRequest(path=dbfs_path(path)))

    async def mv(self, source: str, destination: str) -> None:
        from dbrest_client.models.dbfs_move_request import DbfsMoveRequest

        await self.move(body=DbfsMoveRequest(source_path=dbfs_path(source), destination_path=dbfs_path(destination)))

    async def rm(self, path: str, *, recursive: bool = False, max_rounds: int = 10_000) -> None:
        """Delete, repeating the call while Databricks answers 503 PARTIAL_DELETE for a large tree."""
        from dbrest_client.models.dbfs_delete_request import DbfsDeleteRequest

        for _ in range(max_rounds):
            try:
                await self.delete(body=DbfsDeleteRequest(path=dbfs_path(path), recursive=recursive))
                return
            except PartialDelete:
                continue
        raise PartialDelete(f"{path} still not deleted after {max_rounds} rounds", error_code="PARTIAL_DELETE")

    async def walk(self, path: str) -> AsyncIterator[FileInfo]:
        """Every file and directory under a DBFS directory, depth first (a file yields itself)."""
        root = dbfs_path(path)
        for info in await self.ls(root):
            check_listed(root, info.path)  # a listed "..", or another directory, never steers the walk
            yield info
            if info.is_dir and info.path != root:
                async for inner in self.walk(info.path):
                    yield inner

    # --- file objects ------------------------------------------------------------------------------

    @overload
    async def open(self, path: str, mode: Literal["rb"] = "rb") -> AsyncDbfsReader: ...

    @overload
    async def open(self, path: str, mode: Literal["wb"], *, overwrite: bool = False) -> AsyncDbfsWriter: ...

    async def open(self, path: str, mode: str = "rb", *, overwrite: bool = False) -> AsyncDbfsReader | AsyncDbfsWriter:
        """An async binary file object: ``"rb"`` reads in 1 MB requests, ``"wb"`` writes 1 MB blocks committed by
        ``close()``; an exception in ``async with`` abandons the handle, leaving whatever was at ``path`` as it was.
        The read that reaches the end of the file raises RemoteFileChanged if it was replaced since ``open``
        (see :meth:`dbrest.dbfs.DbfsService.open`). Example::

            async with await ws.dbfs.open("dbfs:/tmp/out.bin", "wb", overwrite=True) as f:
                await f.write(b"...")
        """
        from dbrest_client.models.dbfs_create_request import DbfsCreateRequest

        target = dbfs_path(path)
        if mode == "rb":
            info = await self.get_status(path=target)
            if info.is_dir:
                raise IsADirectoryError(f"{path} is a directory; list it with ws.dbfs.ls")
            return AsyncDbfsReader(self, target, version_of(info))
        if mode == "wb":
            handle = (await self.create(body=DbfsCreateRequest(path=target, overwrite=overwrite))).handle
            return AsyncDbfsWriter(self, target, handle)
        raise ValueError(f"mode must be 'rb' or 'wb' (binary only for async files), not {mode!r}")

    # --- copies ------------------------------------------------------------------------------------

    async def cp(
        self,
        source: str | os.PathLike[str],
        destination: str | os.PathLike[str],
        *,
        recursive: bool = False,
        overwrite: bool = False,
    ) -> int:
        """Copy between the local disk and DBFS (or within DBFS), like :meth:`dbrest.dbfs.DbfsService.cp` (the
        same plan: overwrite, symlink and listed-name rules); returns the number of files copied."""
        src, dst = os.fspath(source), os.fspath(destination)
        src_remote, dst_remote = src.startswith("dbfs:"), dst.startswith("dbfs:")
        if not src_remote and not dst_remote:
            raise ValueError("neither side is a dbfs:/ path; use shutil.copy for local copies")
        plan = Plan(copy_plan(src, dst, src_remote, dst_remote, recursive, overwrite))
        question = plan.ask()
        while question is not None:
            if question[0] == "walk":
                question = plan.ask([info async for info in self.walk(question[1])])
            else:
                question = plan.ask(await self._is_dir(question[1], question[2]))
        steps = plan.steps
        for kind, _, b in steps:
            if kind == "dir":
                if dst_remote:
                    await self.mkdirs_p(b)
                else:
                    Path(b).mkdir(parents=True, exist_ok=True)
        copied = 0
        for kind, a, b in steps:
            if kind != "file":
                continue
            if src_remote and dst_remote:
                reader = await self.open(a, "rb")
                async with await self.open(b, "wb", overwrite=overwrite) as writer:
                    while chunk := await reader.read(BLOCK):
                        await writer.write(chunk)
            elif dst_remote:
                await self.upload(a, b, overwrite=overwrite)
            else:
                Path(b).parent.mkdir(parents=True, exist_ok=True)
                await self.download(a, b, overwrite=overwrite)
            copied += 1
        return copied

    async def _is_dir(self, path: str, remote: bool) -> bool | None:
        if not remote:
            return local_kind(path)
        try:
            return bool((await self.get_status(path=dbfs_path(path))).is_dir)
        except ResourceDoesNotExist:
            return None


class AsyncDbfsReader(Position):
    """``await ws.dbfs.open(path, "rb")``: ``await read(n)`` fetches at most 1 MB per request; seekable. The read
    that reaches the end of the file checks that it is still the ``version`` it was opened at."""

    def __init__(self, dbfs: AsyncDbfsService, path: str, version: Version) -> None:
        self._dbfs = dbfs
        self.path = path
        self.version = version
        self.size = version[0]
        self._pos = 0

    async def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (``-1``: the rest of the file, in 1 MB requests); ``b""`` at the end."""
        left = self.size - self._pos if size < 0 else min(size, self.size - self._pos)
        chunks = []
        while left > 0:
            want = min(left, BLOCK)
            data = check_chunk(
                self.path, self._pos, await self._dbfs._read_chunk(self.path, self._pos, want), want, self.size
            )
            chunks.append(data)
            self._pos += len(data)
            left -= len(data)
            if self._pos == self.size:
                await self._dbfs._check_unchanged(self.path, self.version)  # before the last bytes are returned
        return b"".join(chunks)

    async def __aenter__(self) -> AsyncDbfsReader:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None


class AsyncDbfsWriter:
    """``await ws.dbfs.open(path, "wb")``: writes gathered into 1 MB blocks. ``await close()`` commits and checks
    the size; ``await abort()``, a failed block or an exception in ``async with`` abandons the handle (never
    closed: nothing is committed, and the file at the path stays as it was). Nothing is deleted on failure."""

    def __init__(self, dbfs: AsyncDbfsService, path: str, handle: int) -> None:
        self._dbfs = dbfs
        self.path = path
        self.size = 0
        self.closed = False
        self._handle = handle
        self._buffer = bytearray()
        self._failed = False

    def __del__(self) -> None:
        # Like DbfsWriter's: a writer dropped without close() was never committed; say so instead of staying silent.
        if not getattr(self, "closed", True):
            warnings.warn(
                f"DBFS file {self.path} was never closed: discarding it (await close() or use `async with`)",
                ResourceWarning,
                stacklevel=1,
            )

    async def write(self, data: bytes | bytearray | memoryview) -> int:
        if self.closed:
            raise ValueError("write to a closed DBFS file")
        if self._failed:
            raise ValueError("an earlier block of this DBFS file failed; the file will be discarded")
        view = memoryview(data).cast("B")
        self._buffer += view
        while len(self._buffer) >= BLOCK:
            await self._send(bytes(self._buffer[:BLOCK]))
            del self._buffer[:BLOCK]
        return len(view)

    async def _send(self, block: bytes) -> None:
        try:
            await self._dbfs._add_block(self._handle, block)
        except BaseException:
            self._failed = True
            raise
        self.size += len(block)

    async def close(self) -> None:
        from dbrest_client.models.dbfs_handle_request import DbfsHandleRequest

        if self.closed:
            return
        if self._failed:
            await self.abort()
            return
        try:
            if self._buffer:
                await self._send(bytes(self._buffer))
                self._buffer.clear()
            await self._dbfs.close(body=DbfsHandleRequest(handle=self._handle))
            await self._dbfs._verify(self.path, self.size)
        except BaseException:
            await self.abort()
            raise
        self.closed = True

    async def abort(self) -> None:
        """Discard the file: nothing more is sent and the handle is abandoned, never closed."""
        self._buffer.clear()
        self.closed = True

    async def __aenter__(self) -> AsyncDbfsWriter:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            await self.close()
        else:
            await self.abort()
