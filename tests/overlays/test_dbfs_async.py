"""AsyncWorkspace.dbfs: the same verbs as ws.dbfs, as coroutines, with the same guarantees (exact bytes, nothing left
on failure, verified sizes), against the in-process mock's async transport."""

from __future__ import annotations

import asyncio
import io
import os
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import dbrest
import pytest
from dbrest_mock import MockServer

from tests.conftest import TOKEN


def run(mock: MockServer, body: Callable[[dbrest.AsyncWorkspace], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport()) as ws:
            return await body(ws)

    return asyncio.run(main())


def test_async_workspace_has_the_sync_surface() -> None:
    """Every public method of every sync service exists on its async twin."""
    from functools import cached_property

    sync_ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN)
    async_ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN)
    services = [
        name
        for cls in dbrest.Workspace.__mro__
        for name, attr in vars(cls).items()
        if isinstance(attr, cached_property)
    ]
    # one service per tag of the spec (jobs20 and jobs, clusters, git-credentials ...)
    from dbrest_mock.spec import load_spec

    assert len(services) == len(load_spec()["tags"])
    missing = {}
    for name in services:
        sync_methods = {m for m in dir(getattr(sync_ws, name)) if not m.startswith("_")}
        async_methods = {m for m in dir(getattr(async_ws, name)) if not m.startswith("_")}
        if sync_methods - async_methods:
            missing[name] = sorted(sync_methods - async_methods)
    assert not missing


def test_upload_download_round_trip(mock: MockServer, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 11)
    src = tmp_path / "src.bin"
    src.write_bytes(data)
    seen: list[int] = []

    async def body(ws: dbrest.AsyncWorkspace) -> None:
        assert await ws.dbfs.upload(src, "dbfs:/a/put.bin", progress=lambda done, _: seen.append(done)) == len(data)
        assert await ws.dbfs.upload(io.BytesIO(data), "dbfs:/a/blocks.bin") == len(data)
        for name in ("put", "blocks"):
            out = tmp_path / f"{name}.out"
            assert await ws.dbfs.download(f"dbfs:/a/{name}.bin", out, parallelism=3) == len(data)
            assert out.read_bytes() == data
        sink = io.BytesIO()
        await ws.dbfs.download("/a/put.bin", sink, chunk_size=100_000)
        assert sink.getvalue() == data
        with pytest.raises(dbrest.ResourceAlreadyExists):
            await ws.dbfs.upload(io.BytesIO(b"x"), "/a/blocks.bin")

    run(mock, body)
    assert seen[-1] == len(data)


def test_failures_leave_nothing_behind(mock: MockServer, tmp_path: Path) -> None:
    async def body(ws: dbrest.AsyncWorkspace) -> None:
        mock.add_fault(path="/api/2.0/dbfs/add-block", after=1, status=400, error_code="INVALID_STATE")
        with pytest.raises(dbrest.InvalidState):
            await ws.dbfs.upload(io.BytesIO(os.urandom(3 * 1024 * 1024)), "/broken.bin")
        assert not await ws.dbfs.exists("/broken.bin")
        mock.clear_faults()
        await ws.dbfs.upload(io.BytesIO(os.urandom(2 * 1024 * 1024 + 5)), "/d.bin")
        mock.add_fault(path="/api/2.0/dbfs/read", after=1, status=400, error_code="INVALID_PARAMETER_VALUE")
        with pytest.raises(dbrest.InvalidParameterValue):
            await ws.dbfs.download("/d.bin", tmp_path / "d.bin", parallelism=2)
        assert list(tmp_path.iterdir()) == []

    run(mock, body)


def test_file_system_verbs_and_partial_delete(mock: MockServer) -> None:
    async def body(ws: dbrest.AsyncWorkspace) -> None:
        await ws.dbfs.mkdirs_p("dbfs:/tree/sub")
        for i in range(5):
            await ws.dbfs.upload(io.BytesIO(b"x" * i), f"/tree/f{i}")
        names = [f.path for f in await ws.dbfs.ls("/tree")]
        assert names == ["/tree/f0", "/tree/f1", "/tree/f2", "/tree/f3", "/tree/f4", "/tree/sub"]
        assert [f.path async for f in ws.dbfs.walk("/tree")][-1] == "/tree/sub"
        await ws.dbfs.mv("/tree/f4", "/tree/sub/f4")
        assert await ws.dbfs.exists("/tree/sub/f4") and not await ws.dbfs.exists("/tree/f4")
        mock.env.service("dbfs").partial_delete_batch = 2  # type: ignore[attr-defined]
        await ws.dbfs.rm("/tree", recursive=True)
        assert not await ws.dbfs.exists("/tree")

    run(mock, body)


def test_file_objects_commit_on_close_and_discard_on_error(mock: MockServer) -> None:
    payload = os.urandom(2 * 1024 * 1024 + 3)

    async def body(ws: dbrest.AsyncWorkspace) -> None:
        async with await ws.dbfs.open("dbfs:/f.bin", "wb") as w:
            for i in range(0, len(payload), 300_000):
                await w.write(payload[i : i + 300_000])
        r = await ws.dbfs.open("/f.bin")
        assert await r.read(10) == payload[:10]
        r.seek(-5, os.SEEK_END)
        assert await r.read() == payload[-5:]
        r.seek(0)
        assert await r.read() == payload
        with pytest.raises(RuntimeError):
            async with await ws.dbfs.open("/g.bin", "wb") as w:
                await w.write(payload)
                raise RuntimeError("the producer failed")
        assert not await ws.dbfs.exists("/g.bin")
        with pytest.raises(ValueError, match="binary only"):
            await ws.dbfs.open("/f.bin", "r")  # type: ignore[call-overload]

    run(mock, body)


def test_cp_recursive_both_ways(mock: MockServer, tmp_path: Path) -> None:
    local = tmp_path / "data"
    (local / "sub").mkdir(parents=True)
    (local / "a.txt").write_bytes(b"a")
    (local / "sub" / "b.bin").write_bytes(os.urandom(1024 * 1024 + 1))

    async def body(ws: dbrest.AsyncWorkspace) -> None:
        assert await ws.dbfs.cp(local, "dbfs:/copy/", recursive=True) == 2
        with pytest.raises(dbrest.ResourceAlreadyExists):
            await ws.dbfs.cp(local, "dbfs:/copy/", recursive=True)
        assert await ws.dbfs.cp("dbfs:/copy/data", "dbfs:/copy2", recursive=True) == 2
        assert await ws.dbfs.cp("dbfs:/copy2", tmp_path / "back", recursive=True) == 2

    run(mock, body)
    for rel in ("a.txt", "sub/b.bin"):
        assert (tmp_path / "back" / rel).read_bytes() == (local / rel).read_bytes()
