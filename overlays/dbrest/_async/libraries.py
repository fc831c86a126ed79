"""``ws.libraries`` / ``AsyncWorkspace.libraries``, written once (async); see :mod:`dbrest.libraries`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dbrest_client.api.libraries import AsyncLibrariesService as _GeneratedAsyncLibrariesService

from ..libraries import LIBRARY_TIMEOUT, Callback, describe, install_done
from ..transport import AsyncClock, SystemAsyncClock
from ..waiters import Backoff, poll_async

if TYPE_CHECKING:
    from dbrest_client.client import AuthenticatedClient
    from dbrest_client.models.libraries_cluster_library_statuses import LibrariesClusterLibraryStatuses
    from dbrest_client.models.library import Library


class AsyncLibrariesService(_GeneratedAsyncLibrariesService):
    """``ws.libraries``: every generated Libraries operation plus :meth:`wait_installed`."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = Backoff()

    async def wait_installed(
        self,
        cluster_id: str,
        *,
        libraries: Sequence[Library] | None = None,
        timeout: float = LIBRARY_TIMEOUT,
        callback: Callback | None = None,
    ) -> LibrariesClusterLibraryStatuses:
        """Poll until ``libraries`` (default: all of the cluster's) are no longer PENDING/RESOLVING/INSTALLING.

        Returns the final cluster status (SKIPPED and UNINSTALL_ON_RESTART libraries are returned as they are);
        raises :class:`LibraryInstallFailed` with each failed library's messages, OperationTimeout after
        ``timeout`` seconds. Example::

            lib = Library(pypi=LibrariesPythonPyPiLibrary(package="simplejson==3.8.0"))
            await ws.libraries.install(cluster_id=cid, libraries=[lib])
            await ws.libraries.wait_installed(cid, libraries=[lib], timeout=900)
        """
        return await poll_async(
            lambda: self.cluster_status(cluster_id=cluster_id),
            install_done(cluster_id, libraries),
            timeout=timeout,
            what=f"libraries to be installed on cluster {cluster_id}",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    async def install_and_wait(
        self,
        cluster_id: str,
        libraries: Sequence[Library],
        *,
        timeout: float = LIBRARY_TIMEOUT,
        callback: Callback | None = None,
    ) -> LibrariesClusterLibraryStatuses:
        """Install ``libraries`` on a running cluster and wait for them (see :meth:`wait_installed`).

        Example::

            await ws.libraries.install_and_wait(cid, [Library(whl="dbfs:/wheels/mylib-1.0-py3-none-any.whl")])
        """
        from dbrest_client.models.libraries_install_request import LibrariesInstallRequest

        await self.install(body=LibrariesInstallRequest(cluster_id=cluster_id, libraries=list(libraries)))
        return await self.wait_installed(cluster_id, libraries=libraries, timeout=timeout, callback=callback)
