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
    from ...models.cluster_info import ClusterInfo
    from ...models.clusters_20_list_can_use_client import Clusters20ListCanUseClient
    from ...models.clusters_change_owner_request import ClustersChangeOwnerRequest
    from ...models.clusters_create_request import ClustersCreateRequest
    from ...models.clusters_create_response import ClustersCreateResponse
    from ...models.clusters_edit_request import ClustersEditRequest
    from ...models.clusters_events_request import ClustersEventsRequest
    from ...models.clusters_events_response import ClustersEventsResponse
    from ...models.clusters_id_request import ClustersIdRequest
    from ...models.clusters_list_node_types_response import ClustersListNodeTypesResponse
    from ...models.clusters_list_response import ClustersListResponse
    from ...models.clusters_list_zones_response import ClustersListZonesResponse
    from ...models.clusters_resize_request import ClustersResizeRequest
    from ...models.clusters_restart_request import ClustersRestartRequest
    from ...models.clusters_spark_versions_response import ClustersSparkVersionsResponse
    from ...models.empty import Empty
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class Clusters20Service:
    """The clusters20 operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def change_owner(
        self,
        *,
        body: ClustersChangeOwnerRequest,
    ) -> Empty:
        """Change the owner of a cluster"""
        from . import clusters_20_change_owner as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def create(
        self,
        *,
        body: ClustersCreateRequest,
    ) -> ClustersCreateResponse:
        """Create a cluster"""
        from . import clusters_20_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Terminate a cluster"""
        from . import clusters_20_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def edit(
        self,
        *,
        body: ClustersEditRequest,
    ) -> Empty:
        """Edit the configuration of a cluster"""
        from . import clusters_20_edit as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def events(
        self,
        *,
        body: ClustersEventsRequest,
    ) -> ClustersEventsResponse:
        """List the events of a cluster"""
        from . import clusters_20_events as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        *,
        cluster_id: str,
    ) -> ClusterInfo:
        """Get a cluster"""
        from . import clusters_20_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                cluster_id=cluster_id,
            )
        )

    def list(
        self,
        *,
        can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
    ) -> ClustersListResponse:
        """List clusters"""
        from . import clusters_20_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                can_use_client=can_use_client,
            )
        )

    def list_node_types(
        self,
    ) -> ClustersListNodeTypesResponse:
        """List the node types"""
        from . import clusters_20_list_node_types as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def list_zones(
        self,
    ) -> ClustersListZonesResponse:
        """List the availability zones (AWS)"""
        from . import clusters_20_list_zones as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def permanent_delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Permanently delete a cluster"""
        from . import clusters_20_permanent_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def pin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Pin a cluster"""
        from . import clusters_20_pin as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def resize(
        self,
        *,
        body: ClustersResizeRequest,
    ) -> Empty:
        """Resize a running cluster"""
        from . import clusters_20_resize as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def restart(
        self,
        *,
        body: ClustersRestartRequest,
    ) -> Empty:
        """Restart a running cluster"""
        from . import clusters_20_restart as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def spark_versions(
        self,
    ) -> ClustersSparkVersionsResponse:
        """List the Databricks Runtime versions"""
        from . import clusters_20_spark_versions as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
            )
        )

    def start(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Start a terminated cluster"""
        from . import clusters_20_start as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def unpin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Unpin a cluster"""
        from . import clusters_20_unpin as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )


class AsyncClusters20Service:
    """The clusters20 operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def change_owner(
        self,
        *,
        body: ClustersChangeOwnerRequest,
    ) -> Empty:
        """Change the owner of a cluster"""
        from . import clusters_20_change_owner as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def create(
        self,
        *,
        body: ClustersCreateRequest,
    ) -> ClustersCreateResponse:
        """Create a cluster"""
        from . import clusters_20_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Terminate a cluster"""
        from . import clusters_20_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def edit(
        self,
        *,
        body: ClustersEditRequest,
    ) -> Empty:
        """Edit the configuration of a cluster"""
        from . import clusters_20_edit as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def events(
        self,
        *,
        body: ClustersEventsRequest,
    ) -> ClustersEventsResponse:
        """List the events of a cluster"""
        from . import clusters_20_events as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        *,
        cluster_id: str,
    ) -> ClusterInfo:
        """Get a cluster"""
        from . import clusters_20_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                cluster_id=cluster_id,
            )
        )

    async def list(
        self,
        *,
        can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
    ) -> ClustersListResponse:
        """List clusters"""
        from . import clusters_20_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                can_use_client=can_use_client,
            )
        )

    async def list_node_types(
        self,
    ) -> ClustersListNodeTypesResponse:
        """List the node types"""
        from . import clusters_20_list_node_types as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def list_zones(
        self,
    ) -> ClustersListZonesResponse:
        """List the availability zones (AWS)"""
        from . import clusters_20_list_zones as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def permanent_delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Permanently delete a cluster"""
        from . import clusters_20_permanent_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def pin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Pin a cluster"""
        from . import clusters_20_pin as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def resize(
        self,
        *,
        body: ClustersResizeRequest,
    ) -> Empty:
        """Resize a running cluster"""
        from . import clusters_20_resize as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def restart(
        self,
        *,
        body: ClustersRestartRequest,
    ) -> Empty:
        """Restart a running cluster"""
        from . import clusters_20_restart as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def spark_versions(
        self,
    ) -> ClustersSparkVersionsResponse:
        """List the Databricks Runtime versions"""
        from . import clusters_20_spark_versions as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
            )
        )

    async def start(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Start a terminated cluster"""
        from . import clusters_20_start as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def unpin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Unpin a cluster"""
        from . import clusters_20_unpin as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )


__all__ = ("Clusters20Service", "AsyncClusters20Service")
