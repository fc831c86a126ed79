"""``ws.clusters``: the generated Clusters API 2.1 operations (what databricks-sdk 0.162.0 speaks) plus waiters
(``wait_running``, ``wait_terminated``, ``ensure_running``) on the one generic poller, and lazy iterators over
clusters (2.1's token paging and filters) and cluster events. ``ws.clusters20`` is the plain 2.0 facade.

Every waiter takes its ``timeout`` (databricks-sdk-py hard-codes 20 minutes in ``ensure_cluster_is_running``,
issue #691; clusters can stay PENDING longer under load, databricks/cli PR #5999 raised it to 30) and polls
on the workspace's clock, so tests advance virtual time instead of sleeping.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, TypeVar

from dbrest_client.api.clusters import AsyncClustersService as _GeneratedAsyncClustersService
from dbrest_client.api.clusters import ClustersService as _GeneratedClustersService

from .errors import OperationFailed
from .paging import aiter_next_page, aiter_token, iter_next_page, iter_token
from .transport import AsyncClock, Clock, SystemAsyncClock, SystemClock
from .waiters import Backoff, poll, poll_async

if TYPE_CHECKING:
    from dbrest_client.client import AuthenticatedClient
    from dbrest_client.models.cluster_event import ClusterEvent
    from dbrest_client.models.cluster_info import ClusterInfo
    from dbrest_client.models.clusters_events_request import ClustersEventsRequest
    from dbrest_client.models.clusters_events_response import ClustersEventsResponse
    from dbrest_client.models.clusters_list_response import ClustersListResponse

#: Default for every cluster waiter: long enough for a slow cloud start, always overridable.
CLUSTER_TIMEOUT = 30 * 60.0
#: States from which a cluster cannot become RUNNING without a new start.
DEAD = frozenset({"TERMINATING", "TERMINATED", "ERROR"})
Callback = Callable[["ClusterInfo"], None]
_P = TypeVar("_P")


class ClusterFailed(OperationFailed):
    """A cluster ended in a state other than the one waited for; ``cluster`` is the last ClusterInfo seen."""

    def __init__(self, message: str, cluster: ClusterInfo) -> None:
        super().__init__(message)
        self.cluster = cluster


def state_of(info: ClusterInfo) -> str:
    """The cluster's state as a string ("" when the server sent none)."""
    from dbrest_client.types import Unset

    return "" if isinstance(info.state, Unset) else str(info.state)


def describe(info: ClusterInfo) -> str:
    """``STATE (state message; termination reason CODE TYPE {parameters})``: what a person needs to act."""
    from dbrest_client.types import Unset

    parts = []
    if info.state_message:
        parts.append(str(info.state_message))
    reason = info.termination_reason
    if not isinstance(reason, Unset):
        text = f"termination reason {reason.code or 'UNKNOWN'}"
        if reason.type_:
            text += f" ({reason.type_})"
        if not isinstance(reason.parameters, Unset) and reason.parameters.additional_properties:
            text += f" {reason.parameters.additional_properties}"
        parts.append(text)
    return state_of(info) + (f" ({'; '.join(parts)})" if parts else "")


def _running(cluster_id: str) -> Callable[[ClusterInfo], bool]:
    def done(info: ClusterInfo) -> bool:
        state = state_of(info)
        if state in DEAD:
            raise ClusterFailed(
                f"cluster {cluster_id} will not become RUNNING: it is {describe(info)}. Fix the cause named in "
                "the termination reason, then start it again (ws.clusters.ensure_running starts and waits).",
                info,
            )
        return state == "RUNNING"

    return done


def _terminated(cluster_id: str) -> Callable[[ClusterInfo], bool]:
    def done(info: ClusterInfo) -> bool:
        state = state_of(info)
        if state == "ERROR":
            raise ClusterFailed(
                f"cluster {cluster_id} is in ERROR instead of terminating: {describe(info)}. Try "
                "ws.clusters.delete again, or permanent_delete it.",
                info,
            )
        return state == "TERMINATED"

    return done


def _events_request(
    cluster_id: str,
    start_time: int | None,
    end_time: int | None,
    order: str | None,
    event_types: Sequence[str] | None,
    page_size: int,
) -> ClustersEventsRequest:
    from dbrest_client.models.clusters_event_type import ClustersEventType
    from dbrest_client.models.clusters_events_request import ClustersEventsRequest
    from dbrest_client.models.clusters_events_request_order import ClustersEventsRequestOrder
    from dbrest_client.types import UNSET

    if not 1 <= page_size <= 500:
        raise ValueError("page_size must be between 1 and 500 (the clusters/events limit)")
    return ClustersEventsRequest(
        cluster_id=cluster_id,
        start_time=start_time if start_time is not None else UNSET,
        end_time=end_time if end_time is not None else UNSET,
        order=ClustersEventsRequestOrder(order) if order is not None else UNSET,
        event_types=[ClustersEventType(t) for t in event_types] if event_types is not None else UNSET,
        limit=page_size,
    )


class _ListQuery:
    """The filters and sort of a 2.1 ``clusters/list``, handed to the generated ``list`` (sync or async)."""

    def __init__(
        self,
        states: Sequence[str] | None,
        sources: Sequence[str] | None,
        is_pinned: bool | None,
        policy_id: str | None,
        sort_by: str | None,
        descending: bool,
        page_size: int,
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1 (the server may return fewer)")
        self.states, self.sources, self.is_pinned, self.policy_id = states, sources, is_pinned, policy_id
        self.sort_by, self.descending, self.page_size = sort_by, descending, page_size

    def fetch(self, list_: Callable[..., _P], token: str | None) -> _P:
        """``list_`` (a generated ``list``) called for the page at ``token`` (None: the first)."""
        from dbrest_client.models.cluster_state import ClusterState
        from dbrest_client.models.clusters_list_sort_by_direction import ClustersListSortByDirection
        from dbrest_client.models.clusters_list_sort_by_field import ClustersListSortByField
        from dbrest_client.models.clusters_source import ClustersSource
        from dbrest_client.types import UNSET

        return list_(
            filter_by_cluster_states=[ClusterState(s) for s in self.states] if self.states is not None else UNSET,
            filter_by_cluster_sources=[ClustersSource(s) for s in self.sources] if self.sources is not None else UNSET,
            filter_by_is_pinned=self.is_pinned if self.is_pinned is not None else UNSET,
            filter_by_policy_id=self.policy_id if self.policy_id is not None else UNSET,
            sort_by_field=ClustersListSortByField(self.sort_by) if self.sort_by is not None else UNSET,
            sort_by_direction=ClustersListSortByDirection("DESC") if self.descending else UNSET,
            page_size=self.page_size,
            page_token=token if token else UNSET,
        )


def _clusters(page: ClustersListResponse) -> list[ClusterInfo] | None:
    from dbrest_client.types import Unset

    return None if isinstance(page.clusters, Unset) else page.clusters


def _next_token(page: ClustersListResponse) -> str | None:
    from dbrest_client.types import Unset

    return None if isinstance(page.next_page_token, Unset) else page.next_page_token


def _events(page: ClustersEventsResponse) -> list[ClusterEvent] | None:
    from dbrest_client.types import Unset

    return None if isinstance(page.events, Unset) else page.events


def _next(page: ClustersEventsResponse) -> ClustersEventsRequest | None:
    from dbrest_client.types import Unset

    return None if isinstance(page.next_page, Unset) else page.next_page


class ClustersService(_GeneratedClustersService):
    """``ws.clusters``: every generated Clusters operation, plus waiters and :meth:`iter_events`."""

    def __init__(self, client: AuthenticatedClient, *, clock: Clock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemClock()
        self.backoff = Backoff()

    def wait_running(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """Poll ``clusters/get`` until the cluster is RUNNING; returns its ClusterInfo.

        Raises :class:`ClusterFailed` (an OperationFailed) with the termination reason as soon as it is
        TERMINATING, TERMINATED or ERROR, and OperationTimeout after ``timeout`` seconds. ``callback`` gets
        every ClusterInfo polled. Example::

            cid = ws.clusters.create(cluster_name="x", spark_version=..., node_type_id=..., num_workers=1).cluster_id
            info = ws.clusters.wait_running(cid, timeout=45 * 60, callback=lambda c: print(c.state))
        """
        return poll(
            lambda: self.get(cluster_id=cluster_id),
            _running(cluster_id),
            timeout=timeout,
            what=f"cluster {cluster_id} to be RUNNING",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    def wait_terminated(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """Poll until the cluster is TERMINATED (ClusterFailed on ERROR, OperationTimeout after ``timeout``).

        Example::

            ws.clusters.delete(cid)
            ws.clusters.wait_terminated(cid, timeout=600)
        """
        return poll(
            lambda: self.get(cluster_id=cluster_id),
            _terminated(cluster_id),
            timeout=timeout,
            what=f"cluster {cluster_id} to be TERMINATED",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    def ensure_running(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """Start the cluster if it is terminated (waiting out TERMINATING first) and wait until RUNNING.

        ``timeout`` bounds the whole sequence, not each step. Example::

            ws.clusters.ensure_running("0101-123456-abcd1234", timeout=3600)
        """
        from dbrest_client.models.clusters_id_request import ClustersIdRequest

        deadline = self._clock.monotonic() + timeout
        state = state_of(self.get(cluster_id=cluster_id))
        if state == "TERMINATING":
            self.wait_terminated(cluster_id, timeout=deadline - self._clock.monotonic(), callback=callback)
            state = "TERMINATED"
        if state in ("TERMINATED", "ERROR"):
            self.start(body=ClustersIdRequest(cluster_id=cluster_id))
        return self.wait_running(cluster_id, timeout=max(0.0, deadline - self._clock.monotonic()), callback=callback)

    def iter_events(
        self,
        cluster_id: str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        order: str | None = None,
        event_types: Sequence[str] | None = None,
        page_size: int = 50,
    ) -> Iterator[ClusterEvent]:
        """The cluster's events (newest first unless ``order="ASC"``), ``page_size`` per request, lazily.

        Each response's ``next_page`` body is posted back for the following page. Example::

            for event in ws.clusters.iter_events(cid, event_types=["TERMINATING"]):
                print(event.timestamp, event.details.reason)
        """
        first = _events_request(cluster_id, start_time, end_time, order, event_types, page_size)
        return iter_next_page(first, lambda body: self.events(body=body), _events, _next)

    def iter_clusters(
        self,
        *,
        states: Sequence[str] | None = None,
        sources: Sequence[str] | None = None,
        is_pinned: bool | None = None,
        policy_id: str | None = None,
        sort_by: str | None = None,
        descending: bool = False,
        page_size: int = 100,
    ) -> Iterator[ClusterInfo]:
        """The clusters ``clusters/list`` (API 2.1) shows, filtered and sorted on the server, a page at a time.

        ``states``/``sources`` are ClusterState/ClustersSource values, ``sort_by`` CLUSTER_NAME or DEFAULT
        (state, pinned, name). Example::

            for c in ws.clusters.iter_clusters(states=["RUNNING"], sort_by="CLUSTER_NAME"):
                print(c.cluster_id, c.cluster_name)
        """
        query = _ListQuery(states, sources, is_pinned, policy_id, sort_by, descending, page_size)
        return iter_token(lambda token: query.fetch(self.list, token), _clusters, _next_token)


class AsyncClustersService(_GeneratedAsyncClustersService):
    """``AsyncWorkspace.clusters``: the async Clusters operations plus the same waiters and iterator."""

    def __init__(self, client: AuthenticatedClient, *, clock: AsyncClock | None = None) -> None:
        super().__init__(client)
        self._clock = clock or SystemAsyncClock()
        self.backoff = Backoff()

    async def wait_running(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """The async twin of :meth:`ClustersService.wait_running`: ``await ws.clusters.wait_running(cid)``."""
        return await poll_async(
            lambda: self.get(cluster_id=cluster_id),
            _running(cluster_id),
            timeout=timeout,
            what=f"cluster {cluster_id} to be RUNNING",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    async def wait_terminated(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """The async twin of :meth:`ClustersService.wait_terminated`."""
        return await poll_async(
            lambda: self.get(cluster_id=cluster_id),
            _terminated(cluster_id),
            timeout=timeout,
            what=f"cluster {cluster_id} to be TERMINATED",
            describe=describe,
            callback=callback,
            backoff=self.backoff,
            clock=self._clock,
        )

    async def ensure_running(
        self, cluster_id: str, *, timeout: float = CLUSTER_TIMEOUT, callback: Callback | None = None
    ) -> ClusterInfo:
        """The async twin of :meth:`ClustersService.ensure_running`."""
        from dbrest_client.models.clusters_id_request import ClustersIdRequest

        deadline = self._clock.monotonic() + timeout
        state = state_of(await self.get(cluster_id=cluster_id))
        if state == "TERMINATING":
            await self.wait_terminated(cluster_id, timeout=deadline - self._clock.monotonic(), callback=callback)
            state = "TERMINATED"
        if state in ("TERMINATED", "ERROR"):
            await self.start(body=ClustersIdRequest(cluster_id=cluster_id))
        return await self.wait_running(
            cluster_id, timeout=max(0.0, deadline - self._clock.monotonic()), callback=callback
        )

    def iter_events(
        self,
        cluster_id: str,
        *,
        start_time: int | None = None,
        end_time: int | None = None,
        order: str | None = None,
        event_types: Sequence[str] | None = None,
        page_size: int = 50,
    ) -> AsyncIterator[ClusterEvent]:
        """The async twin of :meth:`ClustersService.iter_events`: ``async for e in ws.clusters.iter_events(cid)``."""
        first = _events_request(cluster_id, start_time, end_time, order, event_types, page_size)
        return aiter_next_page(first, lambda body: self.events(body=body), _events, _next)

    def iter_clusters(
        self,
        *,
        states: Sequence[str] | None = None,
        sources: Sequence[str] | None = None,
        is_pinned: bool | None = None,
        policy_id: str | None = None,
        sort_by: str | None = None,
        descending: bool = False,
        page_size: int = 100,
    ) -> AsyncIterator[ClusterInfo]:
        """The async twin of :meth:`ClustersService.iter_clusters`: ``async for c in ws.clusters.iter_clusters()``."""
        query = _ListQuery(states, sources, is_pinned, policy_id, sort_by, descending, page_size)
        return aiter_token(lambda token: query.fetch(self.list, token), _clusters, _next_token)
