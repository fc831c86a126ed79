"""A DBFS file replaced while it is read, sync and async alike: the reader gets the whole of one version or a typed
:class:`dbrest.RemoteFileChanged`, never a mix of two versions without an error, and a download to a path leaves no
file.

DBFS has no versions or ETags; what a reader can see is the file's status (``file_size`` and ``modification_time``,
in epoch milliseconds, per the DBFS API 2.0 reference of get-status and the SDK's ``FileInfo``). A replacement of
the same size therefore shows only in the modification time. The mock runs on a manual clock that stands still
unless a test moves it, so each replacement here happens one second later (``mock.advance``), as a later write
does on a real workspace."""

from __future__ import annotations

import io
import os
from pathlib import Path

import dbrest
import httpx
import pytest
from dbrest.dbfs import BLOCK
from dbrest_mock import MockServer

from tests.overlays.sides import Side

READ = "/api/2.0/dbfs/read"
STATUS = "/api/2.0/dbfs/get-status"
PATH = "/d/moving.bin"


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest, mock: MockServer) -> Side:
    return Side(mock, request.param)


def replace_with(side: Side, data: bytes) -> None:
    side.mock.advance(1)
    side.other.dbfs.upload(io.BytesIO(data), PATH, overwrite=True)


SIZES = {"same size": 8 * 1024, "longer": 8 * 1024 + 5000}


@pytest.mark.parametrize("new_size", SIZES.values(), ids=SIZES.keys())
def test_a_file_replaced_during_a_download_to_a_path_is_refused_and_leaves_no_file(
    side: Side, tmp_path: Path, new_size: int
) -> None:
    side.other.dbfs.upload(io.BytesIO(b"a" * 8 * 1024), PATH)
    side.after(READ, lambda *_: replace_with(side, b"b" * new_size))  # after the first of eight reads
    with pytest.raises(dbrest.RemoteFileChanged, match=r"/d/moving\.bin changed while it was read") as caught:
        side.download(f"dbfs:{PATH}", tmp_path / "m.bin", chunk_size=1024, parallelism=1)
    assert caught.value.error_code == "FILE_CHANGED"
    assert "again once the writer has finished" in str(caught.value)
    assert list(tmp_path.iterdir()) == []  # neither the torn file nor its temporary file


@pytest.mark.parametrize("new_size", SIZES.values(), ids=SIZES.keys())
def test_a_file_replaced_during_a_download_into_a_file_object_raises(side: Side, new_size: int) -> None:
    side.other.dbfs.upload(io.BytesIO(b"a" * 8 * 1024), PATH)
    side.after(READ, lambda *_: replace_with(side, b"b" * new_size))
    with pytest.raises(dbrest.RemoteFileChanged, match="changed while it was read"):
        side.download(f"dbfs:{PATH}", io.BytesIO(), chunk_size=1024, parallelism=3)


def test_a_file_replaced_between_its_status_and_its_only_read_raises(side: Side, tmp_path: Path) -> None:
    # One read of the announced 1000 bytes returns the first 1000 bytes of the new, longer file: a whole-looking
    # download of bytes that were never one file.
    side.other.dbfs.upload(io.BytesIO(b"a" * 1000), PATH)
    side.after(STATUS, lambda *_: replace_with(side, b"b" * 3000))
    with pytest.raises(dbrest.RemoteFileChanged, match="changed while it was read"):
        side.download(f"dbfs:{PATH}", tmp_path / "m.bin")
    assert list(tmp_path.iterdir()) == []


def test_a_file_deleted_after_it_was_read_raises(side: Side, tmp_path: Path) -> None:
    side.other.dbfs.upload(io.BytesIO(b"a" * 4096), PATH)

    def delete_after_last(request: httpx.Request, response: httpx.Response) -> None:
        side.other.dbfs.rm(PATH)

    for _ in range(3):
        side.after(READ, lambda *_: None)
    side.after(READ, delete_after_last)
    with pytest.raises(dbrest.RemoteFileChanged, match=r"changed while it was read.*no longer exists"):
        side.download(f"dbfs:{PATH}", tmp_path / "m.bin", chunk_size=1024, parallelism=1)
    assert list(tmp_path.iterdir()) == []


def test_an_unchanged_file_costs_one_extra_get_status(side: Side, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 + 7)
    side.other.dbfs.upload(io.BytesIO(data), PATH)
    side.mock.advance(1)  # time passes; the file does not change
    assert side.download(f"dbfs:{PATH}", tmp_path / "m.bin", chunk_size=1024, parallelism=2) == len(data)
    assert (tmp_path / "m.bin").read_bytes() == data
    assert (side.count(STATUS), side.count(READ)) == (2, 4)
    buf = io.BytesIO()
    side.download(f"dbfs:{PATH}", buf)
    assert buf.getvalue() == data
    assert (side.count(STATUS), side.count(READ)) == (4, 5)


def test_an_empty_file_needs_no_second_status(side: Side, tmp_path: Path) -> None:
    side.other.dbfs.upload(io.BytesIO(b""), PATH)
    assert side.download(f"dbfs:{PATH}", tmp_path / "m.bin") == 0
    assert (side.count(STATUS), side.count(READ)) == (1, 0)


# --- file objects ----------------------------------------------------------------------------------------


def test_a_reader_that_reaches_the_end_of_a_replaced_file_raises(side: Side) -> None:
    # Two 1 MB requests; the file is replaced by one of the same size between them.
    side.other.dbfs.upload(io.BytesIO(b"a" * (BLOCK + 10)), PATH)
    side.after(READ, lambda *_: replace_with(side, b"b" * (BLOCK + 10)))
    with pytest.raises(dbrest.RemoteFileChanged, match="changed while it was read"):
        side.read_file(f"dbfs:{PATH}", BLOCK)


def test_a_reader_of_a_file_that_grew_raises_at_its_end(side: Side) -> None:
    side.other.dbfs.upload(io.BytesIO(b"a" * (BLOCK + 10)), PATH)
    side.after(READ, lambda *_: replace_with(side, b"b" * (2 * BLOCK)))
    with pytest.raises(dbrest.RemoteFileChanged, match="changed while it was read"):
        side.read_file(f"dbfs:{PATH}")


def test_a_reader_of_an_unchanged_file_checks_once_at_the_end(side: Side) -> None:
    data = os.urandom(BLOCK + 10)
    side.other.dbfs.upload(io.BytesIO(data), PATH)
    assert side.read_file(f"dbfs:{PATH}", BLOCK) == data
    # open's status, then one at the end of the file; not one per 1 MB request
    assert (side.count(STATUS), side.count(READ)) == (2, 2)


def test_a_copy_within_dbfs_of_a_replaced_file_commits_nothing(side: Side) -> None:
    side.other.dbfs.upload(io.BytesIO(b"a" * (BLOCK + 10)), PATH)
    side.after(READ, lambda *_: replace_with(side, b"b" * (BLOCK + 10)))
    with pytest.raises(dbrest.RemoteFileChanged):
        side.cp(f"dbfs:{PATH}", "dbfs:/d/copy.bin")
    assert side.remote("/d/copy.bin") is None
