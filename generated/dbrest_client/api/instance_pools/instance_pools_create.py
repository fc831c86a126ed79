from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instance_pools_create_request import InstancePoolsCreateRequest
from ...models.instance_pools_create_response import InstancePoolsCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: InstancePoolsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/instance-pools/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstancePoolsCreateResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = InstancePoolsCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstancePoolsCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InstancePoolsCreateRequest,
) -> Response[InstancePoolsCreateResponse]:
    """Create an instance pool

     Creates an instance pool and returns its id. The pool starts provisioning `min_idle_instances` idle
    instances at once (`stats.pending_idle_count`, then `stats.idle_count` once they are up). The name
    must be unique among the workspace's pools, non-empty and shorter than 100 characters
    (`RESOURCE_ALREADY_EXISTS` for a duplicate); `node_type_id` must be a node type of the workspace;
    `max_capacity`, when set, must be at least `min_idle_instances`; at most one preloaded Spark
    version;
    at most 41 custom tags on Azure; an `aws_attributes.instance_profile_arn` must be registered
    (instance-profiles). Violations give `INVALID_PARAMETER_VALUE`.

    Args:
        body (InstancePoolsCreateRequest):  Example: {'instance_pool_name': 'my-pool',
            'node_type_id': 'Standard_D3_v2', 'min_idle_instances': 10}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstancePoolsCreateResponse]
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
    body: InstancePoolsCreateRequest,
) -> InstancePoolsCreateResponse | None:
    """Create an instance pool

     Creates an instance pool and returns its id. The pool starts provisioning `min_idle_instances` idle
    instances at once (`stats.pending_idle_count`, then `stats.idle_count` once they are up). The name
    must be unique among the workspace's pools, non-empty and shorter than 100 characters
    (`RESOURCE_ALREADY_EXISTS` for a duplicate); `node_type_id` must be a node type of the workspace;
    `max_capacity`, when set, must be at least `min_idle_instances`; at most one preloaded Spark
    version;
    at most 41 custom tags on Azure; an `aws_attributes.instance_profile_arn` must be registered
    (instance-profiles). Violations give `INVALID_PARAMETER_VALUE`.

    Args:
        body (InstancePoolsCreateRequest):  Example: {'instance_pool_name': 'my-pool',
            'node_type_id': 'Standard_D3_v2', 'min_idle_instances': 10}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstancePoolsCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InstancePoolsCreateRequest,
) -> Response[InstancePoolsCreateResponse]:
    """Create an instance pool

     Creates an instance pool and returns its id. The pool starts provisioning `min_idle_instances` idle
    instances at once (`stats.pending_idle_count`, then `stats.idle_count` once they are up). The name
    must be unique among the workspace's pools, non-empty and shorter than 100 characters
    (`RESOURCE_ALREADY_EXISTS` for a duplicate); `node_type_id` must be a node type of the workspace;
    `max_capacity`, when set, must be at least `min_idle_instances`; at most one preloaded Spark
    version;
    at most 41 custom tags on Azure; an `aws_attributes.instance_profile_arn` must be registered
    (instance-profiles). Violations give `INVALID_PARAMETER_VALUE`.

    Args:
        body (InstancePoolsCreateRequest):  Example: {'instance_pool_name': 'my-pool',
            'node_type_id': 'Standard_D3_v2', 'min_idle_instances': 10}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstancePoolsCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InstancePoolsCreateRequest,
) -> InstancePoolsCreateResponse | None:
    """Create an instance pool

     Creates an instance pool and returns its id. The pool starts provisioning `min_idle_instances` idle
    instances at once (`stats.pending_idle_count`, then `stats.idle_count` once they are up). The name
    must be unique among the workspace's pools, non-empty and shorter than 100 characters
    (`RESOURCE_ALREADY_EXISTS` for a duplicate); `node_type_id` must be a node type of the workspace;
    `max_capacity`, when set, must be at least `min_idle_instances`; at most one preloaded Spark
    version;
    at most 41 custom tags on Azure; an `aws_attributes.instance_profile_arn` must be registered
    (instance-profiles). Violations give `INVALID_PARAMETER_VALUE`.

    Args:
        body (InstancePoolsCreateRequest):  Example: {'instance_pool_name': 'my-pool',
            'node_type_id': 'Standard_D3_v2', 'min_idle_instances': 10}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstancePoolsCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
