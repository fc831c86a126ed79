"""Contains endpoint functions for accessing the API

dbrest: also the service facades of this tag, one method per operation (sync and async); endpoint and model
modules are imported only when a method is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ...client import AuthenticatedClient, async_keyword_call, keyword_call, request_body
from ...errors import UnexpectedStatus
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    from ...models.empty import Empty
    from ...models.workspace_delete_request import WorkspaceDeleteRequest
    from ...models.workspace_export_format import WorkspaceExportFormat
    from ...models.workspace_export_response import WorkspaceExportResponse
    from ...models.workspace_import_request import WorkspaceImportRequest
    from ...models.workspace_language import WorkspaceLanguage
    from ...models.workspace_list_response import WorkspaceListResponse
    from ...models.workspace_object_info import WorkspaceObjectInfo
    from ...models.workspace_path_request import WorkspacePathRequest
    from ...types import File


def _unexpected(client: AuthenticatedClient, response: httpx.Response, cause: BaseException | None) -> Exception:
    if client.unexpected_response is not None:
        return client.unexpected_response(response, cause)
    return UnexpectedStatus(response.status_code, response.content)


def _finish(client: AuthenticatedClient, op: Any, response: httpx.Response, body_less: tuple[int, ...] | None) -> Any:
    """The parsed answer. One that does not parse (not JSON, a wrong type, an undocumented status) raises
    ``client.unexpected_response``'s error; so does an empty one, unless its status is documented body-less
    (``body_less``; None: the operation documents no body at all)."""
    try:
        parsed = op.parse_response(client=client, response=response)
    except Exception as exc:  # the parse only reads the answer: any failure means the answer is not the API's
        raise _unexpected(client, response, exc) from exc
    if parsed is None and body_less is not None and response.status_code not in body_less:
        raise _unexpected(client, response, None)
    if hasattr(parsed, "to_dict") and not _is_json_object(response.content):
        # from_dict starts with dict(src_dict), which turns a JSON array into an empty object without complaint
        raise _unexpected(client, response, TypeError("a JSON array or value where an object was expected"))
    return parsed


def _is_json_object(content: bytes) -> bool:
    start = 0
    while start < len(content) and content[start] in b" \t\r\n":
        start += 1
    return content[start : start + 1] == b"{"


def _call(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = client.get_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


async def _acall(client: AuthenticatedClient, op: Any, body_less: tuple[int, ...] | None, /, **kwargs: Any) -> Any:
    response = await client.get_async_httpx_client().request(**op._get_kwargs(**kwargs))
    return _finish(client, op, response, body_less)


class WorkspaceService:
    """The workspace operations, one method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    def delete(
        self,
        *,
        body: WorkspaceDeleteRequest,
    ) -> Empty: ...

    @overload
    def delete(
        self,
        path: str,
        *,
        recursive: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def delete(
        self,
        path: str | Unset = UNSET,
        *,
        body: WorkspaceDeleteRequest | Unset = UNSET,
        recursive: bool | Unset = UNSET,
    ) -> Empty:
        """Delete a notebook or folder

        Deletes the object at `path`. A non-empty folder needs `recursive: true`, else `DIRECTORY_NOT_EMPTY`.
        A missing path gives `RESOURCE_DOES_NOT_EXIST`. A recursive delete is not atomic and cannot be undone:
        if it fails part-way, part of the tree may already be gone. The system folders `/`, `/Users`,
        `/Shared` and `/Repos` cannot be deleted (`PERMISSION_DENIED`). Deleting a repo folder removes the repo.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            recursive (bool | Unset): Delete a non-empty folder with its contents (default false).
            body (WorkspaceDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_delete_request import WorkspaceDeleteRequest

        body = request_body(
            WorkspaceDeleteRequest,
            body,
            {
                "path": ("path", path),
                "recursive": ("recursive", recursive),
            },
            "WorkspaceService.delete",
            True,
        )

        from . import workspace_delete as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def export(
        self,
        path: str,
        *,
        format_: WorkspaceExportFormat | str | Unset = UNSET,
        direct_download: bool | Unset = UNSET,
    ) -> WorkspaceExportResponse:
        """Export a notebook, a file or the contents of a folder

        Exports a notebook, a workspace file or a whole folder. By default the answer is JSON with the
        base64-encoded `content` (and, in newer releases, its `file_type`); with `direct_download=true` it is
        the raw file (`application/octet-stream`). Notebook formats: `SOURCE` (the source text, starting with
        the `Databricks notebook source` header line in the language's comment syntax, commands separated by
        `COMMAND ----------` lines; also what `AUTO` and `RAW` give), `HTML`, `JUPYTER` (.ipynb), `DBC` (a zip
        archive) and `R_MARKDOWN` (R notebooks only). A workspace file (object type `FILE`) exports as its
        bytes in `SOURCE`, `AUTO` and `RAW`. Folders export as `DBC`, or as a zip of their notebooks' source
        files (`SOURCE`; `AUTO` adds their workspace files). Other combinations → `INVALID_PARAMETER_VALUE`;
        libraries cannot be exported. Missing path → `RESOURCE_DOES_NOT_EXIST`; an export larger than 10 MB →
        `MAX_NOTEBOOK_SIZE_EXCEEDED`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0 `ImportFormat`
                / `ExportFormat`), case-sensitive:
                SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R notebooks),
                AUTO (import: a notebook when the path's extension and the content's header say so — the header
                `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook — else a file;
                export: the object as it is, the bytes of a file or a notebook's source) and RAW (import: always a
                workspace file; export: the object's bytes).
            direct_download (bool | Unset):
        """

        if not isinstance(format_, Unset):
            from ...models.workspace_export_format import WorkspaceExportFormat

            format_ = WorkspaceExportFormat(format_)

        from . import workspace_export as _op

        result: WorkspaceExportResponse = _call(
            self._client,
            _op,
            (),
            path=path,
            format_=format_,
            direct_download=direct_download,
        )
        return result

    @keyword_call
    def get_status(
        self,
        path: str,
    ) -> WorkspaceObjectInfo:
        """Get the status of an object

        Returns the ObjectInfo of the notebook, folder, library, file or repo at `path`: its type, id
        (`object_id`, and `resource_id` as a string), for notebooks the language and for notebooks and files
        `created_at` / `modified_at` (files also `size` in bytes). Missing path → `RESOURCE_DOES_NOT_EXIST`. A relative path →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
        """

        from . import workspace_get_status as _op

        result: WorkspaceObjectInfo = _call(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    @overload
    def import_(
        self,
        *,
        body: WorkspaceImportRequest,
    ) -> Empty: ...

    @overload
    def import_(
        self,
        path: str,
        content: str,
        *,
        format_: WorkspaceExportFormat | str | Unset = UNSET,
        language: WorkspaceLanguage | str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty: ...

    @keyword_call
    def import_(
        self,
        path: str | Unset = UNSET,
        content: str | Unset = UNSET,
        *,
        body: WorkspaceImportRequest | Unset = UNSET,
        format_: WorkspaceExportFormat | str | Unset = UNSET,
        language: WorkspaceLanguage | str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty:
        """Import a notebook, a file or a folder archive

        Imports a notebook, a workspace file, or the contents of a DBC archive (which creates a folder tree),
        at `path`. Format `RAW` stores the content as a workspace file (object type `FILE`) whatever it holds;
        `AUTO` creates a notebook when the path has a notebook extension (.py, .scala, .sql, .r, .ipynb) and
        the content is notebook source (its first line is `Databricks notebook source` in the language's
        comment syntax) or a Jupyter notebook, the extension being removed from the notebook's path, and a
        workspace file otherwise. The
        content is base64 in JSON (at most 10 MB decoded: `MAX_NOTEBOOK_SIZE_EXCEEDED`), or the file part
        `content` of a `multipart/form-data` body. `language` is required with format `SOURCE`, except for a
        zip of source files, which imports as a folder of notebooks (each language from its file's extension);
        other formats carry their language. The parent folder must exist (`RESOURCE_DOES_NOT_EXIST`). An existing object
        without `overwrite` gives `RESOURCE_ALREADY_EXISTS`; `overwrite` replaces notebooks and files (a folder in
        the way always gives `RESOURCE_ALREADY_EXISTS`) and is not supported with `DBC`
        (`INVALID_PARAMETER_VALUE`). Invalid base64 or content that is not in the given format →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            content (str): Base64 content; at most 10 MB (10485760 bytes) once decoded. Line breaks inside the
                base64 text are
                ignored (MIME style). In a multipart request the file part `content` carries the bytes instead.
            format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0 `ImportFormat`
                / `ExportFormat`), case-sensitive:
                SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R notebooks),
                AUTO (import: a notebook when the path's extension and the content's header say so — the header
                `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook — else a file;
                export: the object as it is, the bytes of a file or a notebook's source) and RAW (import: always a
                workspace file; export: the object's bytes).
            language (WorkspaceLanguage | Unset): Notebook language.
            overwrite (bool | Unset): Replace an existing notebook or file (default false). Not supported with
                DBC.
            body (WorkspaceImportRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_import_request import WorkspaceImportRequest

        body = request_body(
            WorkspaceImportRequest,
            body,
            {
                "path": ("path", path),
                "content": ("content", content),
                "format_": ("format", format_),
                "language": ("language", language),
                "overwrite": ("overwrite", overwrite),
            },
            "WorkspaceService.import_",
            True,
        )

        from . import workspace_import as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @keyword_call
    def list(
        self,
        path: str,
        *,
        notebooks_modified_after: int | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the contents of a folder

        Lists the direct children of the folder (or repo) at `path`; on a notebook or file, returns that
        object. Not paginated. An empty folder answers `{}` (no `objects` key). `notebooks_modified_after`
        keeps notebooks modified after that time (folders are always listed). Missing path →
        `RESOURCE_DOES_NOT_EXIST`. A relative path → `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            notebooks_modified_after (int | Unset):
        """

        from . import workspace_list as _op

        result: WorkspaceListResponse = _call(
            self._client,
            _op,
            (),
            path=path,
            notebooks_modified_after=notebooks_modified_after,
        )
        return result

    @overload
    def mkdirs(
        self,
        *,
        body: WorkspacePathRequest,
    ) -> Empty: ...

    @overload
    def mkdirs(
        self,
        path: str,
    ) -> Empty: ...

    @keyword_call
    def mkdirs(
        self,
        path: str | Unset = UNSET,
        *,
        body: WorkspacePathRequest | Unset = UNSET,
    ) -> Empty:
        """Create a folder and its parents

        Creates the folder and any missing parents (`mkdir -p`); succeeds without change if it exists. An
        object that is not a folder at the path or at any parent gives `RESOURCE_ALREADY_EXISTS`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            body (WorkspacePathRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_path_request import WorkspacePathRequest

        body = request_body(
            WorkspacePathRequest,
            body,
            {
                "path": ("path", path),
            },
            "WorkspaceService.mkdirs",
            True,
        )

        from . import workspace_mkdirs as _op

        result: Empty = _call(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


class AsyncWorkspaceService:
    """The workspace operations, one coroutine method per operation."""

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    @overload
    async def delete(
        self,
        *,
        body: WorkspaceDeleteRequest,
    ) -> Empty: ...

    @overload
    async def delete(
        self,
        path: str,
        *,
        recursive: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def delete(
        self,
        path: str | Unset = UNSET,
        *,
        body: WorkspaceDeleteRequest | Unset = UNSET,
        recursive: bool | Unset = UNSET,
    ) -> Empty:
        """Delete a notebook or folder

        Deletes the object at `path`. A non-empty folder needs `recursive: true`, else `DIRECTORY_NOT_EMPTY`.
        A missing path gives `RESOURCE_DOES_NOT_EXIST`. A recursive delete is not atomic and cannot be undone:
        if it fails part-way, part of the tree may already be gone. The system folders `/`, `/Users`,
        `/Shared` and `/Repos` cannot be deleted (`PERMISSION_DENIED`). Deleting a repo folder removes the repo.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            recursive (bool | Unset): Delete a non-empty folder with its contents (default false).
            body (WorkspaceDeleteRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_delete_request import WorkspaceDeleteRequest

        body = request_body(
            WorkspaceDeleteRequest,
            body,
            {
                "path": ("path", path),
                "recursive": ("recursive", recursive),
            },
            "AsyncWorkspaceService.delete",
            True,
        )

        from . import workspace_delete as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def export(
        self,
        path: str,
        *,
        format_: WorkspaceExportFormat | str | Unset = UNSET,
        direct_download: bool | Unset = UNSET,
    ) -> WorkspaceExportResponse:
        """Export a notebook, a file or the contents of a folder

        Exports a notebook, a workspace file or a whole folder. By default the answer is JSON with the
        base64-encoded `content` (and, in newer releases, its `file_type`); with `direct_download=true` it is
        the raw file (`application/octet-stream`). Notebook formats: `SOURCE` (the source text, starting with
        the `Databricks notebook source` header line in the language's comment syntax, commands separated by
        `COMMAND ----------` lines; also what `AUTO` and `RAW` give), `HTML`, `JUPYTER` (.ipynb), `DBC` (a zip
        archive) and `R_MARKDOWN` (R notebooks only). A workspace file (object type `FILE`) exports as its
        bytes in `SOURCE`, `AUTO` and `RAW`. Folders export as `DBC`, or as a zip of their notebooks' source
        files (`SOURCE`; `AUTO` adds their workspace files). Other combinations → `INVALID_PARAMETER_VALUE`;
        libraries cannot be exported. Missing path → `RESOURCE_DOES_NOT_EXIST`; an export larger than 10 MB →
        `MAX_NOTEBOOK_SIZE_EXCEEDED`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0 `ImportFormat`
                / `ExportFormat`), case-sensitive:
                SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R notebooks),
                AUTO (import: a notebook when the path's extension and the content's header say so — the header
                `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook — else a file;
                export: the object as it is, the bytes of a file or a notebook's source) and RAW (import: always a
                workspace file; export: the object's bytes).
            direct_download (bool | Unset):
        """

        if not isinstance(format_, Unset):
            from ...models.workspace_export_format import WorkspaceExportFormat

            format_ = WorkspaceExportFormat(format_)

        from . import workspace_export as _op

        result: WorkspaceExportResponse = await _acall(
            self._client,
            _op,
            (),
            path=path,
            format_=format_,
            direct_download=direct_download,
        )
        return result

    @async_keyword_call
    async def get_status(
        self,
        path: str,
    ) -> WorkspaceObjectInfo:
        """Get the status of an object

        Returns the ObjectInfo of the notebook, folder, library, file or repo at `path`: its type, id
        (`object_id`, and `resource_id` as a string), for notebooks the language and for notebooks and files
        `created_at` / `modified_at` (files also `size` in bytes). Missing path → `RESOURCE_DOES_NOT_EXIST`. A relative path →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
        """

        from . import workspace_get_status as _op

        result: WorkspaceObjectInfo = await _acall(
            self._client,
            _op,
            (),
            path=path,
        )
        return result

    @overload
    async def import_(
        self,
        *,
        body: WorkspaceImportRequest,
    ) -> Empty: ...

    @overload
    async def import_(
        self,
        path: str,
        content: str,
        *,
        format_: WorkspaceExportFormat | str | Unset = UNSET,
        language: WorkspaceLanguage | str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty: ...

    @async_keyword_call
    async def import_(
        self,
        path: str | Unset = UNSET,
        content: str | Unset = UNSET,
        *,
        body: WorkspaceImportRequest | Unset = UNSET,
        format_: WorkspaceExportFormat | str | Unset = UNSET,
        language: WorkspaceLanguage | str | Unset = UNSET,
        overwrite: bool | Unset = UNSET,
    ) -> Empty:
        """Import a notebook, a file or a folder archive

        Imports a notebook, a workspace file, or the contents of a DBC archive (which creates a folder tree),
        at `path`. Format `RAW` stores the content as a workspace file (object type `FILE`) whatever it holds;
        `AUTO` creates a notebook when the path has a notebook extension (.py, .scala, .sql, .r, .ipynb) and
        the content is notebook source (its first line is `Databricks notebook source` in the language's
        comment syntax) or a Jupyter notebook, the extension being removed from the notebook's path, and a
        workspace file otherwise. The
        content is base64 in JSON (at most 10 MB decoded: `MAX_NOTEBOOK_SIZE_EXCEEDED`), or the file part
        `content` of a `multipart/form-data` body. `language` is required with format `SOURCE`, except for a
        zip of source files, which imports as a folder of notebooks (each language from its file's extension);
        other formats carry their language. The parent folder must exist (`RESOURCE_DOES_NOT_EXIST`). An existing object
        without `overwrite` gives `RESOURCE_ALREADY_EXISTS`; `overwrite` replaces notebooks and files (a folder in
        the way always gives `RESOURCE_ALREADY_EXISTS`) and is not supported with `DBC`
        (`INVALID_PARAMETER_VALUE`). Invalid base64 or content that is not in the given format →
        `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            content (str): Base64 content; at most 10 MB (10485760 bytes) once decoded. Line breaks inside the
                base64 text are
                ignored (MIME style). In a multipart request the file part `content` carries the bytes instead.
            format_ (WorkspaceExportFormat | Unset): Import/export format (databricks-sdk 0.162.0 `ImportFormat`
                / `ExportFormat`), case-sensitive:
                SOURCE (source text), HTML, JUPYTER (.ipynb), DBC (Databricks archive), R_MARKDOWN (R notebooks),
                AUTO (import: a notebook when the path's extension and the content's header say so — the header
                `Databricks notebook source` in the language's comment syntax, or a Jupyter notebook — else a file;
                export: the object as it is, the bytes of a file or a notebook's source) and RAW (import: always a
                workspace file; export: the object's bytes).
            language (WorkspaceLanguage | Unset): Notebook language.
            overwrite (bool | Unset): Replace an existing notebook or file (default false). Not supported with
                DBC.
            body (WorkspaceImportRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_import_request import WorkspaceImportRequest

        body = request_body(
            WorkspaceImportRequest,
            body,
            {
                "path": ("path", path),
                "content": ("content", content),
                "format_": ("format", format_),
                "language": ("language", language),
                "overwrite": ("overwrite", overwrite),
            },
            "AsyncWorkspaceService.import_",
            True,
        )

        from . import workspace_import as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result

    @async_keyword_call
    async def list(
        self,
        path: str,
        *,
        notebooks_modified_after: int | Unset = UNSET,
    ) -> WorkspaceListResponse:
        """List the contents of a folder

        Lists the direct children of the folder (or repo) at `path`; on a notebook or file, returns that
        object. Not paginated. An empty folder answers `{}` (no `objects` key). `notebooks_modified_after`
        keeps notebooks modified after that time (folders are always listed). Missing path →
        `RESOURCE_DOES_NOT_EXIST`. A relative path → `INVALID_PARAMETER_VALUE`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            notebooks_modified_after (int | Unset):
        """

        from . import workspace_list as _op

        result: WorkspaceListResponse = await _acall(
            self._client,
            _op,
            (),
            path=path,
            notebooks_modified_after=notebooks_modified_after,
        )
        return result

    @overload
    async def mkdirs(
        self,
        *,
        body: WorkspacePathRequest,
    ) -> Empty: ...

    @overload
    async def mkdirs(
        self,
        path: str,
    ) -> Empty: ...

    @async_keyword_call
    async def mkdirs(
        self,
        path: str | Unset = UNSET,
        *,
        body: WorkspacePathRequest | Unset = UNSET,
    ) -> Empty:
        """Create a folder and its parents

        Creates the folder and any missing parents (`mkdir -p`); succeeds without change if it exists. An
        object that is not a folder at the path or at any parent gives `RESOURCE_ALREADY_EXISTS`.


        Args:
            path (str): Absolute workspace path, e.g. /Users/user@example.com/project/notebook. A relative path
                or a `..` segment
                → `INVALID_PARAMETER_VALUE`.
            body (WorkspacePathRequest): the whole request as a model, instead of the field keywords.
        """
        from ...models.workspace_path_request import WorkspacePathRequest

        body = request_body(
            WorkspacePathRequest,
            body,
            {
                "path": ("path", path),
            },
            "AsyncWorkspaceService.mkdirs",
            True,
        )

        from . import workspace_mkdirs as _op

        result: Empty = await _acall(
            self._client,
            _op,
            (),
            body=body,
        )
        return result


__all__ = ("WorkspaceService", "AsyncWorkspaceService")
