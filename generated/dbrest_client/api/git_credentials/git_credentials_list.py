from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.git_credentials_list_response import GitCredentialsListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    principal_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["principal_id"] = principal_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/git-credentials",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GitCredentialsListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = GitCredentialsListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GitCredentialsListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> Response[GitCredentialsListResponse]:
    """List the caller's Git credentials

     Lists the caller's Git credentials (without their tokens). Not paginated. No credentials → `{}` or
    an
    empty `credentials` list. `principal_id` (a service principal's id) lists that service principal's
    credentials; only its managers may (`PERMISSION_DENIED`); an unknown one →
    `RESOURCE_DOES_NOT_EXIST`. A
    non-numeric `principal_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GitCredentialsListResponse]
    """

    kwargs = _get_kwargs(
        principal_id=principal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> GitCredentialsListResponse | None:
    """List the caller's Git credentials

     Lists the caller's Git credentials (without their tokens). Not paginated. No credentials → `{}` or
    an
    empty `credentials` list. `principal_id` (a service principal's id) lists that service principal's
    credentials; only its managers may (`PERMISSION_DENIED`); an unknown one →
    `RESOURCE_DOES_NOT_EXIST`. A
    non-numeric `principal_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GitCredentialsListResponse
    """

    return sync_detailed(
        client=client,
        principal_id=principal_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> Response[GitCredentialsListResponse]:
    """List the caller's Git credentials

     Lists the caller's Git credentials (without their tokens). Not paginated. No credentials → `{}` or
    an
    empty `credentials` list. `principal_id` (a service principal's id) lists that service principal's
    credentials; only its managers may (`PERMISSION_DENIED`); an unknown one →
    `RESOURCE_DOES_NOT_EXIST`. A
    non-numeric `principal_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GitCredentialsListResponse]
    """

    kwargs = _get_kwargs(
        principal_id=principal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> GitCredentialsListResponse | None:
    """List the caller's Git credentials

     Lists the caller's Git credentials (without their tokens). Not paginated. No credentials → `{}` or
    an
    empty `credentials` list. `principal_id` (a service principal's id) lists that service principal's
    credentials; only its managers may (`PERMISSION_DENIED`); an unknown one →
    `RESOURCE_DOES_NOT_EXIST`. A
    non-numeric `principal_id` → `INVALID_PARAMETER_VALUE`.

    Args:
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GitCredentialsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            principal_id=principal_id,
        )
    ).parsed
