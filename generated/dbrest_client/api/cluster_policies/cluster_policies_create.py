from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_policies_create_request import ClusterPoliciesCreateRequest
from ...models.cluster_policies_create_response import ClusterPoliciesCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ClusterPoliciesCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/policies/clusters/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterPoliciesCreateResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ClusterPoliciesCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterPoliciesCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClusterPoliciesCreateRequest,
) -> Response[ClusterPoliciesCreateResponse]:
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
        body (ClusterPoliciesCreateRequest):  Example: {'name': 'Example Policy', 'definition':
            '{"spark_version":{"type":"fixed","value":"next-major-version-
            scala2.12","hidden":true}}'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterPoliciesCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ClusterPoliciesCreateRequest,
) -> ClusterPoliciesCreateResponse | None:
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
        body (ClusterPoliciesCreateRequest):  Example: {'name': 'Example Policy', 'definition':
            '{"spark_version":{"type":"fixed","value":"next-major-version-
            scala2.12","hidden":true}}'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterPoliciesCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClusterPoliciesCreateRequest,
) -> Response[ClusterPoliciesCreateResponse]:
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
        body (ClusterPoliciesCreateRequest):  Example: {'name': 'Example Policy', 'definition':
            '{"spark_version":{"type":"fixed","value":"next-major-version-
            scala2.12","hidden":true}}'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterPoliciesCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClusterPoliciesCreateRequest,
) -> ClusterPoliciesCreateResponse | None:
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
        body (ClusterPoliciesCreateRequest):  Example: {'name': 'Example Policy', 'definition':
            '{"spark_version":{"type":"fixed","value":"next-major-version-
            scala2.12","hidden":true}}'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterPoliciesCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
