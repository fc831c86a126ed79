"""Long work you can watch, on a terminal only: a status line for waits (spinner, state, state message, elapsed
time; it ends with the final state) and transfer bars (bytes, rate, ETA; per file and in total for ``cp -r``).

Drawn with rich, imported only when something is drawn: on a pipe or with ``-q`` nothing is shown and rich is
never loaded, so neither the startup of the CLI nor scripted use pays for it. Neither display starts rich's refresh
thread (``auto_refresh=False``): they redraw when the client reports progress, at most ten times a second, so
the output depends on the work done and not on timing.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, ClassVar, TextIO

from .common import escaped, visible

#: Seconds between two redraws of a transfer bar.
REDRAW = 0.1


def enabled(args: argparse.Namespace, stream: TextIO | None = None) -> bool:
    """Whether to draw: a terminal on stderr and no ``-q``."""
    return not getattr(args, "quiet", False) and (stream or sys.stderr).isatty()


def _console(stream: TextIO) -> Any:
    from rich.console import Console

    # force_terminal: the caller already decided that this is a terminal (enabled()); stderr so stdout stays data
    return Console(file=stream, force_terminal=True, highlight=False)


class _Display:
    """The rich display shown now, if any: notes (retries) are printed above it instead of through it."""

    active: ClassVar[Any] = None


def note(text: str) -> None:
    """A line on stderr that does not tear a status line or progress bar being drawn."""
    console = _Display.active
    if console is not None:
        console.print(escaped(text), markup=False, highlight=False)
    else:
        print(visible(text, sys.stderr), file=sys.stderr, flush=True)


class WaitStatus:
    """``with WaitStatus(args, "cluster 0123 to be RUNNING", describe) as status: waiter(..., callback=status)``.

    ``describe(obj)`` gives (state, state message) of what the waiter polled. On a terminal, each poll redraws
    one line: spinner, what is awaited, state, message, elapsed seconds; at the end the line shows the final state
    (and stays). Elsewhere it does nothing."""

    FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"

    def __init__(
        self,
        args: argparse.Namespace,
        what: str,
        describe: Callable[[Any], tuple[str, str]],
        *,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self.describe = describe
        self.stream = stream or sys.stderr
        self.enabled = enabled(args, self.stream)
        self.clock = clock
        self.state = "waiting"
        self.message = ""
        self._polls = 0
        self._start = clock()
        self._live: Any = None

    def __enter__(self) -> WaitStatus:
        if self.enabled:
            from rich.live import Live

            console = _console(self.stream)
            self._live = Live(console=console, auto_refresh=False, transient=False)
            self._live.start()
            _Display.active = console
            self._draw(final=False)
        return self

    def __call__(self, obj: Any) -> None:
        self.state, self.message = self.describe(obj)
        self._polls += 1
        if self._live is not None:
            self._draw(final=False)

    def line(self, *, final: bool) -> str:
        elapsed = self.clock() - self._start
        head = "" if final else self.FRAMES[self._polls % len(self.FRAMES)] + " "
        message = f" - {' '.join(self.message.split())}" if self.message else ""
        return escaped(f"{head}{self.what}: {self.state}{message} ({elapsed:.0f}s)")  # server text, on a terminal

    def _draw(self, *, final: bool) -> None:
        from rich.text import Text

        self._live.update(Text(self.line(final=final), overflow="ellipsis", no_wrap=True), refresh=True)

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._live is not None:
            self._draw(final=True)
            self._live.stop()
            _Display.active = None


class Transfers:
    """Transfer bars: ``with Transfers(args, total_bytes) as bars: upload(..., progress=bars.file(name))``.

    A total row is shown when ``total`` is given (``cp -r``); each file gets its own row while it is copied. On a
    pipe or with ``-q``, :meth:`file` returns None (no callback) and nothing is drawn."""

    def __init__(self, args: argparse.Namespace, total: int | None = None, *, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled(args, self.stream)
        self.total = total
        self._progress: Any = None
        self._total_task: Any = None
        self._moved = 0  # bytes of all files so far, for the total row
        self._last = 0.0
        # ws.dbfs.cp copies a tree's files from several threads at once: one update at a time keeps the sum right
        self._lock = threading.Lock()

    def __enter__(self) -> Transfers:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            console = _console(self.stream)
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=console,
                auto_refresh=False,
            )
            self._progress.start()
            _Display.active = console
            if self.total is not None:
                self._total_task = self._progress.add_task("total", total=self.total)
        return self

    def file(self, name: str) -> Callable[[int, int | None], None] | None:
        """The progress callback of one file's transfer (``done``, ``total`` bytes), or None when not drawing."""
        if self._progress is None:
            return None
        progress = self._progress
        with self._lock:
            task = progress.add_task(escaped(name), total=None)  # a remote name, drawn on a terminal
        seen = 0
        finished = False

        def update(done: int, total: int | None) -> None:
            nonlocal finished, seen
            with self._lock:
                self._moved += done - seen
                seen = done
                progress.update(task, completed=done, total=total)
                if self._total_task is not None:
                    progress.update(self._total_task, completed=self._moved)
                complete = total is not None and done >= total
                now = time.monotonic()
                if complete or now - self._last >= REDRAW:
                    self._last = now
                    progress.refresh()
                if complete and not finished:
                    finished = True
                    if self._total_task is not None:
                        progress.update(task, visible=False)  # the total row stays; finished files leave
                        progress.refresh()

        return update

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.refresh()
            self._progress.stop()
            _Display.active = None
