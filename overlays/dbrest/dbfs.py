"""DBFS beyond the raw operations: streaming upload and download with bounded memory, size verification,
progress callbacks, file objects, cp, and the small file-system verbs (ls, mkdirs, mv, rm).

Failures never delete: a write that fails before its commit abandons its handle (the previous file stays), and
after a commit nothing is removed that dbrest cannot prove it wrote (see ``DbfsService.upload``)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import io
import json
import os
import shutil
import warnings
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, Literal, overload

import httpx
import pybase64
from dbrest_client.api.dbfs import DbfsService as _GeneratedDbfsService

from .errors import DatabricksError, PartialDelete, ResourceAlreadyExists, ResourceDoesNotExist, decoded
from .localfs import LocalFileSkipped as LocalFileSkipped  # re-exported: what a recursive cp may warn or raise
from .localfs import UnsafeRemoteName as UnsafeRemoteName
from .localfs import (
    atomic_write,
    check_listed,
    check_target,
    contained,
    relative_parts,
    walk_local,
)

if TYPE_CHECKING:
    from dbrest_client.models.file_info import FileInfo

BLOCK = 1024 * 1024
#: The CLI's cut-off: below 2 GiB a file goes up in one streamed multipart put; above, in 1 MB blocks.
MULTIPART_LIMIT = 2 * 1024 * 1024 * 1024
Progress = Callable[[int, int | None], None]
#: Concurrent 1 MB reads of a download. Each costs about 4 MiB of RSS in flight (the 1.4 MB base64 body, the
#: decoded MB, the malloc arena of its thread); 6 keeps a download under 64 MiB and still hides ~20 ms of latency.
DOWNLOAD_PARALLELISM = 6


def decode_read_response(body: bytes) -> tuple[int, bytes]:
    """``(bytes_read, data)`` of a dbfs/read response body.

    A read answers ``{"bytes_read": N, "data": "<1.4 MB of base64>"}``. Parsing that with ``json.loads`` decodes
    the whole body to a str, scans the big string and copies it twice more before base64 decoding; that was a
    third of a download's client CPU. Instead the base64 text is located and decoded in place, and everything
    around it (any other fields included) is parsed as JSON with the string left empty: if that skeleton is not
    a JSON object whose ``data`` is exactly that empty string, or the string holds an escape, the whole body is
    parsed the ordinary way.
    """
    key = body.find(b'"data"')
    colon = body.find(b":", key + 6) if key >= 0 else -1
    start = body.find(b'"', colon + 1) + 1 if colon >= 0 else 0
    end = body.find(b'"', start) if start > 0 else -1
    between = body[key + 6 : colon] + body[colon + 1 : start - 1]
    if end >= 0 and not between.strip() and body.find(b"\\", start, end) < 0:
        try:
            skeleton = json.loads(body[:start] + body[end:])
        except ValueError:
            skeleton = None
        if isinstance(skeleton, dict) and skeleton.get("data") == "" and type(skeleton.get("bytes_read")) is int:
            return skeleton["bytes_read"], b64decode(memoryview(body)[start:end])
    payload = json.loads(body)
    return int(payload["bytes_read"]), b64decode(payload.get("data") or "")


def b64decode(data: str | bytes | memoryview) -> bytes:
    """Base64 as a server sends it: the SIMD decoder for well-formed text, the stdlib's lenient one otherwise."""
    try:
        return pybase64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return base64.b64decode(data)


def add_block_body(handle: int, block: bytes) -> bytes:
    """The JSON of an add-block request, encoded by hand: base64 needs no escaping, and json.dumps of the
    1.4 MB string (what the generated model does) cost 3 ms per block."""
    return b'{"handle":%d,"data":"%s"}' % (handle, pybase64.b64encode(block))


def release(response: httpx.Response) -> None:
    """Free a closed response and its request body now. httpx 0.28 keeps a response and its stream in a reference
    cycle (encode/httpx#3733) that only the garbage collector breaks; until it runs, every 1.4 MB read or
    add-block body stays in memory, which let 256 MiB transfers climb past 70 MiB of RSS."""
    response.stream = httpx.ByteStream(b"")
    response.request.stream = httpx.ByteStream(b"")


class UploadVerificationError(DatabricksError):
    hint = (
        "dbrest left that file in place: it cannot prove the file is its own upload (DBFS has no versions). "
        "Check it, and upload again with overwrite=True if it is not the file you want"
    )


class DownloadVerificationError(DatabricksError):
    hint = "A download to a path left no file there; download it again"


class RemoteFileChanged(DownloadVerificationError):
    hint = (
        "Another writer replaced, truncated or deleted it while it was read, so the bytes read may mix two "
        "versions; a download to a path left no file there. Download it again once the writer has finished"
    )


def check_uploaded(target: str, expected: int, info: Any) -> None:
    """Raise unless the remote file (its get-status ``info``) has the ``expected`` size."""
    if info.file_size != expected:
        raise UploadVerificationError(
            f"uploaded {expected} bytes but {target} has {info.file_size}: another writer may have replaced it "
            "after this upload was committed, or the upload was damaged",
            error_code="UPLOAD_SIZE_MISMATCH",
        )


def check_read(path: str, offset: int, length: int, bytes_read: int, data: bytes) -> bytes:
    """The data of one read, unless the server said it read more or fewer bytes than it sent."""
    if len(data) != min(length, bytes_read):
        raise DownloadVerificationError(
            f"the read at offset {offset} of {path} said {bytes_read} bytes but sent {len(data)}",
            error_code="READ_MISMATCH",
        )
    return data


def check_chunk(path: str, offset: int, data: bytes, expected: int, size: int) -> bytes:
    """The data of one read of a download, unless it is short: the file then changed since its size was read
    (a read past the new end answers nothing), and reading on would only fetch more nothing."""
    if len(data) != expected:
        raise changed_while_read(path, offset + len(data), size)
    return data


def check_download(dbfs_source: str, chunk_size: int, info: Any) -> int:
    """The size of the file to download, after checking the chunk size and that it is a file."""
    if not 0 < chunk_size <= BLOCK:
        raise ValueError("chunk_size must be between 1 byte and 1 MB (the DBFS read limit)")
    if info.is_dir:
        raise IsADirectoryError(f"{dbfs_source} is a directory; use cp(recursive=True)")
    return int(info.file_size)


#: A file's version as get-status tells it: its size and modification time (epoch ms; None when not sent).
Version = tuple[int, int | None]


def version_of(info: Any) -> Version:
    """The :data:`Version` of a get-status answer. DBFS has no version number or ETag: a replacement shows as a
    new size or a new modification time, and only a replacement of the same size within the same millisecond
    as the write before it would look unchanged."""
    mtime = info.modification_time
    return int(info.file_size), mtime if isinstance(mtime, int) and not isinstance(mtime, bool) else None


def _describe(version: Version) -> str:
    size, mtime = version
    if mtime is None:
        return f"{size} bytes"
    when = dt.datetime.fromtimestamp(mtime / 1000, dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return f"{size} bytes modified at {when}"


def check_unchanged(path: str, before: Version, after: Any | None) -> None:
    """Raise :class:`RemoteFileChanged` unless the file's status after its last read (``after``: a get-status
    answer, None when the file is gone) is the ``before`` status the reads were planned from: otherwise the
    bytes read may come from two versions (a torn read)."""
    now = version_of(after) if after is not None else None
    if now == before:
        return
    then = _describe(before)
    raise RemoteFileChanged(
        f"{path} changed while it was read: it was {then} when the read began, and "
        + (f"is {_describe(now)} after it" if now is not None else "no longer exists after it"),
        error_code="FILE_CHANGED",
    )


def changed_while_read(path: str, pos: int, size: int) -> RemoteFileChanged:
    # The file shrank under the reader: an error rather than a loop (databricks-cli could spin here).
    return RemoteFileChanged(
        f"{path} changed while it was read: it ended at {pos} bytes, {size} expected", error_code="FILE_CHANGED"
    )


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


def local_kind(path: str) -> bool | None:
    """True/False for an existing local directory/file, None when nothing is there."""
    return Path(path).is_dir() if Path(path).exists() else None


#: What a copy plan asks its driver: ("is_dir", path, remote) -> bool | None, ("walk", dbfs_root) -> [FileInfo].
PlanQuestion = tuple[Any, ...]


class Plan:
    """Drives a :func:`copy_plan`: ``ask(answer)`` returns the next question (None when the plan is complete, its
    steps then in ``steps``). The sync and async services only differ in how they answer."""

    def __init__(self, plan: Generator[PlanQuestion, Any, list[tuple[str, str, str]]]) -> None:
        self._plan = plan
        self.steps: list[tuple[str, str, str]] = []

    def ask(self, answer: Any = None) -> PlanQuestion | None:
        try:
            return self._plan.send(answer)
        except StopIteration as done:
            self.steps = done.value
            return None


@contextlib.contextmanager
def atomic_file(target: str | os.PathLike[str], size: int, overwrite: bool) -> Iterator[IO[bytes]]:
    """:func:`dbrest.localfs.atomic_write` that also checks the file has ``size`` bytes: it appears at ``target``
    only complete (a download never leaves a partial file), over an existing file only with ``overwrite``."""
    with atomic_write(target, overwrite=overwrite) as out:
        yield out
        if out.tell() != size:
            raise DownloadVerificationError(
                f"downloaded {out.tell()} bytes of {size} to {target}", error_code="DOWNLOAD_SIZE_MISMATCH"
            )


def copy_plan(
    src: str, dst: str, src_remote: bool, dst_remote: bool, recursive: bool, overwrite: bool
) -> Generator[PlanQuestion, Any, list[tuple[str, str, str]]]:
    """("dir"|"file", source, target) steps of a cp, checked in full before anything is written.

    A generator that asks its driver about DBFS (``("is_dir", path, remote)``, ``("walk", root)``) and is sent the
    answers, so that the sync and the async services share one plan (each answers with its own I/O).
    """

    def join(base: str, *parts: str) -> str:
        if dst_remote:
            return "dbfs:" + str(PurePosixPath(dbfs_path(base), *parts))
        return str(Path(base, *parts))

    src_kind = yield ("is_dir", src, src_remote)
    if src_kind is None:
        if src_remote:
            raise ResourceDoesNotExist(f"{src} does not exist", error_code="RESOURCE_DOES_NOT_EXIST")
        raise FileNotFoundError(f"{src} does not exist")
    name = PurePosixPath(dbfs_path(src)).name if src_remote else Path(src).name
    dst_kind = yield ("is_dir", dst, dst_remote)
    target = join(dst, name) if dst_kind or dst.endswith(("/", os.sep)) else dst
    steps: list[tuple[str, str, str]] = []
    if not src_kind:
        steps.append(("file", src, target))
    elif not recursive:
        raise IsADirectoryError(f"{src} is a directory; pass recursive=True to copy it with its contents")
    else:
        steps.append(("dir", src, target))
        if src_remote:
            root = dbfs_path(src)
            for info in (yield ("walk", root)):
                # Names from the server's listing are checked, never trusted: no "..", no absolute names, nothing
                # that resolves outside the target (UnsafeRemoteName before anything is written).
                step_target = join(target, *relative_parts(root, info.path))
                if not dst_remote:
                    contained(target, step_target, info.path)
                steps.append(("dir" if info.is_dir else "file", "dbfs:" + info.path, step_target))
        else:
            for kind, path, rel in walk_local(src):  # symlinks followed; loops and dangling links skipped, warned
                steps.append((kind, str(path), join(target, *rel)))
    # A directory copied to a new place cannot clash: only look (one call per file) when the target exists.
    if not overwrite and (not src_kind or (yield ("is_dir", target, dst_remote)) is not None):
        clashes = []
        for kind, _, b in steps:
            if kind == "file" and (yield ("is_dir", b, dst_remote)) is not None:
                clashes.append(b)
        if clashes:
            shown = ", ".join(clashes[:3]) + (f" and {len(clashes) - 3} more" if len(clashes) > 3 else "")
            if dst_remote:
                raise ResourceAlreadyExists(f"{shown} exist", error_code="RESOURCE_ALREADY_EXISTS")
            raise FileExistsError(f"{shown} exist; pass overwrite=True to replace them")
    return steps


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
            size = os.path.getsize(source)
            with open(source, "rb") as f:
                if size < MULTIPART_LIMIT:
                    return self._put_multipart(f, size, target, overwrite, progress)
                return self._put_blocks(f, size, target, overwrite, progress)
        return self._put_blocks(source, None, target, overwrite, progress)

    def _put_multipart(self, f: IO[bytes], size: int, target: str, overwrite: bool, progress: Progress | None) -> int:
        reader = _CountingReader(f, size, progress)
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
        while block := f.read(BLOCK):
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
        source = dbfs_path(dbfs_source)
        if isinstance(target, str | os.PathLike):
            check_target(Path(target), overwrite)
        info = self.get_status(path=source)
        size = check_download(dbfs_source, chunk_size, info)
        if isinstance(target, str | os.PathLike):
            with atomic_file(target, size, overwrite) as out:
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
            del resp
        return check_read(path, offset, length, bytes_read, data)

    def _read_into(
        self, path: str, size: int, out: IO[bytes], progress: Progress | None, parallelism: int, chunk_size: int
    ) -> None:
        offsets = iter(range(0, size, chunk_size))
        done = 0
        with ThreadPoolExecutor(max_workers=max(1, parallelism), thread_name_prefix="dbrest-dbfs") as pool:
            window: deque[tuple[int, Future[bytes]]] = deque()

            def refill() -> None:
                while len(window) < max(1, parallelism) + 1:
                    offset = next(offsets, None)
                    if offset is None:
                        return
                    window.append((offset, pool.submit(self._read_chunk, path, offset, min(chunk_size, size - offset))))

            refill()
            try:
                while window:
                    offset, fut = window.popleft()
                    data = check_chunk(path, offset, fut.result(), min(chunk_size, size - offset), size)
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

    # --- file objects ------------------------------------------------------------------------------

    @overload
    def open(self, path: str, mode: Literal["rb"] = "rb") -> io.BufferedReader[DbfsReader]: ...

    @overload
    def open(self, path: str, mode: Literal["wb"], *, overwrite: bool = False) -> DbfsWriter: ...

    @overload
    def open(
        self, path: str, mode: Literal["r", "w"], *, overwrite: bool = False, encoding: str = "utf-8"
    ) -> io.TextIOWrapper: ...

    def open(
        self, path: str, mode: str = "rb", *, overwrite: bool = False, encoding: str = "utf-8"
    ) -> io.BufferedReader[DbfsReader] | DbfsWriter | io.TextIOWrapper:
        """A file object on a DBFS file: ``"rb"``/``"r"`` stream reads, ``"wb"``/``"w"`` stream writes.

        Reads fetch at most 1 MB per request, and only when the buffer runs dry (``read(-1)`` reads the whole
        file in 1 MB requests). A read that reaches the end of the file checks its status (one get-status) and
        raises :class:`RemoteFileChanged` if another writer replaced it since ``open``, as :meth:`download`
        does; a reader closed before the end is not checked (close may run in a finaliser, where a request and an
        error have nowhere to go), though a short read still raises. Writes are gathered into 1 MB blocks, so many small writes never become many tiny
        ``add-block`` calls. The file replaces what is at ``path`` only when ``close()`` commits it: in a
        ``with`` block an exception discards it instead (the handle is abandoned, never closed, and a file that
        was at ``path`` stays as it was); outside one, call ``close()`` to commit or ``abort()`` to discard.
        Nothing is ever deleted on failure (see :meth:`upload`). Example::

            with ws.dbfs.open("dbfs:/tmp/out.csv", "w", overwrite=True) as f:
                f.write("a,b\\n1,2\\n")
            with ws.dbfs.open("dbfs:/tmp/out.csv", "r") as f:
                header = f.readline()
        """
        target = dbfs_path(path)
        if mode in ("rb", "r"):
            info = self.get_status(path=target)
            if info.is_dir:
                raise IsADirectoryError(f"{path} is a directory; list it with ws.dbfs.ls")
            reader = io.BufferedReader(DbfsReader(self, target, version_of(info)), buffer_size=BLOCK)
            return reader if mode == "rb" else io.TextIOWrapper(reader, encoding=encoding)
        if mode in ("wb", "w"):
            writer = DbfsWriter(self, target, overwrite=overwrite)
            return writer if mode == "wb" else _TextWriter(writer, encoding=encoding)
        raise ValueError(f"mode must be 'rb', 'r', 'wb' or 'w', not {mode!r}")

    # --- copies ------------------------------------------------------------------------------------

    def walk(self, path: str) -> Iterator[FileInfo]:
        """Every file and directory under a DBFS directory, depth first (a file yields itself). Example::

        total = sum(f.file_size for f in ws.dbfs.walk("dbfs:/mnt/raw") if not f.is_dir)
        """
        root = dbfs_path(path)
        for info in self.ls(root):
            check_listed(root, info.path)  # a listed "..", or another directory, never steers the walk
            yield info
            if info.is_dir and info.path != root:
                yield from self.walk(info.path)

    def cp(
        self,
        source: str | os.PathLike[str],
        destination: str | os.PathLike[str],
        *,
        recursive: bool = False,
        overwrite: bool = False,
        callback: Callable[[str, str, int], None] | None = None,
    ) -> int:
        """Copy between the local disk and DBFS (or within DBFS); ``dbfs:/`` marks the DBFS side.

        Returns the number of files copied; ``callback(source, target, size)`` hears about each. A directory
        needs ``recursive=True`` and is copied like POSIX ``cp -r``: into ``destination/<name>`` if the
        destination is an existing directory, else as ``destination`` (databricks-cli copied the contents
        instead, its issue #68). Existing targets are refused before anything is copied unless ``overwrite``.
        Files stream (upload/download/1 MB blocks), never whole in memory.

        Symlinks in a local tree are followed, to files and to directories (like ``cp -rL``); a dangling link, a
        symlinked directory that leads back to a directory being copied (a loop) and anything that is neither a
        file nor a directory are skipped with a :class:`LocalFileSkipped` warning naming each. Names in a DBFS
        listing that are ``..``, absolute, or resolve outside a local destination raise
        :class:`UnsafeRemoteName` before anything is written. Example::

            ws.dbfs.cp("data/", "dbfs:/mnt/raw/", recursive=True)
            ws.dbfs.cp("dbfs:/mnt/raw/data/a.csv", "a.csv", overwrite=True)
        """
        src, dst = os.fspath(source), os.fspath(destination)
        src_remote, dst_remote = src.startswith("dbfs:"), dst.startswith("dbfs:")
        if not src_remote and not dst_remote:
            raise ValueError("neither side is a dbfs:/ path; use shutil.copy for local copies")
        plan = self._plan_copy(src, dst, src_remote, dst_remote, recursive, overwrite)
        for kind, _, b in plan:
            if kind == "dir":
                if dst_remote:
                    self.mkdirs_p(b)
                else:
                    Path(b).mkdir(parents=True, exist_ok=True)
        copied = 0
        for kind, a, b in plan:
            if kind != "file":
                continue
            if src_remote and dst_remote:
                with self.open(a, "rb") as r, self.open(b, "wb", overwrite=overwrite) as w:
                    shutil.copyfileobj(r, w, BLOCK)
                size = w.size
            elif dst_remote:
                size = self.upload(a, b, overwrite=overwrite)
            else:
                Path(b).parent.mkdir(parents=True, exist_ok=True)
                size = self.download(a, b, overwrite=overwrite)
            copied += 1
            if callback is not None:
                callback(a, b, size)
        return copied

    def _is_dir(self, path: str, remote: bool) -> bool | None:
        """True/False for an existing directory/file, None when nothing is there."""
        if not remote:
            return local_kind(path)
        try:
            return bool(self.get_status(path=dbfs_path(path)).is_dir)
        except ResourceDoesNotExist:
            return None

    def _plan_copy(
        self, src: str, dst: str, src_remote: bool, dst_remote: bool, recursive: bool, overwrite: bool
    ) -> list[tuple[str, str, str]]:
        plan = Plan(copy_plan(src, dst, src_remote, dst_remote, recursive, overwrite))
        question = plan.ask()
        while question is not None:
            question = plan.ask(
                self._is_dir(*question[1:]) if question[0] == "is_dir" else list(self.walk(question[1]))
            )
        return plan.steps


class Position:
    """``tell``/``seek`` over a remote file of known ``size`` (the sync and async readers)."""

    size: int
    _pos: int

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos


class DbfsReader(Position, io.RawIOBase):
    """The raw reader under ``ws.dbfs.open(path, "rb")``: seekable, at most 1 MB per ``read`` request; the read
    that reaches the end of the file checks that it is still the ``version`` it was opened at."""

    def __init__(self, dbfs: DbfsService, path: str, version: Version) -> None:
        super().__init__()
        self._dbfs = dbfs
        self.path = path
        self.version = version
        self.size = version[0]
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        want = min(len(buffer), BLOCK, self.size - self._pos)
        if want <= 0:
            return 0
        data = check_chunk(self.path, self._pos, self._dbfs._read_chunk(self.path, self._pos, want), want, self.size)
        if self._pos + len(data) == self.size:
            self._dbfs._check_unchanged(self.path, self.version)  # before the last bytes are handed out
        buffer[: len(data)] = data
        self._pos += len(data)
        return len(data)

    def readall(self) -> bytes:
        # io.RawIOBase.readall would read 8 KiB per request; read in 1 MB requests instead.
        chunks = []
        while chunk := self.read(BLOCK):
            chunks.append(chunk)
        return b"".join(chunks)


class DbfsWriter(io.BufferedIOBase):
    """What ``ws.dbfs.open(path, "wb")`` returns: a streaming DBFS handle written in 1 MB blocks.

    ``close()`` sends the rest, closes the handle (the commit) and checks the remote size; ``abort()`` (and any
    exception in a ``with`` block, or a failed block) abandons the handle instead: it is never closed, so a
    truncated file is never committed as if complete, and the file that was at the path (the previous one, or
    another writer's) is left untouched. Databricks drops an unclosed handle after 10 idle minutes. Nothing is
    deleted on any failure: after a commit, a size mismatch raises :class:`UploadVerificationError` and leaves
    the file, which may be another writer's.
    """

    def __init__(self, dbfs: DbfsService, path: str, *, overwrite: bool = False) -> None:
        from dbrest_client.models.dbfs_create_request import DbfsCreateRequest

        super().__init__()
        self._dbfs = dbfs
        self.path = path
        self.size = 0
        self._buffer = bytearray()
        self._failed = False
        self._handle = dbfs.create(body=DbfsCreateRequest(path=path, overwrite=overwrite)).handle

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
        """Send what is buffered, close the handle and verify the size (or discard after a failed block)."""
        from dbrest_client.models.dbfs_handle_request import DbfsHandleRequest

        if self.closed:
            return
        if self._failed:
            self.abort()
            return
        try:
            if self._buffer:
                self._send(bytes(self._buffer))
                self._buffer.clear()
            self._dbfs.close(body=DbfsHandleRequest(handle=self._handle))
            self._dbfs._verify(self.path, self.size)
        except BaseException:
            self.abort()
            raise
        super().close()

    def __del__(self) -> None:
        # io's finaliser would close(), i.e. commit whatever was written before an exception escaped a writer used
        # without `with`. A file that was never closed explicitly is discarded instead, like a failed upload.
        if not self.closed:
            warnings.warn(
                f"DBFS file {self.path} was never closed: discarding it (close() it or use `with`)",
                ResourceWarning,
                stacklevel=1,
            )
            self.abort()

    def abort(self) -> None:
        """Discard the file: nothing more is sent and the handle is abandoned (never closed, so nothing is
        committed and whatever is at the path stays as it was)."""
        if self.closed:
            return
        self._buffer.clear()
        super().close()

    def __enter__(self) -> DbfsWriter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            self.close()
        else:
            self.abort()


class _TextWriter(io.TextIOWrapper):
    """Text mode over a :class:`DbfsWriter` that keeps its abort-on-exception behaviour."""

    def __del__(self) -> None:
        # Not TextIOWrapper's finaliser: it would close (commit) the writer; DbfsWriter.__del__ discards it.
        writer = self.buffer
        if not self.closed and isinstance(writer, DbfsWriter):
            writer.__del__()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            self.close()
            return
        writer = self.buffer
        if isinstance(writer, DbfsWriter):
            writer.abort()
        with contextlib.suppress(ValueError):
            self.close()
