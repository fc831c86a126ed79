from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_policy import ClusterPolicy
from ...types import UNSET, Response


def _get_kwargs(
    *,
    policy_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["policy_id"] = policy_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/policies/clusters/get",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClusterPolicy | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = ClusterPolicy.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClusterPolicy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    policy_id: str,
) -> Response[ClusterPolicy]:
    """Get a cluster policy

     Returns the policy with the given id. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id`
    →
    `INVALID_PARAMETER_VALUE`.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterPolicy]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    policy_id: str,
) -> ClusterPolicy | None:
    """Get a cluster policy

     Returns the policy with the given id. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id`
    →
    `INVALID_PARAMETER_VALUE`.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterPolicy
    """

    return sync_detailed(
        client=client,
        policy_id=policy_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    policy_id: str,
) -> Response[ClusterPolicy]:
    """Get a cluster policy

     Returns the policy with the given id. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id`
    →
    `INVALID_PARAMETER_VALUE`.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterPolicy]
    """

    kwargs = _get_kwargs(
        policy_id=policy_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    policy_id: str,
) -> ClusterPolicy | None:
    """Get a cluster policy

     Returns the policy with the given id. Unknown id → `RESOURCE_DOES_NOT_EXIST`. A missing `policy_id`
    →
    `INVALID_PARAMETER_VALUE`.

    Args:
        policy_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterPolicy
    """

    return (
        await asyncio_detailed(
            client=client,
            policy_id=policy_id,
        )
    ).parsed
