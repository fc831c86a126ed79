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
    from ...models.cluster_policies_create_request import ClusterPoliciesCreateRequest
    from ...models.cluster_policies_create_response import ClusterPoliciesCreateResponse
    from ...models.cluster_policies_delete_request import ClusterPoliciesDeleteRequest
    from ...models.cluster_policies_edit_request import ClusterPoliciesEditRequest
    from ...models.cluster_policies_list_response import ClusterPoliciesListResponse
    from ...models.cluster_policies_list_sort_column import ClusterPoliciesListSortColumn
    from ...models.cluster_policies_list_sort_order import ClusterPoliciesListSortOrder
    from ...models.cluster_policy import ClusterPolicy
    from ...models.empty import Empty
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class ClusterPoliciesService:
    """The cluster_policies operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ClusterPoliciesCreateRequest,
    ) -> ClusterPoliciesCreateResponse:
        """Create a cluster policy"""
        from . import cluster_policies_create as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def delete(
        self,
        *,
        body: ClusterPoliciesDeleteRequest,
    ) -> Empty:
        """Delete a cluster policy"""
        from . import cluster_policies_delete as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def edit(
        self,
        *,
        body: ClusterPoliciesEditRequest,
    ) -> Empty:
        """Edit a cluster policy"""
        from . import cluster_policies_edit as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                body=body,
            )
        )

    def get(
        self,
        *,
        policy_id: str,
    ) -> ClusterPolicy:
        """Get a cluster policy"""
        from . import cluster_policies_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                policy_id=policy_id,
            )
        )

    def list(
        self,
        *,
        sort_order: ClusterPoliciesListSortOrder | Unset = UNSET,
        sort_column: ClusterPoliciesListSortColumn | Unset = UNSET,
    ) -> ClusterPoliciesListResponse:
        """List cluster policies"""
        from . import cluster_policies_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                sort_order=sort_order,
                sort_column=sort_column,
            )
        )


class AsyncClusterPoliciesService:
    """The cluster_policies operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ClusterPoliciesCreateRequest,
    ) -> ClusterPoliciesCreateResponse:
        """Create a cluster policy"""
        from . import cluster_policies_create as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def delete(
        self,
        *,
        body: ClusterPoliciesDeleteRequest,
    ) -> Empty:
        """Delete a cluster policy"""
        from . import cluster_policies_delete as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def edit(
        self,
        *,
        body: ClusterPoliciesEditRequest,
    ) -> Empty:
        """Edit a cluster policy"""
        from . import cluster_policies_edit as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                body=body,
            )
        )

    async def get(
        self,
        *,
        policy_id: str,
    ) -> ClusterPolicy:
        """Get a cluster policy"""
        from . import cluster_policies_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                policy_id=policy_id,
            )
        )

    async def list(
        self,
        *,
        sort_order: ClusterPoliciesListSortOrder | Unset = UNSET,
        sort_column: ClusterPoliciesListSortColumn | Unset = UNSET,
    ) -> ClusterPoliciesListResponse:
        """List cluster policies"""
        from . import cluster_policies_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                sort_order=sort_order,
                sort_column=sort_column,
            )
        )


__all__ = ("ClusterPoliciesService", "AsyncClusterPoliciesService")
