from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workspace_object_info import WorkspaceObjectInfo
from ...types import UNSET, Response


def _get_kwargs(
    *,
    path: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/workspace/get-status",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkspaceObjectInfo | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = WorkspaceObjectInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[WorkspaceObjectInfo]:
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
) -> Response[WorkspaceObjectInfo]:
    """Get the status of an object

     Returns the ObjectInfo of the notebook, folder, library, file or repo at `path`: its type, id
    (`object_id`, and `resource_id` as a string), for notebooks the language and for notebooks and files
    `created_at` / `modified_at` (files also `size` in bytes). Missing path → `RESOURCE_DOES_NOT_EXIST`.
    A relative path →
    `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceObjectInfo]
    """

    kwargs = _get_kwargs(
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str,
) -> WorkspaceObjectInfo | None:
    """Get the status of an object

     Returns the ObjectInfo of the notebook, folder, library, file or repo at `path`: its type, id
    (`object_id`, and `resource_id` as a string), for notebooks the language and for notebooks and files
    `created_at` / `modified_at` (files also `size` in bytes). Missing path → `RESOURCE_DOES_NOT_EXIST`.
    A relative path →
    `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceObjectInfo
    """

    return sync_detailed(
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
) -> Response[WorkspaceObjectInfo]:
    """Get the status of an object

     Returns the ObjectInfo of the notebook, folder, library, file or repo at `path`: its type, id
    (`object_id`, and `resource_id` as a string), for notebooks the language and for notebooks and files
    `created_at` / `modified_at` (files also `size` in bytes). Missing path → `RESOURCE_DOES_NOT_EXIST`.
    A relative path →
    `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceObjectInfo]
    """

    kwargs = _get_kwargs(
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str,
) -> WorkspaceObjectInfo | None:
    """Get the status of an object

     Returns the ObjectInfo of the notebook, folder, library, file or repo at `path`: its type, id
    (`object_id`, and `resource_id` as a string), for notebooks the language and for notebooks and files
    `created_at` / `modified_at` (files also `size` in bytes). Missing path → `RESOURCE_DOES_NOT_EXIST`.
    A relative path →
    `INVALID_PARAMETER_VALUE`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceObjectInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
        )
    ).parsed
