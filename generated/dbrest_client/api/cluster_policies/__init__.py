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
    from ...models.cluster_policies_create_request import ClusterPoliciesCreateRequest
    from ...models.cluster_policies_create_response import ClusterPoliciesCreateResponse
    from ...models.cluster_policies_delete_request import ClusterPoliciesDeleteRequest
    from ...models.cluster_policies_edit_request import ClusterPoliciesEditRequest
    from ...models.cluster_policies_list_response import ClusterPoliciesListResponse
    from ...models.cluster_policies_list_sort_column import ClusterPoliciesListSortColumn
    from ...models.cluster_policies_list_sort_order import ClusterPoliciesListSortOrder
    from ...models.cluster_policy import ClusterPolicy
    from ...models.empty import Empty
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


class ClusterPoliciesService:
    """The cluster_policies operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        body: ClusterPoliciesCreateRequest,
    ) -> ClusterPoliciesCreateResponse: ...

    @overload
    def create(
        self,
        name: str,
        *,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> ClusterPoliciesCreateResponse: ...

    @keyword_call
    def create(
        self,
        name: str | Unset = UNSET,
        *,
        body: ClusterPoliciesCreateRequest | Unset = UNSET,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> ClusterPoliciesCreateResponse:
        """Create a cluster policy

        Creates a policy and returns its id. Admin only (`PERMISSION_DENIED` otherwise). The name must be
        unique (`RESOURCE_ALREADY_EXISTS`) and 1–100 characters. `definition` (default `{}`) must be a JSON
        object whose values are rules with a known `type` and that rule's fields (`fixed` needs `value`,
        `allowlist`/`blocklist` need a non-empty `values` array, `regex` needs `pattern`, `range` needs
        `minValue` or `maxValue`); otherwise `INVALID_PARAMETER_VALUE`. With `policy_family_id` the
        definition comes from the policy family and `definition` must not be given;
        `policy_family_definition_overrides` is then a JSON object of rules as above.
        `max_clusters_per_user`, when given, must be at least 1.


        Args:
            name (str): Name of the policy; unique in the workspace, 1–100 characters.
            definition (str | Unset): The policy definition: a JSON object, serialised as a string, mapping
                attribute paths to rules.
                Default `{}` (no restriction). Other JSON (an array) is stored as given, and a cluster launched with
                the policy is then refused with `INVALID_PARAMETER_VALUE` (databricks/cli#6492).
            description (str | Unset): Free-text description of the policy.
            max_clusters_per_user (int | Unset): Maximum number of clusters per user that can use the policy (at
                least 1); default no limit.
            policy_family_id (str | Unset): Id of the policy family (see policy-families) whose definition the
                policy inherits, with
                `policy_family_definition_overrides` applied, instead of `definition`. An unknown family →
                INVALID_PARAMETER_VALUE.
            policy_family_definition_overrides (str | Unset): JSON object of rules that override or extend the
                policy family's definition.
            libraries (list[Library] | Unset): Libraries installed on every cluster that uses the policy.
            body (ClusterPoliciesCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.cluster_policies_create_request import ClusterPoliciesCreateRequest

        body = request_body(
            ClusterPoliciesCreateRequest,
            body,
            {
                "name": ("name", name),
                "definition": ("definition", definition),
                "description": ("description", description),
                "max_clusters_per_user": ("max_clusters_per_user", max_clusters_per_user),
                "policy_family_id": ("policy_family_id", policy_family_id),
                "policy_family_definition_overrides": (
                    "policy_family_definition_overrides",
                    policy_family_definition_overrides,
                ),
                "libraries": ("libraries", libraries),
            },
            "ClusterPoliciesService.create",
            True,
        )

        from . import cluster_policies_create as _op

        result: ClusterPoliciesCreateResponse = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def delete(
        self,
        *,
        body: ClusterPoliciesDeleteRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        policy_id: str,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        policy_id: str | Unset = UNSET,
        *,
        body: ClusterPoliciesDeleteRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a cluster policy

        Deletes a policy. Admin only. Clusters governed by it keep running but can no longer be edited.
        Unknown policy → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            policy_id (str): The policy to delete.
            body (ClusterPoliciesDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.cluster_policies_delete_request import ClusterPoliciesDeleteRequest

        body = request_body(
            ClusterPoliciesDeleteRequest,
            body,
            {
                "policy_id": ("policy_id", policy_id),
            },
            "ClusterPoliciesService.delete",
            True,
        )

        from . import cluster_policies_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    def edit(
        self,
        *,
        body: ClusterPoliciesEditRequest,
    ) -> Empty: ...

    @overload
    def edit(
        self,
        name: str,
        policy_id: str,
        *,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def edit(
        self,
        name: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        *,
        body: ClusterPoliciesEditRequest | Unset = UNSET,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> Empty:
        """Edit a cluster policy

        Replaces the name, definition and other settings of a policy (omitted optional fields are reset).
        Admin only. Same rules as `create`; unknown policy → `RESOURCE_DOES_NOT_EXIST`; a name used by
        another policy → `RESOURCE_ALREADY_EXISTS`. Clusters governed by the policy keep running; their next
        edit must comply with the new definition.


        Args:
            name (str): Name of the policy; unique in the workspace, 1–100 characters.
            policy_id (str): The policy to edit.
            definition (str | Unset): The policy definition: a JSON object, serialised as a string, mapping
                attribute paths to rules.
                Default `{}` (no restriction). Other JSON (an array) is stored as given, and a cluster launched with
                the policy is then refused with `INVALID_PARAMETER_VALUE` (databricks/cli#6492).
            description (str | Unset): Free-text description of the policy.
            max_clusters_per_user (int | Unset): Maximum number of clusters per user that can use the policy (at
                least 1); default no limit.
            policy_family_id (str | Unset): Id of the policy family (see policy-families) whose definition the
                policy inherits, with
                `policy_family_definition_overrides` applied, instead of `definition`. An unknown family →
                INVALID_PARAMETER_VALUE.
            policy_family_definition_overrides (str | Unset): JSON object of rules that override or extend the
                policy family's definition.
            libraries (list[Library] | Unset): Libraries installed on every cluster that uses the policy.
            body (ClusterPoliciesEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.cluster_policies_edit_request import ClusterPoliciesEditRequest

        body = request_body(
            ClusterPoliciesEditRequest,
            body,
            {
                "name": ("name", name),
                "policy_id": ("policy_id", policy_id),
                "definition": ("definition", definition),
                "description": ("description", description),
                "max_clusters_per_user": ("max_clusters_per_user", max_clusters_per_user),
                "policy_family_id": ("policy_family_id", policy_family_id),
                "policy_family_definition_overrides": (
                    "policy_family_definition_overrides",
                    policy_family_definition_overrides,
                ),
                "libraries": ("libraries", libraries),
            },
            "ClusterPoliciesService.edit",
            True,
        )

        from . import cluster_policies_edit as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def get(
        self,
        policy_id: str,
    ) -> ClusterPolicy:
        """Get a cluster policy

        Returns the policy with the given id. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id` →
        `INVALID_PARAMETER_VALUE`.


        Args:
            policy_id (str):
        """

        from . import cluster_policies_get as _op

        result: ClusterPolicy = _call(
            self._client,
            _op,
            (),
            policy_id=policy_id,
        )
        return result

    @keyword_call
    def list(
        self,
        *,
        sort_order: ClusterPoliciesListSortOrder | str | Unset = UNSET,
        sort_column: ClusterPoliciesListSortColumn | str | Unset = UNSET,
    ) -> ClusterPoliciesListResponse:
        """List cluster policies

        Lists the policies the caller can use: every policy for an admin, the policies on which the caller
        has `CAN_USE` (Permissions API) otherwise. Sorted by `sort_column` (default `POLICY_CREATION_TIME`)
        in `sort_order` (default `DESC`); ties are broken by policy id. Not paginated; `total_count` is the
        number of policies returned. No policies → `{"total_count": 0}`. An unknown `sort_order` or
        `sort_column` → `INVALID_PARAMETER_VALUE`.


        Args:
            sort_order (ClusterPoliciesListSortOrder | Unset):
            sort_column (ClusterPoliciesListSortColumn | Unset):
        """

        if not isinstance(sort_order, Unset):
            from ...models.cluster_policies_list_sort_order import ClusterPoliciesListSortOrder

            sort_order = ClusterPoliciesListSortOrder(sort_order)
        if not isinstance(sort_column, Unset):
            from ...models.cluster_policies_list_sort_column import ClusterPoliciesListSortColumn

            sort_column = ClusterPoliciesListSortColumn(sort_column)

        from . import cluster_policies_list as _op

        result: ClusterPoliciesListResponse = _call(
            self._client,
            _op,
            (),
            sort_order=sort_order,
            sort_column=sort_column,
        )
        return result


class AsyncClusterPoliciesService:
    """The cluster_policies operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        body: ClusterPoliciesCreateRequest,
    ) -> ClusterPoliciesCreateResponse: ...

    @overload
    async def create(
        self,
        name: str,
        *,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> ClusterPoliciesCreateResponse: ...

    @async_keyword_call
    async def create(
        self,
        name: str | Unset = UNSET,
        *,
        body: ClusterPoliciesCreateRequest | Unset = UNSET,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> ClusterPoliciesCreateResponse:
        """Create a cluster policy

        Creates a policy and returns its id. Admin only (`PERMISSION_DENIED` otherwise). The name must be
        unique (`RESOURCE_ALREADY_EXISTS`) and 1–100 characters. `definition` (default `{}`) must be a JSON
        object whose values are rules with a known `type` and that rule's fields (`fixed` needs `value`,
        `allowlist`/`blocklist` need a non-empty `values` array, `regex` needs `pattern`, `range` needs
        `minValue` or `maxValue`); otherwise `INVALID_PARAMETER_VALUE`. With `policy_family_id` the
        definition comes from the policy family and `definition` must not be given;
        `policy_family_definition_overrides` is then a JSON object of rules as above.
        `max_clusters_per_user`, when given, must be at least 1.


        Args:
            name (str): Name of the policy; unique in the workspace, 1–100 characters.
            definition (str | Unset): The policy definition: a JSON object, serialised as a string, mapping
                attribute paths to rules.
                Default `{}` (no restriction). Other JSON (an array) is stored as given, and a cluster launched with
                the policy is then refused with `INVALID_PARAMETER_VALUE` (databricks/cli#6492).
            description (str | Unset): Free-text description of the policy.
            max_clusters_per_user (int | Unset): Maximum number of clusters per user that can use the policy (at
                least 1); default no limit.
            policy_family_id (str | Unset): Id of the policy family (see policy-families) whose definition the
                policy inherits, with
                `policy_family_definition_overrides` applied, instead of `definition`. An unknown family →
                INVALID_PARAMETER_VALUE.
            policy_family_definition_overrides (str | Unset): JSON object of rules that override or extend the
                policy family's definition.
            libraries (list[Library] | Unset): Libraries installed on every cluster that uses the policy.
            body (ClusterPoliciesCreateRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.cluster_policies_create_request import ClusterPoliciesCreateRequest

        body = request_body(
            ClusterPoliciesCreateRequest,
            body,
            {
                "name": ("name", name),
                "definition": ("definition", definition),
                "description": ("description", description),
                "max_clusters_per_user": ("max_clusters_per_user", max_clusters_per_user),
                "policy_family_id": ("policy_family_id", policy_family_id),
                "policy_family_definition_overrides": (
                    "policy_family_definition_overrides",
                    policy_family_definition_overrides,
                ),
                "libraries": ("libraries", libraries),
            },
            "AsyncClusterPoliciesService.create",
            True,
        )

        from . import cluster_policies_create as _op

        result: ClusterPoliciesCreateResponse = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def delete(
        self,
        *,
        body: ClusterPoliciesDeleteRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        policy_id: str,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        policy_id: str | Unset = UNSET,
        *,
        body: ClusterPoliciesDeleteRequest | Unset = UNSET,
    ) -> Empty:
        """Delete a cluster policy

        Deletes a policy. Admin only. Clusters governed by it keep running but can no longer be edited.
        Unknown policy → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id` → `INVALID_PARAMETER_VALUE`.


        Args:
            policy_id (str): The policy to delete.
            body (ClusterPoliciesDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.cluster_policies_delete_request import ClusterPoliciesDeleteRequest

        body = request_body(
            ClusterPoliciesDeleteRequest,
            body,
            {
                "policy_id": ("policy_id", policy_id),
            },
            "AsyncClusterPoliciesService.delete",
            True,
        )

        from . import cluster_policies_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @overload
    async def edit(
        self,
        *,
        body: ClusterPoliciesEditRequest,
    ) -> Empty: ...

    @overload
    async def edit(
        self,
        name: str,
        policy_id: str,
        *,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def edit(
        self,
        name: str | Unset = UNSET,
        policy_id: str | Unset = UNSET,
        *,
        body: ClusterPoliciesEditRequest | Unset = UNSET,
        definition: str | Unset = UNSET,
        description: str | Unset = UNSET,
        max_clusters_per_user: int | Unset = UNSET,
        policy_family_id: str | Unset = UNSET,
        policy_family_definition_overrides: str | Unset = UNSET,
        libraries: Sequence[Library | Mapping[str, Any]] | Unset = UNSET,
    ) -> Empty:
        """Edit a cluster policy

        Replaces the name, definition and other settings of a policy (omitted optional fields are reset).
        Admin only. Same rules as `create`; unknown policy → `RESOURCE_DOES_NOT_EXIST`; a name used by
        another policy → `RESOURCE_ALREADY_EXISTS`. Clusters governed by the policy keep running; their next
        edit must comply with the new definition.


        Args:
            name (str): Name of the policy; unique in the workspace, 1–100 characters.
            policy_id (str): The policy to edit.
            definition (str | Unset): The policy definition: a JSON object, serialised as a string, mapping
                attribute paths to rules.
                Default `{}` (no restriction). Other JSON (an array) is stored as given, and a cluster launched with
                the policy is then refused with `INVALID_PARAMETER_VALUE` (databricks/cli#6492).
            description (str | Unset): Free-text description of the policy.
            max_clusters_per_user (int | Unset): Maximum number of clusters per user that can use the policy (at
                least 1); default no limit.
            policy_family_id (str | Unset): Id of the policy family (see policy-families) whose definition the
                policy inherits, with
                `policy_family_definition_overrides` applied, instead of `definition`. An unknown family →
                INVALID_PARAMETER_VALUE.
            policy_family_definition_overrides (str | Unset): JSON object of rules that override or extend the
                policy family's definition.
            libraries (list[Library] | Unset): Libraries installed on every cluster that uses the policy.
            body (ClusterPoliciesEditRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.cluster_policies_edit_request import ClusterPoliciesEditRequest

        body = request_body(
            ClusterPoliciesEditRequest,
            body,
            {
                "name": ("name", name),
                "policy_id": ("policy_id", policy_id),
                "definition": ("definition", definition),
                "description": ("description", description),
                "max_clusters_per_user": ("max_clusters_per_user", max_clusters_per_user),
                "policy_family_id": ("policy_family_id", policy_family_id),
                "policy_family_definition_overrides": (
                    "policy_family_definition_overrides",
                    policy_family_definition_overrides,
                ),
                "libraries": ("libraries", libraries),
            },
            "AsyncClusterPoliciesService.edit",
            True,
        )

        from . import cluster_policies_edit as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def get(
        self,
        policy_id: str,
    ) -> ClusterPolicy:
        """Get a cluster policy

        Returns the policy with the given id. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id` →
        `INVALID_PARAMETER_VALUE`.


        Args:
            policy_id (str):
        """

        from . import cluster_policies_get as _op

        result: ClusterPolicy = await _acall(
            self._client,
            _op,
            (),
            policy_id=policy_id,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        *,
        sort_order: ClusterPoliciesListSortOrder | str | Unset = UNSET,
        sort_column: ClusterPoliciesListSortColumn | str | Unset = UNSET,
    ) -> ClusterPoliciesListResponse:
        """List cluster policies

        Lists the policies the caller can use: every policy for an admin, the policies on which the caller
        has `CAN_USE` (Permissions API) otherwise. Sorted by `sort_column` (default `POLICY_CREATION_TIME`)
        in `sort_order` (default `DESC`); ties are broken by policy id. Not paginated; `total_count` is the
        number of policies returned. No policies → `{"total_count": 0}`. An unknown `sort_order` or
        `sort_column` → `INVALID_PARAMETER_VALUE`.


        Args:
            sort_order (ClusterPoliciesListSortOrder | Unset):
            sort_column (ClusterPoliciesListSortColumn | Unset):
        """

        if not isinstance(sort_order, Unset):
            from ...models.cluster_policies_list_sort_order import ClusterPoliciesListSortOrder

            sort_order = ClusterPoliciesListSortOrder(sort_order)
        if not isinstance(sort_column, Unset):
            from ...models.cluster_policies_list_sort_column import ClusterPoliciesListSortColumn

            sort_column = ClusterPoliciesListSortColumn(sort_column)

        from . import cluster_policies_list as _op

        result: ClusterPoliciesListResponse = await _acall(
            self._client,
            _op,
            (),
            sort_order=sort_order,
            sort_column=sort_column,
        )
        return result


__all__ = ("ClusterPoliciesService", "AsyncClusterPoliciesService")
