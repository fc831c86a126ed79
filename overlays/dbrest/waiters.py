"""One generic poller behind every waiter: a deadline, backoff with jitter, a progress callback, and an
injectable clock so tests advance time instead of sleeping."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from .errors import OperationTimeout
from .transport import AsyncClock, Clock, SystemAsyncClock, SystemClock

T = TypeVar("T")


@dataclass
class Backoff:
    """Poll intervals: ``initial`` seconds growing by ``factor`` up to ``maximum``, plus up to ``jitter``.

    Starts short and grows gently, so a waiter notices a state change soon after it happens (the benchmark
    measures this latency) while a long wait still settles at one poll per ``maximum`` seconds.
    """

    initial: float = 0.5
    factor: float = 1.25
    maximum: float = 10.0
    jitter: float = 0.1
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def interval(self, attempt: int) -> float:
        base = min(self.maximum, self.initial * self.factor ** (attempt - 1))
        return base + base * self.jitter * self.rng.random()


def poll(
    fetch: Callable[[], T],
    done: Callable[[T], bool],
    *,
    timeout: float,
    what: str,
    describe: Callable[[T], str] = repr,
    callback: Callable[[T], None] | None = None,
    backoff: Backoff | None = None,
    clock: Clock | None = None,
) -> T:
    """Call ``fetch`` until ``done(result)``; raise OperationTimeout after ``timeout`` seconds.

    ``done`` may raise (e.g. OperationFailed for a failure state) to stop early. Example::

        info = poll(lambda: svc.get(cluster_id=cid), lambda c: c.state == "RUNNING", timeout=1200,
                    what=f"cluster {cid} to be RUNNING", describe=lambda c: c.state)
    """
    clock = clock or SystemClock()
    backoff = backoff or Backoff()
    deadline = clock.monotonic() + timeout
    attempt = 0
    while True:
        attempt += 1
        result = fetch()
        if callback is not None:
            callback(result)
        if done(result):
            return result
        remaining = deadline - clock.monotonic()
        if remaining <= 0:
            raise OperationTimeout(f"timed out after {timeout:g}s waiting for {what}; last seen: {describe(result)}")
        clock.sleep(min(backoff.interval(attempt), remaining))


async def poll_async(
    fetch: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    *,
    timeout: float,
    what: str,
    describe: Callable[[T], str] = repr,
    callback: Callable[[T], None] | None = None,
    backoff: Backoff | None = None,
    clock: AsyncClock | None = None,
) -> T:
    """The async twin of :func:`poll`."""
    clock = clock or SystemAsyncClock()
    backoff = backoff or Backoff()
    deadline = clock.monotonic() + timeout
    attempt = 0
    while True:
        attempt += 1
        result = await fetch()
        if callback is not None:
            callback(result)
        if done(result):
            return result
        remaining = deadline - clock.monotonic()
        if remaining <= 0:
            raise OperationTimeout(f"timed out after {timeout:g}s waiting for {what}; last seen: {describe(result)}")
        await clock.sleep(min(backoff.interval(attempt), remaining))
