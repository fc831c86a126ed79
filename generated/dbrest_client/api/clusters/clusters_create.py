from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clusters_create_request import ClustersCreateRequest
from ...models.clusters_create_response import ClustersCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ClustersCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.1/clusters/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClustersCreateResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ClustersCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClustersCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ClustersCreateRequest,
) -> Response[ClustersCreateResponse]:
    """Create a cluster

     Creates a cluster and returns its id at once, while it is PENDING; it becomes RUNNING once its nodes
    are up (cloud provisioning, typically minutes). At most one of `num_workers` and `autoscale` may be
    given; with neither the cluster has no workers. With `kind` CLASSIC_PREVIEW and `is_single_node` the
    service sets the single-node `spark_conf`, `custom_tags` and `num_workers` 0 itself;
    `is_single_node`
    or `use_ml_runtime` without that `kind` → INVALID_PARAMETER_VALUE. An unknown `spark_version`,
    `node_type_id` or `driver_node_type_id`, `autotermination_minutes`
    of 1–9, an unknown instance pool or policy, or more than one log or init-script destination give
    INVALID_PARAMETER_VALUE. With `idempotency_token` (at most 64 characters), a request whose token
    matches a cluster that is not TERMINATED returns that cluster's id instead of creating another.
    A request that would exceed a resource limit gives REQUEST_LIMIT_EXCEEDED (429); a caller without
    the cluster-create entitlement gives PERMISSION_DENIED.

    Args:
        body (ClustersCreateRequest): A cluster specification plus its name and an optional
            idempotency token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersCreateResponse]
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
    body: ClustersCreateRequest,
) -> ClustersCreateResponse | None:
    """Create a cluster

     Creates a cluster and returns its id at once, while it is PENDING; it becomes RUNNING once its nodes
    are up (cloud provisioning, typically minutes). At most one of `num_workers` and `autoscale` may be
    given; with neither the cluster has no workers. With `kind` CLASSIC_PREVIEW and `is_single_node` the
    service sets the single-node `spark_conf`, `custom_tags` and `num_workers` 0 itself;
    `is_single_node`
    or `use_ml_runtime` without that `kind` → INVALID_PARAMETER_VALUE. An unknown `spark_version`,
    `node_type_id` or `driver_node_type_id`, `autotermination_minutes`
    of 1–9, an unknown instance pool or policy, or more than one log or init-script destination give
    INVALID_PARAMETER_VALUE. With `idempotency_token` (at most 64 characters), a request whose token
    matches a cluster that is not TERMINATED returns that cluster's id instead of creating another.
    A request that would exceed a resource limit gives REQUEST_LIMIT_EXCEEDED (429); a caller without
    the cluster-create entitlement gives PERMISSION_DENIED.

    Args:
        body (ClustersCreateRequest): A cluster specification plus its name and an optional
            idempotency token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ClustersCreateRequest,
) -> Response[ClustersCreateResponse]:
    """Create a cluster

     Creates a cluster and returns its id at once, while it is PENDING; it becomes RUNNING once its nodes
    are up (cloud provisioning, typically minutes). At most one of `num_workers` and `autoscale` may be
    given; with neither the cluster has no workers. With `kind` CLASSIC_PREVIEW and `is_single_node` the
    service sets the single-node `spark_conf`, `custom_tags` and `num_workers` 0 itself;
    `is_single_node`
    or `use_ml_runtime` without that `kind` → INVALID_PARAMETER_VALUE. An unknown `spark_version`,
    `node_type_id` or `driver_node_type_id`, `autotermination_minutes`
    of 1–9, an unknown instance pool or policy, or more than one log or init-script destination give
    INVALID_PARAMETER_VALUE. With `idempotency_token` (at most 64 characters), a request whose token
    matches a cluster that is not TERMINATED returns that cluster's id instead of creating another.
    A request that would exceed a resource limit gives REQUEST_LIMIT_EXCEEDED (429); a caller without
    the cluster-create entitlement gives PERMISSION_DENIED.

    Args:
        body (ClustersCreateRequest): A cluster specification plus its name and an optional
            idempotency token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClustersCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ClustersCreateRequest,
) -> ClustersCreateResponse | None:
    """Create a cluster

     Creates a cluster and returns its id at once, while it is PENDING; it becomes RUNNING once its nodes
    are up (cloud provisioning, typically minutes). At most one of `num_workers` and `autoscale` may be
    given; with neither the cluster has no workers. With `kind` CLASSIC_PREVIEW and `is_single_node` the
    service sets the single-node `spark_conf`, `custom_tags` and `num_workers` 0 itself;
    `is_single_node`
    or `use_ml_runtime` without that `kind` → INVALID_PARAMETER_VALUE. An unknown `spark_version`,
    `node_type_id` or `driver_node_type_id`, `autotermination_minutes`
    of 1–9, an unknown instance pool or policy, or more than one log or init-script destination give
    INVALID_PARAMETER_VALUE. With `idempotency_token` (at most 64 characters), a request whose token
    matches a cluster that is not TERMINATED returns that cluster's id instead of creating another.
    A request that would exceed a resource limit gives REQUEST_LIMIT_EXCEEDED (429); a caller without
    the cluster-create entitlement gives PERMISSION_DENIED.

    Args:
        body (ClustersCreateRequest): A cluster specification plus its name and an optional
            idempotency token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClustersCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
