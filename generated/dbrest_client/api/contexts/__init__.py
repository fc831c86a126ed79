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
    from ...models.commands_12_language import Commands12Language
    from ...models.contexts_create_request import ContextsCreateRequest
    from ...models.contexts_destroy_request import ContextsDestroyRequest
    from ...models.contexts_id_response import ContextsIdResponse
    from ...models.contexts_status_response import ContextsStatusResponse
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


class ContextsService:
    """The contexts operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        body: ContextsCreateRequest,
    ) -> ContextsIdResponse: ...

    @overload
    def create(
        self,
        language: Commands12Language | str,
        cluster_id: str,
    ) -> ContextsIdResponse: ...

    @keyword_call
    def create(
        self,
        language: Commands12Language | str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        *,
        body: ContextsCreateRequest | Unset = UNSET,
    ) -> ContextsIdResponse:
        """Create an execution context

        Creates an execution context of `language` on a running cluster and returns its id at once; the
        context is `Pending` until its REPL is up, then `Running`. The cluster must be `RUNNING` (or
        `RESIZING`): a starting or restarting cluster gives a 400 `ClusterNotReadyException` error (retry
        later), a terminating or terminated one a 400 error; an unknown cluster gives 400. At most 150
        execution contexts can be open on a cluster (400 beyond).


        Args:
            language (Commands12Language): Language of an execution context or command (lower case on the wire).
                Example: python.
            cluster_id (str): The running cluster to create the context on.
            body (ContextsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.contexts_create_request import ContextsCreateRequest

        body = request_body(
            ContextsCreateRequest,
            body,
            {
                "language": ("language", language),
                "cluster_id": ("clusterId", cluster_id),
            },
            "ContextsService.create",
            True,
        )

        from . import contexts_create as _op

        result: ContextsIdResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def destroy(
        self,
        *,
        body: ContextsDestroyRequest,
    ) -> ContextsIdResponse: ...

    @overload
    def destroy(
        self,
        cluster_id: str,
        context_id: str,
    ) -> ContextsIdResponse: ...

    @keyword_call
    def destroy(
        self,
        cluster_id: str | Unset = UNSET,
        context_id: str | Unset = UNSET,
        *,
        body: ContextsDestroyRequest | Unset = UNSET,
    ) -> ContextsIdResponse:
        """Destroy an execution context

        Destroys a context: its commands that have not finished are cancelled and its REPL state is lost;
        the context no longer exists afterwards (status gives 404). Answers the context id. An unknown
        cluster gives 400; an unknown context 404.


        Args:
            cluster_id (str):
            context_id (str):
            body (ContextsDestroyRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.contexts_destroy_request import ContextsDestroyRequest

        body = request_body(
            ContextsDestroyRequest,
            body,
            {
                "cluster_id": ("clusterId", cluster_id),
                "context_id": ("contextId", context_id),
            },
            "ContextsService.destroy",
            True,
        )

        from . import contexts_destroy as _op

        result: ContextsIdResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def status(
        self,
        cluster_id: str,
        context_id: str,
    ) -> ContextsStatusResponse:
        """Get the status of an execution context

        Returns the status of a context: `Pending` while it starts, `Running` when commands can be executed,
        `Error` when it failed (e.g. its cluster terminated or restarted). An unknown cluster gives 400; a
        context that does not exist on that cluster (never created or destroyed) gives 404.


        Args:
            cluster_id (str):
            context_id (str):
        """

        from . import contexts_status as _op

        result: ContextsStatusResponse = _call(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
            context_id=context_id,
        )
        return result


class AsyncContextsService:
    """The contexts operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        body: ContextsCreateRequest,
    ) -> ContextsIdResponse: ...

    @overload
    async def create(
        self,
        language: Commands12Language | str,
        cluster_id: str,
    ) -> ContextsIdResponse: ...

    @async_keyword_call
    async def create(
        self,
        language: Commands12Language | str | Unset = UNSET,
        cluster_id: str | Unset = UNSET,
        *,
        body: ContextsCreateRequest | Unset = UNSET,
    ) -> ContextsIdResponse:
        """Create an execution context

        Creates an execution context of `language` on a running cluster and returns its id at once; the
        context is `Pending` until its REPL is up, then `Running`. The cluster must be `RUNNING` (or
        `RESIZING`): a starting or restarting cluster gives a 400 `ClusterNotReadyException` error (retry
        later), a terminating or terminated one a 400 error; an unknown cluster gives 400. At most 150
        execution contexts can be open on a cluster (400 beyond).


        Args:
            language (Commands12Language): Language of an execution context or command (lower case on the wire).
                Example: python.
            cluster_id (str): The running cluster to create the context on.
            body (ContextsCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.contexts_create_request import ContextsCreateRequest

        body = request_body(
            ContextsCreateRequest,
            body,
            {
                "language": ("language", language),
                "cluster_id": ("clusterId", cluster_id),
            },
            "AsyncContextsService.create",
            True,
        )

        from . import contexts_create as _op

        result: ContextsIdResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def destroy(
        self,
        *,
        body: ContextsDestroyRequest,
    ) -> ContextsIdResponse: ...

    @overload
    async def destroy(
        self,
        cluster_id: str,
        context_id: str,
    ) -> ContextsIdResponse: ...

    @async_keyword_call
    async def destroy(
        self,
        cluster_id: str | Unset = UNSET,
        context_id: str | Unset = UNSET,
        *,
        body: ContextsDestroyRequest | Unset = UNSET,
    ) -> ContextsIdResponse:
        """Destroy an execution context

        Destroys a context: its commands that have not finished are cancelled and its REPL state is lost;
        the context no longer exists afterwards (status gives 404). Answers the context id. An unknown
        cluster gives 400; an unknown context 404.


        Args:
            cluster_id (str):
            context_id (str):
            body (ContextsDestroyRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.contexts_destroy_request import ContextsDestroyRequest

        body = request_body(
            ContextsDestroyRequest,
            body,
            {
                "cluster_id": ("clusterId", cluster_id),
                "context_id": ("contextId", context_id),
            },
            "AsyncContextsService.destroy",
            True,
        )

        from . import contexts_destroy as _op

        result: ContextsIdResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def status(
        self,
        cluster_id: str,
        context_id: str,
    ) -> ContextsStatusResponse:
        """Get the status of an execution context

        Returns the status of a context: `Pending` while it starts, `Running` when commands can be executed,
        `Error` when it failed (e.g. its cluster terminated or restarted). An unknown cluster gives 400; a
        context that does not exist on that cluster (never created or destroyed) gives 404.


        Args:
            cluster_id (str):
            context_id (str):
        """

        from . import contexts_status as _op

        result: ContextsStatusResponse = await _acall(
            self._client,
            _op,
            (),
            cluster_id=cluster_id,
            context_id=context_id,
        )
        return result


__all__ = ("ContextsService", "AsyncContextsService")
