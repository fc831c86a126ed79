"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

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


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op._parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


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

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def create(
        self,
        *,
        body: ClustersCreateRequest,
    ) -> ClustersCreateResponse:
        """Create a cluster"""
        from . import clusters_20_create as _op

        result: ClustersCreateResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Terminate a cluster"""
        from . import clusters_20_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def edit(
        self,
        *,
        body: ClustersEditRequest,
    ) -> Empty:
        """Edit the configuration of a cluster"""
        from . import clusters_20_edit as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def events(
        self,
        *,
        body: ClustersEventsRequest,
    ) -> ClustersEventsResponse:
        """List the events of a cluster"""
        from . import clusters_20_events as _op

        result: ClustersEventsResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def get(
        self,
        *,
        cluster_id: str,
    ) -> ClusterInfo:
        """Get a cluster"""
        from . import clusters_20_get as _op

        result: ClusterInfo = _call(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
        )
        return result

    def list(
        self,
        *,
        can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
    ) -> ClustersListResponse:
        """List clusters"""
        from . import clusters_20_list as _op

        result: ClustersListResponse = _call(
            self._client,
            _op,
            (),
            can_use_client=can_use_client,
        )
        return result

    def list_node_types(
        self,
    ) -> ClustersListNodeTypesResponse:
        """List the node types"""
        from . import clusters_20_list_node_types as _op

        result: ClustersListNodeTypesResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    def list_zones(
        self,
    ) -> ClustersListZonesResponse:
        """List the availability zones (AWS)"""
        from . import clusters_20_list_zones as _op

        result: ClustersListZonesResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    def permanent_delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Permanently delete a cluster"""
        from . import clusters_20_permanent_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def pin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Pin a cluster"""
        from . import clusters_20_pin as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def resize(
        self,
        *,
        body: ClustersResizeRequest,
    ) -> Empty:
        """Resize a running cluster"""
        from . import clusters_20_resize as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def restart(
        self,
        *,
        body: ClustersRestartRequest,
    ) -> Empty:
        """Restart a running cluster"""
        from . import clusters_20_restart as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def spark_versions(
        self,
    ) -> ClustersSparkVersionsResponse:
        """List the Databricks Runtime versions"""
        from . import clusters_20_spark_versions as _op

        result: ClustersSparkVersionsResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    def start(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Start a terminated cluster"""
        from . import clusters_20_start as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def unpin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Unpin a cluster"""
        from . import clusters_20_unpin as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


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

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def create(
        self,
        *,
        body: ClustersCreateRequest,
    ) -> ClustersCreateResponse:
        """Create a cluster"""
        from . import clusters_20_create as _op

        result: ClustersCreateResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Terminate a cluster"""
        from . import clusters_20_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def edit(
        self,
        *,
        body: ClustersEditRequest,
    ) -> Empty:
        """Edit the configuration of a cluster"""
        from . import clusters_20_edit as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def events(
        self,
        *,
        body: ClustersEventsRequest,
    ) -> ClustersEventsResponse:
        """List the events of a cluster"""
        from . import clusters_20_events as _op

        result: ClustersEventsResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def get(
        self,
        *,
        cluster_id: str,
    ) -> ClusterInfo:
        """Get a cluster"""
        from . import clusters_20_get as _op

        result: ClusterInfo = await _acall(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
        )
        return result

    async def list(
        self,
        *,
        can_use_client: Clusters20ListCanUseClient | Unset = UNSET,
    ) -> ClustersListResponse:
        """List clusters"""
        from . import clusters_20_list as _op

        result: ClustersListResponse = await _acall(
            self._client,
            _op,
            (),
            can_use_client=can_use_client,
        )
        return result

    async def list_node_types(
        self,
    ) -> ClustersListNodeTypesResponse:
        """List the node types"""
        from . import clusters_20_list_node_types as _op

        result: ClustersListNodeTypesResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    async def list_zones(
        self,
    ) -> ClustersListZonesResponse:
        """List the availability zones (AWS)"""
        from . import clusters_20_list_zones as _op

        result: ClustersListZonesResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    async def permanent_delete(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Permanently delete a cluster"""
        from . import clusters_20_permanent_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def pin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Pin a cluster"""
        from . import clusters_20_pin as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def resize(
        self,
        *,
        body: ClustersResizeRequest,
    ) -> Empty:
        """Resize a running cluster"""
        from . import clusters_20_resize as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def restart(
        self,
        *,
        body: ClustersRestartRequest,
    ) -> Empty:
        """Restart a running cluster"""
        from . import clusters_20_restart as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def spark_versions(
        self,
    ) -> ClustersSparkVersionsResponse:
        """List the Databricks Runtime versions"""
        from . import clusters_20_spark_versions as _op

        result: ClustersSparkVersionsResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    async def start(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Start a terminated cluster"""
        from . import clusters_20_start as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def unpin(
        self,
        *,
        body: ClustersIdRequest,
    ) -> Empty:
        """Unpin a cluster"""
        from . import clusters_20_unpin as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("Clusters20Service", "AsyncClusters20Service")
