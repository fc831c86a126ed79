from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.git_credentials_update_request import GitCredentialsUpdateRequest
from ...types import Response


def _get_kwargs(
    credential_id: int,
    *,
    body: GitCredentialsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/2.0/git-credentials/{credential_id}".format(
            credential_id=quote(str(credential_id), safe=""),
        ),
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
    credential_id: int,
    *,
    client: AuthenticatedClient,
    body: GitCredentialsUpdateRequest,
) -> Response[Empty]:
    """Update a Git credential

     Replaces the credential's provider, user name, e-mail, name and token with the given values
    (`git_provider` is required; fields left out are cleared, a token left out is kept). Changing the
    provider to one the caller already has another credential for → `RESOURCE_ALREADY_EXISTS`. Unknown
    id
    → `RESOURCE_DOES_NOT_EXIST`; unknown provider → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        body (GitCredentialsUpdateRequest): The credential's new values (a full replacement; a
            token left out is kept).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    credential_id: int,
    *,
    client: AuthenticatedClient,
    body: GitCredentialsUpdateRequest,
) -> Empty | None:
    """Update a Git credential

     Replaces the credential's provider, user name, e-mail, name and token with the given values
    (`git_provider` is required; fields left out are cleared, a token left out is kept). Changing the
    provider to one the caller already has another credential for → `RESOURCE_ALREADY_EXISTS`. Unknown
    id
    → `RESOURCE_DOES_NOT_EXIST`; unknown provider → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        body (GitCredentialsUpdateRequest): The credential's new values (a full replacement; a
            token left out is kept).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        credential_id=credential_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    credential_id: int,
    *,
    client: AuthenticatedClient,
    body: GitCredentialsUpdateRequest,
) -> Response[Empty]:
    """Update a Git credential

     Replaces the credential's provider, user name, e-mail, name and token with the given values
    (`git_provider` is required; fields left out are cleared, a token left out is kept). Changing the
    provider to one the caller already has another credential for → `RESOURCE_ALREADY_EXISTS`. Unknown
    id
    → `RESOURCE_DOES_NOT_EXIST`; unknown provider → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        body (GitCredentialsUpdateRequest): The credential's new values (a full replacement; a
            token left out is kept).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    credential_id: int,
    *,
    client: AuthenticatedClient,
    body: GitCredentialsUpdateRequest,
) -> Empty | None:
    """Update a Git credential

     Replaces the credential's provider, user name, e-mail, name and token with the given values
    (`git_provider` is required; fields left out are cleared, a token left out is kept). Changing the
    provider to one the caller already has another credential for → `RESOURCE_ALREADY_EXISTS`. Unknown
    id
    → `RESOURCE_DOES_NOT_EXIST`; unknown provider → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        body (GitCredentialsUpdateRequest): The credential's new values (a full replacement; a
            token left out is kept).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            credential_id=credential_id,
            client=client,
            body=body,
        )
    ).parsed
