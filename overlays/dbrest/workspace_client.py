"""Workspace and AsyncWorkspace: configuration and the authenticated client with dbrest's transport. Their service
properties (one object per service: the overlay subclass where one exists, else the generated class) are generated
from the spec's ``x-dbrest-service`` extensions (``dbrest._generated.services``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import httpx
from dbrest_client.client import AuthenticatedClient

from ._generated.services import AsyncWorkspaceServices, WorkspaceServices
from .auth import WorkspaceAuth
from .config import Config, resolve
from .errors import ConfigurationError, unexpected_response
from .proxies import AsyncProxyRouter, ProxyRouter
from .transport import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_TIMEOUT,
    AsyncClock,
    AsyncRetryingTransport,
    Clock,
    RetryingTransport,
    RetryPolicy,
)
from .virtual_time import as_async_clock, clock_for

USER_AGENT = "dbrest/0.1.0"


def _client(
    config: Config, timeout: httpx.Timeout, http: httpx.Client | httpx.AsyncClient, secrets: tuple[str, ...]
) -> AuthenticatedClient:
    """The generated client, handed dbrest's httpx client: credentials come from its ``WorkspaceAuth`` alone (the
    generated client's own ``token`` header is never built, so there is one auth mechanism, not two)."""
    client = AuthenticatedClient(
        base_url=config.host,
        token="",
        timeout=timeout,
        raise_on_unexpected_status=True,
        unexpected_response=lambda response, cause: unexpected_response(response, cause, secrets),
    )
    if isinstance(http, httpx.AsyncClient):
        return client.set_async_httpx_client(http)
    return client.set_httpx_client(http)


def _http_args(config: Config, auth: WorkspaceAuth, timeout: httpx.Timeout) -> dict[str, Any]:
    return {
        "base_url": config.host,
        "headers": {"User-Agent": USER_AGENT},
        "auth": auth,
        "timeout": timeout,
        "follow_redirects": False,
    }


#: The arguments of Workspace and AsyncWorkspace that configure the credentials (dbrest.config.resolve's).
_CREDENTIALS = frozenset(
    {
        "host",
        "token",
        "username",
        "password",
        "profile",
        "config_file",
        "azure_sp_management_token",
        "azure_workspace_resource_id",
        "allow_insecure_http",
    }
)


def _one_of_transport_or_proxy(transport: object, proxy: str | None) -> None:
    if transport is not None and proxy is not None:
        raise ConfigurationError("pass transport=... or proxy=..., not both: a given transport makes the connections")


class _Base:
    config: Config

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.config.host!r}, auth={self.config.auth!r})"


class Workspace(_Base, WorkspaceServices):
    """A Databricks workspace. Example::

        ws = dbrest.Workspace(host="https://adb-123.4.azuredatabricks.net", token=os.environ["DATABRICKS_TOKEN"])
        ws.dbfs.upload("data.csv", "dbfs:/tmp/data.csv", overwrite=True)
        info = ws.clusters.get(cluster_id="0101-123456-abcd1234")

    Configuration comes from the arguments, then the environment, then ``~/.databrickscfg``, then ``~/.netrc``
    (see :func:`dbrest.config.resolve`). Every error response raises a :class:`dbrest.DatabricksError` subclass;
    429 and 503 are retried per ``retry``; ``on_retry(request, attempt, wait_seconds, why)`` hears about each retry
    (dbrest also logs them on the ``dbrest`` logger, without credentials). Proxies: ``HTTPS_PROXY``,
    ``HTTP_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` as httpx honours them, or ``proxy="http://proxy:3128"``. JSON and error answers larger than
    ``max_response_size`` (64 MiB) raise :class:`dbrest.ResponseTooLarge`; file downloads stream uncapped.
    """

    def __init__(
        self,
        host: str | None = None,
        token: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        profile: str | None = None,
        config_file: str | os.PathLike[str] | None = None,
        azure_sp_management_token: str | None = None,
        azure_workspace_resource_id: str | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        verify: bool | str = True,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | None = None,
        proxy: str | None = None,
        clock: Clock | None = None,
        on_retry: Callable[[httpx.Request, int, float, str], None] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.config = resolve(**{k: v for k, v in locals().items() if k in _CREDENTIALS})
        self.retry = retry or RetryPolicy()
        # A local mock's virtual clock, when one registered this exact http loopback origin (time travel in tests).
        self.clock = clock if clock is not None else clock_for(self.config.host)
        clock = self.clock
        _one_of_transport_or_proxy(transport, proxy)
        inner = transport or ProxyRouter(verify=verify, proxy=proxy)
        auth = WorkspaceAuth(self.config)
        http = httpx.Client(
            **_http_args(self.config, auth, timeout),
            transport=RetryingTransport(
                inner, self.retry, clock, on_retry, auth=auth, max_response_size=max_response_size
            ),
        )
        self._client = _client(self.config, timeout, http, auth.secrets)

    @classmethod
    def from_env(cls, profile: str | None = None, **kwargs: Any) -> Workspace:
        """Configure from the environment, ``~/.databrickscfg`` (``profile``) and ``~/.netrc`` only."""
        return cls(profile=profile, **kwargs)

    @property
    def http(self) -> httpx.Client:
        """The authenticated httpx client (dbrest's transport: retries and typed errors). Relative URLs go to the
        workspace; credentials are attached only to requests for the configured origin (scheme, host, port)."""
        return self._client.get_httpx_client()

    @property
    def api_client(self) -> AuthenticatedClient:
        """The generated client (``dbrest_client``) this workspace's services call, for using a generated facade or
        an operation module directly: ``dbrest_client.api.clusters.ClustersService(ws.api_client)``. Same
        transport, retries and credentials as ``ws.clusters``."""
        return self._client

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncWorkspace(_Base, AsyncWorkspaceServices):
    """The async twin of :class:`Workspace` (same configuration, coroutine methods)."""

    def __init__(
        self,
        host: str | None = None,
        token: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        profile: str | None = None,
        config_file: str | os.PathLike[str] | None = None,
        azure_sp_management_token: str | None = None,
        azure_workspace_resource_id: str | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        verify: bool | str = True,
        allow_insecure_http: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        proxy: str | None = None,
        clock: AsyncClock | Clock | None = None,
        on_retry: Callable[[httpx.Request, int, float, str], None] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.config = resolve(**{k: v for k, v in locals().items() if k in _CREDENTIALS})
        self.retry = retry or RetryPolicy()
        # A sync virtual clock (a mock's) is accepted too; without one, a mock's registered clock for this origin.
        self.clock = as_async_clock(clock if clock is not None else clock_for(self.config.host))
        clock = self.clock
        _one_of_transport_or_proxy(transport, proxy)
        inner = transport or AsyncProxyRouter(verify=verify, proxy=proxy)
        auth = WorkspaceAuth(self.config)
        http = httpx.AsyncClient(
            **_http_args(self.config, auth, timeout),
            transport=AsyncRetryingTransport(
                inner, self.retry, clock, on_retry, auth=auth, max_response_size=max_response_size
            ),
        )
        self._client = _client(self.config, timeout, http, auth.secrets)

    @classmethod
    def from_env(cls, profile: str | None = None, **kwargs: Any) -> AsyncWorkspace:
        return cls(profile=profile, **kwargs)

    @property
    def http(self) -> httpx.AsyncClient:
        """The authenticated async httpx client (dbrest's transport: retries, typed errors, credentials for the
        configured origin only)."""
        return self._client.get_async_httpx_client()

    @property
    def api_client(self) -> AuthenticatedClient:
        """The generated client (``dbrest_client``) this workspace's services call (see :attr:`Workspace.api_client`)."""
        return self._client

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncWorkspace:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


__all__ = ["AsyncWorkspace", "Workspace"]
