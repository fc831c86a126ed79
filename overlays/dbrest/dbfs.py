"""DBFS beyond the raw operations: streaming upload and download with bounded memory, cleanup on failure,
size verification, progress callbacks, and the small file-system verbs (ls, mkdirs, mv, rm)."""

from __future__ import annotations

import base64
import contextlib
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from dbrest_client.api.dbfs import DbfsService as _GeneratedDbfsService

from .errors import DatabricksError, PartialDelete, ResourceDoesNotExist

if TYPE_CHECKING:
    from dbrest_client.models.file_info import FileInfo

BLOCK = 1024 * 1024
#: The CLI's cut-off: below 2 GiB a file goes up in one streamed multipart put; above, in 1 MB blocks.
MULTIPART_LIMIT = 2 * 1024 * 1024 * 1024
Progress = Callable[[int, int | None], None]


class UploadVerificationError(DatabricksError):
    hint = "The remote file does not have the uploaded size; upload it again."


def dbfs_path(path: str) -> str:
    """Accept `dbfs:/x` and `/x`; the API wants `/x`."""
    if path.startswith("dbfs:"):
        path = path[5:]
    if not path.startswith("/"):
        raise ValueError(f"DBFS paths are absolute (dbfs:/... or /...): {path!r}")
    return path


class _CountingReader:
    """A read-only file wrapper that reports progress as httpx streams it."""

    def __init__(self, f: IO[bytes], total: int | None, progress: Progress | None) -> None:
        self._f = f
        self._total = total
        self._progress = progress
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        data = self._f.read(size)
        self._done += len(data)
        if self._progress is not None and data:
            self._progress(self._done, self._total)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        pos = self._f.seek(offset, whence)
        self._done = pos
        return pos

    def tell(self) -> int:
        return self._f.tell()

    def __iter__(self) -> Iterator[bytes]:
        while chunk := self.read(64 * 1024):
            yield chunk


class DbfsService(_GeneratedDbfsService):
    """``ws.dbfs``: every generated DBFS operation plus upload/download and file-system helpers."""

    def _http(self) -> Any:
        return self._client.get_httpx_client()

    # --- uploads -----------------------------------------------------------------------------------

    def upload(
        self,
        source: str | os.PathLike[str] | IO[bytes],
        dbfs_target: str,
        *,
        overwrite: bool = False,
        progress: Progress | None = None,
    ) -> int:
        """Upload a local file (path or binary file object) to DBFS; returns the number of bytes written.

        A path under 2 GiB streams in one multipart ``put``; anything else goes create / add-block (1 MB) /
        close. Memory stays bounded by one block. On failure the partial remote file is removed and the
        error raised; on success the remote size is verified. Example::

            ws.dbfs.upload("data.parquet", "dbfs:/tmp/data.parquet", overwrite=True)
        """
        target = dbfs_path(dbfs_target)
        if isinstance(source, str | os.PathLike):
            size = os.path.getsize(source)
            with open(source, "rb") as f:
                if size < MULTIPART_LIMIT:
                    return self._put_multipart(f, size, target, overwrite, progress)
                return self._put_blocks(f, size, target, overwrite, progress)
        return self._put_blocks(source, None, target, overwrite, progress)

    def _put_multipart(self, f: IO[bytes], size: int, target: str, overwrite: bool, progress: Progress | None) -> int:
        reader = _CountingReader(f, size, progress)
        try:
            self._http().post(
                "/api/2.0/dbfs/put",
                data={"path": target, "overwrite": "true" if overwrite else "false"},
                files={"contents": (os.path.basename(target), reader, "application/octet-stream")},
            )
        except BaseException:
            self._remove_partial(target, created=False)
            raise
        self._verify(target, size)
        return size

    def _put_blocks(
        self, f: IO[bytes], size: int | None, target: str, overwrite: bool, progress: Progress | None
    ) -> int:
        from dbrest_client.models.dbfs_add_block_request import DbfsAddBlockRequest
        from dbrest_client.models.dbfs_create_request import DbfsCreateRequest
        from dbrest_client.models.dbfs_handle_request import DbfsHandleRequest

        handle = self.create(body=DbfsCreateRequest(path=target, overwrite=overwrite)).handle
        sent = 0
        try:
            while block := f.read(BLOCK):
                # The transport retries add-block only when the server answered 429/503 (nothing appended);
                # a connection lost mid-request is never retried, so a block can't be appended twice.
                self.add_block(body=DbfsAddBlockRequest(handle=handle, data=base64.b64encode(block).decode("ascii")))
                sent += len(block)
                if progress is not None:
                    progress(sent, size)
            self.close(body=DbfsHandleRequest(handle=handle))
        except BaseException:
            self._remove_partial(target, created=True)
            raise
        self._verify(target, sent)
        return sent

    def _verify(self, target: str, expected: int) -> None:
        info = self.get_status(path=target)
        if info.file_size != expected:
            raise UploadVerificationError(
                f"uploaded {expected} bytes but {target} has {info.file_size}", error_code="UPLOAD_SIZE_MISMATCH"
            )

    def _remove_partial(self, target: str, *, created: bool) -> None:
        from dbrest_client.models.dbfs_delete_request import DbfsDeleteRequest

        if not created:
            return  # a failed single-request put leaves nothing behind
        with contextlib.suppress(Exception):
            self.delete(body=DbfsDeleteRequest(path=target))

    # --- downloads ---------------------------------------------------------------------------------

    def download(
        self,
        dbfs_source: str,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        progress: Progress | None = None,
        parallelism: int = 8,
        chunk_size: int = BLOCK,
    ) -> int:
        """Download a DBFS file with ``parallelism`` concurrent 1 MB reads, written in order; returns its size.

        Memory is bounded by ``2 * parallelism`` chunks. Downloading to a path writes a temporary file beside
        it and renames it only after the size is verified, so a failure leaves no partial file. Example::

            ws.dbfs.download("dbfs:/tmp/data.parquet", "data.parquet")
        """
        source = dbfs_path(dbfs_source)
        if not 0 < chunk_size <= BLOCK:
            raise ValueError("chunk_size must be between 1 byte and 1 MB (the DBFS read limit)")
        info = self.get_status(path=source)
        if info.is_dir:
            raise IsADirectoryError(f"{dbfs_source} is a directory; use cp(recursive=True)")
        size = int(info.file_size)
        if isinstance(target, str | os.PathLike):
            final = Path(target)
            fd, tmp_name = tempfile.mkstemp(dir=final.parent or ".", prefix=f".{final.name}.", suffix=".part")
            try:
                with os.fdopen(fd, "wb") as out:
                    self._read_into(source, size, out, progress, parallelism, chunk_size)
                if os.path.getsize(tmp_name) != size:
                    raise UploadVerificationError(
                        f"downloaded {os.path.getsize(tmp_name)} bytes of {size}", error_code="DOWNLOAD_SIZE_MISMATCH"
                    )
                os.replace(tmp_name, final)
            except BaseException:
                Path(tmp_name).unlink(missing_ok=True)
                raise
            return size
        self._read_into(source, size, target, progress, parallelism, chunk_size)
        return size

    def _read_chunk(self, path: str, offset: int, length: int) -> bytes:
        r = self.read(path=path, offset=offset, length=length)
        data = base64.b64decode(r.data)
        if len(data) != min(length, r.bytes_read):
            raise UploadVerificationError(f"short read at offset {offset} of {path}", error_code="SHORT_READ")
        return data

    def _read_into(
        self, path: str, size: int, out: IO[bytes], progress: Progress | None, parallelism: int, chunk_size: int
    ) -> None:
        offsets = iter(range(0, size, chunk_size))
        done = 0
        with ThreadPoolExecutor(max_workers=max(1, parallelism), thread_name_prefix="dbrest-dbfs") as pool:
            window: deque[tuple[int, Future[bytes]]] = deque()

            def refill() -> None:
                while len(window) < 2 * max(1, parallelism):
                    offset = next(offsets, None)
                    if offset is None:
                        return
                    window.append((offset, pool.submit(self._read_chunk, path, offset, min(chunk_size, size - offset))))

            refill()
            try:
                while window:
                    _offset, fut = window.popleft()
                    data = fut.result()
                    out.write(data)
                    done += len(data)
                    if progress is not None:
                        progress(done, size)
                    refill()
            except BaseException:
                for _, f in window:
                    f.cancel()
                raise

    # --- file-system verbs -------------------------------------------------------------------------

    def ls(self, path: str) -> list[FileInfo]:
        """The entries of a directory (or the file itself), sorted by path."""
        files = self.list(path=dbfs_path(path)).files
        return sorted(files or [], key=lambda f: f.path)

    def exists(self, path: str) -> bool:
        try:
            self.get_status(path=dbfs_path(path))
        except ResourceDoesNotExist:
            return False
        return True

    def mkdirs_p(self, path: str) -> None:
        from dbrest_client.models.dbfs_path_request import DbfsPathRequest

        self.mkdirs(body=DbfsPathRequest(path=dbfs_path(path)))

    def mv(self, source: str, destination: str) -> None:
        from dbrest_client.models.dbfs_move_request import DbfsMoveRequest

        self.move(body=DbfsMoveRequest(source_path=dbfs_path(source), destination_path=dbfs_path(destination)))

    def rm(self, path: str, *, recursive: bool = False, max_rounds: int = 10_000) -> None:
        """Delete, repeating the call while Databricks answers 503 PARTIAL_DELETE for a large tree."""
        from dbrest_client.models.dbfs_delete_request import DbfsDeleteRequest

        for _ in range(max_rounds):
            try:
                self.delete(body=DbfsDeleteRequest(path=dbfs_path(path), recursive=recursive))
                return
            except PartialDelete:
                continue
        raise PartialDelete(f"{path} still not deleted after {max_rounds} rounds", error_code="PARTIAL_DELETE")
