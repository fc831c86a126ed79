"""The one way dbrest authenticates: an ``httpx.Auth`` that attaches the configured credentials to a request only
when the request goes to the configured origin (scheme, host and port), and a guard that the transports apply to
every request they send, redirects included, so that no credential header ever leaves for another origin.

httpx drops ``Authorization`` on a redirect to another origin but keeps every other header; the Azure service
principal token travels in ``X-Databricks-Azure-SP-Management-Token``, hence the guard in the transport, which
sees each hop of a redirect.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from .config import Config

_DEFAULT_PORTS = {"http": 80, "https": 443}


def origin(url: httpx.URL | str) -> tuple[str, str, int | None]:
    """(scheme, host, port) with the default port made explicit, as browsers compare origins."""
    url = httpx.URL(url)
    scheme = url.scheme.lower()
    return scheme, url.host.lower(), url.port if url.port is not None else _DEFAULT_PORTS.get(scheme)


class WorkspaceAuth(httpx.Auth):
    """Adds the workspace's credential headers (:meth:`dbrest.config.Config.auth_headers`) to requests for the
    configured origin; any other origin gets none, and loses them if a redirect carried them over."""

    def __init__(self, config: Config) -> None:
        self._origin = origin(config.host)
        self._headers = config.auth_headers()
        self._host = config.host
        values = [config.token, config.password, config.azure_sp_management_token]
        values += [v.split(" ", 1)[-1] for v in self._headers.values()]  # the Basic pair as base64, too
        #: What must never appear in a message (scrubbed from echoed server text); short values are left out, or
        #: a one-letter password would blank every such letter.
        self.secrets: tuple[str, ...] = tuple(sorted({v for v in values if v and len(v) >= 6}, key=len, reverse=True))

    def __repr__(self) -> str:
        return f"WorkspaceAuth(host={self._host!r})"

    def for_this_origin(self, url: httpx.URL) -> bool:
        return origin(url) == self._origin

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request

    def apply(self, request: httpx.Request) -> None:
        """Attach the credentials for the configured origin; strip ours from a request to any other origin."""
        if self.for_this_origin(request.url):
            for name, value in self._headers.items():
                request.headers.setdefault(name, value)
        else:
            self.strip_foreign(request)

    def strip_foreign(self, request: httpx.Request) -> None:
        """Remove our credential headers from a request to another origin (a redirect hop): the transports call
        this for every request they send. Headers a caller set with other values are theirs and kept."""
        if self.for_this_origin(request.url):
            return
        for name, value in self._headers.items():
            if request.headers.get(name) == value:
                del request.headers[name]
