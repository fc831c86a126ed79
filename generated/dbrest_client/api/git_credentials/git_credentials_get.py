from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.git_credential_info import GitCredentialInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    credential_id: int,
    *,
    principal_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["principal_id"] = principal_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/git-credentials/{credential_id}".format(
            credential_id=quote(str(credential_id), safe=""),
        ),
        "params": params,
    }

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
    credential_id: int,
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> Response[GitCredentialInfo]:
    """Get a Git credential

     Returns one of the caller's Git credentials (without its token). Unknown id, or another user's
    credential → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GitCredentialInfo]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        principal_id=principal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    credential_id: int,
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> GitCredentialInfo | None:
    """Get a Git credential

     Returns one of the caller's Git credentials (without its token). Unknown id, or another user's
    credential → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GitCredentialInfo
    """

    return sync_detailed(
        credential_id=credential_id,
        client=client,
        principal_id=principal_id,
    ).parsed


async def asyncio_detailed(
    credential_id: int,
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> Response[GitCredentialInfo]:
    """Get a Git credential

     Returns one of the caller's Git credentials (without its token). Unknown id, or another user's
    credential → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GitCredentialInfo]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        principal_id=principal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    credential_id: int,
    *,
    client: AuthenticatedClient,
    principal_id: int | Unset = UNSET,
) -> GitCredentialInfo | None:
    """Get a Git credential

     Returns one of the caller's Git credentials (without its token). Unknown id, or another user's
    credential → `RESOURCE_DOES_NOT_EXIST`; a non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        credential_id (int):
        principal_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GitCredentialInfo
    """

    return (
        await asyncio_detailed(
            credential_id=credential_id,
            client=client,
            principal_id=principal_id,
        )
    ).parsed
