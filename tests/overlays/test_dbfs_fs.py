"""ws.dbfs as a file system: streaming file objects (1 MB requests, abort on error) and cp between the local
disk and DBFS, recursive like POSIX cp -r."""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dbrest
import httpx
import pytest
from dbrest.dbfs import BLOCK, RemoteFileChanged, UploadVerificationError
from dbrest_mock import MockServer

from tests.conftest import TOKEN
from tests.overlays.sides import both_workspaces
from tests.overlays.test_commands import Recorder


@pytest.fixture(params=["sync", "async"])
def ws(request: pytest.FixtureRequest, mock: MockServer, recorder: Recorder) -> Iterator[Any]:
    """Every test here runs on both clients: the async one seen through tests/overlays/sides.Synced."""
    yield from both_workspaces(request.param, mock, recorder)


@pytest.fixture
def sync_ws(recorder: Recorder) -> dbrest.Workspace:
    """For what only the sync client has: text modes (io.TextIOWrapper has no async twin) and finalisers."""
    return dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=recorder)


def remote_bytes(mock: MockServer, path: str) -> bytes:
    data: bytes = mock.env.service("dbfs").file_bytes(path)  # type: ignore[attr-defined]
    return data


def count(recorder: Recorder, path: str) -> int:
    return sum(1 for _, p, _ in recorder.seen if p == path)


# --- open ------------------------------------------------------------------------------------------------


def test_reads_fetch_one_megabyte_at_a_time_and_seek(ws: dbrest.Workspace, recorder: Recorder) -> None:
    data = os.urandom(2 * BLOCK + 12345)
    ws.dbfs.upload(io.BytesIO(data), "/data/blob.bin")
    recorder.seen.clear()
    with ws.dbfs.open("dbfs:/data/blob.bin") as f:
        assert f.read(10) == data[:10]
        assert count(recorder, "/api/2.0/dbfs/read") == 1
        f.seek(2 * BLOCK)
        assert f.read(5) == data[2 * BLOCK : 2 * BLOCK + 5]
        f.seek(0)
        assert f.read() == data
        assert f.read() == b""
    assert count(recorder, "/api/2.0/dbfs/read") == 2 + 3  # the two probes, then three 1 MB reads


def test_many_small_writes_become_one_megabyte_blocks(
    ws: dbrest.Workspace, recorder: Recorder, mock: MockServer
) -> None:
    data = os.urandom(3 * 1000 * 1000)
    with ws.dbfs.open("/data/out.bin", "wb") as f:
        for i in range(0, len(data), 1000):
            f.write(data[i : i + 1000])
    assert count(recorder, "/api/2.0/dbfs/add-block") == 3  # not 3000 (databricks-sdk-py #131)
    assert remote_bytes(mock, "/data/out.bin") == data
    with pytest.raises(dbrest.ResourceAlreadyExists):
        ws.dbfs.open("/data/out.bin", "wb")
    with ws.dbfs.open("/data/out.bin", "wb", overwrite=True) as f:
        f.write(b"short")
    assert remote_bytes(mock, "/data/out.bin") == b"short"


def test_an_error_in_the_with_block_leaves_no_remote_file(ws: dbrest.Workspace) -> None:
    with pytest.raises(RuntimeError), ws.dbfs.open("/data/partial.bin", "wb") as f:
        f.write(os.urandom(BLOCK + 1))
        raise RuntimeError("the producer failed")
    assert not ws.dbfs.exists("/data/partial.bin")


def test_an_error_in_a_text_with_block_leaves_no_remote_file(sync_ws: dbrest.Workspace) -> None:
    with pytest.raises(RuntimeError), sync_ws.dbfs.open("/data/partial.txt", "w") as t:
        t.write("half a line")
        raise RuntimeError("the producer failed")
    assert not sync_ws.dbfs.exists("/data/partial.txt")


def test_a_failed_block_discards_the_file_even_without_with(ws: dbrest.Workspace, mock: MockServer) -> None:
    f = ws.dbfs.open("/data/broken.bin", "wb")
    mock.add_fault(path="/api/2.0/dbfs/add-block", drop_connection=True, times=1)
    with pytest.raises(httpx.TransportError):
        f.write(os.urandom(BLOCK))
    with pytest.raises(ValueError, match="discarded"):
        f.write(b"more")
    with pytest.raises(ValueError, match="was not written: an earlier block failed"):
        f.close()  # the commit did not happen: never silently (was: returned as if committed)
    f.close()  # closed now: a second close says nothing
    assert not ws.dbfs.exists("/data/broken.bin")


def test_a_writer_whose_failed_block_was_swallowed_is_not_reported_as_written(
    ws: dbrest.Workspace, mock: MockServer
) -> None:
    mock.add_fault(path="/api/2.0/dbfs/add-block", drop_connection=True, times=1)
    # a caller that drops the block's error: the with block ends normally, and close() is the commit
    with (
        pytest.raises(ValueError, match="was not written"),
        ws.dbfs.open("/data/swallowed.bin", "wb") as f,
        contextlib.suppress(httpx.TransportError),
    ):
        f.write(os.urandom(BLOCK))
    assert not ws.dbfs.exists("/data/swallowed.bin")


@pytest.mark.parametrize("mode", ["wb", "w"])
def test_a_writer_that_is_never_closed_is_discarded_not_committed(sync_ws: dbrest.Workspace, mode: str) -> None:
    """(The async writer's finaliser: tests/overlays/test_dbfs_writers.py.)"""
    import gc

    ws = sync_ws
    f = ws.dbfs.open("/tmp/abandoned", mode)  # type: ignore[call-overload]
    f.write(b"x" * 1_500_000 if mode == "wb" else "x" * 1_500_000)  # one block already sent
    with pytest.warns(ResourceWarning, match="never closed: discarding it"):
        del f
        gc.collect()
    assert not ws.dbfs.exists("/tmp/abandoned")


def test_an_upload_of_the_wrong_size_is_reported_and_left_in_place(
    sync_ws: dbrest.Workspace, mock: MockServer, tmp_path: Path
) -> None:
    """dbrest cannot prove that the file it finds after its commit is its own (tests/overlays/test_dbfs_writers.py,
    both clients), so it says so and deletes nothing. (Sync only: it patches the service's get_status.)"""
    ws = sync_ws
    src = tmp_path / "a.bin"
    src.write_bytes(b"a" * 1000)
    real = ws.dbfs.get_status

    def lying_status(**kwargs: object) -> object:
        info = real(**kwargs)  # type: ignore[arg-type]
        info.file_size = 999  # type: ignore[attr-defined]
        return info

    ws.dbfs.get_status = lying_status  # type: ignore[method-assign]
    for source in (src, io.BytesIO(b"a" * 1000)):
        with pytest.raises(UploadVerificationError, match=r"uploaded 1000 bytes but /tmp/a\.bin has 999.*in place"):
            ws.dbfs.upload(source, "/tmp/a.bin", overwrite=True)
        assert remote_bytes(mock, "/tmp/a.bin") == b"a" * 1000


def test_text_mode_round_trip(sync_ws: dbrest.Workspace) -> None:
    ws = sync_ws
    with ws.dbfs.open("dbfs:/t/notes.txt", "w") as t:
        t.write("héllo\n")
        t.write("wörld\n")
    with ws.dbfs.open("dbfs:/t/notes.txt", "r") as r:
        assert r.readline() == "héllo\n"
        assert r.read() == "wörld\n"


def test_open_refuses_directories_and_missing_files(ws: dbrest.Workspace) -> None:
    ws.dbfs.mkdirs_p("/d")
    with pytest.raises(IsADirectoryError, match=r"ws\.dbfs\.ls"):
        ws.dbfs.open("/d")
    with pytest.raises(dbrest.ResourceDoesNotExist):
        ws.dbfs.open("/nope")
    with pytest.raises(ValueError, match="mode"):
        ws.dbfs.open("/d", "a")  # type: ignore[call-overload]


def test_a_file_that_shrinks_while_read_is_an_error_not_a_loop(ws: dbrest.Workspace) -> None:
    ws.dbfs.upload(io.BytesIO(os.urandom(3 * BLOCK)), "/data/moving.bin")
    with ws.dbfs.open("/data/moving.bin") as f:
        f.read(10)
        ws.dbfs.upload(io.BytesIO(b"tiny"), "/data/moving.bin", overwrite=True)
        with pytest.raises(RemoteFileChanged, match="changed while it was read"):
            f.read()


# --- cp --------------------------------------------------------------------------------------------------


def make_tree(root: Path) -> dict[str, bytes]:
    files = {"a.bin": os.urandom(BLOCK + 3), "sub/b.txt": b"bee", "sub/deep/c.txt": b"", "sub/deep/d.bin": b"d" * 10}
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / "empty").mkdir()
    return files


def local_tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_cp_single_files_in_every_direction(ws: dbrest.Workspace, mock: MockServer, tmp_path: Path) -> None:
    src = tmp_path / "one.bin"
    src.write_bytes(os.urandom(BLOCK * 2 + 1))
    assert ws.dbfs.cp(src, "dbfs:/c/one.bin") == 1
    assert remote_bytes(mock, "/c/one.bin") == src.read_bytes()
    ws.dbfs.mkdirs_p("/c/in")
    ws.dbfs.cp(src, "dbfs:/c/in")  # into an existing directory
    assert remote_bytes(mock, "/c/in/one.bin") == src.read_bytes()
    ws.dbfs.cp(src, "dbfs:/c/new/")  # a trailing slash names a directory
    assert remote_bytes(mock, "/c/new/one.bin") == src.read_bytes()
    assert ws.dbfs.cp("dbfs:/c/one.bin", "dbfs:/c/two.bin") == 1  # streamed within DBFS
    assert remote_bytes(mock, "/c/two.bin") == src.read_bytes()
    back = tmp_path / "back.bin"
    ws.dbfs.cp("dbfs:/c/two.bin", back)
    assert back.read_bytes() == src.read_bytes()
    with pytest.raises(FileExistsError, match="overwrite=True"):
        ws.dbfs.cp("dbfs:/c/two.bin", back)
    with pytest.raises(dbrest.ResourceAlreadyExists):
        ws.dbfs.cp(src, "dbfs:/c/two.bin")
    with pytest.raises(ValueError, match="shutil"):
        ws.dbfs.cp(src, tmp_path / "x")
    with pytest.raises(IsADirectoryError, match="recursive=True"):
        ws.dbfs.cp(tmp_path, "dbfs:/c/dir")


def test_cp_recursive_is_posix_like_both_ways(ws: dbrest.Workspace, mock: MockServer, tmp_path: Path) -> None:
    files = make_tree(tmp_path / "proj")
    copied: list[str] = []
    n = ws.dbfs.cp(tmp_path / "proj", "dbfs:/up", recursive=True, callback=lambda a, b, size: copied.append(b))
    assert n == 4 == len(copied)
    assert {p: remote_bytes(mock, f"/up/{p}") for p in files} == files  # /up did not exist: it is the copy
    assert ws.dbfs.get_status(path="/up/empty").is_dir
    ws.dbfs.cp(tmp_path / "proj", "dbfs:/up", recursive=True)  # /up exists now: copied into /up/proj
    assert remote_bytes(mock, "/up/proj/sub/b.txt") == b"bee"

    assert ws.dbfs.cp("dbfs:/up", tmp_path / "down", recursive=True) == 8
    assert local_tree(tmp_path / "down") == {**files, **{f"proj/{p}": d for p, d in files.items()}}
    assert (tmp_path / "down" / "empty").is_dir()
    assert ws.dbfs.cp("dbfs:/up/proj", "dbfs:/copy", recursive=True) == 4
    assert remote_bytes(mock, "/copy/a.bin") == files["a.bin"]


def test_cp_refuses_existing_targets_before_copying_anything(
    ws: dbrest.Workspace, recorder: Recorder, tmp_path: Path
) -> None:
    make_tree(tmp_path / "proj")
    ws.dbfs.upload(io.BytesIO(b"keep"), "/dst/proj/sub/b.txt")
    recorder.seen.clear()
    with pytest.raises(dbrest.ResourceAlreadyExists, match=r"proj/sub/b\.txt"):
        ws.dbfs.cp(tmp_path / "proj", "dbfs:/dst", recursive=True)
    writes = {"/api/2.0/dbfs/put", "/api/2.0/dbfs/create", "/api/2.0/dbfs/mkdirs"}
    assert not [p for _, p, _ in recorder.seen if p in writes]
    assert ws.dbfs.cp(tmp_path / "proj", "dbfs:/dst", recursive=True, overwrite=True) == 4
