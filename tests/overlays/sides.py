"""One test, both clients: ``Side`` runs the DBFS and workspace file verbs through ``dbrest.Workspace`` or
``dbrest.AsyncWorkspace`` against the same in-process mock, so a data-safety test is written once and parametrised
over sync and async (the async services are the source, the sync ones their generated twins). ``Side.hooks`` run
after a response to a given API path has been answered, which sets up an exact interleaving of two writers
without threads or sleeps.

``both_ws`` goes further: a test written against ``dbrest.Workspace`` runs unchanged on an ``AsyncWorkspace``
seen through :class:`Synced`, which awaits every coroutine on one event loop, collects async iterators into
lists and turns ``with`` into ``async with``."""

from __future__ import annotations

import asyncio
import inspect
import os
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import dbrest
import httpx
import pytest
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


# --- one sync-looking test, both clients -----------------------------------------------------------------------


class Synced:
    """A sync view of an async dbrest object (a workspace, a service, a file object, an execution context): a
    call's coroutine is awaited on ``runner``'s loop, an async iterator is read into a list, and ``with`` enters
    the object's ``async with``. dbrest objects in the results are wrapped again; models are returned as they are.
    """

    def __init__(self, target: Any, runner: asyncio.Runner) -> None:
        self._target = target
        self._runner = runner

    def __repr__(self) -> str:
        return f"Synced({self._target!r})"

    def _wrap(self, value: Any) -> Any:
        if inspect.iscoroutine(value):
            value = self._runner.run(value)
        if isinstance(value, AsyncIterator):
            value = self._runner.run(_collect(value))
        if type(value).__module__.startswith("dbrest.") and not isinstance(value, BaseException):
            return Synced(value, self._runner)
        return value

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value) and not isinstance(value, type):
            return lambda *args, **kwargs: self._wrap(value(*args, **kwargs))
        return self._wrap(value)

    def __enter__(self) -> Any:
        entered = self._runner.run(self._target.__aenter__())
        return self if entered is self._target else self._wrap(entered)

    def __exit__(self, *exc: Any) -> Any:
        return self._runner.run(self._target.__aexit__(*exc))


async def _collect(items: AsyncIterator[Any]) -> list[Any]:
    return [item async for item in items]


class AsyncRecorded(httpx.AsyncBaseTransport):
    """Records into a sync :class:`~tests.overlays.test_commands.Recorder`'s ``seen`` what an async client sends,
    so that a test's assertions on requests hold for both clients."""

    def __init__(self, seen: list[tuple[str, str, str]], inner: httpx.AsyncBaseTransport) -> None:
        self.seen, self.inner = seen, inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path, request.headers.get("content-type", "")))
        return await self.inner.handle_async_request(request)


def both_workspaces(
    kind: str, mock: MockServer, recorder: Any, *, clock: Any = None, async_clock: Any = None
) -> Iterator[Any]:
    """A ``dbrest.Workspace`` (``kind == "sync"``) or an ``AsyncWorkspace`` behind :class:`Synced`, sending through
    ``recorder`` (a sync Recorder over ``mock``, whose ``seen`` both record into)."""
    if kind == "sync":
        yield dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=recorder, clock=clock)
        return
    with asyncio.Runner() as runner:
        transport = AsyncRecorded(recorder.seen, mock.async_transport())
        aws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=transport, clock=async_clock)
        try:
            yield Synced(aws, runner)
        finally:
            runner.run(aws.aclose())


@pytest.fixture(params=["sync", "async"])
def both_ws(request: pytest.FixtureRequest, mock: MockServer, recorder: Any) -> Iterator[Any]:
    """``ws`` of tests/overlays/conftest.py, once sync and once async (through :class:`Synced`)."""
    yield from both_workspaces(request.param, mock, recorder)
