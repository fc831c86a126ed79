"""Clocks that stand in for real time when a Workspace talks to a local mock (time travel in tests).

A test double such as ``dbrest_mock.mock_databricks()`` registers a clock for the exact origin it serves
(``http://127.0.0.1:PORT``); a :class:`~dbrest.Workspace` or :class:`~dbrest.AsyncWorkspace` built without
``clock=...`` for that origin then waits on it: its waiters and its retry backoff advance the mock's virtual
time instead of sleeping. Only plain-http loopback origins can be registered, and a clock is looked up by the
whole origin (scheme, host, port), so a real workspace (https, a DNS name) never gets a fake clock.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from urllib.parse import urlsplit

from .config import is_loopback
from .transport import AsyncClock, Clock

_lock = threading.Lock()
_clocks: dict[str, list[Clock]] = {}


def _origin(host: str) -> str:
    parts = urlsplit(host.strip())
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    name = (parts.hostname or "").lower()
    shown = f"[{name}]" if ":" in name else name
    return f"{scheme}://{shown}:{port}"


def register_clock(host: str, clock: Clock) -> Callable[[], None]:
    """Make ``clock`` the default clock of every Workspace created for ``host`` until the returned function is
    called. ``host`` must be an ``http://`` loopback URL (a local mock): anything else is a ValueError, so that
    no real workspace can be made to skip its waits. Registrations nest: the latest one wins until removed."""
    parts = urlsplit(host.strip())
    if parts.scheme.lower() != "http" or not is_loopback(host):
        raise ValueError(f"a virtual clock can only be registered for an http:// loopback mock, not {host!r}")
    origin = _origin(host)
    with _lock:
        _clocks.setdefault(origin, []).append(clock)

    def unregister() -> None:
        with _lock:
            stack = _clocks.get(origin, [])
            if clock in stack:
                stack.remove(clock)
            if not stack:
                _clocks.pop(origin, None)

    return unregister


def clock_for(host: str) -> Clock | None:
    """The clock registered for ``host``'s origin, if any (None for every real workspace)."""
    if not host.lower().startswith("http://"):
        return None
    with _lock:
        stack = _clocks.get(_origin(host))
        return stack[-1] if stack else None


class SyncClockAsAsync:
    """An :class:`AsyncClock` over a clock whose ``sleep`` returns at once (a virtual clock), so that one clock
    object serves ``Workspace(clock=c)`` and ``AsyncWorkspace(clock=c)`` alike. The event loop still gets a turn
    at each sleep, as it would with ``asyncio.sleep``."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def monotonic(self) -> float:
        return self.clock.monotonic()

    async def sleep(self, seconds: float) -> None:
        import asyncio  # here, not at the top: `import dbrest` must not pay ~20 ms for asyncio (issue 18)

        self.clock.sleep(seconds)
        await asyncio.sleep(0)


def as_async_clock(clock: AsyncClock | Clock | None) -> AsyncClock | None:
    """``clock`` itself when its ``sleep`` is a coroutine function, else wrapped in :class:`SyncClockAsAsync`."""
    if clock is None:
        return None
    if inspect.iscoroutinefunction(clock.sleep):
        return clock  # type: ignore[return-value]
    return SyncClockAsAsync(clock)  # type: ignore[arg-type]


__all__ = ["SyncClockAsAsync", "as_async_clock", "clock_for", "register_clock"]
