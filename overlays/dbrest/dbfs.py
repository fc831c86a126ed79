"""DBFS beyond the raw operations: streaming upload and download with bounded memory, size verification,
progress callbacks, file objects, cp, and the small file-system verbs (ls, mkdirs, mv, rm).

The services are written once, async, in ``dbrest._async.dbfs``; ``DbfsService`` is its generated sync twin,
re-exported here (``AsyncDbfsService`` from :mod:`dbrest.dbfs_async`). This module holds what both share: the
codecs of the wire, the checks of a transfer, the copy plan and the failure types.

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
from collections.abc import Callable, Generator, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

import httpx
import pybase64

from .errors import DatabricksError, ResourceAlreadyExists, ResourceDoesNotExist
from .localfs import LocalFileSkipped as LocalFileSkipped  # re-exported: what a recursive cp may warn or raise
from .localfs import UnsafeRemoteName as UnsafeRemoteName
from .localfs import (
    Written,
    atomic_write,
    contained,
    relative_parts,
    walk_local,
)

BLOCK = 1024 * 1024
#: The CLI's cut-off: below 2 GiB a file goes up in one streamed multipart put; above, in 1 MB blocks.
MULTIPART_LIMIT = 2 * 1024 * 1024 * 1024
Progress = Callable[[int, int | None], None]
#: Concurrent 1 MB reads of a download. Each costs about 4 MiB of RSS in flight (the 1.4 MB base64 body, the
#: decoded MB, the malloc arena of its thread); 6 keeps a download under 64 MiB and still hides ~20 ms of latency.
DOWNLOAD_PARALLELISM = 6
#: Files of a tree that ``cp(recursive=True)`` copies at once. A small file costs a few round trips, each mostly
#: waiting on the server: 8 at a time keeps the connection pool (httpx's default of 10) busy without queueing.
CP_CONCURRENCY = 8


def decode_read_response(body: bytes) -> tuple[int, bytes]:
    """``(bytes_read, data)`` of a dbfs/read response body.

    A read answers ``{"bytes_read": N, "data": "<1.4 MB of base64>"}``. Parsing that with ``json.loads`` decodes
    the whole body to a str, scans the big string and copies it twice more before base64 decoding; that was a
    third of a download's client CPU. Instead the base64 text is located and decoded in place, and everything
    around it (any other fields included) is parsed as JSON with the string replaced by a marker (``\\u0000``,
    which base64 never holds): if that skeleton is not a JSON object whose ``data`` is exactly the marker (the
    string found was not the top-level ``data``, but one inside an unknown field before it), or the string
    holds an escape, the whole body is parsed the ordinary way.
    """
    key = body.find(b'"data"')
    colon = body.find(b":", key + 6) if key >= 0 else -1
    start = body.find(b'"', colon + 1) + 1 if colon >= 0 else 0
    end = body.find(b'"', start) if start > 0 else -1
    between = body[key + 6 : colon] + body[colon + 1 : start - 1]
    if end >= 0 and not between.strip() and body.find(b"\\", start, end) < 0:
        try:
            skeleton = json.loads(body[:start] + b"\\u0000" + body[end:])
        except ValueError:
            skeleton = None
        if isinstance(skeleton, dict) and skeleton.get("data") == "\0" and type(skeleton.get("bytes_read")) is int:
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


def read_block(f: IO[bytes], size: int) -> bytes:
    """``f.read(size)``, where None (a non-blocking stream with no data at the moment) is an error, not the end
    of the stream: taken as the end, it would commit a truncated file as if complete."""
    data = f.read(size)
    if data is None:
        raise BlockingIOError(
            "the stream had no data to read (a non-blocking stream): upload from a blocking one, so that its end "
            "is not mistaken for a pause"
        )
    return data


class _CountingReader:
    """A read-only file wrapper that reports progress as httpx streams it; ``check`` is called before each read
    (it may raise to stop the upload: the request is then cut off, and an incomplete put commits nothing)."""

    def __init__(
        self, f: IO[bytes], total: int | None, progress: Progress | None, check: Callable[[], None] | None = None
    ) -> None:
        self._f = f
        self._total = total
        self._progress = progress
        self._check = check
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        if self._check is not None:
            self._check()
        data = read_block(self._f, size)
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
def atomic_file(
    target: str | os.PathLike[str], size: int, overwrite: bool, written: Written | None = None
) -> Iterator[IO[bytes]]:
    """:func:`dbrest.localfs.atomic_write` that also checks the file has ``size`` bytes: it appears at ``target``
    only complete (a download never leaves a partial file), over an existing file only with ``overwrite``, and
    never over a file of the same tree copy (``written``)."""
    with atomic_write(target, overwrite=overwrite, written=written) as out:
        yield out
        if out.tell() != size:
            raise DownloadVerificationError(
                f"downloaded {out.tell()} bytes of {size} to {target}", error_code="DOWNLOAD_SIZE_MISMATCH"
            )


def copy_plan(
    src: str, dst: str, src_remote: bool, dst_remote: bool, recursive: bool, overwrite: bool, exact: bool = False
) -> Generator[PlanQuestion, Any, list[tuple[str, str, str]]]:
    """("dir"|"file", source, target) steps of a cp, checked in full before anything is written.

    A generator that asks its driver about DBFS (``("is_dir", path, remote)``, ``("walk", root)``) and is sent the
    answers, so that the sync and the async services share one plan (each answers with its own I/O). ``exact``:
    ``dst`` is the copy itself, never a directory to copy into (``cp -T``).
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
    if not src_remote and name == "..":  # "..", "a/..": the directory's own name, never a ".." in a target path
        name = Path(src).resolve().name
    dst_kind = None if exact else (yield ("is_dir", dst, dst_remote))
    target = join(dst, name) if dst_kind or (not exact and dst.endswith(("/", os.sep))) else dst
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
    if src_remote and dst_remote:
        refuse_overlap(src, dst, steps)
    if not dst_remote:
        refuse_other_kinds(steps)
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


def _same_path(path: str) -> PurePosixPath:
    # What DBFS resolves a path to: "dbfs:/a//b/./c/" and "//a/b/c" are /a/b/c (".." is refused by the server).
    return PurePosixPath("/" + dbfs_path(path).lstrip("/"))


def refuse_other_kinds(steps: list[tuple[str, str, str]]) -> None:
    """Refuse, before anything is copied, a local directory where a file goes and a local file where a directory
    goes (``overwrite`` replaces files, never a directory, and never a file by a directory): otherwise the copy
    would fail halfway, after other files were written."""
    for kind, _, b in steps:
        if kind == "file" and os.path.isdir(b):
            raise IsADirectoryError(f"{b} is a local directory: a file of the copy goes there; nothing was copied")
        if kind == "dir" and os.path.lexists(b) and not os.path.isdir(b):
            raise NotADirectoryError(f"{b} exists and is not a directory: a directory of the copy goes there")


def refuse_overlap(src: str, dst: str, steps: list[tuple[str, str, str]]) -> None:
    """Refuse a copy within DBFS that would write a file it also reads: a file copied onto itself, or trees that
    overlap (``cp -r -T dbfs:/a dbfs:/a``, or a target directory inside the source that already holds files).

    Such a copy either does nothing or destroys data: Databricks documents no moment at which a handle's new
    contents replace the old (docs.databricks.com, DBFS API ``create``), so a file may be emptied when its
    writer opens while it is still to be read, and in a tree the copy of a file read after it was written gets
    the new contents, which depends on the order in which concurrent copies run. GNU ``cp`` refuses both ("are
    the same file", "cannot copy a directory into itself")."""
    sources = {_same_path(a) for kind, a, _ in steps if kind == "file"}
    both = [b for kind, _, b in steps if kind == "file" and _same_path(b) in sources]
    if not both:
        return
    if len(steps) == 1:
        raise shutil.SameFileError(f"{src} and {both[0]} are the same DBFS file; copy it to another path")
    shown = ", ".join(both[:3]) + (f" and {len(both) - 3} more" if len(both) > 3 else "")
    raise shutil.SameFileError(
        f"copying {src} to {dst} would write files that it also reads ({shown}): the trees overlap. Copy to a "
        "destination outside the source (nothing was copied)"
    )


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


class TreeCopyFailed(DatabricksError):
    """Some files of a recursive ``cp`` failed. ``copied``, ``failed`` (with each file's exception) and
    ``not_copied`` list ``(source, target)`` pairs; every target is complete or absent, never partial."""

    hint = (
        "The files named as copied are complete; no target was left partial. Fix the cause of the failures "
        "and copy the files not copied again (cp of each, or the whole tree with overwrite=True)"
    )

    def __init__(
        self,
        message: str,
        *,
        copied: list[tuple[str, str]] | None = None,
        failed: list[tuple[str, str, BaseException]] | None = None,
        not_copied: list[tuple[str, str]] | None = None,
        error_code: str = "COPY_FAILED",
        **fields: Any,
    ) -> None:
        super().__init__(message, error_code=error_code, **fields)
        self.copied = copied or []
        self.failed = failed or []
        self.not_copied = not_copied or []


def tree_copy_failed(src: str, dst: str, files: list[tuple[str, str]], outcomes: list[Any]) -> TreeCopyFailed:
    """The :class:`TreeCopyFailed` of a copy of ``files`` (``(source, target)``) whose ``outcomes`` (one a file, as
    ``_backend.each`` tells them) hold failures."""
    copied = [f for f, (state, _) in zip(files, outcomes, strict=True) if state == "done"]
    failed = [(a, b, exc) for (a, b), (state, exc) in zip(files, outcomes, strict=True) if state == "failed"]
    not_copied = [f for f, (state, _) in zip(files, outcomes, strict=True) if state != "done"]
    shown = "; ".join(f"{a} -> {b}: {type(exc).__name__}: {exc}" for a, b, exc in failed[:3])
    more = f" (and {len(failed) - 3} more)" if len(failed) > 3 else ""
    return TreeCopyFailed(
        f"copying {src} to {dst}: {len(copied)} of {len(files)} files copied, {len(failed)} failed, "
        f"{len(not_copied) - len(failed)} not started; failed: {shown}{more}",
        copied=copied,
        failed=failed,
        not_copied=not_copied,
    )


# The services, after what they import from here (see dbrest._async).
from ._sync.dbfs import CopyCallback as CopyCallback  # noqa: E402
from ._sync.dbfs import DbfsReader as DbfsReader  # noqa: E402
from ._sync.dbfs import DbfsService as DbfsService  # noqa: E402
from ._sync.dbfs import DbfsWriter as DbfsWriter  # noqa: E402
