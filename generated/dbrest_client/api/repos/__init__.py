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
    from ...models.empty import Empty
    from ...models.repo_get_response import RepoGetResponse
    from ...models.repo_info import RepoInfo
    from ...models.repos_create_request import ReposCreateRequest
    from ...models.repos_list_response import ReposListResponse
    from ...models.repos_update_request import ReposUpdateRequest
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


class ReposService:
    """The repos operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        path_prefix: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
    ) -> ReposListResponse:
        """List repos"""
        from . import repos_list as _op

        result: ReposListResponse = _call(
            self._client,
            _op,
            (),
            path_prefix=path_prefix,
            next_page_token=next_page_token,
        )
        return result

    def create(
        self,
        *,
        body: ReposCreateRequest,
    ) -> RepoInfo:
        """Create a repo"""
        from . import repos_create as _op

        result: RepoInfo = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    def get(
        self,
        repo_id: int,
    ) -> RepoGetResponse:
        """Get a repo"""
        from . import repos_get as _op

        result: RepoGetResponse = _call(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    def delete(
        self,
        repo_id: int,
    ) -> Empty:
        """Delete a repo"""
        from . import repos_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest,
    ) -> Empty:
        """Check out a branch or tag, or change the sparse checkout"""
        from . import repos_update as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            repo_id=repo_id,
            body=body,
        )
        return result


class AsyncReposService:
    """The repos operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        path_prefix: str | Unset = UNSET,
        next_page_token: str | Unset = UNSET,
    ) -> ReposListResponse:
        """List repos"""
        from . import repos_list as _op

        result: ReposListResponse = await _acall(
            self._client,
            _op,
            (),
            path_prefix=path_prefix,
            next_page_token=next_page_token,
        )
        return result

    async def create(
        self,
        *,
        body: ReposCreateRequest,
    ) -> RepoInfo:
        """Create a repo"""
        from . import repos_create as _op

        result: RepoInfo = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    async def get(
        self,
        repo_id: int,
    ) -> RepoGetResponse:
        """Get a repo"""
        from . import repos_get as _op

        result: RepoGetResponse = await _acall(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    async def delete(
        self,
        repo_id: int,
    ) -> Empty:
        """Delete a repo"""
        from . import repos_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            repo_id=repo_id,
        )
        return result

    async def update(
        self,
        repo_id: int,
        *,
        body: ReposUpdateRequest,
    ) -> Empty:
        """Check out a branch or tag, or change the sparse checkout"""
        from . import repos_update as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            repo_id=repo_id,
            body=body,
        )
        return result


__all__ = ("ReposService", "AsyncReposService")
