from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.instance_profiles_list_response import InstanceProfilesListResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/instance-profiles/list",
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InstanceProfilesListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = InstanceProfilesListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InstanceProfilesListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[InstanceProfilesListResponse]:
    """List the instance profiles

     Lists the instance profiles the caller can launch clusters with (every registered profile; the mock
    has no per-profile entitlements), in the order they were added. `instance_profiles` is absent when
    there
    are none. Not paginated. No errors of its own, only the common ones (UNAUTHENTICATED,
    PERMISSION_DENIED,
    REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstanceProfilesListResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> InstanceProfilesListResponse | None:
    """List the instance profiles

     Lists the instance profiles the caller can launch clusters with (every registered profile; the mock
    has no per-profile entitlements), in the order they were added. `instance_profiles` is absent when
    there
    are none. Not paginated. No errors of its own, only the common ones (UNAUTHENTICATED,
    PERMISSION_DENIED,
    REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstanceProfilesListResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[InstanceProfilesListResponse]:
    """List the instance profiles

     Lists the instance profiles the caller can launch clusters with (every registered profile; the mock
    has no per-profile entitlements), in the order they were added. `instance_profiles` is absent when
    there
    are none. Not paginated. No errors of its own, only the common ones (UNAUTHENTICATED,
    PERMISSION_DENIED,
    REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InstanceProfilesListResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> InstanceProfilesListResponse | None:
    """List the instance profiles

     Lists the instance profiles the caller can launch clusters with (every registered profile; the mock
    has no per-profile entitlements), in the order they were added. `instance_profiles` is absent when
    there
    are none. Not paginated. No errors of its own, only the common ones (UNAUTHENTICATED,
    PERMISSION_DENIED,
    REQUEST_LIMIT_EXCEEDED, INTERNAL_ERROR, TEMPORARILY_UNAVAILABLE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InstanceProfilesListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
