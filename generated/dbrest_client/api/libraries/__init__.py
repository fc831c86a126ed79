"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ...client import AuthenticatedClient
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.libraries_all_cluster_statuses_response import LibrariesAllClusterStatusesResponse
    from ...models.libraries_cluster_library_statuses import LibrariesClusterLibraryStatuses
    from ...models.libraries_install_request import LibrariesInstallRequest
    from ...models.libraries_uninstall_request import LibrariesUninstallRequest
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class LibrariesService:
    """The libraries operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def all_cluster_statuses(
        self,
    ) -> LibrariesAllClusterStatusesResponse:
        """Get the status of all libraries on all clusters"""
        from . import libraries_all_cluster_statuses as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def cluster_status(
        self,
        *,
        cluster_id: str,
    ) -> LibrariesClusterLibraryStatuses:
        """Get the status of the libraries on a cluster"""
        from . import libraries_cluster_status as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                cluster_id=cluster_id,
            )
        )

    def install(
        self,
        *,
        body: LibrariesInstallRequest,
    ) -> Empty:
        """Install libraries on a cluster"""
        from . import libraries_install as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def uninstall(
        self,
        *,
        body: LibrariesUninstallRequest,
    ) -> Empty:
        """Uninstall libraries from a cluster"""
        from . import libraries_uninstall as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )


class AsyncLibrariesService:
    """The libraries operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def all_cluster_statuses(
        self,
    ) -> LibrariesAllClusterStatusesResponse:
        """Get the status of all libraries on all clusters"""
        from . import libraries_all_cluster_statuses as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def cluster_status(
        self,
        *,
        cluster_id: str,
    ) -> LibrariesClusterLibraryStatuses:
        """Get the status of the libraries on a cluster"""
        from . import libraries_cluster_status as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                cluster_id=cluster_id,
            )
        )

    async def install(
        self,
        *,
        body: LibrariesInstallRequest,
    ) -> Empty:
        """Install libraries on a cluster"""
        from . import libraries_install as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def uninstall(
        self,
        *,
        body: LibrariesUninstallRequest,
    ) -> Empty:
        """Uninstall libraries from a cluster"""
        from . import libraries_uninstall as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )


__all__ = ("LibrariesService", "AsyncLibrariesService")
