"""Workspace and AsyncWorkspace: configuration, the authenticated client with dbrest's transport, and one
object per service (the overlay subclass where one exists, else the generated facade)."""

from __future__ import annotations

import base64
import os
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from dbrest_client.client import AuthenticatedClient

from .config import Config, resolve
from .transport import (
    DEFAULT_TIMEOUT,
    AsyncClock,
    AsyncRetryingTransport,
    Clock,
    RetryingTransport,
    RetryPolicy,
)

if TYPE_CHECKING:
    from dbrest_client.api.dbfs import AsyncDbfsService

    from .dbfs import DbfsService

USER_AGENT = "dbrest/0.1.0"


def _client_args(config: Config) -> dict[str, Any]:
    if config.auth == "basic":
        raw = f"{config.username}:{config.password}".encode()
        token, prefix = base64.b64encode(raw).decode("ascii"), "Basic"
    else:
        assert config.token is not None
        token, prefix = config.token, "Bearer"
    headers = {"User-Agent": USER_AGENT}
    if config.azure_sp_management_token:
        headers["X-Databricks-Azure-SP-Management-Token"] = config.azure_sp_management_token
    if config.azure_workspace_resource_id:
        headers["X-Databricks-Azure-Workspace-Resource-Id"] = config.azure_workspace_resource_id
    return {"base_url": config.host, "token": token, "prefix": prefix, "headers": headers}


class _Base:
    config: Config

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self.config.host!r}, auth={self.config.auth!r})"


class Workspace(_Base):
    """A Databricks workspace. Example::

        ws = dbrest.Workspace(host="https://adb-123.4.azuredatabricks.net", token=os.environ["DATABRICKS_TOKEN"])
        ws.dbfs.upload("data.csv", "dbfs:/tmp/data.csv", overwrite=True)
        info = ws.clusters.get(cluster_id="0101-123456-abcd1234")

    Configuration comes from the arguments, then the environment, then ``~/.databrickscfg``, then ``~/.netrc``
    (see :func:`dbrest.config.resolve`). Every error response raises a :class:`dbrest.DatabricksError` subclass;
    429 and 503 are retried per ``retry``.
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
        clock: Clock | None = None,
    ) -> None:
        self.config = resolve(
            host=host,
            token=token,
            username=username,
            password=password,
            profile=profile,
            config_file=config_file,
            azure_sp_management_token=azure_sp_management_token,
            azure_workspace_resource_id=azure_workspace_resource_id,
            allow_insecure_http=allow_insecure_http,
        )
        self.retry = retry or RetryPolicy()
        self.clock = clock
        inner = transport or httpx.HTTPTransport(verify=verify, http2=False)
        self._client = AuthenticatedClient(
            **_client_args(self.config),
            timeout=timeout,
            verify_ssl=verify,
            raise_on_unexpected_status=True,
            httpx_args={"transport": RetryingTransport(inner, self.retry, clock)},
        )

    @classmethod
    def from_env(cls, profile: str | None = None, **kwargs: Any) -> Workspace:
        """Configure from the environment, ``~/.databrickscfg`` (``profile``) and ``~/.netrc`` only."""
        return cls(profile=profile, **kwargs)

    @property
    def http(self) -> httpx.Client:
        """The authenticated httpx client (dbrest's transport: retries and typed errors)."""
        return self._client.get_httpx_client()

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def dbfs(self) -> DbfsService:
        from .dbfs import DbfsService

        return DbfsService(self._client)


class AsyncWorkspace(_Base):
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
        clock: AsyncClock | None = None,
    ) -> None:
        self.config = resolve(
            host=host,
            token=token,
            username=username,
            password=password,
            profile=profile,
            config_file=config_file,
            azure_sp_management_token=azure_sp_management_token,
            azure_workspace_resource_id=azure_workspace_resource_id,
            allow_insecure_http=allow_insecure_http,
        )
        self.retry = retry or RetryPolicy()
        inner = transport or httpx.AsyncHTTPTransport(verify=verify)
        self._client = AuthenticatedClient(
            **_client_args(self.config),
            timeout=timeout,
            verify_ssl=verify,
            raise_on_unexpected_status=True,
            httpx_args={"transport": AsyncRetryingTransport(inner, self.retry, clock)},
        )

    @classmethod
    def from_env(cls, profile: str | None = None, **kwargs: Any) -> AsyncWorkspace:
        return cls(profile=profile, **kwargs)

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncWorkspace:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @cached_property
    def dbfs(self) -> AsyncDbfsService:
        from dbrest_client.api.dbfs import AsyncDbfsService

        return AsyncDbfsService(self._client)


__all__ = ["AsyncWorkspace", "Workspace"]
