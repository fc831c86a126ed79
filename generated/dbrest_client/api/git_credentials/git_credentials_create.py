from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.git_credential_info import GitCredentialInfo
from ...models.git_credentials_create_request import GitCredentialsCreateRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GitCredentialsCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/git-credentials",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GitCredentialInfo | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = GitCredentialInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GitCredentialInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GitCredentialsCreateRequest,
) -> Response[GitCredentialInfo]:
    """Create a Git credential

     Stores a Git credential for the caller (or, with `principal_id`, for that service principal). A user
    may hold one credential per Git provider: a second one for the same provider (compared
    case-insensitively) → `RESOURCE_ALREADY_EXISTS`; update or delete the existing one instead. An
    unknown
    provider → `INVALID_PARAMETER_VALUE`; an unknown `principal_id` → `RESOURCE_DOES_NOT_EXIST`. The
    personal
    access token is stored and never returned.

    Args:
        body (GitCredentialsCreateRequest): A new Git credential.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GitCredentialInfo]
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
    body: GitCredentialsCreateRequest,
) -> GitCredentialInfo | None:
    """Create a Git credential

     Stores a Git credential for the caller (or, with `principal_id`, for that service principal). A user
    may hold one credential per Git provider: a second one for the same provider (compared
    case-insensitively) → `RESOURCE_ALREADY_EXISTS`; update or delete the existing one instead. An
    unknown
    provider → `INVALID_PARAMETER_VALUE`; an unknown `principal_id` → `RESOURCE_DOES_NOT_EXIST`. The
    personal
    access token is stored and never returned.

    Args:
        body (GitCredentialsCreateRequest): A new Git credential.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GitCredentialInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GitCredentialsCreateRequest,
) -> Response[GitCredentialInfo]:
    """Create a Git credential

     Stores a Git credential for the caller (or, with `principal_id`, for that service principal). A user
    may hold one credential per Git provider: a second one for the same provider (compared
    case-insensitively) → `RESOURCE_ALREADY_EXISTS`; update or delete the existing one instead. An
    unknown
    provider → `INVALID_PARAMETER_VALUE`; an unknown `principal_id` → `RESOURCE_DOES_NOT_EXIST`. The
    personal
    access token is stored and never returned.

    Args:
        body (GitCredentialsCreateRequest): A new Git credential.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GitCredentialInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GitCredentialsCreateRequest,
) -> GitCredentialInfo | None:
    """Create a Git credential

     Stores a Git credential for the caller (or, with `principal_id`, for that service principal). A user
    may hold one credential per Git provider: a second one for the same provider (compared
    case-insensitively) → `RESOURCE_ALREADY_EXISTS`; update or delete the existing one instead. An
    unknown
    provider → `INVALID_PARAMETER_VALUE`; an unknown `principal_id` → `RESOURCE_DOES_NOT_EXIST`. The
    personal
    access token is stored and never returned.

    Args:
        body (GitCredentialsCreateRequest): A new Git credential.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GitCredentialInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
