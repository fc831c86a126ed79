from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.token_management_list_response import TokenManagementListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    created_by_id: int | Unset = UNSET,
    created_by_username: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["created_by_id"] = created_by_id

    params["created_by_username"] = created_by_username

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/token-management/tokens",
        "params": params,
    }

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TokenManagementListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = TokenManagementListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TokenManagementListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    created_by_id: int | Unset = UNSET,
    created_by_username: str | Unset = UNSET,
) -> Response[TokenManagementListResponse]:
    """List all tokens of the workspace

     Lists the valid (unexpired, not revoked) tokens of every user and service principal, optionally only
    those created by the user with `created_by_id` or `created_by_username` (both given: both must
    match).
    Not paginated. No tokens → `{}`. Admin only (`PERMISSION_DENIED`). A non-numeric `created_by_id` →
    `INVALID_PARAMETER_VALUE`.

    Args:
        created_by_id (int | Unset):
        created_by_username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenManagementListResponse]
    """

    kwargs = _get_kwargs(
        created_by_id=created_by_id,
        created_by_username=created_by_username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    created_by_id: int | Unset = UNSET,
    created_by_username: str | Unset = UNSET,
) -> TokenManagementListResponse | None:
    """List all tokens of the workspace

     Lists the valid (unexpired, not revoked) tokens of every user and service principal, optionally only
    those created by the user with `created_by_id` or `created_by_username` (both given: both must
    match).
    Not paginated. No tokens → `{}`. Admin only (`PERMISSION_DENIED`). A non-numeric `created_by_id` →
    `INVALID_PARAMETER_VALUE`.

    Args:
        created_by_id (int | Unset):
        created_by_username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenManagementListResponse
    """

    return sync_detailed(
        client=client,
        created_by_id=created_by_id,
        created_by_username=created_by_username,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    created_by_id: int | Unset = UNSET,
    created_by_username: str | Unset = UNSET,
) -> Response[TokenManagementListResponse]:
    """List all tokens of the workspace

     Lists the valid (unexpired, not revoked) tokens of every user and service principal, optionally only
    those created by the user with `created_by_id` or `created_by_username` (both given: both must
    match).
    Not paginated. No tokens → `{}`. Admin only (`PERMISSION_DENIED`). A non-numeric `created_by_id` →
    `INVALID_PARAMETER_VALUE`.

    Args:
        created_by_id (int | Unset):
        created_by_username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenManagementListResponse]
    """

    kwargs = _get_kwargs(
        created_by_id=created_by_id,
        created_by_username=created_by_username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    created_by_id: int | Unset = UNSET,
    created_by_username: str | Unset = UNSET,
) -> TokenManagementListResponse | None:
    """List all tokens of the workspace

     Lists the valid (unexpired, not revoked) tokens of every user and service principal, optionally only
    those created by the user with `created_by_id` or `created_by_username` (both given: both must
    match).
    Not paginated. No tokens → `{}`. Admin only (`PERMISSION_DENIED`). A non-numeric `created_by_id` →
    `INVALID_PARAMETER_VALUE`.

    Args:
        created_by_id (int | Unset):
        created_by_username (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenManagementListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            created_by_id=created_by_id,
            created_by_username=created_by_username,
        )
    ).parsed
