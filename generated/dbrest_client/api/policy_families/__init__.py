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
    from ...models.policy_families_list_response import PolicyFamiliesListResponse
    from ...models.policy_family import PolicyFamily
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


class PolicyFamiliesService:
    """The policy_families operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @keyword_call
    def list(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> PolicyFamiliesListResponse:
        """List the policy families

        Returns the policy families at their latest version, `max_results` at a time (default and at most 100
        in the mock), ordered by id; `next_page_token` (absent on the last page) leads to the next page. An
        unknown `page_token` → INVALID_PARAMETER_VALUE.


        Args:
            max_results (int | Unset):
            page_token (str | Unset):
        """

        from . import policy_families_list as _op

        result: PolicyFamiliesListResponse = _call(
            self._client,
            _op,
            (),
            max_results=max_results,
            page_token=page_token,
        )
        return result

    @keyword_call
    def get(
        self,
        policy_family_id: str,
        *,
        version: int | Unset = UNSET,
    ) -> PolicyFamily:
        """Get a policy family

        Returns a policy family at its latest version, or at `version` (the catalogue of the mock has version 1
        of each family). An unknown family or version → RESOURCE_DOES_NOT_EXIST (404); a `version` below 1 →
        INVALID_PARAMETER_VALUE.


        Args:
            policy_family_id (str):
            version (int | Unset):
        """

        from . import policy_families_get as _op

        result: PolicyFamily = _call(
            self._client,
            _op,
            (),
            policy_family_id=policy_family_id,
            version=version,
        )
        return result


class AsyncPolicyFamiliesService:
    """The policy_families operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @async_keyword_call
    async def list(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> PolicyFamiliesListResponse:
        """List the policy families

        Returns the policy families at their latest version, `max_results` at a time (default and at most 100
        in the mock), ordered by id; `next_page_token` (absent on the last page) leads to the next page. An
        unknown `page_token` → INVALID_PARAMETER_VALUE.


        Args:
            max_results (int | Unset):
            page_token (str | Unset):
        """

        from . import policy_families_list as _op

        result: PolicyFamiliesListResponse = await _acall(
            self._client,
            _op,
            (),
            max_results=max_results,
            page_token=page_token,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        policy_family_id: str,
        *,
        version: int | Unset = UNSET,
    ) -> PolicyFamily:
        """Get a policy family

        Returns a policy family at its latest version, or at `version` (the catalogue of the mock has version 1
        of each family). An unknown family or version → RESOURCE_DOES_NOT_EXIST (404); a `version` below 1 →
        INVALID_PARAMETER_VALUE.


        Args:
            policy_family_id (str):
            version (int | Unset):
        """

        from . import policy_families_get as _op

        result: PolicyFamily = await _acall(
            self._client,
            _op,
            (),
            policy_family_id=policy_family_id,
            version=version,
        )
        return result


__all__ = ("PolicyFamiliesService", "AsyncPolicyFamiliesService")
