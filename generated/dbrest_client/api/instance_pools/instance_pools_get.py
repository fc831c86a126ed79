from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instance_pool_and_stats import InstancePoolAndStats
from ...types import UNSET, Response


def _get_kwargs(
    *,
    instance_pool_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["instance_pool_id"] = instance_pool_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/instance-pools/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InstancePoolAndStats | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = InstancePoolAndStats.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstancePoolAndStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    instance_pool_id: str,
) -> Response[InstancePoolAndStats]:
    """Get an instance pool

     Returns the settings, default tags, state and usage statistics of a pool. Unknown or deleted pool →
    `RESOURCE_DOES_NOT_EXIST`. A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        instance_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstancePoolAndStats]
    """

    kwargs = _get_kwargs(
        instance_pool_id=instance_pool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    instance_pool_id: str,
) -> InstancePoolAndStats | None:
    """Get an instance pool

     Returns the settings, default tags, state and usage statistics of a pool. Unknown or deleted pool →
    `RESOURCE_DOES_NOT_EXIST`. A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        instance_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstancePoolAndStats
    """

    return sync_detailed(
        client=client,
        instance_pool_id=instance_pool_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    instance_pool_id: str,
) -> Response[InstancePoolAndStats]:
    """Get an instance pool

     Returns the settings, default tags, state and usage statistics of a pool. Unknown or deleted pool →
    `RESOURCE_DOES_NOT_EXIST`. A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        instance_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstancePoolAndStats]
    """

    kwargs = _get_kwargs(
        instance_pool_id=instance_pool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    instance_pool_id: str,
) -> InstancePoolAndStats | None:
    """Get an instance pool

     Returns the settings, default tags, state and usage statistics of a pool. Unknown or deleted pool →
    `RESOURCE_DOES_NOT_EXIST`. A missing `instance_pool_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        instance_pool_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstancePoolAndStats
    """

    return (
        await asyncio_detailed(
            client=client,
            instance_pool_id=instance_pool_id,
        )
    ).parsed
