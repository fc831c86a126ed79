"""Time travel for clients of a mock: a clock whose ``sleep`` advances the mock's virtual time instead of waiting.

dbrest's waiters and retry backoff take an injectable clock (``monotonic()``, ``sleep(s)``); handing them a
:class:`MockClock` makes every wait move the mock's lifecycles forward by exactly the interval the client would
have slept, so the client sees the same sequence of states as in real time, at once. ``mock.clock`` is one.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from .clock import MAX_ADVANCE_SECONDS
from .service import Env


class ClockTarget(Protocol):
    @property
    def env(self) -> Env: ...

    def advance(self, seconds: float) -> int: ...


class MockClock:
    """dbrest's clock protocol (``monotonic``, ``sleep``) on a mock's virtual time: ``sleep(s)`` advances the mock's
    clock by ``s`` seconds (running every lifecycle step due by then) and returns at once. Pass it as
    ``Workspace(clock=mock.clock)`` or ``AsyncWorkspace(clock=mock.clock)``; ``mock_databricks()`` and the
    pytest fixture register it for the mock's URL, so a Workspace built there picks it up by itself."""

    def __init__(self, target: ClockTarget) -> None:
        self._server = target

    def monotonic(self) -> float:
        return self._server.env.clock.now()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._server.advance(min(float(seconds), MAX_ADVANCE_SECONDS))

    def __repr__(self) -> str:
        return f"MockClock(now={self.monotonic():.3f})"


class AsyncMockClock:
    """The async form of :class:`MockClock` (``await sleep(s)`` advances virtual time and yields to the loop)."""

    def __init__(self, clock: MockClock) -> None:
        self._clock = clock

    def monotonic(self) -> float:
        return self._clock.monotonic()

    async def sleep(self, seconds: float) -> None:
        self._clock.sleep(seconds)
        await asyncio.sleep(0)


__all__ = ["AsyncMockClock", "MockClock"]
