"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.libraries_all_cluster_statuses_response import LibrariesAllClusterStatusesResponse
    from ...models.libraries_cluster_library_statuses import LibrariesClusterLibraryStatuses
    from ...models.libraries_install_request import LibrariesInstallRequest
    from ...models.libraries_uninstall_request import LibrariesUninstallRequest
    from ...models.library import Library
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
        parsed = op.parse_response(client=client, response=response)
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


class LibrariesService:
    """The libraries operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def all_cluster_statuses(
        self,
    ) -> LibrariesAllClusterStatusesResponse:
        """Get the status of all libraries on all clusters

        Returns, for every cluster that has libraries, the status of each library installed or being
        installed through the API or the libraries UI, and of the libraries set to be installed on all
        clusters (`is_library_for_all_clusters: true`). Clusters without libraries are not listed. Not
        paginated. No clusters with libraries → `{}`. No errors of its own, only the common ones
        (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import libraries_all_cluster_statuses as _op

        result: LibrariesAllClusterStatusesResponse = _call(
            self._client,
            _op,
            (),
        )
        return result

    @keyword_call
    def cluster_status(
        self,
        cluster_id: str,
    ) -> LibrariesClusterLibraryStatuses:
        """Get the status of the libraries on a cluster

        Returns the status of every library of the cluster, in the order they were requested: libraries
        installed or being installed, libraries to be installed on all clusters, and libraries marked for
        removal (`UNINSTALL_ON_RESTART`). A terminated cluster keeps its libraries (they are installed again
        when it starts) and shows them `PENDING`. A cluster without libraries answers only its `cluster_id`.
        An unknown cluster gives `INVALID_PARAMETER_VALUE` (400), like the Clusters API.


        Args:
            cluster_id (str):
        """

        from . import libraries_cluster_status as _op

        result: LibrariesClusterLibraryStatuses = _call(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
        )
        return result

    @overload
    def install(
        self,
        *,
        body: LibrariesInstallRequest,
    ) -> Empty: ...

    @overload
    def install(
        self,
        cluster_id: str,
        libraries: Sequence[Library | Mapping[str, Any]],
    ) -> Empty: ...

    @keyword_call
    def install(
        self,
        cluster_id: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: LibrariesInstallRequest | Unset = UNSET,
    ) -> Empty:
        """Install libraries on a cluster

        Adds libraries to install on a cluster. The installation is asynchronous: on a running cluster
        each new library goes `PENDING` → `RESOLVING` → `INSTALLING` → `INSTALLED` (or `FAILED`); on a
        cluster that is starting, restarting or resizing it stays `PENDING` until the cluster is `RUNNING`.
        The call fails with `INVALID_STATE` when the cluster is terminating or terminated, and with
        `INVALID_PARAMETER_VALUE` when the cluster does not exist or a library is invalid (not exactly one
        of jar, egg, whl, pypi, maven, cran; a `whl` that does not end in `.whl` or `.wheelhouse.zip`;
        Maven coordinates that are not `groupId:artifactId:version`). A library already on the cluster
        is not added twice; re-installing a library marked `UNINSTALL_ON_RESTART` cancels its removal.
        Executors install a library only when they start new tasks; on Databricks Runtime 7.1 and below the
        install order is not guaranteed (use a `.wheelhouse.zip` for dependent wheels).


        Args:
            cluster_id (str): Unique identifier of the cluster to install the libraries on.
            libraries (list[Library]): The libraries to install (an empty list is a no-op).
            body (LibrariesInstallRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.libraries_install_request import LibrariesInstallRequest

        body = request_body(
            LibrariesInstallRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "libraries": ("libraries", libraries),
            },
            "LibrariesService.install",
            True,
        )

        from . import libraries_install as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def uninstall(
        self,
        *,
        body: LibrariesUninstallRequest,
    ) -> Empty: ...

    @overload
    def uninstall(
        self,
        cluster_id: str,
        libraries: Sequence[Library | Mapping[str, Any]],
    ) -> Empty: ...

    @keyword_call
    def uninstall(
        self,
        cluster_id: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: LibrariesUninstallRequest | Unset = UNSET,
    ) -> Empty:
        """Uninstall libraries from a cluster

        Marks libraries of a cluster for removal: their status becomes `UNINSTALL_ON_RESTART` and they are
        removed when the cluster is next restarted (or terminated and started again); until then they stay
        loaded. Uninstalling a library that is not on the cluster is a no-op. An unknown cluster or an
        invalid library gives `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): Unique identifier of the cluster to uninstall the libraries from.
            libraries (list[Library]): The libraries to uninstall.
            body (LibrariesUninstallRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.libraries_uninstall_request import LibrariesUninstallRequest

        body = request_body(
            LibrariesUninstallRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "libraries": ("libraries", libraries),
            },
            "LibrariesService.uninstall",
            True,
        )

        from . import libraries_uninstall as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncLibrariesService:
    """The libraries operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def all_cluster_statuses(
        self,
    ) -> LibrariesAllClusterStatusesResponse:
        """Get the status of all libraries on all clusters

        Returns, for every cluster that has libraries, the status of each library installed or being
        installed through the API or the libraries UI, and of the libraries set to be installed on all
        clusters (`is_library_for_all_clusters: true`). Clusters without libraries are not listed. Not
        paginated. No clusters with libraries → `{}`. No errors of its own, only the common ones
        (UNAUTHENTICATED, PERMISSION_DENIED, REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

        """

        from . import libraries_all_cluster_statuses as _op

        result: LibrariesAllClusterStatusesResponse = await _acall(
            self._client,
            _op,
            (),
        )
        return result

    @async_keyword_call
    async def cluster_status(
        self,
        cluster_id: str,
    ) -> LibrariesClusterLibraryStatuses:
        """Get the status of the libraries on a cluster

        Returns the status of every library of the cluster, in the order they were requested: libraries
        installed or being installed, libraries to be installed on all clusters, and libraries marked for
        removal (`UNINSTALL_ON_RESTART`). A terminated cluster keeps its libraries (they are installed again
        when it starts) and shows them `PENDING`. A cluster without libraries answers only its `cluster_id`.
        An unknown cluster gives `INVALID_PARAMETER_VALUE` (400), like the Clusters API.


        Args:
            cluster_id (str):
        """

        from . import libraries_cluster_status as _op

        result: LibrariesClusterLibraryStatuses = await _acall(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
        )
        return result

    @overload
    async def install(
        self,
        *,
        body: LibrariesInstallRequest,
    ) -> Empty: ...

    @overload
    async def install(
        self,
        cluster_id: str,
        libraries: Sequence[Library | Mapping[str, Any]],
    ) -> Empty: ...

    @async_keyword_call
    async def install(
        self,
        cluster_id: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: LibrariesInstallRequest | Unset = UNSET,
    ) -> Empty:
        """Install libraries on a cluster

        Adds libraries to install on a cluster. The installation is asynchronous: on a running cluster
        each new library goes `PENDING` → `RESOLVING` → `INSTALLING` → `INSTALLED` (or `FAILED`); on a
        cluster that is starting, restarting or resizing it stays `PENDING` until the cluster is `RUNNING`.
        The call fails with `INVALID_STATE` when the cluster is terminating or terminated, and with
        `INVALID_PARAMETER_VALUE` when the cluster does not exist or a library is invalid (not exactly one
        of jar, egg, whl, pypi, maven, cran; a `whl` that does not end in `.whl` or `.wheelhouse.zip`;
        Maven coordinates that are not `groupId:artifactId:version`). A library already on the cluster
        is not added twice; re-installing a library marked `UNINSTALL_ON_RESTART` cancels its removal.
        Executors install a library only when they start new tasks; on Databricks Runtime 7.1 and below the
        install order is not guaranteed (use a `.wheelhouse.zip` for dependent wheels).


        Args:
            cluster_id (str): Unique identifier of the cluster to install the libraries on.
            libraries (list[Library]): The libraries to install (an empty list is a no-op).
            body (LibrariesInstallRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.libraries_install_request import LibrariesInstallRequest

        body = request_body(
            LibrariesInstallRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "libraries": ("libraries", libraries),
            },
            "AsyncLibrariesService.install",
            True,
        )

        from . import libraries_install as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def uninstall(
        self,
        *,
        body: LibrariesUninstallRequest,
    ) -> Empty: ...

    @overload
    async def uninstall(
        self,
        cluster_id: str,
        libraries: Sequence[Library | Mapping[str, Any]],
    ) -> Empty: ...

    @async_keyword_call
    async def uninstall(
        self,
        cluster_id: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
        *,
        body: LibrariesUninstallRequest | Unset = UNSET,
    ) -> Empty:
        """Uninstall libraries from a cluster

        Marks libraries of a cluster for removal: their status becomes `UNINSTALL_ON_RESTART` and they are
        removed when the cluster is next restarted (or terminated and started again); until then they stay
        loaded. Uninstalling a library that is not on the cluster is a no-op. An unknown cluster or an
        invalid library gives `INVALID_PARAMETER_VALUE`.


        Args:
            cluster_id (str): Unique identifier of the cluster to uninstall the libraries from.
            libraries (list[Library]): The libraries to uninstall.
            body (LibrariesUninstallRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.libraries_uninstall_request import LibrariesUninstallRequest

        body = request_body(
            LibrariesUninstallRequest,
            body,
            {
                "cluster_id": ("cluster_id", cluster_id),
                "libraries": ("libraries", libraries),
            },
            "AsyncLibrariesService.uninstall",
            True,
        )

        from . import libraries_uninstall as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("LibrariesService", "AsyncLibrariesService")
