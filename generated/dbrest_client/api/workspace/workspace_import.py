from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty import Empty
from ...models.workspace_import_request import WorkspaceImportRequest
from ...types import Response


def _get_kwargs(
    *,
    body: WorkspaceImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2.0/workspace/import",
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
    *,
    client: AuthenticatedClient,
    body: WorkspaceImportRequest,
) -> Response[Empty]:
    """Import a notebook, a file or a folder archive

     Imports a notebook, a workspace file, or the contents of a DBC archive (which creates a folder
    tree),
    at `path`. Format `RAW` stores the content as a workspace file (object type `FILE`) whatever it
    holds;
    `AUTO` creates a notebook when the path has a notebook extension (.py, .scala, .sql, .r, .ipynb) and
    the content is notebook source (its first line is `Databricks notebook source` in the language's
    comment syntax) or a Jupyter notebook, the extension being removed from the notebook's path, and a
    workspace file otherwise. The
    content is base64 in JSON (at most 10 MB decoded: `MAX_NOTEBOOK_SIZE_EXCEEDED`), or the file part
    `content` of a `multipart/form-data` body. `language` is required with format `SOURCE`, except for a
    zip of source files, which imports as a folder of notebooks (each language from its file's
    extension);
    other formats carry their language. The parent folder must exist (`RESOURCE_DOES_NOT_EXIST`). An
    existing object
    without `overwrite` gives `RESOURCE_ALREADY_EXISTS`; `overwrite` replaces notebooks and files (a
    folder in
    the way always gives `RESOURCE_ALREADY_EXISTS`) and is not supported with `DBC`
    (`INVALID_PARAMETER_VALUE`). Invalid base64 or content that is not in the given format →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (WorkspaceImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
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
    body: WorkspaceImportRequest,
) -> Empty | None:
    """Import a notebook, a file or a folder archive

     Imports a notebook, a workspace file, or the contents of a DBC archive (which creates a folder
    tree),
    at `path`. Format `RAW` stores the content as a workspace file (object type `FILE`) whatever it
    holds;
    `AUTO` creates a notebook when the path has a notebook extension (.py, .scala, .sql, .r, .ipynb) and
    the content is notebook source (its first line is `Databricks notebook source` in the language's
    comment syntax) or a Jupyter notebook, the extension being removed from the notebook's path, and a
    workspace file otherwise. The
    content is base64 in JSON (at most 10 MB decoded: `MAX_NOTEBOOK_SIZE_EXCEEDED`), or the file part
    `content` of a `multipart/form-data` body. `language` is required with format `SOURCE`, except for a
    zip of source files, which imports as a folder of notebooks (each language from its file's
    extension);
    other formats carry their language. The parent folder must exist (`RESOURCE_DOES_NOT_EXIST`). An
    existing object
    without `overwrite` gives `RESOURCE_ALREADY_EXISTS`; `overwrite` replaces notebooks and files (a
    folder in
    the way always gives `RESOURCE_ALREADY_EXISTS`) and is not supported with `DBC`
    (`INVALID_PARAMETER_VALUE`). Invalid base64 or content that is not in the given format →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (WorkspaceImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WorkspaceImportRequest,
) -> Response[Empty]:
    """Import a notebook, a file or a folder archive

     Imports a notebook, a workspace file, or the contents of a DBC archive (which creates a folder
    tree),
    at `path`. Format `RAW` stores the content as a workspace file (object type `FILE`) whatever it
    holds;
    `AUTO` creates a notebook when the path has a notebook extension (.py, .scala, .sql, .r, .ipynb) and
    the content is notebook source (its first line is `Databricks notebook source` in the language's
    comment syntax) or a Jupyter notebook, the extension being removed from the notebook's path, and a
    workspace file otherwise. The
    content is base64 in JSON (at most 10 MB decoded: `MAX_NOTEBOOK_SIZE_EXCEEDED`), or the file part
    `content` of a `multipart/form-data` body. `language` is required with format `SOURCE`, except for a
    zip of source files, which imports as a folder of notebooks (each language from its file's
    extension);
    other formats carry their language. The parent folder must exist (`RESOURCE_DOES_NOT_EXIST`). An
    existing object
    without `overwrite` gives `RESOURCE_ALREADY_EXISTS`; `overwrite` replaces notebooks and files (a
    folder in
    the way always gives `RESOURCE_ALREADY_EXISTS`) and is not supported with `DBC`
    (`INVALID_PARAMETER_VALUE`). Invalid base64 or content that is not in the given format →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (WorkspaceImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Empty]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: WorkspaceImportRequest,
) -> Empty | None:
    """Import a notebook, a file or a folder archive

     Imports a notebook, a workspace file, or the contents of a DBC archive (which creates a folder
    tree),
    at `path`. Format `RAW` stores the content as a workspace file (object type `FILE`) whatever it
    holds;
    `AUTO` creates a notebook when the path has a notebook extension (.py, .scala, .sql, .r, .ipynb) and
    the content is notebook source (its first line is `Databricks notebook source` in the language's
    comment syntax) or a Jupyter notebook, the extension being removed from the notebook's path, and a
    workspace file otherwise. The
    content is base64 in JSON (at most 10 MB decoded: `MAX_NOTEBOOK_SIZE_EXCEEDED`), or the file part
    `content` of a `multipart/form-data` body. `language` is required with format `SOURCE`, except for a
    zip of source files, which imports as a folder of notebooks (each language from its file's
    extension);
    other formats carry their language. The parent folder must exist (`RESOURCE_DOES_NOT_EXIST`). An
    existing object
    without `overwrite` gives `RESOURCE_ALREADY_EXISTS`; `overwrite` replaces notebooks and files (a
    folder in
    the way always gives `RESOURCE_ALREADY_EXISTS`) and is not supported with `DBC`
    (`INVALID_PARAMETER_VALUE`). Invalid base64 or content that is not in the given format →
    `INVALID_PARAMETER_VALUE`.

    Args:
        body (WorkspaceImportRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Empty
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
