"""What really differs between the async overlays and their generated sync twins: the sync side, written by hand
(``dbrest._async._backend`` is its twin; see there). Here: a thread pool, a threading.Lock, no shielding, and
io's base classes under the DBFS file objects (buffered and text modes come from io)."""

from __future__ import annotations

import contextlib
import io
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar

if TYPE_CHECKING:
    from .dbfs import DbfsReader, DbfsWriter

T = TypeVar("T")
R = TypeVar("R")

#: ``open(path, "rb")`` of the sync DBFS service: the reader under an io.BufferedReader of 1 MB.
BinaryReader: TypeAlias = "io.BufferedReader[DbfsReader]"
TextFile: TypeAlias = io.TextIOWrapper
Lock = threading.Lock
BLOCK = 1024 * 1024


def shield(call: T) -> T:
    """A sync call cannot be cancelled halfway: nothing to shield."""
    return call


class Window(Generic[T]):
    """Calls started in order on ``workers`` threads, their results taken in the order started; up to
    ``workers + 1`` are held (one in the pool's queue). Leaving the ``with`` cancels what has not started and
    waits for the running calls."""

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="dbrest-dbfs")
        self._pending: deque[tuple[int, Future[T]]] = deque()

    def __len__(self) -> int:
        return len(self._pending)

    def room(self) -> bool:
        return len(self._pending) < self.workers + 1

    def start(self, key: int, fn: Callable[..., T], *args: Any) -> None:
        self._pending.append((key, self._pool.submit(fn, *args)))

    def next(self) -> tuple[int, T]:
        key, future = self._pending.popleft()
        return key, future.result()

    def __enter__(self) -> Window[T]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        for _, future in self._pending:
            future.cancel()
        self._pool.shutdown(wait=True)
        self._pending.clear()


Outcome: TypeAlias = tuple[Literal["done", "failed", "skipped"], Any]

#: In a worker thread of :func:`each`, ``event``: set when the calling thread is interrupted.
_abandon = threading.local()


def check_interrupted() -> None:
    """In a worker thread of :func:`each`: raise KeyboardInterrupt once the calling thread was interrupted (Ctrl-C),
    so that a transfer under way stops at its next chunk (its temporary file removed, its DBFS handle abandoned)
    instead of running to its end while Ctrl-C seems ignored, and a user who then kills the process harder
    leaves no temporary file behind. Anywhere else nothing happens: Ctrl-C reaches that thread itself."""
    event = getattr(_abandon, "event", None)
    if event is not None and event.is_set():
        raise KeyboardInterrupt("the copy was interrupted")


def each(items: Sequence[T], work: Callable[[T], R], workers: int) -> list[Outcome]:
    """``work(item)`` for every item on at most ``workers`` threads, in the order given; after the first failure
    (an Exception) no new item starts, and those already running finish. One outcome an item, in order. An
    interrupt of the calling thread (or a KeyboardInterrupt in a worker) stops new items, makes the running ones
    stop at their next :func:`check_interrupted`, and waits for them."""
    outcomes: list[Outcome] = [("skipped", None)] * len(items)
    queue = iter(range(len(items)))
    lock = threading.Lock()
    stop = threading.Event()
    abandon = threading.Event()

    def worker() -> None:
        _abandon.event = abandon
        try:
            while not stop.is_set():
                with lock:
                    i = next(queue, None)
                if i is None:
                    return
                try:
                    outcomes[i] = ("done", work(items[i]))
                except Exception as exc:
                    outcomes[i] = ("failed", exc)
                    stop.set()
        except BaseException:
            stop.set()
            abandon.set()  # a KeyboardInterrupt here (from a callback, or check_interrupted): the others stop too
            raise
        finally:
            _abandon.event = None

    n = min(max(1, workers), len(items))
    if n <= 1:
        worker()  # no thread for a single worker: the caller's own stack, as before concurrency
        return outcomes
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="dbrest-cp") as pool:
        try:
            # Submitting waits for each thread to start, while the first ones already copy: Ctrl-C may land here.
            futures = [pool.submit(worker) for _ in range(n)]
            for future in futures:
                future.result()
        except BaseException:
            abandon.set()  # Ctrl-C: the copies under way stop at their next chunk (check_interrupted)
            raise
        finally:
            stop.set()
    return outcomes


class ReaderBase(io.RawIOBase):
    """io.RawIOBase over the generated reader's ``read``: io.BufferedReader and io.TextIOWrapper sit on it."""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.read(min(len(buffer), BLOCK)) or b""
        buffer[: len(data)] = data
        return len(data)


class WriterBase(io.BufferedIOBase):
    """io.BufferedIOBase under the sync DBFS writer (``closed``, ``close`` and the rest of the file protocol)."""

    def _mark_closed(self) -> None:
        io.BufferedIOBase.close(self)


class _TextWriter(io.TextIOWrapper):
    """Text mode over a DBFS writer that keeps its abort-on-exception behaviour."""

    def __del__(self) -> None:
        # Not TextIOWrapper's finaliser: it would close (commit) the writer; the writer's own discards it.
        writer = self.buffer
        if not self.closed and hasattr(writer, "abort"):
            getattr(writer, "__del__")()  # noqa: B009 (the writer's own finaliser: warn, discard)

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            self.close()
            return
        writer = self.buffer
        if hasattr(writer, "abort"):
            writer.abort()
        with contextlib.suppress(ValueError):
            self.close()


def reading(reader: DbfsReader, mode: str, encoding: str) -> io.BufferedReader[DbfsReader] | io.TextIOWrapper:
    buffered = io.BufferedReader(reader, buffer_size=BLOCK)
    return buffered if mode == "rb" else io.TextIOWrapper(buffered, encoding=encoding)


def writing(writer: DbfsWriter, mode: str, encoding: str) -> DbfsWriter | io.TextIOWrapper:
    return writer if mode == "wb" else _TextWriter(writer, encoding=encoding)


def check_mode(mode: str) -> None:
    if mode not in ("rb", "r", "wb", "w"):
        raise ValueError(f"mode must be 'rb', 'r', 'wb' or 'w', not {mode!r}")
