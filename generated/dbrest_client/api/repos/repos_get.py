from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.repo_get_response import RepoGetResponse
from ...types import Response


def _get_kwargs(
    repo_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/repos/{repo_id}".format(
            repo_id=quote(str(repo_id), safe=""),
        ),
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RepoGetResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = RepoGetResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RepoGetResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[RepoGetResponse]:
    """Get a repo

     Returns the repo. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a repo the caller cannot manage →
    `PERMISSION_DENIED`. A non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        repo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepoGetResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    repo_id: int,
    *,
    client: AuthenticatedClient,
) -> RepoGetResponse | None:
    """Get a repo

     Returns the repo. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a repo the caller cannot manage →
    `PERMISSION_DENIED`. A non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        repo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RepoGetResponse
    """

    return sync_detailed(
        repo_id=repo_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    repo_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[RepoGetResponse]:
    """Get a repo

     Returns the repo. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a repo the caller cannot manage →
    `PERMISSION_DENIED`. A non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        repo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RepoGetResponse]
    """

    kwargs = _get_kwargs(
        repo_id=repo_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    repo_id: int,
    *,
    client: AuthenticatedClient,
) -> RepoGetResponse | None:
    """Get a repo

     Returns the repo. Unknown id → `RESOURCE_DOES_NOT_EXIST`; a repo the caller cannot manage →
    `PERMISSION_DENIED`. A non-numeric id → `INVALID_PARAMETER_VALUE`.

    Args:
        repo_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RepoGetResponse
    """

    return (
        await asyncio_detailed(
            repo_id=repo_id,
            client=client,
        )
    ).parsed
