"""What really differs between the async overlays and their generated sync twins, written by hand in both modes
(``dbrest._sync._backend`` is this module's twin; generator/unasync_overlays.py maps one onto the other and
converts neither). Here: asyncio tasks bounded by a semaphore, ``asyncio.shield``, an ``asyncio.Lock``, and the
base classes of the DBFS file objects."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, NoReturn, TypeAlias, TypeVar

if TYPE_CHECKING:
    from .dbfs import AsyncDbfsReader, AsyncDbfsWriter

T = TypeVar("T")
R = TypeVar("R")

#: ``open(path, "rb")`` of the async DBFS service returns the reader itself.
BinaryReader: TypeAlias = "AsyncDbfsReader"
#: Text modes are sync only (io.TextIOWrapper has no async twin): the async ``open`` refuses them.
TextFile: TypeAlias = NoReturn
Lock = asyncio.Lock


async def shield(call: Awaitable[T]) -> T:
    """Finish ``call`` even when the task awaiting it is cancelled (a cancel request must still go out)."""
    return await asyncio.shield(call)


class Window(Generic[T]):
    """Calls started in order, at most ``workers`` running at once, their results taken in the order started.

    Up to ``workers + 1`` are held (one waits its turn, ready to run when a result is taken, as a thread pool's
    queue does in the sync twin): memory stays bounded by ``workers + 1`` results. Leaving the ``async with``
    cancels what has not been taken and waits for it to end."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._slots = asyncio.Semaphore(self.workers)
        self._pending: deque[tuple[int, asyncio.Task[T]]] = deque()

    def __len__(self) -> int:
        return len(self._pending)

    def room(self) -> bool:
        return len(self._pending) < self.workers + 1

    async def _limited(self, fn: Callable[..., Awaitable[T]], args: tuple[Any, ...]) -> T:
        async with self._slots:  # the call is made only once its turn comes: a cancelled turn makes none
            return await fn(*args)

    def start(self, key: int, fn: Callable[..., Awaitable[T]], *args: Any) -> None:
        self._pending.append((key, asyncio.ensure_future(self._limited(fn, args))))

    async def next(self) -> tuple[int, T]:
        key, task = self._pending.popleft()
        return key, await task

    async def __aenter__(self) -> Window[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for _, task in self._pending:
            task.cancel()
        await asyncio.gather(*(task for _, task in self._pending), return_exceptions=True)
        self._pending.clear()


#: What :func:`each` tells of one item: ("done", result), ("failed", exception) or ("skipped", None).
Outcome: TypeAlias = tuple[Literal["done", "failed", "skipped"], Any]


async def each(items: Sequence[T], work: Callable[[T], Awaitable[R]], workers: int) -> list[Outcome]:
    """``work(item)`` for every item, at most ``workers`` at once, in the order given; after the first failure
    (an Exception) no new item starts, and those already running finish. One outcome an item, in order.
    Anything but an Exception (a cancellation, KeyboardInterrupt) cancels the rest and propagates."""
    outcomes: list[Outcome] = [("skipped", None)] * len(items)
    queue = iter(range(len(items)))
    failed = False

    async def worker() -> None:
        nonlocal failed
        for i in queue:
            if failed:
                return
            try:
                outcomes[i] = ("done", await work(items[i]))
            except Exception as exc:
                outcomes[i] = ("failed", exc)
                failed = True

    tasks = [asyncio.ensure_future(worker()) for _ in range(min(max(1, workers), len(items)))]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return outcomes


def check_interrupted() -> None:
    """Nothing to check: an interrupted task is cancelled, which stops its transfer at its next ``await`` (the
    sync twin's worker threads check here whether the caller was interrupted)."""


class ReaderBase:
    """The async DBFS reader's base: nothing to add (the sync twin's is io.RawIOBase)."""


class WriterBase:
    """The async DBFS writer's base: the ``closed`` flag io.BufferedIOBase keeps for the sync twin."""

    def __init__(self) -> None:
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    async def close(self) -> None:
        self._closed = True

    def _mark_closed(self) -> None:
        self._closed = True


def reading(reader: AsyncDbfsReader, mode: str, encoding: str) -> AsyncDbfsReader:
    return reader


def writing(writer: AsyncDbfsWriter, mode: str, encoding: str) -> AsyncDbfsWriter:
    return writer


def check_mode(mode: str) -> None:
    if mode not in ("rb", "wb"):
        raise ValueError(f"mode must be 'rb' or 'wb' (binary only for async files), not {mode!r}")
