from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workspace_list_response import WorkspaceListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    path: str,
    notebooks_modified_after: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params["notebooks_modified_after"] = notebooks_modified_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/workspace/list",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkspaceListResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = WorkspaceListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkspaceListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
    notebooks_modified_after: int | Unset = UNSET,
) -> Response[WorkspaceListResponse]:
    """List the contents of a folder

     Lists the direct children of the folder (or repo) at `path`; on a notebook or file, returns that
    object. Not paginated. An empty folder answers `{}` (no `objects` key). `notebooks_modified_after`
    keeps notebooks modified after that time (folders are always listed). Missing path →
    `RESOURCE_DOES_NOT_EXIST`. A relative path → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        notebooks_modified_after (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceListResponse]
    """

    kwargs = _get_kwargs(
        path=path,
        notebooks_modified_after=notebooks_modified_after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str,
    notebooks_modified_after: int | Unset = UNSET,
) -> WorkspaceListResponse | None:
    """List the contents of a folder

     Lists the direct children of the folder (or repo) at `path`; on a notebook or file, returns that
    object. Not paginated. An empty folder answers `{}` (no `objects` key). `notebooks_modified_after`
    keeps notebooks modified after that time (folders are always listed). Missing path →
    `RESOURCE_DOES_NOT_EXIST`. A relative path → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        notebooks_modified_after (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceListResponse
    """

    return sync_detailed(
        client=client,
        path=path,
        notebooks_modified_after=notebooks_modified_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
    notebooks_modified_after: int | Unset = UNSET,
) -> Response[WorkspaceListResponse]:
    """List the contents of a folder

     Lists the direct children of the folder (or repo) at `path`; on a notebook or file, returns that
    object. Not paginated. An empty folder answers `{}` (no `objects` key). `notebooks_modified_after`
    keeps notebooks modified after that time (folders are always listed). Missing path →
    `RESOURCE_DOES_NOT_EXIST`. A relative path → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        notebooks_modified_after (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceListResponse]
    """

    kwargs = _get_kwargs(
        path=path,
        notebooks_modified_after=notebooks_modified_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str,
    notebooks_modified_after: int | Unset = UNSET,
) -> WorkspaceListResponse | None:
    """List the contents of a folder

     Lists the direct children of the folder (or repo) at `path`; on a notebook or file, returns that
    object. Not paginated. An empty folder answers `{}` (no `objects` key). `notebooks_modified_after`
    keeps notebooks modified after that time (folders are always listed). Missing path →
    `RESOURCE_DOES_NOT_EXIST`. A relative path → `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        notebooks_modified_after (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
            notebooks_modified_after=notebooks_modified_after,
        )
    ).parsed
