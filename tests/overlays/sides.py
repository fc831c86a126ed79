"""One test, both clients: ``Side`` runs the DBFS and workspace file verbs through ``dbrest.Workspace`` or
``dbrest.AsyncWorkspace`` against the same in-process mock, so a data-safety test is written once and parametrised
over sync and async (the two services are hand-kept twins). ``Side.hooks`` run after a response to a given API
path has been answered, which sets up an exact interleaving of two writers without threads or sleeps."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

import dbrest
import httpx
from dbrest_mock import MockServer

from tests.conftest import TOKEN

Hook = Callable[[httpx.Request, httpx.Response], None]


class _Hooks:
    def __init__(self) -> None:
        self.after: dict[str, list[Hook]] = {}
        self.seen: list[str] = []
        #: (API path, the request's ``path`` parameter) -> a JSON body answered instead of the mock's.
        self.canned: dict[tuple[str, str], Any] = {}

    def answer(self, request: httpx.Request) -> httpx.Response | None:
        body = self.canned.get((request.url.path, request.url.params.get("path", "")))
        if body is None:
            return None
        self.seen.append(request.url.path)
        return httpx.Response(200, json=body, request=request)

    def fire(self, request: httpx.Request, response: httpx.Response) -> None:
        self.seen.append(request.url.path)
        pending = self.after.get(request.url.path)
        if pending:
            pending.pop(0)(request, response)


class _SyncHooked(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, hooks: _Hooks) -> None:
        self.inner, self.hooks = inner, hooks

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        canned = self.hooks.answer(request)
        if canned is not None:
            return canned
        response = self.inner.handle_request(request)
        self.hooks.fire(request, response)
        return response


class _AsyncHooked(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, hooks: _Hooks) -> None:
        self.inner, self.hooks = inner, hooks

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        canned = self.hooks.answer(request)
        if canned is not None:
            return canned
        response = await self.inner.handle_async_request(request)
        self.hooks.fire(request, response)
        return response


class Side:
    """The verbs of ``ws.dbfs`` / ``ws.workspace`` called the sync or the async way; returns plain values."""

    def __init__(self, mock: MockServer, kind: str) -> None:
        self.mock = mock
        self.kind = kind
        self.hooks = _Hooks()
        #: A second, plain sync client: "another writer" in the tests.
        self.other = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=mock.transport())

    def __repr__(self) -> str:
        return self.kind

    def after(self, api_path: str, hook: Hook) -> None:
        """Run ``hook`` once, after the next response to ``api_path`` (e.g. ``/api/2.0/dbfs/close``)."""
        self.hooks.after.setdefault(api_path, []).append(hook)

    def listing(self, api_path: str, path: str, body: Any) -> None:
        """Answer GETs of ``api_path`` for ``path`` with ``body`` (a hostile or broken server's listing)."""
        self.hooks.canned[(api_path, path)] = body

    def count(self, api_path: str) -> int:
        return self.hooks.seen.count(api_path)

    def call(self, service: str, verb: str, *args: Any, **kwargs: Any) -> Any:
        if self.kind == "sync":
            ws = dbrest.Workspace(
                host="http://127.0.0.1", token=TOKEN, transport=_SyncHooked(self.mock.transport(), self.hooks)
            )
            return getattr(getattr(ws, service), verb)(*args, **kwargs)

        async def main() -> Any:
            transport = _AsyncHooked(self.mock.async_transport(), self.hooks)
            async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=transport) as aws:
                return await getattr(getattr(aws, service), verb)(*args, **kwargs)

        return asyncio.run(main())

    # --- DBFS ----------------------------------------------------------------------------------------

    def upload(self, source: str | os.PathLike[str] | IO[bytes], target: str, **kwargs: Any) -> int:
        return int(self.call("dbfs", "upload", source, target, **kwargs))

    def download(self, source: str, target: str | os.PathLike[str] | IO[bytes], **kwargs: Any) -> int:
        return int(self.call("dbfs", "download", source, target, **kwargs))

    def cp(self, source: str | os.PathLike[str], target: str | os.PathLike[str], **kwargs: Any) -> int:
        return int(self.call("dbfs", "cp", source, target, **kwargs))

    def write_file(self, path: str, chunks: Iterable[bytes], *, overwrite: bool = False, fail: bool = False) -> None:
        """``with open(path, "wb") as f: f.write(chunk)...``, raising RuntimeError inside the block if ``fail``."""
        if self.kind == "sync":
            ws = dbrest.Workspace(
                host="http://127.0.0.1", token=TOKEN, transport=_SyncHooked(self.mock.transport(), self.hooks)
            )
            with ws.dbfs.open(path, "wb", overwrite=overwrite) as f:
                for chunk in chunks:
                    f.write(chunk)
                if fail:
                    raise RuntimeError("the producer failed")
            return

        async def main() -> None:
            transport = _AsyncHooked(self.mock.async_transport(), self.hooks)
            async with (
                dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=transport) as aws,
                await aws.dbfs.open(path, "wb", overwrite=overwrite) as f,
            ):
                for chunk in chunks:
                    await f.write(chunk)
                if fail:
                    raise RuntimeError("the producer failed")

        asyncio.run(main())

    def read_file(self, path: str, piece: int = -1) -> bytes:
        """``with open(path, "rb") as f: f.read(piece)...`` until the end of the file (``-1``: one ``read()``)."""
        if self.kind == "sync":
            ws = dbrest.Workspace(
                host="http://127.0.0.1", token=TOKEN, transport=_SyncHooked(self.mock.transport(), self.hooks)
            )
            with ws.dbfs.open(path, "rb") as f:
                if piece < 0:
                    return f.read()
                return b"".join(iter(lambda: f.read(piece), b""))

        async def main() -> bytes:
            transport = _AsyncHooked(self.mock.async_transport(), self.hooks)
            async with (
                dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=transport) as aws,
                await aws.dbfs.open(path, "rb") as f,
            ):
                if piece < 0:
                    return await f.read()
                chunks = []
                while chunk := await f.read(piece):
                    chunks.append(chunk)
                return b"".join(chunks)

        return asyncio.run(main())

    def remote(self, path: str) -> bytes | None:
        """The bytes of a DBFS file as the mock holds them, None when there is no file."""
        dbfs: Any = self.mock.env.service("dbfs")
        return dbfs.file_bytes(path) if dbfs.is_file(path) else None


def local_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def umask_mode() -> int:
    """What a new file gets under the current umask (read without changing it for other threads: the test is
    single-threaded here)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask
