"""The DBFS and workspace trees: memory linear in a path's length, and Databricks-like bounds on paths and names
(issue 14 item 11).

Evidence for the bounds: Databricks documents no length limit for DBFS or workspace paths in the REST API, but
both trees are mounted on every cluster's driver as Linux file systems (``/dbfs`` and ``/Workspace``, FUSE), where
a name is at most 255 bytes (NAME_MAX) and a path at most 4,096 bytes (PATH_MAX): a longer one could not be
opened there. The mock takes those bounds and answers a longer path or name with 400 INVALID_PARAMETER_VALUE
(the code Databricks gives every malformed path), before anything is stored.
"""

from __future__ import annotations

import gc
import itertools
import tracemalloc
from collections.abc import Callable

import httpx
import pytest

Make = Callable[[httpx.Client, str], httpx.Response]
_moves = itertools.count()


def dbfs_mkdirs(client: httpx.Client, path: str) -> httpx.Response:
    return client.post("/api/2.0/dbfs/mkdirs", json={"path": path})


def dbfs_put(client: httpx.Client, path: str) -> httpx.Response:
    return client.post("/api/2.0/dbfs/put", json={"path": path, "contents": "eA=="})


def dbfs_create(client: httpx.Client, path: str) -> httpx.Response:
    return client.post("/api/2.0/dbfs/create", json={"path": path})


def dbfs_move(client: httpx.Client, path: str) -> httpx.Response:
    source = f"/tmp/src-of-move-{next(_moves)}"
    assert dbfs_put(client, source).status_code == 200
    return client.post("/api/2.0/dbfs/move", json={"source_path": source, "destination_path": path})


def ws_mkdirs(client: httpx.Client, path: str) -> httpx.Response:
    return client.post("/api/2.0/workspace/mkdirs", json={"path": path})


def ws_import(client: httpx.Client, path: str) -> httpx.Response:
    parent = path.rsplit("/", 1)[0]
    if len(parent.encode()) <= 4096 and all(len(n.encode()) <= 255 for n in parent.split("/")):
        assert ws_mkdirs(client, parent).status_code == 200
    body = {"path": path, "format": "SOURCE", "language": "PYTHON", "content": "cHJpbnQoMSk="}
    return client.post("/api/2.0/workspace/import", json=body)


def repos_create(client: httpx.Client, path: str) -> httpx.Response:
    return client.post("/api/2.0/repos", json={"url": "https://github.com/a/b.git", "provider": "gitHub", "path": path})


DBFS: list[Make] = [dbfs_mkdirs, dbfs_put, dbfs_create, dbfs_move]
WORKSPACE: list[Make] = [ws_mkdirs, ws_import]


def exists(client: httpx.Client, make: Make, path: str) -> bool:
    if make in DBFS:
        return client.get("/api/2.0/dbfs/get-status", params={"path": path}).status_code == 200
    return client.get("/api/2.0/workspace/get-status", params={"path": path}).status_code == 200


def root(make: Make) -> str:
    return "/tmp" if make in DBFS else "/Shared"


def _path_of(prefix: str, total_bytes: int) -> str:
    """``prefix/d/d/.../x`` of exactly ``total_bytes`` UTF-8 bytes."""
    path = prefix
    while len(path.encode()) + 4 <= total_bytes:  # room for another "/d" and a last "/x"
        path += "/d"
    return path + "/" + "x" * (total_bytes - len(path.encode()) - 1)


@pytest.mark.parametrize("make", DBFS + WORKSPACE, ids=lambda m: m.__name__)
def test_a_path_of_4096_bytes_is_taken_and_one_byte_more_is_a_400(client: httpx.Client, make: Make) -> None:
    ok = _path_of(root(make) + "/ok", 4096)
    assert len(ok.encode()) == 4096
    r = make(client, ok)
    assert r.status_code == 200, r.text[:300]
    long = _path_of(root(make) + "/long", 4097)
    r = make(client, long)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
    assert "4096" in r.json()["message"] and len(r.json()["message"]) < 1000
    if make is ws_import:  # the helper made the parent folder (a legal path): the notebook is not in it
        listing = client.get("/api/2.0/workspace/list", params={"path": long.rsplit("/", 1)[0]})
        assert listing.status_code == 200 and listing.json() == {}
    else:
        assert not exists(client, make, root(make) + "/long")


@pytest.mark.parametrize("make", DBFS + WORKSPACE, ids=lambda m: m.__name__)
def test_a_name_of_255_bytes_is_taken_and_256_is_a_400(client: httpx.Client, make: Make) -> None:
    for name in ("n" * 255, "é" * 127 + "n"):
        assert make(client, f"{root(make)}/a/{name}").status_code == 200, name
    for name in ("n" * 256, "é" * 128, "日" * 86):
        r = make(client, f"{root(make)}/b/{name}/c")
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
        assert "255" in r.json()["message"]
        assert not exists(client, make, f"{root(make)}/b")


@pytest.mark.parametrize("make", [dbfs_mkdirs, ws_mkdirs], ids=lambda m: m.__name__)
def test_the_reviewers_31_kb_path_is_a_400_and_stores_nothing(client: httpx.Client, make: Make) -> None:
    path = root(make) + "/deep" + "/a" * 15_500
    r = make(client, path)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    assert not exists(client, make, root(make) + "/deep")


def test_a_repo_path_is_bounded_too(client: httpx.Client) -> None:
    r = repos_create(client, "/Repos/admin@example.com/" + "r" * 256)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]


def _retained_and_peak(client: httpx.Client, make: Make, path: str) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    try:
        r = make(client, path)
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.status_code == 200, r.text[:300]
    return current, peak


@pytest.mark.parametrize("make", [dbfs_mkdirs, ws_mkdirs], ids=lambda m: m.__name__)
def test_a_deep_path_costs_memory_linear_in_its_depth(client: httpx.Client, make: Make) -> None:
    """A path of depth 2D costs about twice what depth D costs (a tree that keys each node by its full path pays
    the sum of all prefixes: four times), and a level costs a bounded number of bytes. Memory, not timing."""
    make(client, root(make) + "/warm/up")  # first-request caches (validators) are not the tree's
    depth = 1000
    small, _ = _retained_and_peak(client, make, root(make) + "/s" + "/d" * depth)
    big, peak = _retained_and_peak(client, make, root(make) + "/b" + "/d" * (2 * depth))
    assert big < 2.5 * small, (small, big)
    assert big / (2 * depth) < 1200, f"{big / (2 * depth):.0f} bytes per level"
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes for a {2 * depth}-level path"


@pytest.mark.parametrize("make", DBFS + WORKSPACE, ids=lambda m: m.__name__)
def test_a_nul_character_in_a_name_is_a_400(client: httpx.Client, make: Make) -> None:
    """No Linux file name holds a NUL byte (and a zip entry name ends at one): the mounts could not show it."""
    r = make(client, f"{root(make)}/nul\x00name")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
    assert not exists(client, make, f"{root(make)}/nul")
