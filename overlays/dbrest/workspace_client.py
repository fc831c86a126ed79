"""Workspace and AsyncWorkspace: configuration, the authenticated client with dbrest's transport, and one
object per service (the overlay subclass where one exists, else the generated facade)."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from dbrest_client.client import AuthenticatedClient

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

if TYPE_CHECKING:
    from dbrest_client.api.cluster_policies import AsyncClusterPoliciesService, ClusterPoliciesService
    from dbrest_client.api.clusters20 import AsyncClusters20Service, Clusters20Service
    from dbrest_client.api.git_credentials import AsyncGitCredentialsService, GitCredentialsService
    from dbrest_client.api.global_init_scripts import AsyncGlobalInitScriptsService, GlobalInitScriptsService
    from dbrest_client.api.groups import AsyncGroupsService, GroupsService
    from dbrest_client.api.instance_pools import AsyncInstancePoolsService, InstancePoolsService
    from dbrest_client.api.instance_profiles import AsyncInstanceProfilesService, InstanceProfilesService
    from dbrest_client.api.ip_access_lists import AsyncIpAccessListsService, IpAccessListsService
    from dbrest_client.api.permissions import AsyncPermissionsService, PermissionsService
    from dbrest_client.api.token import AsyncTokenService, TokenService
    from dbrest_client.api.token_management import AsyncTokenManagementService, TokenManagementService
    from dbrest_client.api.workspace_conf import AsyncWorkspaceConfService, WorkspaceConfService

    from .clusters import AsyncClustersService, ClustersService
    from .commands import AsyncCommandsService, AsyncContextsService, CommandsService, ContextsService
    from .dbfs import DbfsService
    from .dbfs_async import AsyncDbfsService
    from .jobs import Jobs20Service, Jobs21Service, JobsService
    from .jobs_async import AsyncJobs20Service, AsyncJobs21Service, AsyncJobsService
    from .libraries import AsyncLibrariesService, LibrariesService
    from .paging import (
        AsyncPolicyFamiliesService,
        AsyncReposService,
        AsyncScimService,
        PolicyFamiliesService,
        ReposService,
        ScimService,
    )
    from .secrets import AsyncSecretsService, SecretsService
    from .workspace import AsyncWorkspaceService, WorkspaceService

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


def _one_of_transport_or_proxy(transport: object, proxy: str | None) -> None:
    if transport is not None and proxy is not None:
        raise ConfigurationError("pass transport=... or proxy=..., not both: a given transport makes the connections")


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

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- services: one object each, the overlay subclass where there is one ------------------------------

    @cached_property
    def clusters(self) -> ClustersService:
        """Clusters API 2.1 (what databricks-sdk speaks today), with waiters and lazy iterators."""
        from .clusters import ClustersService

        return ClustersService(self._client, clock=self.clock)

    @cached_property
    def clusters20(self) -> Clusters20Service:
        """Clusters API 2.0: the same clusters under the older paths (no update, an unpaged list)."""
        from dbrest_client.api.clusters20 import Clusters20Service

        return Clusters20Service(self._client)

    @cached_property
    def instance_profiles(self) -> InstanceProfilesService:
        from dbrest_client.api.instance_profiles import InstanceProfilesService

        return InstanceProfilesService(self._client)

    @cached_property
    def policy_families(self) -> PolicyFamiliesService:
        from .paging import PolicyFamiliesService

        return PolicyFamiliesService(self._client)

    @cached_property
    def cluster_policies(self) -> ClusterPoliciesService:
        from dbrest_client.api.cluster_policies import ClusterPoliciesService

        return ClusterPoliciesService(self._client)

    @cached_property
    def instance_pools(self) -> InstancePoolsService:
        from dbrest_client.api.instance_pools import InstancePoolsService

        return InstancePoolsService(self._client)

    @cached_property
    def libraries(self) -> LibrariesService:
        from .libraries import LibrariesService

        return LibrariesService(self._client, clock=self.clock)

    @cached_property
    def dbfs(self) -> DbfsService:
        from .dbfs import DbfsService

        return DbfsService(self._client)

    @cached_property
    def workspace(self) -> WorkspaceService:
        from .workspace import WorkspaceService

        return WorkspaceService(self._client)

    @cached_property
    def jobs(self) -> JobsService:
        from .jobs import JobsService

        return JobsService(self._client, clock=self.clock)

    @cached_property
    def jobs21(self) -> Jobs21Service:
        from .jobs import Jobs21Service

        return Jobs21Service(self._client, clock=self.clock)

    @cached_property
    def jobs20(self) -> Jobs20Service:
        from .jobs import Jobs20Service

        return Jobs20Service(self._client, clock=self.clock)

    @cached_property
    def secrets(self) -> SecretsService:
        from .secrets import SecretsService

        return SecretsService(self._client)

    @cached_property
    def token(self) -> TokenService:
        from dbrest_client.api.token import TokenService

        return TokenService(self._client)

    @cached_property
    def token_management(self) -> TokenManagementService:
        from dbrest_client.api.token_management import TokenManagementService

        return TokenManagementService(self._client)

    @cached_property
    def groups(self) -> GroupsService:
        from dbrest_client.api.groups import GroupsService

        return GroupsService(self._client)

    @cached_property
    def permissions(self) -> PermissionsService:
        from dbrest_client.api.permissions import PermissionsService

        return PermissionsService(self._client)

    @cached_property
    def global_init_scripts(self) -> GlobalInitScriptsService:
        from dbrest_client.api.global_init_scripts import GlobalInitScriptsService

        return GlobalInitScriptsService(self._client)

    @cached_property
    def ip_access_lists(self) -> IpAccessListsService:
        from dbrest_client.api.ip_access_lists import IpAccessListsService

        return IpAccessListsService(self._client)

    @cached_property
    def workspace_conf(self) -> WorkspaceConfService:
        from dbrest_client.api.workspace_conf import WorkspaceConfService

        return WorkspaceConfService(self._client)

    @cached_property
    def repos(self) -> ReposService:
        from .paging import ReposService

        return ReposService(self._client)

    @cached_property
    def git_credentials(self) -> GitCredentialsService:
        from dbrest_client.api.git_credentials import GitCredentialsService

        return GitCredentialsService(self._client)

    @cached_property
    def scim(self) -> ScimService:
        from .paging import ScimService

        return ScimService(self._client)

    @cached_property
    def contexts(self) -> ContextsService:
        from .commands import ContextsService

        return ContextsService(self._client, clock=self.clock)

    @cached_property
    def commands(self) -> CommandsService:
        from .commands import CommandsService

        return CommandsService(self._client, clock=self.clock)


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
        proxy: str | None = None,
        clock: AsyncClock | Clock | None = None,
        on_retry: Callable[[httpx.Request, int, float, str], None] | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
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

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncWorkspace:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- services ----------------------------------------------------------------------------------------

    @cached_property
    def clusters(self) -> AsyncClustersService:
        """Clusters API 2.1, with waiters and lazy iterators."""
        from .clusters import AsyncClustersService

        return AsyncClustersService(self._client, clock=self.clock)

    @cached_property
    def clusters20(self) -> AsyncClusters20Service:
        """Clusters API 2.0: the same clusters under the older paths."""
        from dbrest_client.api.clusters20 import AsyncClusters20Service

        return AsyncClusters20Service(self._client)

    @cached_property
    def instance_profiles(self) -> AsyncInstanceProfilesService:
        from dbrest_client.api.instance_profiles import AsyncInstanceProfilesService

        return AsyncInstanceProfilesService(self._client)

    @cached_property
    def policy_families(self) -> AsyncPolicyFamiliesService:
        from .paging import AsyncPolicyFamiliesService

        return AsyncPolicyFamiliesService(self._client)

    @cached_property
    def cluster_policies(self) -> AsyncClusterPoliciesService:
        from dbrest_client.api.cluster_policies import AsyncClusterPoliciesService

        return AsyncClusterPoliciesService(self._client)

    @cached_property
    def instance_pools(self) -> AsyncInstancePoolsService:
        from dbrest_client.api.instance_pools import AsyncInstancePoolsService

        return AsyncInstancePoolsService(self._client)

    @cached_property
    def libraries(self) -> AsyncLibrariesService:
        from .libraries import AsyncLibrariesService

        return AsyncLibrariesService(self._client, clock=self.clock)

    @cached_property
    def dbfs(self) -> AsyncDbfsService:
        from .dbfs_async import AsyncDbfsService

        return AsyncDbfsService(self._client)

    @cached_property
    def workspace(self) -> AsyncWorkspaceService:
        from .workspace import AsyncWorkspaceService

        return AsyncWorkspaceService(self._client)

    @cached_property
    def jobs(self) -> AsyncJobsService:
        from .jobs_async import AsyncJobsService

        return AsyncJobsService(self._client, clock=self.clock)

    @cached_property
    def jobs21(self) -> AsyncJobs21Service:
        from .jobs_async import AsyncJobs21Service

        return AsyncJobs21Service(self._client, clock=self.clock)

    @cached_property
    def jobs20(self) -> AsyncJobs20Service:
        from .jobs_async import AsyncJobs20Service

        return AsyncJobs20Service(self._client, clock=self.clock)

    @cached_property
    def secrets(self) -> AsyncSecretsService:
        from .secrets import AsyncSecretsService

        return AsyncSecretsService(self._client)

    @cached_property
    def token(self) -> AsyncTokenService:
        from dbrest_client.api.token import AsyncTokenService

        return AsyncTokenService(self._client)

    @cached_property
    def token_management(self) -> AsyncTokenManagementService:
        from dbrest_client.api.token_management import AsyncTokenManagementService

        return AsyncTokenManagementService(self._client)

    @cached_property
    def groups(self) -> AsyncGroupsService:
        from dbrest_client.api.groups import AsyncGroupsService

        return AsyncGroupsService(self._client)

    @cached_property
    def permissions(self) -> AsyncPermissionsService:
        from dbrest_client.api.permissions import AsyncPermissionsService

        return AsyncPermissionsService(self._client)

    @cached_property
    def global_init_scripts(self) -> AsyncGlobalInitScriptsService:
        from dbrest_client.api.global_init_scripts import AsyncGlobalInitScriptsService

        return AsyncGlobalInitScriptsService(self._client)

    @cached_property
    def ip_access_lists(self) -> AsyncIpAccessListsService:
        from dbrest_client.api.ip_access_lists import AsyncIpAccessListsService

        return AsyncIpAccessListsService(self._client)

    @cached_property
    def workspace_conf(self) -> AsyncWorkspaceConfService:
        from dbrest_client.api.workspace_conf import AsyncWorkspaceConfService

        return AsyncWorkspaceConfService(self._client)

    @cached_property
    def repos(self) -> AsyncReposService:
        from .paging import AsyncReposService

        return AsyncReposService(self._client)

    @cached_property
    def git_credentials(self) -> AsyncGitCredentialsService:
        from dbrest_client.api.git_credentials import AsyncGitCredentialsService

        return AsyncGitCredentialsService(self._client)

    @cached_property
    def scim(self) -> AsyncScimService:
        from .paging import AsyncScimService

        return AsyncScimService(self._client)

    @cached_property
    def contexts(self) -> AsyncContextsService:
        from .commands import AsyncContextsService

        return AsyncContextsService(self._client, clock=self.clock)

    @cached_property
    def commands(self) -> AsyncCommandsService:
        from .commands import AsyncCommandsService

        return AsyncCommandsService(self._client, clock=self.clock)


__all__ = ["AsyncWorkspace", "Workspace"]
