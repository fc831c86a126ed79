from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.instance_pools_edit_request import InstancePoolsEditRequest
from ...types import Response


def _get_kwargs(
    *,
    body: InstancePoolsEditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/instance-pools/edit",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Empty | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = Empty.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Empty]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InstancePoolsEditRequest,
) -> Response[Empty]:
    """Edit an instance pool

     Replaces the editable settings of a pool: `instance_pool_name`, `min_idle_instances`,
    `max_capacity`, `idle_instance_autotermination_minutes` and `custom_tags`; an omitted one takes its
    default (0 idle instances, no capacity limit, 60 minutes, no tags). `node_type_id` is required and
    must equal the pool's; the other creation settings (disks, attributes, preloaded versions and
    images)
    cannot change: sending a different value gives `INVALID_PARAMETER_VALUE`, sending the current value
    (as read by `get`) is accepted. Raising `min_idle_instances` provisions more idle instances;
    idle instances beyond the new minimum are released after `idle_instance_autotermination_minutes`.
    Unknown or deleted pool → `RESOURCE_DOES_NOT_EXIST`; a name used by another pool →
    `RESOURCE_ALREADY_EXISTS`.

    Args:
        body (InstancePoolsEditRequest):  Example: {'instance_pool_id': '0101-120000-brick1-pool-
            ABCD1234', 'instance_pool_name': 'my-edited-pool', 'node_type_id': 'Standard_D3_v2',
            'min_idle_instances': 5, 'max_capacity': 200, 'idle_instance_autotermination_minutes':
            30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
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
    body: InstancePoolsEditRequest,
) -> Empty | None:
    """Edit an instance pool

     Replaces the editable settings of a pool: `instance_pool_name`, `min_idle_instances`,
    `max_capacity`, `idle_instance_autotermination_minutes` and `custom_tags`; an omitted one takes its
    default (0 idle instances, no capacity limit, 60 minutes, no tags). `node_type_id` is required and
    must equal the pool's; the other creation settings (disks, attributes, preloaded versions and
    images)
    cannot change: sending a different value gives `INVALID_PARAMETER_VALUE`, sending the current value
    (as read by `get`) is accepted. Raising `min_idle_instances` provisions more idle instances;
    idle instances beyond the new minimum are released after `idle_instance_autotermination_minutes`.
    Unknown or deleted pool → `RESOURCE_DOES_NOT_EXIST`; a name used by another pool →
    `RESOURCE_ALREADY_EXISTS`.

    Args:
        body (InstancePoolsEditRequest):  Example: {'instance_pool_id': '0101-120000-brick1-pool-
            ABCD1234', 'instance_pool_name': 'my-edited-pool', 'node_type_id': 'Standard_D3_v2',
            'min_idle_instances': 5, 'max_capacity': 200, 'idle_instance_autotermination_minutes':
            30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InstancePoolsEditRequest,
) -> Response[Empty]:
    """Edit an instance pool

     Replaces the editable settings of a pool: `instance_pool_name`, `min_idle_instances`,
    `max_capacity`, `idle_instance_autotermination_minutes` and `custom_tags`; an omitted one takes its
    default (0 idle instances, no capacity limit, 60 minutes, no tags). `node_type_id` is required and
    must equal the pool's; the other creation settings (disks, attributes, preloaded versions and
    images)
    cannot change: sending a different value gives `INVALID_PARAMETER_VALUE`, sending the current value
    (as read by `get`) is accepted. Raising `min_idle_instances` provisions more idle instances;
    idle instances beyond the new minimum are released after `idle_instance_autotermination_minutes`.
    Unknown or deleted pool → `RESOURCE_DOES_NOT_EXIST`; a name used by another pool →
    `RESOURCE_ALREADY_EXISTS`.

    Args:
        body (InstancePoolsEditRequest):  Example: {'instance_pool_id': '0101-120000-brick1-pool-
            ABCD1234', 'instance_pool_name': 'my-edited-pool', 'node_type_id': 'Standard_D3_v2',
            'min_idle_instances': 5, 'max_capacity': 200, 'idle_instance_autotermination_minutes':
            30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InstancePoolsEditRequest,
) -> Empty | None:
    """Edit an instance pool

     Replaces the editable settings of a pool: `instance_pool_name`, `min_idle_instances`,
    `max_capacity`, `idle_instance_autotermination_minutes` and `custom_tags`; an omitted one takes its
    default (0 idle instances, no capacity limit, 60 minutes, no tags). `node_type_id` is required and
    must equal the pool's; the other creation settings (disks, attributes, preloaded versions and
    images)
    cannot change: sending a different value gives `INVALID_PARAMETER_VALUE`, sending the current value
    (as read by `get`) is accepted. Raising `min_idle_instances` provisions more idle instances;
    idle instances beyond the new minimum are released after `idle_instance_autotermination_minutes`.
    Unknown or deleted pool → `RESOURCE_DOES_NOT_EXIST`; a name used by another pool →
    `RESOURCE_ALREADY_EXISTS`.

    Args:
        body (InstancePoolsEditRequest):  Example: {'instance_pool_id': '0101-120000-brick1-pool-
            ABCD1234', 'instance_pool_name': 'my-edited-pool', 'node_type_id': 'Standard_D3_v2',
            'min_idle_instances': 5, 'max_capacity': 200, 'idle_instance_autotermination_minutes':
            30}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
