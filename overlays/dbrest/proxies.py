"""Which proxy a request goes through, as httpx decides it with ``trust_env`` (and requests, so databricks-sdk):
``HTTPS_PROXY`` / ``HTTP_PROXY`` / ``ALL_PROXY`` by the request's scheme, ``NO_PROXY`` hosts go direct, and an
explicit ``Workspace(proxy=...)`` takes every request. dbrest passes httpx its own transport (retries, typed
errors), and httpx ignores the environment's proxies whenever a transport is given: this router restores them.

The environment is read with the standard library's ``urllib.request.getproxies_environment`` and
``proxy_bypass_environment`` (lower-case names win, ``NO_PROXY`` entries match a host, its domain suffixes or
``host:port``, ``*`` matches all). https goes through a CONNECT tunnel: the proxy sees the target host and port,
never a header of the request (credentials travel inside TLS).

One departure from httpx: a loopback host (a local mock, a tunnel's local end) goes through an environment proxy
only if that proxy is on this machine too. A proxy elsewhere would connect to its own loopback, never to this
one, and a plain-http request would hand it the token in clear over the network, which dbrest otherwise refuses
without allow_insecure_http. Go's net/http and Ruby's Net::HTTP never proxy loopback hosts at all.
"""

from __future__ import annotations

import ssl
import threading
import urllib.request
from typing import Generic, NoReturn, TypeVar

import httpx

from .config import is_loopback, redact_userinfo
from .errors import ConfigurationError, ca_bundle_error, tls_failure
from .transport import LazyHTTPTransport

_T = TypeVar("_T", httpx.BaseTransport, httpx.AsyncBaseTransport)


def checked_proxy(url: str, source: str) -> str:
    """A proxy URL httpx accepts (``http://host:port``, optionally with user:password@); a bare ``host:port`` is
    taken as http, as curl and httpx take it."""
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    refused = ConfigurationError(
        f"{source}: {redact_userinfo(url)!r} is not an http(s) proxy URL like http://proxy.example.com:3128"
    )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:  # a bad port or name: httpx's own error came from the request, untyped
        raise refused from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise refused
    return url


def tls_verify(verify: bool | str) -> bool | ssl.SSLContext:
    """What httpx is given for ``verify``: a path (a PEM bundle, or a directory of them) becomes the SSLContext that
    httpx 0.28 asks for instead (it deprecates ``verify=<str>``); a bundle that cannot be loaded is a
    ConfigurationError naming it, at once."""
    if not isinstance(verify, str):
        return verify
    import os

    try:
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    except (OSError, ssl.SSLError) as exc:
        raise ca_bundle_error(verify, exc) from None


def _with_scheme(url: str) -> str:
    url = url.strip()
    return url if "://" in url else "http://" + url


class _Router(Generic[_T]):
    def __init__(self, proxy: str | None) -> None:
        self.explicit = checked_proxy(proxy, "proxy=...") if proxy else None
        self.environment = {} if proxy else urllib.request.getproxies_environment()
        self._transports: dict[str | None, _T] = {}
        self._lock = threading.Lock()

    def route(self, url: httpx.URL) -> str | None:
        """The proxy URL for ``url``, or None to connect directly."""
        if self.explicit:
            return self.explicit
        chosen = self.environment.get(url.scheme) or self.environment.get("all")
        if not chosen:
            return None
        if is_loopback(str(url)) and not is_loopback(_with_scheme(chosen)):
            return None
        host = f"{url.host}:{url.port}" if url.port else url.host
        # proxy_bypass_environment: the NO_PROXY matcher requests uses on Linux (urllib.request.proxy_bypass); not
        # in typeshed, but part of the stdlib since 3.x and given our snapshot of the environment explicitly
        if urllib.request.proxy_bypass_environment(host, self.environment):  # type: ignore[attr-defined]
            return None
        return checked_proxy(chosen, f"the {url.scheme}_proxy environment variable")

    def transport(self, proxy: str | None) -> _T:
        found = self._transports.get(proxy)
        if found is None:
            with self._lock:
                found = self._transports.get(proxy)
                if found is None:
                    found = self._transports[proxy] = self.build(proxy)
        return found

    def build(self, proxy: str | None) -> _T:
        raise NotImplementedError

    @classmethod
    def reraise(cls, proxy: str | None, exc: httpx.TransportError) -> NoReturn:
        """Raise ``exc`` again, as the :meth:`proxy_error` it is where it went through a proxy."""
        if proxy is None:
            raise exc
        error = cls.proxy_error(proxy, exc)
        if error is exc:
            raise exc
        raise error from exc

    @staticmethod
    def proxy_error(proxy: str, exc: httpx.TransportError) -> httpx.TransportError:
        """A failure to reach or use the proxy, named as such (without the proxy's password). A TLS failure inside
        the tunnel is the target's, and stays what it is."""
        if isinstance(exc, httpx.TimeoutException) or tls_failure(exc):
            return exc
        return httpx.ProxyError(f"through the proxy {redact_userinfo(proxy)}: {type(exc).__name__}: {exc}")


class ProxyRouter(_Router[httpx.BaseTransport], httpx.BaseTransport):
    """The synchronous router: one lazily built connection pool per proxy (and one direct)."""

    def __init__(self, *, verify: bool | str = True, proxy: str | None = None) -> None:
        super().__init__(proxy)
        self.verify = tls_verify(verify)

    def build(self, proxy: str | None) -> httpx.BaseTransport:
        return LazyHTTPTransport(verify=self.verify, proxy=proxy)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.route(request.url)
        try:
            return self.transport(proxy).handle_request(request)
        except httpx.TransportError as exc:
            self.reraise(proxy, exc)

    def close(self) -> None:
        for transport in self._transports.values():
            transport.close()


class AsyncProxyRouter(_Router[httpx.AsyncBaseTransport], httpx.AsyncBaseTransport):
    """The asynchronous router."""

    def __init__(self, *, verify: bool | str = True, proxy: str | None = None) -> None:
        super().__init__(proxy)
        self.verify = tls_verify(verify)

    def build(self, proxy: str | None) -> httpx.AsyncBaseTransport:
        try:
            return httpx.AsyncHTTPTransport(verify=self.verify, proxy=proxy)
        except (OSError, ssl.SSLError) as exc:  # the CA bundle: missing, or not PEM
            raise ca_bundle_error(True, exc) from None  # a path was loaded by tls_verify: the environment's

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self.route(request.url)
        try:
            return await self.transport(proxy).handle_async_request(request)
        except httpx.TransportError as exc:
            self.reraise(proxy, exc)

    async def aclose(self) -> None:
        for transport in self._transports.values():
            await transport.aclose()
