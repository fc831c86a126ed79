"""One generic poller behind every waiter (a deadline, a poll schedule, a progress callback, an injectable clock so
tests advance time instead of sleeping) and :class:`StateWait`, the decision a generated waiter makes from the
states its ``x-dbrest-waiters`` extension lists."""

from __future__ import annotations

import importlib
import inspect
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from .errors import OperationFailed, OperationTimeout, UnexpectedResponse
from .transport import AsyncClock, Clock, SystemAsyncClock, SystemClock

T = TypeVar("T")


class Intervals(Protocol):
    def interval(self, attempt: int) -> float: ...


@dataclass
class Schedule:
    """The waiters' poll schedule: databricks-sdk's (0.162.0, ``wait_get_cluster_running`` and every generated
    ``Wait``: after poll ``attempt`` sleep ``min(attempt, 10)`` seconds plus ``random.random()``) at half its step:
    ``min(attempt * step, maximum) + jitter()``. Over every moment a state can change, its delay is at most the
    SDK's (median and mean) for about 1.1–1.35× the SDK's polls, the ramp mattering in the first minute, where most
    waits end (``tests/overlays/test_waiters.py`` checks both against the SDK's loop). ``jitter`` (uniform in
    [0, 1)) is injectable for tests: ``Schedule(jitter=lambda: 0.0)``."""

    step: float = 0.5
    maximum: float = 10.0
    jitter: Callable[[], float] = field(default_factory=lambda: random.Random().random, repr=False)

    def interval(self, attempt: int) -> float:
        return min(attempt * self.step, self.maximum) + self.jitter()


@dataclass
class Backoff:
    """Geometric intervals: ``initial`` seconds growing by ``factor`` up to ``maximum``, plus up to ``jitter`` of it
    (the 1.2 command waiters poll a two-second command more often than a cluster start)."""

    initial: float = 0.5
    factor: float = 1.25
    maximum: float = 10.0
    jitter: float = 0.1
    rng: random.Random = field(default_factory=random.Random, repr=False)

    def interval(self, attempt: int) -> float:
        base = min(self.maximum, self.initial * self.factor ** (attempt - 1))
        return base + base * self.jitter * self.rng.random()


class _Deadline:
    """The bookkeeping of one wait: the attempt count, the schedule and the deadline."""

    def __init__(self, clock: Clock | AsyncClock, timeout: float, backoff: Intervals | None, what: str) -> None:
        self.clock, self.timeout, self.what = clock, timeout, what
        self.backoff = backoff or Schedule()
        self.deadline = clock.monotonic() + timeout
        self.attempt = 0

    def pause(self, describe: Callable[[T], str], last: T) -> float:
        """The seconds to sleep before the next poll; OperationTimeout when the deadline has passed."""
        self.attempt += 1
        remaining = self.deadline - self.clock.monotonic()
        if remaining <= 0:
            raise OperationTimeout(
                f"timed out after {self.timeout:g}s waiting for {self.what}; last seen: {describe(last)}"
            )
        return min(self.backoff.interval(self.attempt), remaining)


def poll(
    fetch: Callable[[], T],
    done: Callable[[T], bool],
    *,
    timeout: float,
    what: str,
    describe: Callable[[T], str] = repr,
    callback: Callable[[T], None] | None = None,
    backoff: Intervals | None = None,
    clock: Clock | None = None,
) -> T:
    """Call ``fetch`` until ``done(result)``; raise OperationTimeout after ``timeout`` seconds.

    ``done`` may raise (e.g. OperationFailed for a failure state) to stop early. Example::

        info = poll(lambda: svc.get(cluster_id=cid), lambda c: c.state == "RUNNING", timeout=1200,
                    what=f"cluster {cid} to be RUNNING", describe=lambda c: c.state)
    """
    clock = clock or SystemClock()
    wait = _Deadline(clock, timeout, backoff, what)
    while True:
        result = fetch()
        if callback is not None:
            callback(result)
        if done(result):
            return result
        clock.sleep(wait.pause(describe, result))


async def poll_async(
    fetch: Callable[[], Awaitable[T]],
    done: Callable[[T], bool],
    *,
    timeout: float,
    what: str,
    describe: Callable[[T], str] = repr,
    callback: Callable[[T], None] | None = None,
    backoff: Intervals | None = None,
    clock: AsyncClock | None = None,
) -> T:
    """The async twin of :func:`poll`."""
    clock = clock or SystemAsyncClock()
    wait = _Deadline(clock, timeout, backoff, what)
    while True:
        result = await fetch()
        if callback is not None:
            callback(result)
        if done(result):
            return result
        await clock.sleep(wait.pause(describe, result))


def field_at(model: Any, path: str | None) -> Any:
    """The value at a dotted attribute path of a generated model (None where a step is absent or UNSET)."""
    from dbrest_client.types import Unset

    if path is None:
        return None
    value = model
    for name in path.split("."):
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "to_dict"):
        return " ".join(f"{k} {v}" for k, v in value.to_dict().items())
    return str(value)


@dataclass(frozen=True)
class StateWait:
    """What a waiter decides from one poll (``x-dbrest-waiters``): done in a ``target`` state (with a ``success``
    ``result``, when one is named); a failure (``error``, an OperationFailed taking ``(message, last answer)``)
    in a ``failure`` state or with another result; otherwise keep polling. An unknown state keeps polling too: a
    state Databricks adds later is not a failure."""

    noun: str
    verb: str
    state: str
    target: frozenset[str]
    failure: frozenset[str]
    transient: frozenset[str]
    result: str | None
    success: frozenset[str]
    message: str | None
    details: str | None
    url: str | None
    error: str  # "dbrest.module:Class"
    hint: str
    hints: Mapping[str, str]

    def what(self, ident: object) -> str:
        return f"{self.noun} {ident} to be {' or '.join(sorted(self.target))}"

    def describe(self, answer: Any) -> str:
        """``STATE/RESULT (message; details)``: what a person needs to act."""
        state, result = _text(field_at(answer, self.state)), _text(field_at(answer, self.result))
        parts = [p for p in (_text(field_at(answer, self.message)), _text(field_at(answer, self.details))) if p]
        return state + (f"/{result}" if result else "") + (f" ({'; '.join(parts)})" if parts else "")

    def done(self, ident: object) -> Callable[[Any], bool]:
        def decide(answer: Any) -> bool:
            state = _text(field_at(answer, self.state))
            result = _text(field_at(answer, self.result))
            if state in self.target and (self.result is None or result in self.success):
                return True
            if state not in self.failure and state not in self.target:
                return False
            raise self._failure(ident, state, result, answer)

        return decide

    def _failure(self, ident: object, state: str, result: str, answer: Any) -> OperationFailed:
        module, _, name = self.error.partition(":")
        error = getattr(importlib.import_module(module), name)
        message = _text(field_at(answer, self.message)).rstrip(".")
        details = _text(field_at(answer, self.details))
        url = _text(field_at(answer, self.url))
        outcome = result if state in self.target and result else state
        text = (
            f"{self.noun} {ident} {self.verb} {state}"
            + (f" with result {result}" if result else "")
            + (f": {message}" if message else "")
            + (f" ({details})" if details else "")
            + f". {self.hints.get(outcome, self.hint)}".rstrip()
            + (f" ({url})" if url else "")
        )
        failure: OperationFailed = error(text, answer)
        return failure


def present(value: T | Any, what: str) -> T:
    """A response field a waiter needs; UnexpectedResponse when the server left it out."""
    from dbrest_client.types import Unset

    if value is None or isinstance(value, Unset):
        raise UnexpectedResponse(f"the answer has no {what} to wait on; the server did not answer as documented")
    return value


def request_value(method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any], name: str) -> Any:
    """The request field ``name`` of a call ``method(*args, **kwargs)``: a keyword, a positional field or a field of
    its ``body=`` (a model or a mapping)."""
    bound = inspect.signature(method).bind_partial(*args, **kwargs).arguments
    if name in bound:
        return bound[name]
    body = bound.get("body")
    value = body.get(name) if isinstance(body, Mapping) else getattr(body, name, None)
    return present(value, name)
