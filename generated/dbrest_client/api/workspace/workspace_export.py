from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workspace_export_format import WorkspaceExportFormat
from ...models.workspace_export_response import WorkspaceExportResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    path: str,
    format_: WorkspaceExportFormat | Unset = UNSET,
    direct_download: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["direct_download"] = direct_download

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2.0/workspace/export",
        "params": params,
    }

    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> WorkspaceExportResponse | None:
    """The body of ``response`` as this operation documents it for the response's status code; an undocumented
    status raises UnexpectedStatus if ``client.raise_on_unexpected_status``, else gives None."""
    if response.status_code == 200:
        response_200 = WorkspaceExportResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WorkspaceExportResponse]:
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
    format_: WorkspaceExportFormat | Unset = UNSET,
    direct_download: bool | Unset = UNSET,
) -> Response[WorkspaceExportResponse]:
    """Export a notebook, a file or the contents of a folder

     Exports a notebook, a workspace file or a whole folder. By default the answer is JSON with the
    base64-encoded `content` (and, in newer releases, its `file_type`); with `direct_download=true` it
    is
    the raw file (`application/octet-stream`). Notebook formats: `SOURCE` (the source text, starting
    with
    the `Databricks notebook source` header line in the language's comment syntax, commands separated by
    `COMMAND ----------` lines; also what `AUTO` and `RAW` give), `HTML`, `JUPYTER` (.ipynb), `DBC` (a
    zip
    archive) and `R_MARKDOWN` (R notebooks only). A workspace file (object type `FILE`) exports as its
    bytes in `SOURCE`, `AUTO` and `RAW`. Folders export as `DBC`, or as a zip of their notebooks' source
    files (`SOURCE`; `AUTO` adds their workspace files). Other combinations → `INVALID_PARAMETER_VALUE`;
    libraries cannot be exported. Missing path → `RESOURCE_DOES_NOT_EXIST`; an export larger than 10 MB
    →
    `MAX_NOTEBOOK_SIZE_EXCEEDED`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0
            `ImportFormat` / `ExportFormat`), case-sensitive:
            SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R
            notebooks),
            AUTO (import: a notebook when the path's extension and the content's header say so — the
            header
            `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook —
            else a file;
            export: the object as it is, the bytes of a file or a notebook's source) and RAW (import:
            always a
            workspace file; export: the object's bytes).
        direct_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceExportResponse]
    """

    kwargs = _get_kwargs(
        path=path,
        format_=format_,
        direct_download=direct_download,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str,
    format_: WorkspaceExportFormat | Unset = UNSET,
    direct_download: bool | Unset = UNSET,
) -> WorkspaceExportResponse | None:
    """Export a notebook, a file or the contents of a folder

     Exports a notebook, a workspace file or a whole folder. By default the answer is JSON with the
    base64-encoded `content` (and, in newer releases, its `file_type`); with `direct_download=true` it
    is
    the raw file (`application/octet-stream`). Notebook formats: `SOURCE` (the source text, starting
    with
    the `Databricks notebook source` header line in the language's comment syntax, commands separated by
    `COMMAND ----------` lines; also what `AUTO` and `RAW` give), `HTML`, `JUPYTER` (.ipynb), `DBC` (a
    zip
    archive) and `R_MARKDOWN` (R notebooks only). A workspace file (object type `FILE`) exports as its
    bytes in `SOURCE`, `AUTO` and `RAW`. Folders export as `DBC`, or as a zip of their notebooks' source
    files (`SOURCE`; `AUTO` adds their workspace files). Other combinations → `INVALID_PARAMETER_VALUE`;
    libraries cannot be exported. Missing path → `RESOURCE_DOES_NOT_EXIST`; an export larger than 10 MB
    →
    `MAX_NOTEBOOK_SIZE_EXCEEDED`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0
            `ImportFormat` / `ExportFormat`), case-sensitive:
            SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R
            notebooks),
            AUTO (import: a notebook when the path's extension and the content's header say so — the
            header
            `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook —
            else a file;
            export: the object as it is, the bytes of a file or a notebook's source) and RAW (import:
            always a
            workspace file; export: the object's bytes).
        direct_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceExportResponse
    """

    return sync_detailed(
        client=client,
        path=path,
        format_=format_,
        direct_download=direct_download,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str,
    format_: WorkspaceExportFormat | Unset = UNSET,
    direct_download: bool | Unset = UNSET,
) -> Response[WorkspaceExportResponse]:
    """Export a notebook, a file or the contents of a folder

     Exports a notebook, a workspace file or a whole folder. By default the answer is JSON with the
    base64-encoded `content` (and, in newer releases, its `file_type`); with `direct_download=true` it
    is
    the raw file (`application/octet-stream`). Notebook formats: `SOURCE` (the source text, starting
    with
    the `Databricks notebook source` header line in the language's comment syntax, commands separated by
    `COMMAND ----------` lines; also what `AUTO` and `RAW` give), `HTML`, `JUPYTER` (.ipynb), `DBC` (a
    zip
    archive) and `R_MARKDOWN` (R notebooks only). A workspace file (object type `FILE`) exports as its
    bytes in `SOURCE`, `AUTO` and `RAW`. Folders export as `DBC`, or as a zip of their notebooks' source
    files (`SOURCE`; `AUTO` adds their workspace files). Other combinations → `INVALID_PARAMETER_VALUE`;
    libraries cannot be exported. Missing path → `RESOURCE_DOES_NOT_EXIST`; an export larger than 10 MB
    →
    `MAX_NOTEBOOK_SIZE_EXCEEDED`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0
            `ImportFormat` / `ExportFormat`), case-sensitive:
            SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R
            notebooks),
            AUTO (import: a notebook when the path's extension and the content's header say so — the
            header
            `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook —
            else a file;
            export: the object as it is, the bytes of a file or a notebook's source) and RAW (import:
            always a
            workspace file; export: the object's bytes).
        direct_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WorkspaceExportResponse]
    """

    kwargs = _get_kwargs(
        path=path,
        format_=format_,
        direct_download=direct_download,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str,
    format_: WorkspaceExportFormat | Unset = UNSET,
    direct_download: bool | Unset = UNSET,
) -> WorkspaceExportResponse | None:
    """Export a notebook, a file or the contents of a folder

     Exports a notebook, a workspace file or a whole folder. By default the answer is JSON with the
    base64-encoded `content` (and, in newer releases, its `file_type`); with `direct_download=true` it
    is
    the raw file (`application/octet-stream`). Notebook formats: `SOURCE` (the source text, starting
    with
    the `Databricks notebook source` header line in the language's comment syntax, commands separated by
    `COMMAND ----------` lines; also what `AUTO` and `RAW` give), `HTML`, `JUPYTER` (.ipynb), `DBC` (a
    zip
    archive) and `R_MARKDOWN` (R notebooks only). A workspace file (object type `FILE`) exports as its
    bytes in `SOURCE`, `AUTO` and `RAW`. Folders export as `DBC`, or as a zip of their notebooks' source
    files (`SOURCE`; `AUTO` adds their workspace files). Other combinations → `INVALID_PARAMETER_VALUE`;
    libraries cannot be exported. Missing path → `RESOURCE_DOES_NOT_EXIST`; an export larger than 10 MB
    →
    `MAX_NOTEBOOK_SIZE_EXCEEDED`.

    Args:
        path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A
            relative path or a `..` segment
            → `INVALID_PARAMETER_VALUE`.
        format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0
            `ImportFormat` / `ExportFormat`), case-sensitive:
            SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R
            notebooks),
            AUTO (import: a notebook when the path's extension and the content's header say so — the
            header
            `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook —
            else a file;
            export: the object as it is, the bytes of a file or a notebook's source) and RAW (import:
            always a
            workspace file; export: the object's bytes).
        direct_download (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WorkspaceExportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
            format_=format_,
            direct_download=direct_download,
        )
    ).parsed
