"""The symlink rule of a recursive upload (``ws.dbfs.cp`` up, sync and async, and ``workspace.import_dir``):
symlinks are followed, to files and to directories (like ``cp -rL`` or ``aws s3 cp --recursive``); a symlink
whose target is missing and a symlinked directory that leads back to a directory being copied (a loop) are
skipped, each named in a :class:`dbrest.localfs.LocalFileSkipped` warning. Nothing becomes an empty remote
directory silently."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest
from dbrest.localfs import LocalFileSkipped
from dbrest_mock import MockServer

from tests.conftest import USER
from tests.overlays.sides import Side


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest, mock: MockServer) -> Side:
    return Side(mock, request.param)


def tree_with_links(tmp_path: Path) -> Path:
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "target.txt").write_bytes(b"linked file")
    (outside / "deep" / "f.txt").write_bytes(b"in a linked directory")
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_bytes(b"a")
    (src / "file-link").symlink_to(outside / "target.txt")
    (src / "dir-link").symlink_to(outside)
    (src / "dangling").symlink_to(tmp_path / "missing")
    (src / "sub" / "loop").symlink_to(src)  # leads back to the directory being copied
    return src


def test_cp_up_follows_symlinks_and_skips_loops_and_dangling_links_with_warnings(side: Side, tmp_path: Path) -> None:
    src = tree_with_links(tmp_path)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        assert side.cp(src, "dbfs:/up", recursive=True) == 4
    assert side.remote("/up/a.txt") == b"a"
    assert side.remote("/up/file-link") == b"linked file"
    assert side.remote("/up/dir-link/target.txt") == b"linked file"
    assert side.remote("/up/dir-link/deep/f.txt") == b"in a linked directory"
    assert side.remote("/up/sub/loop") is None and not side.other.dbfs.exists("/up/sub/loop")
    assert not side.other.dbfs.exists("/up/dangling")
    skipped = sorted(str(w.message) for w in seen if issubclass(w.category, LocalFileSkipped))
    assert len(skipped) == 2, skipped
    assert skipped[0].startswith(f"skipping {src / 'dangling'}: a symlink whose target does not exist")
    assert skipped[1].startswith(f"skipping {src / 'sub' / 'loop'}: a symlink to {src}") and "loop" in skipped[1]


def test_a_symlink_loop_deeper_down_ends(side: Side, tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    (src / "a" / "b" / "f.txt").write_bytes(b"f")
    (src / "a" / "b" / "up").symlink_to(src / "a")
    (src / "a" / "twin").symlink_to(src / "a" / "b")  # not a loop: the same directory twice, copied twice
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        assert side.cp(src, "dbfs:/t", recursive=True) == 2
    # "up" loops back both under a/b and under a/twin (which is a/b again): each is named
    assert sorted(str(w.message).split(":")[0] for w in seen if issubclass(w.category, LocalFileSkipped)) == [
        f"skipping {src / 'a' / 'b' / 'up'}",
        f"skipping {src / 'a' / 'twin' / 'up'}",
    ]
    assert side.remote("/t/a/b/f.txt") == side.remote("/t/a/twin/f.txt") == b"f"


def test_import_dir_follows_the_same_rule(side: Side, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "nb.py").write_text("# Databricks notebook source\nprint(1)\n")
    src = tmp_path / "src"
    src.mkdir()
    (src / "linked").symlink_to(outside)
    (src / "loop").symlink_to(src)
    with pytest.warns(LocalFileSkipped, match="loop"):
        assert side.call("workspace", "import_dir", src, f"/Users/{USER}/proj") == 1
    assert str(side.other.workspace.get_status(path=f"/Users/{USER}/proj/linked/nb").object_type) == "NOTEBOOK"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_is_skipped_not_read(side: Side, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_bytes(b"a")
    os.mkfifo(src / "pipe")  # reading it would block the upload forever
    with pytest.warns(LocalFileSkipped, match="pipe: not a regular file"):
        assert side.cp(src, "dbfs:/f", recursive=True) == 1
