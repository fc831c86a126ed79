"""Names in a server's listing are data, not paths to trust: a recursive download (``cp -r`` from DBFS, the CLI's
``fs cp -r``, ``workspace.export_dir``, an export into a directory) refuses, before writing anything, an entry
named ``..``, an absolute name or one not below the listed directory, and a target that resolves outside the
destination through a local symlink, with :class:`dbrest.localfs.UnsafeRemoteName` naming the entry. The listings
here come from a broken or hostile server (canned answers in front of the mock), sync and async."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from dbrest.localfs import UnsafeRemoteName
from dbrest_mock import MockServer

from tests.conftest import USER
from tests.overlays.sides import Side

DBFS_LIST = "/api/2.0/dbfs/list"
WS_LIST = "/api/2.0/workspace/list"
HOME = f"/Users/{USER}"


@pytest.fixture(params=["sync", "async"])
def side(request: pytest.FixtureRequest, mock: MockServer) -> Side:
    return Side(mock, request.param)


def entry(path: str, is_dir: bool = False) -> dict[str, Any]:
    return {"path": path, "is_dir": is_dir, "file_size": 0 if is_dir else 3, "modification_time": 0}


HOSTILE_DBFS = {
    "dotdot": {"/r": [entry("/r/ok.txt"), entry("/r/../../escape.txt")]},
    "absolute": {"/r": [entry("/r/ok.txt"), entry("/escape.txt")]},
    "parent-dir": {"/r": [entry("/r/..", is_dir=True)]},
    "deeper": {"/r": [entry("/r/sub", is_dir=True)], "/r/sub": [entry("/r/sub/../../../escape.txt")]},
    "not-a-child": {"/r": [entry("/r/a/b/escape.txt")]},
}


@pytest.mark.parametrize("case", sorted(HOSTILE_DBFS))
def test_cp_from_dbfs_refuses_names_that_leave_the_destination(side: Side, tmp_path: Path, case: str) -> None:
    side.other.dbfs.upload(io.BytesIO(b"abc"), "/r/ok.txt")
    for path, files in HOSTILE_DBFS[case].items():
        side.listing(DBFS_LIST, path, {"files": files})
    down = tmp_path / "a" / "b" / "down"
    with pytest.raises(UnsafeRemoteName, match="refusing the listed entry"):
        side.cp("dbfs:/r", down, recursive=True)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))  # nothing written, inside or out
    assert side.count("/api/2.0/dbfs/read") == 0


def test_cp_from_dbfs_refuses_a_local_symlink_that_leads_outside(side: Side, tmp_path: Path) -> None:
    side.other.dbfs.upload(io.BytesIO(b"abc"), "/r/link/f.txt")
    outside = tmp_path / "outside"
    outside.mkdir()
    down = tmp_path / "down"
    (down / "r").mkdir(parents=True)
    (down / "r" / "link").symlink_to(outside)
    with pytest.raises(UnsafeRemoteName, match=r"UNSAFE_REMOTE_NAME: refusing the listed entry '/r/link'.*outside"):
        side.cp("dbfs:/r", down, recursive=True)
    assert list(outside.iterdir()) == []


@pytest.mark.parametrize("bad", ["../escape", "/tmp/escape", "sub/../../escape"])
def test_export_dir_refuses_names_that_leave_the_destination(side: Side, tmp_path: Path, bad: str) -> None:
    listed = bad if bad.startswith("/") else f"{HOME}/proj/{bad}"
    side.listing(
        WS_LIST,
        f"{HOME}/proj",
        {"objects": [{"path": listed, "object_type": "NOTEBOOK", "language": "PYTHON", "object_id": 7}]},
    )
    with pytest.raises(UnsafeRemoteName, match="refusing the listed entry"):
        side.call("workspace", "export_dir", f"{HOME}/proj", tmp_path / "a" / "out")
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


@pytest.mark.parametrize(
    "header",
    [
        "..",
        "../escape.py",
        "/tmp/escape.py",
        "a%2F..%2F..%2Fescape.py",
        ".bashrc",  # a plain name, inside the directory, but not the notebook's: it would replace the user's file
        "etlx.py",
        "notes.txt",
    ],
)
def test_export_into_a_directory_refuses_a_hostile_file_name(side: Side, tmp_path: Path, header: str) -> None:
    src = tmp_path / "etl.py"
    src.write_text("# Databricks notebook source\nprint(1)\n")
    side.other.workspace.import_file(src, f"{HOME}/etl")

    def hostile(request: httpx.Request, response: httpx.Response) -> None:
        # The mock's answer with the file name a hostile server gives, URL-encoded as Databricks encodes it
        assert response.headers["content-disposition"] == "attachment; filename=etl.py"  # what is replaced
        response.headers["content-disposition"] = f"attachment; filename={header}"

    side.after("/api/2.0/workspace/export", hostile)
    out = tmp_path / "a" / "out"
    out.mkdir(parents=True)
    with pytest.raises(UnsafeRemoteName):
        side.call("workspace", "export_file", f"{HOME}/etl", out)
    assert side.count("/api/2.0/workspace/export") == 1 and not side.hooks.after["/api/2.0/workspace/export"]
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == [src]


def test_an_export_with_overwrite_never_lets_the_server_pick_which_local_file_it_replaces(
    side: Side, tmp_path: Path
) -> None:
    src = tmp_path / "etl.py"
    src.write_text("# Databricks notebook source\nprint(1)\n")
    side.other.workspace.import_file(src, f"{HOME}/etl")
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("the user's own file")
    side.after(
        "/api/2.0/workspace/export",
        lambda _, response: response.headers.__setitem__("content-disposition", "attachment; filename=.bashrc"),
    )
    with pytest.raises(UnsafeRemoteName, match="not 'etl' or 'etl' with an extension"):
        side.call("workspace", "export_file", f"{HOME}/etl", home, overwrite=True)
    assert [p.name for p in home.iterdir()] == [".bashrc"] and (home / ".bashrc").read_text() == "the user's own file"
    # the server's own names still name the file: the notebook's name with its extension
    assert side.call("workspace", "export_file", f"{HOME}/etl", home, overwrite=True) == home / "etl.py"


def test_a_copy_within_dbfs_refuses_them_too(side: Side) -> None:
    side.other.dbfs.upload(io.BytesIO(b"abc"), "/r/ok.txt")
    side.listing(DBFS_LIST, "/r", {"files": [entry("/r/ok.txt"), entry("/r/../../etc/escape.txt")]})
    with pytest.raises(UnsafeRemoteName, match=r"/r/\.\./\.\./etc/escape\.txt"):
        side.cp("dbfs:/r", "dbfs:/copy", recursive=True)
    assert not side.other.dbfs.exists("/copy")
    assert side.count("/api/2.0/dbfs/create") == side.count("/api/2.0/dbfs/mkdirs") == 0


@pytest.mark.parametrize("tree", ["dbfs", "workspace"])
def test_a_listing_that_nests_without_end_stops_at_the_path_bound(side: Side, tmp_path: Path, tree: str) -> None:
    """A server answering every directory with one more below it: the walk goes deeper than Python's recursion
    limit (lowered here so that a few hundred levels of names within bounds exceed it) without a RecursionError,
    and stops with UnsafeRemoteName once a listed path is longer than the 4,096 bytes (PATH_MAX of the /dbfs and
    /Workspace mounts, mock/dbrest_mock/tree.py) any real path has, before anything is written."""
    import sys

    root = "/r" if tree == "dbfs" else f"{HOME}/proj"
    if tree == "dbfs":
        side.other.dbfs.mkdirs(path=root)
    else:
        side.other.workspace.mkdirs(path=root)
    path, name = root, "/" + "x" * 10
    while len(path.encode()) <= 4096:
        child = path + name
        if tree == "dbfs":
            side.listing(DBFS_LIST, path, {"files": [entry(child, is_dir=True)]})
        else:
            side.listing(WS_LIST, path, {"objects": [{"path": child, "object_type": "DIRECTORY", "object_id": 1}]})
        path = child
    limit = sys.getrecursionlimit()
    assert path.count(name) > 350
    sys.setrecursionlimit(350)
    try:
        with pytest.raises(UnsafeRemoteName, match="longer than DBFS and workspace paths can be"):
            if tree == "dbfs":
                side.cp(f"dbfs:{root}", tmp_path / "down", recursive=True)
            else:
                side.call("workspace", "export_dir", root, tmp_path / "down")
    finally:
        sys.setrecursionlimit(limit)
    assert not any(p.is_file() for p in tmp_path.rglob("*"))
