"""The one place for HTTP policy: retries (429/503 with Retry-After, backoff with jitter, an overall budget,
connection errors only where safe to repeat), typed errors for every status >= 400, and redacted logging.
Sync and async share the decisions in :class:`RetryPolicy`; only the waiting differs.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from .errors import error_from_response, network_error, retry_after_seconds, unresolvable

log = logging.getLogger("dbrest")

#: POST operations that are safe to repeat after a connection failed mid-request (read-only or idempotent).
IDEMPOTENT_POSTS = frozenset(
    {
        "/api/2.0/clusters/events",
        "/api/2.0/clusters/pin",
        "/api/2.0/clusters/unpin",
        "/api/2.0/clusters/delete",
        "/api/2.0/dbfs/mkdirs",
        "/api/2.0/dbfs/delete",  # deleting a missing path succeeds: repeating a delete is harmless
        "/api/2.0/workspace/mkdirs",
        "/api/2.0/jobs/runs/cancel",
        "/api/2.1/jobs/runs/cancel",
        "/api/2.2/jobs/runs/cancel",
        "/api/1.2/commands/cancel",
    }
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long dbrest retries.

    ``budget`` bounds the total time spent on one call including waits; ``max_attempts`` bounds the tries.
    Waits follow ``Retry-After`` when the server sends it, else ``backoff * 2**(attempt-1)`` capped at
    ``max_backoff``, with up to ``jitter`` (a fraction) added at random.
    """

    max_attempts: int = 8
    budget: float = 300.0
    backoff: float = 1.0
    max_backoff: float = 60.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 503})
    retry_connection_errors: bool = True
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        base = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return float(base + base * self.jitter * self.rng.random())

    @staticmethod
    def safe_to_repeat(request: httpx.Request, exc: Exception) -> bool:
        """A connection that failed before sending can always be retried; after, only idempotent calls. A host
        name that does not resolve is not retried at all: it is a typo far more often than a DNS outage, and
        retrying it would keep a command silent for minutes."""
        if unresolvable(exc):
            return False
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return True
        return _is_idempotent(request)


def _is_idempotent(request: httpx.Request) -> bool:
    return request.method in SAFE_METHODS or request.url.path in IDEMPOTENT_POSTS


RETRYABLE_ERRORS = (httpx.TransportError,)


def _describe(request: httpx.Request) -> str:
    # Method and path only: no query string, no headers (credentials live in headers).
    return f"{request.method} {request.url.path}"


def _answered_by_the_api(response: httpx.Response) -> bool:
    """Whether an error came from Databricks' API layer (a JSON error body) rather than a gateway in front of it.
    A gateway 503 may come after the request was processed, so only the API's own 503s are safe to repeat for
    calls that are not idempotent (a repeated add-block would append its block twice)."""
    if not response.content.lstrip().startswith(b"{"):
        return False
    try:
        body = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return False
    return isinstance(body, dict) and any(k in body for k in ("error_code", "error", "detail"))


def _is_progress(response: httpx.Response) -> bool:
    """503 PARTIAL_DELETE reports progress of a large delete; the caller repeats it at once (dbfs.rm)."""
    return response.status_code == 503 and b"PARTIAL_DELETE" in response.content


def _raise_for_error(response: httpx.Response, request: httpx.Request) -> None:
    if response.status_code >= 400:
        response.read()
        raise error_from_response(response, request)


class _Retrier:
    """The retry decisions, shared by the sync and async transports: each returns the seconds to wait before
    the next attempt, or None to stop (raise the error / return the response)."""

    def __init__(
        self,
        policy: RetryPolicy | None,
        on_retry: Callable[[httpx.Request, int, float, str], None] | None,
    ) -> None:
        self.policy = policy or RetryPolicy()
        self.on_retry = on_retry

    def after_error(self, request: httpx.Request, exc: Exception, attempt: int, elapsed: float) -> float | None:
        policy = self.policy
        wait = policy.delay(attempt, None)
        if (
            not policy.retry_connection_errors
            or not policy.safe_to_repeat(request, exc)
            or attempt >= policy.max_attempts
            or elapsed + wait > policy.budget
        ):
            return None
        self._note(request, attempt, wait, type(exc).__name__)
        return wait

    def after_response(
        self, request: httpx.Request, response: httpx.Response, attempt: int, elapsed: float
    ) -> float | None:
        """``response`` must have been read."""
        policy = self.policy
        if response.status_code not in policy.retry_statuses or attempt >= policy.max_attempts:
            return None
        if (
            response.status_code != 429  # a rate limit is answered before anything is done
            and not _is_idempotent(request)
            and not _answered_by_the_api(response)
        ):
            return None
        wait = policy.delay(attempt, retry_after_seconds(response))
        if elapsed + wait > policy.budget or _is_progress(response):
            return None
        self._note(request, attempt, wait, f"HTTP {response.status_code}")
        return wait

    def _note(self, request: httpx.Request, attempt: int, wait: float, why: str) -> None:
        log.info("retrying %s after %s (attempt %d, waiting %.2fs)", _describe(request), why, attempt, wait)
        if self.on_retry is not None:
            self.on_retry(request, attempt, wait, why)


class RetryingTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        clock: Clock | None = None,
        on_retry: Callable[[httpx.Request, int, float, str], None] | None = None,
    ) -> None:
        self.inner = inner
        self.retrier = _Retrier(policy, on_retry)
        self.policy = self.retrier.policy
        self.clock = clock or SystemClock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        start = self.clock.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.inner.handle_request(request)
                # The body is read here, inside the retry loop, so that a connection dropped mid-body is retried
                # like one dropped before the status line (Databricks responses are bounded: 10 MB at most).
                try:
                    response.read()
                except BaseException:
                    response.close()
                    raise
            except RETRYABLE_ERRORS as exc:
                wait = self.retrier.after_error(request, exc, attempt, self.clock.monotonic() - start)
                if wait is None:
                    raise network_error(exc, request) from exc
                self.clock.sleep(wait)
                continue
            if response.status_code >= 400:
                wait = self.retrier.after_response(request, response, attempt, self.clock.monotonic() - start)
                if wait is not None:
                    response.close()
                    self.clock.sleep(wait)
                    continue
            _raise_for_error(response, request)
            return response

    def close(self) -> None:
        self.inner.close()


class AsyncClock(Protocol):
    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemAsyncClock:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        import asyncio  # only async users pay for importing asyncio

        await asyncio.sleep(seconds)


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy | None = None,
        clock: AsyncClock | None = None,
        on_retry: Callable[[httpx.Request, int, float, str], None] | None = None,
    ) -> None:
        self.inner = inner
        self.retrier = _Retrier(policy, on_retry)
        self.policy = self.retrier.policy
        self.clock = clock or SystemAsyncClock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        start = self.clock.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.handle_async_request(request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
            except RETRYABLE_ERRORS as exc:
                wait = self.retrier.after_error(request, exc, attempt, self.clock.monotonic() - start)
                if wait is None:
                    raise network_error(exc, request) from exc
                await self.clock.sleep(wait)
                continue
            if response.status_code >= 400:
                wait = self.retrier.after_response(request, response, attempt, self.clock.monotonic() - start)
                if wait is not None:
                    await response.aclose()
                    await self.clock.sleep(wait)
                    continue
                raise error_from_response(response, request)
            return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class LazyHTTPTransport(httpx.BaseTransport):
    """httpx.HTTPTransport built on first use: creating it loads the TLS certificate store (~50 ms), which a
    Workspace that is constructed but not (yet) used should not pay for."""

    def __init__(self, **kwargs: Any) -> None:
        self._kwargs = kwargs
        self._inner: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:
            with self._lock:  # concurrent first requests (a parallel download) must share one connection pool
                if self._inner is None:
                    self._inner = httpx.HTTPTransport(**self._kwargs)
        return self._inner.handle_request(request)

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
