"""The one place for HTTP policy: retries (429/503 with Retry-After, backoff with jitter, an overall budget,
connection errors only where safe to repeat), typed errors for every status >= 400, and redacted logging.
Sync and async share the decisions in :class:`RetryPolicy`; only the waiting differs.
"""

from __future__ import annotations

import json
import logging
import random
import ssl
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx

from .auth import WorkspaceAuth
from .errors import (
    NetworkError,
    ca_bundle_error,
    connection_refused,
    error_from_response,
    name_lookup_failed,
    network_error,
    response_too_large,
    retry_after_seconds,
    tls_failure,
    unexpected_response,
    unresolvable,
)

log = logging.getLogger("dbrest")

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

    A connection that cannot be opened (refused, timed out while connecting, a DNS server that did not answer)
    is tried at most ``max_connect_attempts`` times, the retry after at most ``quick_retry`` seconds: for a
    configured host these are a wrong port or scheme far more often than an outage, and 7 retries kept a typo
    silent for minutes. TLS handshake failures and unresolvable names are never retried.
    """

    max_attempts: int = 8
    budget: float = 300.0
    backoff: float = 1.0
    max_backoff: float = 60.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 503})
    retry_connection_errors: bool = True
    max_connect_attempts: int = 2
    quick_retry: float = 1.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        base = min(self.max_backoff, self.backoff * 2.0 ** (attempt - 1))
        return float(base + base * self.jitter * self.rng.random())

    @staticmethod
    def safe_to_repeat(request: httpx.Request, exc: Exception) -> bool:
        """A connection that failed before sending can always be retried; after, only idempotent calls. A host
        name that does not resolve and a failed TLS handshake are not retried at all: they are a typo or a wrong
        scheme far more often than an outage, and retrying them would keep a command silent for minutes."""
        if unresolvable(exc) or tls_failure(exc):
            return False
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return True
        return _is_idempotent(request)


def _is_idempotent(request: httpx.Request) -> bool:
    # The POSTs safe to repeat are facts of the API: x-dbrest-idempotent in spec/, tabled by the generator.
    from ._generated.retry import IDEMPOTENT_POSTS

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


#: Databricks bounds its JSON answers (about 10 MB, e.g. a workspace export); 64 MiB leaves room and still stops a
#: misconfigured host or proxy from filling memory. ``Workspace(max_response_size=...)`` changes it.
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024


def _buffered(response: httpx.Response) -> bool:
    """Whether the transport reads this body itself, inside the retry loop and under the size cap: error answers
    and JSON (or untyped) ones. Any other 2xx body (a file download) passes through as a stream, so that
    ``client.stream(...)`` really streams: memory independent of the size."""
    if response.status_code >= 400:
        return True
    content_type = response.headers.get("content-type", "").lower()
    return not content_type or "json" in content_type


class _Stream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream that enforces the size cap (when given); without a cap it is a body the caller reads
    after the transport returned, and a connection failure then becomes dbrest's typed NetworkError (with a cap,
    the transport reads it in its retry loop, which classifies the failure itself)."""

    def __init__(
        self,
        inner: httpx.SyncByteStream | httpx.AsyncByteStream,
        response: httpx.Response,
        request: httpx.Request,
        cap: int | None,
    ) -> None:
        self.inner = inner
        self.response = response
        self.request = request
        self.cap = cap
        self.seen = 0

    def _count(self, chunk: bytes) -> bytes:
        self.seen += len(chunk)
        if self.cap is not None and self.seen > self.cap:
            raise response_too_large(self.response, self.request, self.cap)
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self.inner, httpx.SyncByteStream)
        try:
            for chunk in self.inner:
                yield self._count(chunk)
        except httpx.TransportError as exc:
            if self.cap is not None or isinstance(exc, NetworkError):
                raise
            raise network_error(exc, self.request) from exc

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self.inner, httpx.AsyncByteStream)
        try:
            async for chunk in self.inner:
                yield self._count(chunk)
        except httpx.TransportError as exc:
            if self.cap is not None or isinstance(exc, NetworkError):
                raise
            raise network_error(exc, self.request) from exc

    def close(self) -> None:
        assert isinstance(self.inner, httpx.SyncByteStream)
        self.inner.close()

    async def aclose(self) -> None:
        assert isinstance(self.inner, httpx.AsyncByteStream)
        await self.inner.aclose()


def _prepare(response: httpx.Response, request: httpx.Request, cap: int) -> bool:
    """Wrap the body stream; returns whether the transport must read it now (see :func:`_buffered`)."""
    if not _buffered(response):
        response.stream = _Stream(response.stream, response, request, None)
        return False
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise response_too_large(response, request, cap)
    response.stream = _Stream(response.stream, response, request, cap)
    return True


def _raise_for_error(response: httpx.Response, request: httpx.Request, secrets: tuple[str, ...]) -> None:
    if response.status_code >= 400:
        response.read()
        raise error_from_response(response, request, secrets)


#: The statuses whose Location httpx resolves, followed or not (httpx.Response.has_redirect_location).
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


def _bad_redirect(response: httpx.Response, request: httpx.Request, secrets: tuple[str, ...]) -> Exception | None:
    """The UnexpectedResponse for a redirect whose Location httpx cannot resolve (the caller closes the response and
    raises it). httpx resolves the Location of every redirect, followed or not, as its Client._redirect_url does
    (parse; a scheme without a host takes the request's host; a relative one is joined), and raised a bare
    RemoteProtocolError or InvalidURL from ``client.send`` for this answer that is not the API's; dbrest's error
    names the request and says to check the host."""
    location = response.headers.get("location")
    if location is None or response.status_code not in _REDIRECTS:
        return None
    try:
        url = httpx.URL(location)
        if url.scheme and not url.host:
            url = url.copy_with(host=request.url.host)
        if url.is_relative_url:
            request.url.join(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        response.request = request
        return unexpected_response(response, None, secrets)
    return None


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
        max_attempts = policy.max_attempts
        if connection_refused(exc) or isinstance(exc, httpx.ConnectTimeout) or name_lookup_failed(exc):
            max_attempts = min(max_attempts, policy.max_connect_attempts)
            wait = min(wait, policy.quick_retry)
        if (
            not policy.retry_connection_errors
            or not policy.safe_to_repeat(request, exc)
            or attempt >= max_attempts
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
        auth: WorkspaceAuth | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.max_response_size = max_response_size
        self.inner = inner
        self.retrier = _Retrier(policy, on_retry)
        self.policy = self.retrier.policy
        self.clock = clock or SystemClock()
        self.auth = auth

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.auth is not None:  # every hop, redirects included: credentials never leave for another origin
            self.auth.strip_foreign(request)
        start = self.clock.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self.inner.handle_request(request)
                # The body is read here, inside the retry loop, so that a connection dropped mid-body is retried
                # like one dropped before the status line (Databricks responses are bounded: 10 MB at most).
                try:
                    if _prepare(response, request, self.max_response_size):
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
            secrets = self.auth.secrets if self.auth else ()
            _raise_for_error(response, request, secrets)
            bad = _bad_redirect(response, request, secrets)
            if bad is not None:
                response.close()
                raise bad
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
        auth: WorkspaceAuth | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.max_response_size = max_response_size
        self.inner = inner
        self.retrier = _Retrier(policy, on_retry)
        self.policy = self.retrier.policy
        self.clock = clock or SystemAsyncClock()
        self.auth = auth

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.auth is not None:
            self.auth.strip_foreign(request)
        start = self.clock.monotonic()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await self.inner.handle_async_request(request)
                try:
                    if _prepare(response, request, self.max_response_size):
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
                raise error_from_response(response, request, self.auth.secrets if self.auth else ())
            bad = _bad_redirect(response, request, self.auth.secrets if self.auth else ())
            if bad is not None:
                await response.aclose()
                raise bad
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
                    try:
                        self._inner = httpx.HTTPTransport(**self._kwargs)
                    except (OSError, ssl.SSLError) as exc:  # the CA bundle: missing, or not PEM
                        raise ca_bundle_error(self._kwargs.get("verify", True), exc) from None
        return self._inner.handle_request(request)

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
