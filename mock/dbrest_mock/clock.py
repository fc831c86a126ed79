"""The virtual clock that drives every lifecycle of the mock.

Time never moves by itself in ``manual`` mode: tests call :meth:`VirtualClock.advance`. In ``realtime`` mode
virtual time follows the wall clock (plus any explicit advances), which is what a mock serving real clients
that poll with sleeps needs. Scheduled callbacks run in time order when the clock passes their due time,
either on :meth:`advance` or on :meth:`run_due`, which the app calls before handling each request.

A callback that raises is logged and dropped: it must not break the request (or the advance) that happened to
move the clock past it, nor stop the callbacks due after it. Services keep their own state consistent when a
step fails (e.g. a 1.2 command ends in Error).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

# 2022-01-03T00:00:00Z: a fixed, recognisable origin so that manual-mode runs are reproducible.
MANUAL_EPOCH = 1641168000.0
#: Largest single advance: ten years is more than any lifecycle or retention period the mock models.
MAX_ADVANCE_SECONDS = 10 * 365.25 * 86400
#: 9999-12-31T23:59:59Z: virtual time stays where time.gmtime and datetime work.
MAX_TIME = 253402300799.0

log = logging.getLogger("dbrest_mock")

ClockMode = Literal["manual", "realtime"]


@dataclass(order=True)
class _Timer:
    due: float
    seq: int
    callback: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class VirtualClock:
    def __init__(
        self,
        mode: ClockMode = "manual",
        *,
        start: float | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.mode: ClockMode = mode
        self._monotonic = monotonic
        self._origin = start if start is not None else (MANUAL_EPOCH if mode == "manual" else time.time())
        self._mono0 = monotonic()
        self._offset = 0.0
        self._timers: list[_Timer] = []
        self._seq = itertools.count()
        self._lock = threading.RLock()
        #: How many scheduled callbacks raised (each is logged with its traceback).
        self.failures = 0

    def now(self) -> float:
        """Virtual time in epoch seconds."""
        elapsed = self._monotonic() - self._mono0 if self.mode == "realtime" else 0.0
        return self._origin + elapsed + self._offset

    def now_ms(self) -> int:
        return int(self.now() * 1000)

    def schedule(self, delay: float, callback: Callable[[], None]) -> _Timer:
        """Run ``callback`` once virtual time reaches now + ``delay`` seconds (``delay`` 0: on the next tick)."""
        with self._lock:
            timer = _Timer(self.now() + max(0.0, delay), next(self._seq), callback)
            heapq.heappush(self._timers, timer)
            return timer

    @staticmethod
    def cancel(timer: _Timer) -> None:
        timer.cancelled = True

    def _fire(self, timer: _Timer) -> None:
        try:
            timer.callback()
        except Exception:
            self.failures += 1
            log.exception("dbrest_mock: a scheduled step (%r, due at %.3f) failed", timer.callback, timer.due)

    def run_due(self) -> int:
        """Run every callback that is due, in due-time order; returns how many ran (failed ones included)."""
        ran = 0
        with self._lock:
            while self._timers and self._timers[0].due <= self.now():
                timer = heapq.heappop(self._timers)
                if not timer.cancelled:
                    self._fire(timer)
                    ran += 1
        return ran

    @staticmethod
    def check_advance(seconds: float) -> None:
        """ValueError unless ``seconds`` is a finite number from 0 to MAX_ADVANCE_SECONDS (ten years)."""
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValueError(f"seconds must be a number, not {type(seconds).__name__}")
        if (isinstance(seconds, float) and not math.isfinite(seconds)) or seconds < 0:
            raise ValueError(f"seconds must be a finite, non-negative number (the clock only moves forward): {seconds}")
        if seconds > MAX_ADVANCE_SECONDS:
            raise ValueError(f"seconds must be at most {MAX_ADVANCE_SECONDS:.0f} (ten years) per advance: {seconds}")

    def advance(self, seconds: float) -> int:
        """Move virtual time forward, firing due callbacks at their own due times on the way.

        ``seconds`` is a finite number from 0 to ten years (ValueError otherwise, and the clock does not move).
        """
        self.check_advance(seconds)
        seconds = float(seconds)
        with self._lock:
            if self.now() + seconds > MAX_TIME:
                raise ValueError("the virtual clock cannot move past the year 9999")
            target = self.now() + seconds
            ran = 0
            while self._timers and self._timers[0].due <= target:
                timer = heapq.heappop(self._timers)
                if timer.cancelled:
                    continue
                # Step to the timer's due time so that the callback sees the time it was scheduled for.
                self._offset += max(0.0, timer.due - self.now())
                self._fire(timer)
                ran += 1
            self._offset += max(0.0, target - self.now())
            return ran

    def reset(self) -> None:
        with self._lock:
            self._timers.clear()
            self._offset = 0.0
            self._mono0 = self._monotonic()
            if self.mode == "realtime":
                self._origin = time.time()
