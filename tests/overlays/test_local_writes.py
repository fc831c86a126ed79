"""What a download or an export writes on the local disk, sync and async alike: an existing file is replaced only
with ``overwrite=True`` (like ``upload`` and ``cp``), a new file gets the mode the umask gives, a file that
changes on the server while it is read stops the download at the first short read, and no partial file is ever
left behind."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dbrest.dbfs import BLOCK, RemoteFileChanged
from dbrest_mock import MockServer

from tests.conftest import USER
from tests.overlays.sides import Side, local_mode

READ = "/api/2.0/dbfs/read"
NOTEBOOK = "# Databricks notebook source\nprint(1)\n"


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest, mock: MockServer) -> Side:
    return Side(mock, request.param)


@pytest.fixture
def umask() -> Iterator[int]:
    """A known umask for the test (restored after): new files must get 0o666 & ~umask, not the temp file's 0600."""
    old = os.umask(0o027)
    try:
        yield 0o027
    finally:
        os.umask(old)


def notebook(side: Side, path: str = f"/Users/{USER}/etl") -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "etl.py")
        src.write_text(NOTEBOOK)
        side.other.workspace.import_file(src, path)
    return path


# --- overwrite ---------------------------------------------------------------------------------------------


def test_download_refuses_an_existing_local_file_without_overwrite(side: Side, tmp_path: Path) -> None:
    side.other.dbfs.upload(io.BytesIO(b"remote contents"), "/d/a.txt")
    local = tmp_path / "a.txt"
    local.write_bytes(b"keep me")
    with pytest.raises(FileExistsError, match=rf"{local}.*overwrite=True"):
        side.download("dbfs:/d/a.txt", local)
    assert local.read_bytes() == b"keep me"
    assert side.count(READ) == 0  # refused before anything was read
    assert side.download("dbfs:/d/a.txt", local, overwrite=True) == 15
    assert local.read_bytes() == b"remote contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_download_onto_a_directory_is_refused(side: Side, tmp_path: Path) -> None:
    side.other.dbfs.upload(io.BytesIO(b"x"), "/d/a.txt")
    with pytest.raises(IsADirectoryError, match=str(tmp_path)):
        side.download("dbfs:/d/a.txt", tmp_path, overwrite=True)


def test_cp_down_passes_overwrite_to_the_download(side: Side, tmp_path: Path) -> None:
    side.other.dbfs.upload(io.BytesIO(b"new"), "/d/a.txt")
    local = tmp_path / "a.txt"
    local.write_bytes(b"old")
    with pytest.raises(FileExistsError):
        side.cp("dbfs:/d/a.txt", local)
    assert local.read_bytes() == b"old"
    side.cp("dbfs:/d/a.txt", local, overwrite=True)
    assert local.read_bytes() == b"new"


def test_export_file_refuses_an_existing_local_file_without_overwrite(side: Side, tmp_path: Path) -> None:
    path = notebook(side)
    local = tmp_path / "etl.py"
    local.write_text("keep me")
    with pytest.raises(FileExistsError, match=rf"{local}.*overwrite=True"):
        side.call("workspace", "export_file", path, local)
    assert local.read_text() == "keep me"
    side.call("workspace", "export_file", path, local, overwrite=True)
    assert local.read_text().startswith("# Databricks notebook source")


# --- modes ---------------------------------------------------------------------------------------------------


def test_downloaded_and_exported_files_get_the_umask_mode(side: Side, tmp_path: Path, umask: int) -> None:
    side.other.dbfs.upload(io.BytesIO(os.urandom(BLOCK + 1)), "/d/big.bin")
    side.download("dbfs:/d/big.bin", tmp_path / "big.bin")
    side.cp("dbfs:/d", tmp_path / "tree", recursive=True)
    written = side.call("workspace", "export_file", notebook(side), tmp_path / "etl.py")
    side.call("workspace", "export_dir", f"/Users/{USER}", tmp_path / "home")
    for path in (tmp_path / "big.bin", tmp_path / "tree" / "big.bin", written, tmp_path / "home" / "etl.py"):
        assert local_mode(path) == 0o666 & ~umask, path


def test_a_replaced_file_gets_the_umask_mode_too(side: Side, tmp_path: Path, umask: int) -> None:
    side.other.dbfs.upload(io.BytesIO(b"x"), "/d/a.txt")
    local = tmp_path / "a.txt"
    local.write_bytes(b"old")
    local.chmod(0o600)
    side.download("dbfs:/d/a.txt", local, overwrite=True)
    assert local_mode(local) == 0o666 & ~umask


# --- a file that changes while it is read -------------------------------------------------------------------


@pytest.mark.parametrize("new_size", [0, 1000, 3 * 1024 + 17], ids=["emptied", "shorter", "mid-chunk"])
def test_a_file_truncated_during_a_download_stops_at_the_first_short_read(
    side: Side, tmp_path: Path, new_size: int
) -> None:
    side.other.dbfs.upload(io.BytesIO(os.urandom(512 * 1024)), "/d/moving.bin")

    def truncate(request: httpx.Request, response: httpx.Response) -> None:
        side.other.dbfs.upload(io.BytesIO(b"t" * new_size), "/d/moving.bin", overwrite=True)

    side.after(READ, truncate)
    with pytest.raises(RemoteFileChanged, match=r"/d/moving\.bin changed while it was read") as caught:
        side.download("dbfs:/d/moving.bin", tmp_path / "m.bin", chunk_size=1024, parallelism=2)
    assert "upload" not in str(caught.value)
    # Stops soon, not after 512 reads: the reads the new file fills, the first short one, and at most two windows
    # (parallelism + 1 each) more: one whose reads the server answered before the truncation (the sync download's
    # other thread keeps reading while the hook truncates), and the one in flight when the short read is seen.
    assert side.count(READ) <= new_size // 1024 + 1 + 2 * (2 + 1)
    assert list(tmp_path.iterdir()) == []


def test_a_truncated_file_stops_a_download_into_a_file_object_too(side: Side) -> None:
    side.other.dbfs.upload(io.BytesIO(os.urandom(64 * 1024)), "/d/moving.bin")
    side.after(READ, lambda *_: side.other.dbfs.upload(io.BytesIO(b""), "/d/moving.bin", overwrite=True))
    with pytest.raises(RemoteFileChanged):
        side.download("dbfs:/d/moving.bin", io.BytesIO(), chunk_size=1024, parallelism=1)
    assert side.count(READ) <= 3


# --- two remote names, one local file ---------------------------------------------------------------------------
# DBFS and the workspace tell "Report" from "report"; a case-insensitive file system (macOS, Windows) holds them
# as one file, and so does a symlink that joins two directories of the destination (what these tests use, on any
# file system). With overwrite=True the second file must not silently replace the first of the same copy.


@pytest.mark.parametrize("concurrency", [1, 8])
def test_a_tree_download_never_replaces_a_file_it_has_just_written(
    side: Side, tmp_path: Path, concurrency: int
) -> None:
    from dbrest.dbfs import TreeCopyFailed

    side.other.dbfs.upload(io.BytesIO(b"from sub"), "/t/sub/x.txt")
    side.other.dbfs.upload(io.BytesIO(b"from sub2"), "/t/sub2/x.txt")
    dest = tmp_path / "dest"
    (dest / "sub").mkdir(parents=True)
    (dest / "sub2").symlink_to("sub")  # sub2/x.txt is sub/x.txt, as Sub/x.txt would be on macOS
    with pytest.raises(TreeCopyFailed) as failed:
        side.cp("dbfs:/t", dest, recursive=True, overwrite=True, no_target_directory=True, concurrency=concurrency)
    assert len(failed.value.copied) == 1 and len(failed.value.failed) == 1
    (_, _, why), ((source, _),) = failed.value.failed[0], failed.value.copied
    assert isinstance(why, FileExistsError) and "which this copy has just written" in str(why)
    assert (dest / "sub" / "x.txt").read_bytes() == side.remote(source.removeprefix("dbfs:"))  # the one copied
    assert sorted(p.name for p in (dest / "sub").iterdir()) == ["x.txt"]  # and no temporary file left


def test_an_export_dir_never_replaces_a_file_it_has_just_written(side: Side, tmp_path: Path) -> None:
    from dbrest_client.models.workspace_path_request import WorkspacePathRequest

    for folder in ("sub", "sub2"):
        side.other.workspace.mkdirs(body=WorkspacePathRequest(path=f"/Users/{USER}/p/{folder}"))
        side.other.workspace.upload(
            f"/Users/{USER}/p/{folder}/nb", NOTEBOOK + f"# {folder}\n", format="SOURCE", language="PYTHON"
        )
    dest = tmp_path / "dest"
    (dest / "sub").mkdir(parents=True)
    (dest / "sub2").symlink_to("sub")
    with pytest.raises(FileExistsError, match="which this copy has just written"):
        side.call("workspace", "export_dir", f"/Users/{USER}/p", dest, overwrite=True)
    assert (dest / "sub" / "nb.py").read_text().endswith("# sub")  # the first export stays
    assert sorted(p.name for p in (dest / "sub").iterdir()) == ["nb.py"]


def test_a_file_with_a_long_valid_name_downloads(side: Side, tmp_path: Path) -> None:
    name = "é" * 120 + ".csv"  # 244 bytes: a valid name (255 at most), too long to repeat whole in a temporary one
    side.other.dbfs.upload(io.BytesIO(b"a,b\n"), f"/long/{name}")
    assert side.download(f"dbfs:/long/{name}", tmp_path / name) == 4
    assert side.cp("dbfs:/long", tmp_path / "tree", recursive=True) == 1
    assert (tmp_path / name).read_bytes() == (tmp_path / "tree" / name).read_bytes() == b"a,b\n"
    assert sorted(p.name for p in tmp_path.rglob("*")) == sorted([name, "tree", name])  # no temporary left


# --- interrupted or failing local writes leave the previous file and no temporary --------------------------------


def _interrupt_at(calls: int, how: str) -> Any:
    """A progress callback that interrupts the transfer at its ``calls``-th report: Ctrl-C (KeyboardInterrupt) or,
    in the async client, the cancellation of the task."""
    heard = [0]

    def progress(done: int, total: int | None) -> None:
        heard[0] += 1
        if heard[0] == calls:
            if how == "cancel":
                asyncio.current_task().cancel()  # type: ignore[union-attr]
            else:
                raise KeyboardInterrupt

    return progress


#: (client, interruption): a sync call is interrupted by Ctrl-C (KeyboardInterrupt); an async one by the
#: cancellation of its task, which is also what asyncio.run makes of Ctrl-C (asyncio/runners.py, Runner.run).
INTERRUPTIONS = [("sync", "ctrl-c"), ("async", "cancel")]


@pytest.mark.parametrize(("kind", "how"), INTERRUPTIONS)
@pytest.mark.parametrize("at", [1, 3])
def test_an_interrupted_download_keeps_the_previous_file_and_leaves_no_temporary(
    mock: MockServer, tmp_path: Path, kind: str, how: str, at: int
) -> None:
    side = Side(mock, kind)
    side.other.dbfs.upload(io.BytesIO(os.urandom(4 * BLOCK)), "/i/big.bin")
    local = tmp_path / "big.bin"
    local.write_bytes(b"the previous local file")
    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)):
        side.download("dbfs:/i/big.bin", local, overwrite=True, parallelism=1, progress=_interrupt_at(at, how))
    assert local.read_bytes() == b"the previous local file"
    assert [p.name for p in tmp_path.iterdir()] == ["big.bin"]


@pytest.mark.parametrize(("kind", "how"), INTERRUPTIONS)
def test_an_interrupted_tree_download_leaves_only_whole_files(
    mock: MockServer, tmp_path: Path, kind: str, how: str
) -> None:
    side = Side(mock, kind)
    data = {f"f{i}.bin": os.urandom(2 * BLOCK + i) for i in range(4)}
    for name, content in data.items():
        side.other.dbfs.upload(io.BytesIO(content), f"/i/{name}")
    out = tmp_path / "out"
    calls = [0]

    def progress(source: str, target: str) -> Any:
        calls[0] += 1
        return _interrupt_at(2, how) if calls[0] == 3 else None  # the third file, halfway through

    with pytest.raises((KeyboardInterrupt, asyncio.CancelledError)):
        side.cp("dbfs:/i", out, recursive=True, concurrency=2, progress=progress)
    left = {p.name: p.read_bytes() for p in out.iterdir()}
    assert left and all(data[name] == content for name, content in left.items())  # no .part, nothing partial


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full (every write fails with ENOSPC) is Linux's")
def test_a_full_disk_keeps_the_previous_file_and_leaves_no_temporary(
    side: Side, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dbrest import localfs

    real = localfs._temp_beside

    def on_a_full_disk(target: Path) -> tuple[int, Path]:
        fd, tmp = real(target)  # the temporary file is made as usual, and must be removed
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), tmp

    monkeypatch.setattr(localfs, "_temp_beside", on_a_full_disk)
    side.other.dbfs.upload(io.BytesIO(os.urandom(BLOCK + 1)), "/i/data.bin")
    local = tmp_path / "data.bin"
    local.write_bytes(b"the previous local file")
    with pytest.raises(OSError, match="No space left on device"):
        side.download("dbfs:/i/data.bin", local, overwrite=True)
    assert local.read_bytes() == b"the previous local file"
    side.other.workspace.upload(f"/Users/{USER}/nb", NOTEBOOK, format="SOURCE", language="PYTHON")
    with pytest.raises(OSError, match="No space left on device"):
        side.call("workspace", "export_file", f"/Users/{USER}/nb", tmp_path / "nb.py")
    assert [p.name for p in tmp_path.iterdir()] == ["data.bin"]


def test_a_tree_download_refuses_a_local_directory_where_a_file_goes_before_copying(side: Side, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        side.other.dbfs.upload(io.BytesIO(name.encode()), f"/t/{name}")
    out = tmp_path / "out"
    (out / "b.txt").mkdir(parents=True)  # overwrite=True replaces files, never a directory
    with pytest.raises(IsADirectoryError, match="nothing was copied"):
        side.cp("dbfs:/t", out, recursive=True, overwrite=True, no_target_directory=True, concurrency=1)
    assert sorted(p.name for p in out.iterdir()) == ["b.txt"]  # a.txt was not copied first
    side.other.dbfs.upload(io.BytesIO(b"x"), "/u/sub/x.txt")
    (tmp_path / "u").mkdir()
    (tmp_path / "u" / "sub").write_text("a local file where the directory goes")
    with pytest.raises(NotADirectoryError, match="sub exists and is not a directory"):
        side.cp("dbfs:/u", tmp_path / "u", recursive=True, overwrite=True, no_target_directory=True)
    assert (tmp_path / "u" / "sub").read_text() == "a local file where the directory goes"
