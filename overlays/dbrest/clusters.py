"""``ws.clusters``: the generated Clusters API 2.1 service (what databricks-sdk 0.162.0 speaks) with its generated
waiters (``wait_running``, ``wait_terminated``, ``create_and_wait``, ``start_and_wait`` ...) and iterators
(``iter_clusters``, ``iter_events``), plus :meth:`ClustersService.ensure_running`, which combines them.

Every waiter takes its ``timeout`` (databricks-sdk-py hard-codes 20 minutes in ``ensure_cluster_is_running``,
issue #691; clusters can stay PENDING longer under load, databricks/cli PR #5999 raised it to 30) and polls on the
workspace's clock, so tests advance virtual time instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._generated.clusters import AsyncClustersService as _GeneratedAsync
from ._generated.clusters import ClustersService as _Generated
from .errors import OperationFailed

if TYPE_CHECKING:
    from dbrest_client.models.cluster_info import ClusterInfo

#: Default for every cluster waiter: long enough for a slow cloud start, always overridable.
CLUSTER_TIMEOUT = 30 * 60.0
Callback = Callable[["ClusterInfo"], None]


class ClusterFailed(OperationFailed):
    """A cluster ended in a state other than the one waited for; ``cluster`` is the last ClusterInfo seen."""

    def __init__(self, message: str, cluster: ClusterInfo) -> None:
        super().__init__(message)
        self.cluster = cluster


def state_of(info: ClusterInfo) -> str:
    """The cluster's state as a string ("" when the server sent none)."""
    from dbrest_client.types import Unset

    return "" if isinstance(info.state, Unset) else str(info.state)


class ClustersService(_Generated):
    """``ws.clusters``: every generated Clusters operation, its waiters and iterators, and :meth:`ensure_running`."""

    def ensure_running(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """Start the cluster if it is terminated (waiting out TERMINATING first) and wait until RUNNING.

        ``timeout`` bounds the whole sequence, not each step. Example::

            ws.clusters.ensure_running("0101-123456-abcd1234", timeout=3600)
        """
        deadline = self._clock.monotonic() + timeout
        state = state_of(self.get(cluster_id=cluster_id))
        if state == "TERMINATING":
            self.wait_terminated(cluster_id, timeout=deadline - self._clock.monotonic(), callback=callback)
            state = "TERMINATED"
        if state in ("TERMINATED", "ERROR"):
            self.start(cluster_id=cluster_id)
        return self.wait_running(cluster_id, timeout=max(0.0, deadline - self._clock.monotonic()), callback=callback)


class AsyncClustersService(_GeneratedAsync):
    """``AsyncWorkspace.clusters``: the async Clusters operations, waiters and iterators, and :meth:`ensure_running`."""

    async def ensure_running(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """The async twin of :meth:`ClustersService.ensure_running`."""
        deadline = self._clock.monotonic() + timeout
        state = state_of(await self.get(cluster_id=cluster_id))
        if state == "TERMINATING":
            await self.wait_terminated(cluster_id, timeout=deadline - self._clock.monotonic(), callback=callback)
            state = "TERMINATED"
        if state in ("TERMINATED", "ERROR"):
            await self.start(cluster_id=cluster_id)
        return await self.wait_running(
            cluster_id, timeout=max(0.0, deadline - self._clock.monotonic()), callback=callback
        )
