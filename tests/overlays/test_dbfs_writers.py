"""A failed DBFS write never removes a file the client did not write, sync and async alike.

Evidence followed: Databricks documents dbfs/create as opening a stream whose handle "has a 10 minute idle
timeout", with RESOURCE_ALREADY_EXISTS when a file exists and ``overwrite`` is false (docs.databricks.com, DBFS
API ``create``); it documents no moment at which the new contents replace the old. The mock commits a handle's
file on close (services/dbfs.py) and checks ``overwrite`` again then. So a writer that fails before close must
leave the previous file alone and abandon its handle (never close it: that would commit a partial file), and a
writer whose own close succeeded cannot prove that the file now at the path is its own (DBFS has no versions):
it reports a mismatch and deletes nothing.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import dbrest
import httpx
import pytest
from dbrest.dbfs import BLOCK, UploadVerificationError
from dbrest_mock import MockServer

from tests.conftest import TOKEN
from tests.overlays.sides import Side

CLOSE = "/api/2.0/dbfs/close"
PUT = "/api/2.0/dbfs/put"


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest, mock: MockServer) -> Side:
    return Side(mock, request.param)


def good_file(side: Side, path: str = "/w/data.bin") -> bytes:
    data = b"the previous good file " * 1000
    side.other.dbfs.upload(io.BytesIO(data), path)
    return data


# --- failures before close: the previous file stays, the handle is abandoned ---------------------------------


def test_an_overwrite_whose_add_block_connection_dropped_keeps_the_previous_file(side: Side, mock: MockServer) -> None:
    old = good_file(side)
    mock.add_fault(path="/api/2.0/dbfs/add-block", after=1, drop_connection=True, times=1)
    with pytest.raises(httpx.TransportError):
        side.upload(io.BytesIO(os.urandom(3 * BLOCK)), "/w/data.bin", overwrite=True)
    assert side.remote("/w/data.bin") == old
    assert side.count(CLOSE) == 0  # closing would have committed the first block as the whole file


@pytest.mark.parametrize("size", [10, 3 * BLOCK + 5], ids=["buffered", "blocks-sent"])
def test_an_overwriting_with_block_that_raises_keeps_the_previous_file(side: Side, size: int) -> None:
    old = good_file(side)
    with pytest.raises(RuntimeError):
        side.write_file("/w/data.bin", [os.urandom(size)], overwrite=True, fail=True)
    assert side.remote("/w/data.bin") == old
    assert side.count(CLOSE) == 0


def test_an_abandoned_handle_expires_on_the_server(side: Side, mock: MockServer) -> None:
    with pytest.raises(RuntimeError):
        side.write_file("/w/new.bin", [os.urandom(BLOCK + 1)], fail=True)
    dbfs: Any = mock.env.service("dbfs")
    assert len(dbfs.handles) == 1 and side.remote("/w/new.bin") is None
    mock.advance(10 * 60)  # Databricks: a 10 minute idle timeout on a handle
    assert dbfs.handles == {} and dbfs.disk_usage() == 0


def test_a_text_writer_that_raises_keeps_the_previous_file(mock: MockServer) -> None:
    side = Side(mock, "sync")
    old = good_file(side, "/w/notes.txt")
    ws = side.other
    with pytest.raises(RuntimeError), ws.dbfs.open("/w/notes.txt", "w", overwrite=True) as t:
        t.write("half a line")
        raise RuntimeError("the producer failed")
    assert side.remote("/w/notes.txt") == old


def test_a_never_closed_overwriting_writer_keeps_the_previous_file(mock: MockServer) -> None:
    import gc

    side = Side(mock, "sync")
    old = good_file(side)
    f = side.other.dbfs.open("/w/data.bin", "wb", overwrite=True)
    f.write(os.urandom(BLOCK + 1))
    with pytest.warns(ResourceWarning, match="never closed"):
        del f
        gc.collect()
    assert side.remote("/w/data.bin") == old


def test_an_overwriting_put_that_fails_keeps_the_previous_file(side: Side, mock: MockServer, tmp_path: Path) -> None:
    old = good_file(side)
    src = tmp_path / "new.bin"
    src.write_bytes(os.urandom(3 * BLOCK))
    mock.add_fault(path=PUT, drop_connection=True, times=1)
    with pytest.raises(httpx.TransportError):
        side.upload(src, "/w/data.bin", overwrite=True)
    assert side.remote("/w/data.bin") == old
    assert side.count("/api/2.0/dbfs/delete") == 0


def test_a_dbfs_to_dbfs_copy_whose_source_fails_keeps_the_previous_target(side: Side, mock: MockServer) -> None:
    old = good_file(side)
    side.other.dbfs.upload(io.BytesIO(os.urandom(3 * BLOCK)), "/w/src.bin")
    mock.add_fault(path="/api/2.0/dbfs/read", after=1, status=400, error_code="INVALID_PARAMETER_VALUE")
    with pytest.raises(dbrest.InvalidParameterValue):
        side.cp("dbfs:/w/src.bin", "dbfs:/w/data.bin", overwrite=True)
    assert side.remote("/w/data.bin") == old
    assert side.count(CLOSE) == 0 and side.count("/api/2.0/dbfs/delete") == 0


def test_a_never_closed_async_writer_is_discarded_with_a_warning(mock: MockServer) -> None:
    import gc

    side = Side(mock, "async")
    old = good_file(side)

    async def body() -> None:
        async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport()) as aws:
            f = await aws.dbfs.open("/w/data.bin", "wb", overwrite=True)
            await f.write(os.urandom(BLOCK + 1))
            with pytest.warns(ResourceWarning, match="never closed"):
                del f
                gc.collect()

    asyncio.run(body())
    assert side.remote("/w/data.bin") == old


# --- another writer committed first -----------------------------------------------------------------------


def test_a_writer_without_overwrite_never_deletes_what_another_writer_committed(side: Side) -> None:
    theirs = b"committed by the other writer"

    def other_writer_commits(request: httpx.Request, response: httpx.Response) -> None:
        side.other.dbfs.upload(io.BytesIO(theirs), json.loads(request.content)["path"])

    side.after("/api/2.0/dbfs/create", other_writer_commits)
    with pytest.raises(dbrest.ResourceAlreadyExists):  # the mock checks overwrite again on close
        side.write_file("/w/race.bin", [b"mine"])
    assert side.remote("/w/race.bin") == theirs
    side.after("/api/2.0/dbfs/create", other_writer_commits)
    with pytest.raises(dbrest.ResourceAlreadyExists):
        side.upload(io.BytesIO(b"mine"), "/w/race2.bin")
    assert side.remote("/w/race2.bin") == theirs


@pytest.mark.parametrize("how", ["blocks", "put", "open"])
def test_a_file_replaced_after_our_commit_is_reported_and_left_alone(side: Side, tmp_path: Path, how: str) -> None:
    """Our close succeeded, then another writer replaced the file before we checked its size: the mismatch is an
    error naming the path, and the other writer's file stays (we cannot prove the file there is ours)."""
    theirs = b"a longer file, committed by the other writer"

    def other_writer_replaces(request: httpx.Request, response: httpx.Response) -> None:
        side.other.dbfs.upload(io.BytesIO(theirs), "/w/r.bin", overwrite=True)

    side.after(PUT if how == "put" else CLOSE, other_writer_replaces)
    src = tmp_path / "mine.bin"
    src.write_bytes(b"mine")
    with pytest.raises(UploadVerificationError, match=r"/w/r\.bin") as caught:
        if how == "blocks":
            side.upload(io.BytesIO(b"mine"), "/w/r.bin", overwrite=True)
        elif how == "put":
            side.upload(src, "/w/r.bin", overwrite=True)
        else:
            side.write_file("/w/r.bin", [b"mine"], overwrite=True)
    assert "another writer" in str(caught.value)
    assert side.remote("/w/r.bin") == theirs


def race(side: Side, mock: MockServer, sources: list[Any]) -> list[BaseException]:
    """Every source uploaded to /w/hot.bin at once (threads, or tasks of one event loop); the errors seen."""
    errors: list[BaseException] = []
    if side.kind == "sync":

        def one(source: Any) -> None:
            try:
                side.other.dbfs.upload(source, "/w/hot.bin", overwrite=True)
            except UploadVerificationError as exc:
                errors.append(exc)

        threads = [threading.Thread(target=one, args=(p,)) for p in sources]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        return errors

    async def main() -> None:
        async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport()) as aws:
            results = await asyncio.gather(
                *(aws.dbfs.upload(p, "/w/hot.bin", overwrite=True) for p in sources),
                return_exceptions=True,
            )
        errors.extend(r for r in results if isinstance(r, BaseException))

    asyncio.run(main())
    return errors


@pytest.mark.parametrize("how", ["blocks", "put"])
def test_concurrent_overwrites_end_with_one_whole_file(side: Side, mock: MockServer, tmp_path: Path, how: str) -> None:
    """Six writers of different sizes race on one path (file objects go in blocks, paths in one put): whatever
    each of them reports, the path ends holding exactly one writer's whole file, and a writer that fails says it
    could not verify (never another error)."""
    payloads = [bytes([i]) * (BLOCK // 2 + i * 1000) for i in range(6)]
    files = [tmp_path / f"p{i}" for i in range(6)]
    for f, p in zip(files, payloads, strict=True):
        f.write_bytes(p)
    for _round in range(3):
        mock.env.service("dbfs").reset()  # type: ignore[attr-defined]
        errors = race(side, mock, [io.BytesIO(p) for p in payloads] if how == "blocks" else list(files))
        assert side.remote("/w/hot.bin") in payloads
        assert all(isinstance(e, UploadVerificationError) for e in errors), errors
        assert len(errors) < len(payloads)


# --- a copy within DBFS never writes what it reads ---------------------------------------------------------
# Databricks documents no moment at which a handle's new contents replace the old: a writer opened on a file that
# is still to be read may empty it. GNU cp refuses the same cases ("are the same file", "into itself").


@pytest.mark.parametrize("target", ["dbfs:/w/data.bin", "dbfs:/w/", "dbfs:/w/./data.bin", "dbfs://w/data.bin"])
def test_a_file_copied_onto_itself_is_refused_before_anything_is_written(side: Side, target: str) -> None:
    old = good_file(side)
    with pytest.raises(shutil.SameFileError, match="same DBFS file"):
        side.cp("dbfs:/w/data.bin", target, overwrite=True)
    assert side.remote("/w/data.bin") == old
    assert side.count("/api/2.0/dbfs/create") == 0


@pytest.mark.parametrize(
    ("source", "target", "options"),
    [
        ("dbfs:/w", "dbfs:/w", {"no_target_directory": True}),  # every file onto itself
        ("dbfs:/w", "dbfs:/w/sub", {"no_target_directory": True}),  # /w/data.bin -> /w/sub/data.bin, also read
        ("dbfs:/w/sub", "dbfs:/w", {"no_target_directory": True}),  # /w/sub/sub/x -> /w/sub/x, also read
        ("dbfs:/w", "dbfs:/", {}),  # into dbfs:/w: the same as the first
    ],
)
def test_overlapping_trees_are_refused_before_anything_is_written(
    side: Side, source: str, target: str, options: dict[str, Any]
) -> None:
    old = good_file(side)
    for path in ("/w/sub/data.bin", "/w/sub/sub/data.bin", "/w/sub/x", "/w/sub/sub/x"):
        side.other.dbfs.upload(io.BytesIO(path.encode()), path)
    before = {f.path: side.remote(f.path) for f in side.other.dbfs.walk("/w") if not f.is_dir}
    with pytest.raises(shutil.SameFileError, match="the trees overlap"):
        side.cp(source, target, recursive=True, overwrite=True, **options)
    assert {f.path: side.remote(f.path) for f in side.other.dbfs.walk("/w") if not f.is_dir} == before
    assert side.remote("/w/data.bin") == old
    assert side.count("/api/2.0/dbfs/create") == 0


def test_a_tree_copied_within_dbfs_to_a_new_place_inside_itself_is_copied(side: Side) -> None:
    old = good_file(side)  # nothing is both read and written: /w/data.bin -> /w/copy/data.bin
    assert side.cp("dbfs:/w", "dbfs:/w/copy", recursive=True, no_target_directory=True) == 1
    assert side.remote("/w/copy/data.bin") == old == side.remote("/w/data.bin")


class _NonBlocking(io.RawIOBase):
    """A non-blocking stream (a pipe or socket in O_NONBLOCK mode) whose writer pauses: read() answers None."""

    def __init__(self, parts: list[bytes | None]) -> None:
        self.parts = parts

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes | None:
        return self.parts.pop(0) if self.parts else b""


def test_a_pause_of_a_non_blocking_stream_is_not_taken_for_its_end(side: Side) -> None:
    old = good_file(side)
    stream = _NonBlocking([b"first part ", None, b"the rest"])
    with pytest.raises(BlockingIOError, match="non-blocking"):
        side.upload(stream, "/w/data.bin", overwrite=True)  # type: ignore[arg-type]
    assert side.remote("/w/data.bin") == old  # was: replaced by b"first part " as if it were the whole file
    assert side.count(CLOSE) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_a_named_pipe_is_uploaded_whole_and_checked_against_what_was_read(side: Side, tmp_path: Path) -> None:
    """A path that is not a regular file (a named pipe, a device) has no size before its end: it goes in blocks
    and the committed size is checked against the bytes read. Its st_size of 0 made a put whose check failed."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    data = os.urandom(BLOCK + 123)

    def feed() -> None:
        with open(pipe, "wb") as w:
            w.write(data)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        assert side.call("dbfs", "upload", pipe, "dbfs:/from-pipe.bin") == len(data)
    finally:
        writer.join(timeout=10)
    out = io.BytesIO()
    side.other.dbfs.download("dbfs:/from-pipe.bin", out)
    assert out.getvalue() == data
