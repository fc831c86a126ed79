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
    from ...models.policy_families_list_response import PolicyFamiliesListResponse
    from ...models.policy_family import PolicyFamily
    from ...types import File

_T = TypeVar("_T")


def _parsed(response: Response[_T]) -> _T:
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


class PolicyFamiliesService:
    """The policy_families operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def list(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> PolicyFamiliesListResponse:
        """List the policy families"""
        from . import policy_families_list as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                max_results=max_results,
                page_token=page_token,
            )
        )

    def get(
        self,
        policy_family_id: str,
        *,
        version: int | Unset = UNSET,
    ) -> PolicyFamily:
        """Get a policy family"""
        from . import policy_families_get as _op

        return _parsed(
            _op.sync_detailed(
                client=self._client,
                policy_family_id=policy_family_id,
                version=version,
            )
        )


class AsyncPolicyFamiliesService:
    """The policy_families operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        max_results: int | Unset = UNSET,
        page_token: str | Unset = UNSET,
    ) -> PolicyFamiliesListResponse:
        """List the policy families"""
        from . import policy_families_list as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                max_results=max_results,
                page_token=page_token,
            )
        )

    async def get(
        self,
        policy_family_id: str,
        *,
        version: int | Unset = UNSET,
    ) -> PolicyFamily:
        """Get a policy family"""
        from . import policy_families_get as _op

        return _parsed(
            await _op.asyncio_detailed(
                client=self._client,
                policy_family_id=policy_family_id,
                version=version,
            )
        )


__all__ = ("PolicyFamiliesService", "AsyncPolicyFamiliesService")
