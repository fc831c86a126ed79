# generated from _async/dbfs.py by generator/unasync_overlays.py; do not edit
"""``ws.dbfs`` of both clients, written once (async; the sync twin is generated): streaming upload and download
with bounded memory, size verification, progress callbacks, file objects, cp (files of a tree copied
concurrently) and the small file-system verbs. The codecs, checks and the copy plan are :mod:`dbrest.dbfs`'s;
threads or tasks, and io's file classes, come from ``_backend``.

Failures never delete: a write that fails before its commit abandons its handle (the previous file stays), and
after a commit nothing is removed that dbrest cannot prove it wrote (see ``upload``)."""

from __future__ import annotations

import os
import stat
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, Literal, overload

from dbrest_client.api.dbfs import DbfsService as _GeneratedDbfsService

from ..dbfs import (
    BLOCK,
    CP_CONCURRENCY,
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
    read_block,
    release,
    tree_copy_failed,
    version_of,
)
from ..errors import PartialDelete, ResourceDoesNotExist, decoded
from ..localfs import Listings, Written, check_target
from . import _backend

if TYPE_CHECKING:
    from dbrest_client.models.file_info import FileInfo

#: ``callback(source, target, size)`` of :meth:`DbfsService.cp`, once a file is copied.
CopyCallback = Callable[[str, str, int], None]


class DbfsService(_GeneratedDbfsService):
    """``ws.dbfs``: every generated DBFS operation plus upload/download, file objects and file-system helpers."""

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
        close. Memory stays bounded by one block. After the upload the remote size is verified.

        A failure never removes a remote file. Before the commit (a failed block, an interrupted put) the
        handle is abandoned, never closed, so nothing is committed and a file that was at ``dbfs_target``
        stays as it was (Databricks drops an unclosed handle after 10 idle minutes). After the commit, a size
        that does not match raises :class:`UploadVerificationError` and the file is left alone: another writer
        may have replaced it, and dbrest cannot prove that the file there is its own. Example::

            ws.dbfs.upload("data.parquet", "dbfs:/tmp/data.parquet", overwrite=True)
        """
        target = dbfs_path(dbfs_target)
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as f:
                status = os.fstat(f.fileno())
                if not stat.S_ISREG(status.st_mode):  # a pipe or a device: its size is known only at its end
                    return self._put_blocks(f, None, target, overwrite, progress)
                size = status.st_size
                if size < MULTIPART_LIMIT:
                    return self._put_multipart(f, size, target, overwrite, progress)
                return self._put_blocks(f, size, target, overwrite, progress)
        return self._put_blocks(source, None, target, overwrite, progress)

    def _put_multipart(self, f: IO[bytes], size: int, target: str, overwrite: bool, progress: Progress | None) -> int:
        reader = _CountingReader(f, size, progress, _backend.check_interrupted)
        # One request: it either replaced the file or did not. Nothing is deleted afterwards (see upload()).
        self._http().post(
            "/api/2.0/dbfs/put",
            data={"path": target, "overwrite": "true" if overwrite else "false"},
            files={"contents": (os.path.basename(target), reader, "application/octet-stream")},
        )
        self._verify(target, size)
        return size

    def _put_blocks(
        self, f: IO[bytes], size: int | None, target: str, overwrite: bool, progress: Progress | None
    ) -> int:
        from dbrest_client.models.dbfs_create_request import DbfsCreateRequest
        from dbrest_client.models.dbfs_handle_request import DbfsHandleRequest

        handle = self.create(body=DbfsCreateRequest(path=target, overwrite=overwrite)).handle
        sent = 0
        # A failure before close abandons the handle: closing it would commit a partial file, and deleting the
        # path would remove the previous file (or another writer's), which Databricks keeps until a close.
        while block := read_block(f, BLOCK):
            _backend.check_interrupted()  # a sync tree copy interrupted by Ctrl-C: abandon the handle now
            # The transport repeats an add-block only after a 429 or the API's own 503 (nothing appended); a
            # connection lost mid-request or a gateway's 503 is never repeated, so no block is appended twice.
            self._add_block(handle, block)
            sent += len(block)
            if progress is not None:
                progress(sent, size)
        self.close(body=DbfsHandleRequest(handle=handle))
        self._verify(target, sent)
        return sent

    def _add_block(self, handle: int, block: bytes) -> None:
        resp = self._http().post(
            "/api/2.0/dbfs/add-block",
            content=add_block_body(handle, block),
            headers={"Content-Type": "application/json"},
        )
        resp.close()
        release(resp)

    def _verify(self, target: str, expected: int) -> None:
        check_uploaded(target, expected, self.get_status(path=target))

    # --- downloads ---------------------------------------------------------------------------------

    def download(
        self,
        dbfs_source: str,
        target: str | os.PathLike[str] | IO[bytes],
        *,
        overwrite: bool = False,
        progress: Progress | None = None,
        parallelism: int = DOWNLOAD_PARALLELISM,
        chunk_size: int = BLOCK,
    ) -> int:
        """Download a DBFS file with ``parallelism`` concurrent 1 MB reads, written in order; returns its size.

        Memory is bounded by ``parallelism + 1`` chunks in flight. An existing local file raises FileExistsError
        (before anything is read) unless ``overwrite``, like :meth:`upload` and :meth:`cp`. Downloading to a path
        writes a temporary file beside it and renames it only after the size is verified, so a failure leaves no
        partial file; the new file's mode is what the umask gives. A file that changes on the server while it is
        read raises :class:`RemoteFileChanged`: at once when a read comes back short, else when its status
        (size and modification time) after the last read differs from the one the download started from, so
        that a download never returns a mix of two versions as if it were one file. That check costs one more
        get-status per download (none for an empty file); DBFS has no ETag, so a replacement with the same size
        in the same millisecond as the write before it cannot be told apart. A file-object target has then
        received the bytes already: discard them. Example::

            ws.dbfs.download("dbfs:/tmp/data.parquet", "data.parquet")
        """
        if isinstance(target, str | os.PathLike):
            check_target(Path(target), overwrite)
        info = self.get_status(path=dbfs_path(dbfs_source))
        return self._download(dbfs_source, info, target, overwrite, progress, parallelism, chunk_size)

    def _download(
        self,
        dbfs_source: str,
        info: Any,
        target: str | os.PathLike[str] | IO[bytes],
        overwrite: bool,
        progress: Progress | None,
        parallelism: int,
        chunk_size: int = BLOCK,
        written: Written | None = None,
    ) -> int:
        """:meth:`download` from ``info``, the file's status (get-status, or the listing a tree copy walked):
        its size is what is read and its version what the file must still be after the last read. ``written``:
        the local files of the tree copy this download is part of, none of which it may replace."""
        source = dbfs_path(dbfs_source)
        size = check_download(dbfs_source, chunk_size, info)
        if isinstance(target, str | os.PathLike):
            with atomic_file(target, size, overwrite, written) as out:
                self._read_into(source, size, out, progress, parallelism, chunk_size)
                self._check_unchanged(source, version_of(info))  # before the file appears at the target
            return size
        self._read_into(source, size, target, progress, parallelism, chunk_size)
        self._check_unchanged(source, version_of(info))
        return size

    def _check_unchanged(self, path: str, before: Version) -> None:
        """After the last read of a file: raise :class:`RemoteFileChanged` if it is no longer the version that
        was read from (nothing was read of an empty file, so nothing is asked)."""
        if before[0] == 0:
            return
        try:
            after = self.get_status(path=path)
        except ResourceDoesNotExist:
            after = None
        check_unchanged(path, before, after)

    def _read_chunk(self, path: str, offset: int, length: int) -> bytes:
        # The raw client rather than the generated `read`: the body is decoded in place, then freed at once.
        resp = self._http().get("/api/2.0/dbfs/read", params={"path": path, "offset": offset, "length": length})
        try:
            bytes_read, data = decoded(resp, decode_read_response)
        finally:
            resp.close()
            release(resp)
        return check_read(path, offset, length, bytes_read, data)

    def _read_into(
        self, path: str, size: int, out: IO[bytes], progress: Progress | None, parallelism: int, chunk_size: int
    ) -> None:
        offsets = iter(range(0, size, chunk_size))
        done = 0
        with _backend.Window[bytes](parallelism) as window:

            def refill() -> None:
                while window.room():
                    offset = next(offsets, None)
                    if offset is None:
                        return
                    window.start(offset, self._read_chunk, path, offset, min(chunk_size, size - offset))

            refill()
            while window:
                offset, data = window.next()
                out.write(check_chunk(path, offset, data, min(chunk_size, size - offset), size))
                done += len(data)
                if progress is not None:
                    progress(done, size)
                _backend.check_interrupted()  # a sync tree copy interrupted by Ctrl-C: stop, leaving no file
                refill()

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

    def walk(self, path: str) -> Iterator[FileInfo]:
        """Every file and directory under a DBFS directory, depth first (a file yields itself). Example::

        total = sum([f.file_size for f in ws.dbfs.walk("dbfs:/mnt/raw") if not f.is_dir])
        """
        root = dbfs_path(path)
        walk = Listings()
        walk.enter(root, self.ls(root))
        while (step := walk.next()) is not None:
            parent, info = step
            yield info
            if info.is_dir and info.path != parent:
                walk.enter(info.path, self.ls(info.path))

    # --- file objects ------------------------------------------------------------------------------

    @overload
    def open(self, path: str, mode: Literal["rb"] = "rb") -> _backend.BinaryReader: ...

    @overload
    def open(self, path: str, mode: Literal["wb"], *, overwrite: bool = False) -> DbfsWriter: ...

    @overload
    def open(
        self, path: str, mode: Literal["r", "w"], *, overwrite: bool = False, encoding: str = "utf-8"
    ) -> _backend.TextFile: ...

    def open(self, path: str, mode: str = "rb", *, overwrite: bool = False, encoding: str = "utf-8") -> Any:
        """A file object on a DBFS file: ``"rb"`` streams reads, ``"wb"`` streams writes (the sync client also has
        text modes ``"r"``/``"w"``, through io.TextIOWrapper).

        Reads fetch at most 1 MB per request (the sync client buffers them in an io.BufferedReader of 1 MB;
        ``read()`` reads the whole file in 1 MB requests). A read that reaches the end of the file checks its
        status (one get-status) and raises :class:`RemoteFileChanged` if another writer replaced it since
        ``open``, as :meth:`download` does; a reader closed before the end is not checked, though a short read
        still raises. Writes are gathered into 1 MB blocks, so many small writes never become many tiny
        ``add-block`` calls. The file replaces what is at ``path`` only when ``close()`` commits it: in an
        ``with`` block an exception discards it instead (the handle is abandoned, never closed, and a file
        that was at ``path`` stays as it was); outside one, call ``close()`` to commit or ``abort()`` to discard.
        Nothing is ever deleted on failure (see :meth:`upload`). Example::

            with ws.dbfs.open("dbfs:/tmp/out.bin", "wb", overwrite=True) as f:
                f.write(b"a,b\\n1,2\\n")
            with ws.dbfs.open("dbfs:/tmp/out.bin", "rb") as f:
                data = f.read()
        """
        from dbrest_client.models.dbfs_create_request import DbfsCreateRequest

        _backend.check_mode(mode)
        target = dbfs_path(path)
        if mode in ("rb", "r"):
            info = self.get_status(path=target)
            if info.is_dir:
                raise IsADirectoryError(f"{path} is a directory; list it with ws.dbfs.ls")
            return _backend.reading(DbfsReader(self, target, version_of(info)), mode, encoding)
        handle = self.create(body=DbfsCreateRequest(path=target, overwrite=overwrite)).handle
        return _backend.writing(DbfsWriter(self, target, handle), mode, encoding)

    # --- copies ------------------------------------------------------------------------------------

    def cp(
        self,
        source: str | os.PathLike[str],
        destination: str | os.PathLike[str],
        *,
        recursive: bool = False,
        overwrite: bool = False,
        callback: CopyCallback | None = None,
        concurrency: int = CP_CONCURRENCY,
        no_target_directory: bool = False,
        progress: Callable[[str, str], Progress | None] | None = None,
    ) -> int:
        """Copy between the local disk and DBFS (or within DBFS); ``dbfs:/`` marks the DBFS side.

        Returns the number of files copied; ``callback(source, target, size)`` hears about each, one call at a
        time (never two at once, though files complete in any order). A directory needs ``recursive=True`` and
        is copied like POSIX ``cp -r``: into ``destination/<name>`` if the destination is an existing directory,
        else as ``destination`` (databricks-cli copied the contents instead, its issue #68). Existing targets
        are refused before anything is copied unless ``overwrite``. Files stream (upload/download/1 MB blocks),
        never whole in memory. The files of a tree are copied ``concurrency`` at a time (default 8), sharing the
        reads in flight of one download (memory stays bounded as for one file), each with the guarantees of a
        single file: a verified size, and no partial file (a local file appears complete
        or not at all; a DBFS file is committed only when complete). When files fail, no new file starts, those
        under way finish, and :class:`TreeCopyFailed` names what was copied, what failed and what was not
        started (a single file's failure is raised as it is).

        ``no_target_directory`` treats ``destination`` as the copy itself, never as a directory to copy into (GNU
        ``cp -T``): a tree's contents go straight into ``destination``, existing or not, as the databricks CLI's
        ``fs cp -r`` does. ``progress(source, target)``, asked as each file starts, may return that file's byte
        progress callback (``done``, ``total``); it is called from the worker copying the file.

        Symlinks in a local tree are followed, to files and to directories (like ``cp -rL``); a dangling link, a
        symlinked directory that leads back to a directory being copied (a loop) and anything that is neither a
        file nor a directory are skipped with a :class:`LocalFileSkipped` warning naming each. Names in a DBFS
        listing that are ``..``, absolute, or resolve outside a local destination raise
        :class:`UnsafeRemoteName` before anything is written. A copy within DBFS that would write a file it also
        reads (a file onto itself, or overlapping trees) raises ``shutil.SameFileError``, also before anything is
        written. Example::

            ws.dbfs.cp("data/", "dbfs:/mnt/raw/", recursive=True)
            ws.dbfs.cp("dbfs:/mnt/raw/data/a.csv", "a.csv", overwrite=True)
        """
        src, dst = os.fspath(source), os.fspath(destination)
        src_remote, dst_remote = src.startswith("dbfs:"), dst.startswith("dbfs:")
        if not src_remote and not dst_remote:
            raise ValueError("neither side is a dbfs:/ path; use shutil.copy for local copies")
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        # The status of each remote file as the walk listed it: a tree's download starts from it instead of a
        # get-status of its own (one call less per file; the version check after the last read still runs).
        listed: dict[str, Any] = {}
        plan = self._plan_copy(src, dst, src_remote, dst_remote, recursive, overwrite, no_target_directory, listed)
        # DBFS creates the parents of what it writes (databricks-sdk's DbfsExt.copy relies on it: it writes a tree's
        # files and makes no directory): only a directory with nothing copied into it needs a mkdirs.
        filled = {str(PurePosixPath(b).parent) for _, _, b in plan} if dst_remote else set()
        for kind, _, b in plan:
            if kind == "dir" and b not in filled:
                if dst_remote:
                    self.mkdirs_p(b)
                else:
                    Path(b).mkdir(parents=True, exist_ok=True)
        files = [(a, b) for kind, a, b in plan if kind == "file"]
        written = Written()  # two remote names that are one local file never replace each other
        heard = _backend.Lock()
        # Reads in flight stay about DOWNLOAD_PARALLELISM for the whole copy, not that many for each file at once:
        # memory is bounded as for one download, whatever the concurrency.
        parallelism = max(1, DOWNLOAD_PARALLELISM // min(concurrency, max(1, len(files))))

        def copy(step: tuple[str, str]) -> int:
            a, b = step
            bar = progress(a, b) if progress is not None else None
            size = self._copy_file(a, b, src_remote, dst_remote, overwrite, parallelism, bar, listed.get(a), written)
            if callback is not None:
                with heard:  # one call at a time, whatever the workers: the callback need not be safe
                    callback(a, b, size)
            return size

        outcomes = _backend.each(files, copy, concurrency)
        failures = [o[1] for o in outcomes if o[0] == "failed"]
        if len(files) == 1 and failures:
            raise failures[0]
        if failures:
            raise tree_copy_failed(src, dst, files, outcomes) from failures[0]
        return len(files)

    def _copy_file(
        self,
        a: str,
        b: str,
        src_remote: bool,
        dst_remote: bool,
        overwrite: bool,
        parallelism: int,
        progress: Progress | None = None,
        info: Any = None,
        written: Written | None = None,
    ) -> int:
        if src_remote and dst_remote:
            with (
                self.open(a, "rb") as reader,
                self.open(b, "wb", overwrite=overwrite) as writer,
            ):
                while chunk := reader.read(BLOCK):
                    writer.write(chunk)
                    if progress is not None:
                        progress(writer.size, None)
                    _backend.check_interrupted()  # a sync tree copy interrupted: the writer is abandoned
            return writer.size
        if dst_remote:
            return self.upload(a, b, overwrite=overwrite, progress=progress)
        Path(b).parent.mkdir(parents=True, exist_ok=True)
        check_target(Path(b), overwrite)
        if info is None:
            info = self.get_status(path=dbfs_path(a))
        return self._download(a, info, b, overwrite, progress, parallelism, written=written)

    def _is_dir(self, path: str, remote: bool) -> bool | None:
        """True/False for an existing directory/file, None when nothing is there."""
        if not remote:
            return local_kind(path)
        try:
            return bool(self.get_status(path=dbfs_path(path)).is_dir)
        except ResourceDoesNotExist:
            return None

    def _plan_copy(
        self,
        src: str,
        dst: str,
        src_remote: bool,
        dst_remote: bool,
        recursive: bool,
        overwrite: bool,
        into: bool,
        listed: dict[str, Any] | None = None,
    ) -> list[tuple[str, str, str]]:
        """The copy's steps; ``listed`` receives the status of each remote file the walk listed (by dbfs: path)."""
        plan = Plan(copy_plan(src, dst, src_remote, dst_remote, recursive, overwrite, into))
        question = plan.ask()
        while question is not None:
            if question[0] == "walk":
                infos = [info for info in self.walk(question[1])]
                if listed is not None:
                    listed.update(("dbfs:" + info.path, info) for info in infos if not info.is_dir)
                question = plan.ask(infos)
            else:
                question = plan.ask(self._is_dir(question[1], question[2]))
        return plan.steps


class DbfsReader(Position, _backend.ReaderBase):
    """The reader of ``ws.dbfs.open(path, "rb")``: seekable, at most 1 MB per read request; the read that reaches
    the end of the file checks that it is still the ``version`` it was opened at."""

    def __init__(self, dbfs: DbfsService, path: str, version: Version) -> None:
        super().__init__()
        self._dbfs = dbfs
        self.path = path
        self.version = version
        self.size = version[0]
        self._pos = 0

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes (``-1``: the rest of the file, in 1 MB requests); ``b""`` at the end."""
        left = self.size - self._pos if size is None or size < 0 else min(size, self.size - self._pos)
        chunks = []
        while left > 0:
            want = min(left, BLOCK)
            data = check_chunk(
                self.path, self._pos, self._dbfs._read_chunk(self.path, self._pos, want), want, self.size
            )
            if self._pos + len(data) == self.size:
                self._dbfs._check_unchanged(self.path, self.version)  # before the last bytes are handed out
            chunks.append(data)
            self._pos += len(data)
            left -= len(data)
        return b"".join(chunks)

    def readall(self) -> bytes:
        return self.read(-1)

    def __enter__(self) -> DbfsReader:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class DbfsWriter(_backend.WriterBase):
    """What ``ws.dbfs.open(path, "wb")`` returns: a streaming DBFS handle written in 1 MB blocks.

    ``close()`` sends the rest, closes the handle (the commit) and checks the remote size; ``abort()`` (and any
    exception in an ``with`` block, or a failed block) abandons the handle instead: it is never closed, so a
    truncated file is never committed as if complete, and the file that was at the path (the previous one, or
    another writer's) is left untouched. Databricks drops an unclosed handle after 10 idle minutes. Nothing is
    deleted on any failure: after a commit, a size mismatch raises :class:`UploadVerificationError` and leaves
    the file, which may be another writer's.
    """

    def __init__(self, dbfs: DbfsService, path: str, handle: int) -> None:
        super().__init__()
        self._dbfs = dbfs
        self.path = path
        self.size = 0
        self._handle = handle
        self._buffer = bytearray()
        self._failed = False

    @property
    def name(self) -> str:
        return f"dbfs:{self.path}"

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.closed:
            raise ValueError("write to a closed DBFS file")
        if self._failed:
            raise ValueError("an earlier block of this DBFS file failed; the file will be discarded")
        view = memoryview(data).cast("B")
        self._buffer += view
        while len(self._buffer) >= BLOCK:
            self._send(bytes(self._buffer[:BLOCK]))
            del self._buffer[:BLOCK]
        return len(view)

    def _send(self, block: bytes) -> None:
        try:
            self._dbfs._add_block(self._handle, block)
        except BaseException:
            self._failed = True
            raise
        self.size += len(block)

    def close(self) -> None:
        """Send what is buffered, close the handle and verify the size. After a failed block the file is discarded
        and ValueError says so: ``close`` is the commit, and a commit that did not happen is never silent (the
        block's own error may have been caught and dropped on the way)."""
        from dbrest_client.models.dbfs_handle_request import DbfsHandleRequest

        if self.closed:
            return
        if self._failed:
            self._discard()
            raise ValueError(
                f"dbfs:{self.path} was not written: an earlier block failed, so the file was discarded and nothing "
                "was committed (a file that was there is unchanged). Write it again"
            )
        try:
            if self._buffer:
                self._send(bytes(self._buffer))
                self._buffer.clear()
            self._dbfs.close(body=DbfsHandleRequest(handle=self._handle))
            self._dbfs._verify(self.path, self.size)
        except BaseException:
            self._discard()
            raise
        super().close()

    def __del__(self) -> None:
        # A writer dropped without close() was never committed: discard it (the finaliser of io would commit
        # whatever was written before an exception escaped it), and say so instead of staying silent.
        if not getattr(self, "closed", True):
            warnings.warn(
                f"DBFS file {self.path} was never closed: discarding it (close() or use `with`)",
                ResourceWarning,
                stacklevel=1,
            )
            self._discard()

    def abort(self) -> None:
        """Discard the file: nothing more is sent and the handle is abandoned (never closed, so nothing is
        committed and whatever is at the path stays as it was)."""
        self._discard()

    def _discard(self) -> None:
        if not self.closed:
            self._buffer.clear()
            self._mark_closed()

    def __enter__(self) -> DbfsWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            self.close()
        else:
            self.abort()
