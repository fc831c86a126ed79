# generated from _async/workspace.py by generator/unasync_overlays.py; do not edit
"""``ws.workspace`` of both clients, written once (async; the sync twin is generated): see
:mod:`dbrest.workspace` for what it adds over the raw Workspace operations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from dbrest_client.api.workspace import WorkspaceService as _GeneratedWorkspaceService

from ..errors import ResourceDoesNotExist, check_download
from ..localfs import Listings, Written, atomic_write, check_target
from ..workspace import (
    CHUNK,
    EXPORT_PATH,
    FOLDERS,
    IMPORT_PATH,
    _export_params,
    _export_plan,
    _export_target,
    _objects,
    import_fields,
    plan_import_dir,
    refuse_existing,
    upload_fields,
    upload_part,
)

if TYPE_CHECKING:
    import httpx
    from dbrest_client.models.workspace_object_info import WorkspaceObjectInfo


class WorkspaceService(_GeneratedWorkspaceService):
    """``ws.workspace``: every generated Workspace operation plus notebook file import/export helpers."""

    def _http(self) -> httpx.Client:
        return self._client.get_httpx_client()

    def import_file(
        self,
        local_path: str | os.PathLike[str],
        workspace_path: str,
        *,
        format: str | None = None,
        language: str | None = None,
        overwrite: bool = False,
    ) -> None:
        """Import a local notebook file at ``workspace_path``, streamed as multipart/form-data.

        ``format`` defaults from the extension (``.ipynb`` JUPYTER, ``.html`` HTML, ``.dbc`` DBC, ``.Rmd``
        R_MARKDOWN, else SOURCE) and so does ``language`` for SOURCE (``.py``, ``.scala``, ``.sql``, ``.r``).
        An existing notebook raises ResourceAlreadyExists unless ``overwrite``; more than 10 MB raises
        MaxSizeExceeded. Example::

            ws.workspace.import_file("etl.py", "/Users/me@example.com/etl", overwrite=True)
        """
        fields = import_fields(local_path, workspace_path, format, language, overwrite)
        with open(local_path, "rb") as f:
            self._http().post(
                IMPORT_PATH,
                data=fields,
                files={"content": (os.path.basename(os.fspath(local_path)), f, "application/octet-stream")},
            )

    def export_file(
        self,
        workspace_path: str,
        local_path: str | os.PathLike[str],
        *,
        format: str = "SOURCE",
        overwrite: bool = False,
    ) -> Path:
        """Export a notebook (or, with ``format="DBC"``, a folder) to a local file; returns the path written.

        Uses ``direct_download`` and streams the bytes to a temporary file that appears at ``local_path`` only
        when complete (with the mode the umask gives). If ``local_path`` is a directory the file is named as
        Databricks names it (``etl.py``; a name that is not the object's own, with or without an extension, is
        refused: UnsafeRemoteName). An existing file raises FileExistsError unless ``overwrite``, like
        ``ws.dbfs.download``. Example::

            ws.workspace.export_file("/Users/me@example.com/etl", "etl.py")
        """
        return self._export(workspace_path, Path(local_path), format, overwrite, name_from_server=True)

    def _export(
        self,
        workspace_path: str,
        target: Path,
        fmt: str,
        overwrite: bool,
        *,
        name_from_server: bool,
        written: Written | None = None,
    ) -> Path:
        if not (name_from_server and target.is_dir()):
            check_target(target, overwrite)  # before the request
        params = _export_params(workspace_path, fmt)
        with self._http().stream("GET", EXPORT_PATH, params=params) as response:
            check_download(response, html_expected=fmt.upper() == "HTML")  # a sign-in page is not the file
            if name_from_server:
                target = _export_target(target, response, workspace_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            with atomic_write(target, overwrite=overwrite, written=written) as out:
                for chunk in response.iter_bytes(CHUNK):
                    out.write(chunk)
        return target

    def import_dir(
        self,
        local_dir: str | os.PathLike[str],
        workspace_dir: str,
        *,
        overwrite: bool = False,
        include_hidden: bool = False,
    ) -> int:
        """Import every notebook source file under ``local_dir`` into ``workspace_dir``; returns how many.

        Folders are created as needed; ``a/b.py`` becomes the Python notebook ``<workspace_dir>/a/b``. Hidden
        files and folders are skipped unless ``include_hidden``. Without ``overwrite``, objects that exist where
        notebooks would go raise ResourceAlreadyExists before anything is imported (one list of each folder of
        the plan that exists), so a refused import changes nothing. Example::

            n = ws.workspace.import_dir("notebooks/", "/Shared/project", overwrite=True)
        """
        from dbrest_client.models.workspace_path_request import WorkspacePathRequest

        folders, imports = plan_import_dir(Path(local_dir), workspace_dir, include_hidden)
        if not overwrite:
            existing: set[str] = set()
            for folder in folders:
                try:
                    existing.update(str(o.path) for o in _objects(self.list(path=folder)))
                except ResourceDoesNotExist:
                    continue  # a new folder: nothing in it can clash
            refuse_existing([item.remote for item in imports if item.remote in existing])
        for folder in folders:
            self.mkdirs(body=WorkspacePathRequest(path=folder))
        for item in imports:
            self.import_file(item.local, item.remote, format=item.fmt, overwrite=overwrite)
        return len(imports)

    def upload(
        self,
        path: str,
        content: bytes | str | IO[bytes],
        *,
        format: str = "AUTO",
        language: str | None = None,
        overwrite: bool = False,
    ) -> None:
        """Store ``content`` (bytes, text, or a binary file object, streamed from its position) at the workspace
        ``path``. A stream that cannot seek (a pipe) is first copied to a spooled temporary file, so that a
        request the server refused with 429 is sent again whole, never as an empty or truncated file.

        ``format="AUTO"`` (the default) makes a notebook when ``path`` has a notebook extension and the content is
        notebook source (``# Databricks notebook source`` first) or a Jupyter notebook, the extension being
        dropped; otherwise a workspace file. ``"RAW"`` always makes a file; ``"SOURCE"`` etc. a notebook (the
        language from ``language`` or the extension). An existing object raises ResourceAlreadyExists unless
        ``overwrite``. Example::

            ws.workspace.upload("/Users/me@example.com/data.csv", b"a,b\n1,2\n", format="RAW")
        """
        fields = upload_fields(path, format, language, overwrite)
        with upload_part(path, content) as part:  # from the stream's position, and sent whole again on a retry
            self._http().post(IMPORT_PATH, data=fields, files={"content": part})

    def download(self, path: str, *, format: str = "SOURCE") -> Iterator[bytes]:
        """The bytes of the workspace file or notebook at ``path``, as a stream of chunks (``direct_download``).

        A workspace file gives its bytes in SOURCE, AUTO and RAW; a notebook its rendering in ``format``. The
        request is sent when iteration starts; stop early and the connection is released. Example::

            data = b"".join([chunk for chunk in ws.workspace.download("/Users/me@example.com/data.csv")])
        """
        params = _export_params(path, format)
        with self._http().stream("GET", EXPORT_PATH, params=params) as response:
            yield from response.iter_bytes(CHUNK)

    def walk(self, workspace_dir: str) -> Iterator[WorkspaceObjectInfo]:
        """Every object under ``workspace_dir`` (depth first, folders before their contents). Example::

        notebooks = [o.path for o in ws.workspace.walk("/Shared") if o.object_type == "NOTEBOOK"]
        """
        walk = Listings()
        walk.enter(workspace_dir, _objects(self.list(path=workspace_dir)))
        while (step := walk.next()) is not None:
            parent, info = step
            yield info
            # list on a notebook answers the notebook itself: only descend into folders below us
            if info.path != parent and str(info.object_type) in FOLDERS:
                walk.enter(info.path, _objects(self.list(path=info.path)))

    def export_dir(
        self,
        workspace_dir: str,
        local_dir: str | os.PathLike[str],
        *,
        format: str = "SOURCE",
        overwrite: bool = False,
    ) -> int:
        """Export every notebook under ``workspace_dir`` into ``local_dir`` (folders become directories).

        Files are named ``<notebook><ext>`` (``.py``/``.scala``/``.sql``/``.r`` for SOURCE, else ``.html``,
        ``.ipynb``...); libraries and files are skipped. Existing local files raise FileExistsError before
        anything is written, unless ``overwrite``; names from the server's listing that are ``..``, absolute or
        resolve outside ``local_dir`` raise UnsafeRemoteName, also before anything is written. Returns the number
        of notebooks exported. Example::

            ws.workspace.export_dir("/Shared/project", "backup/")
        """
        root = workspace_dir.rstrip("/") or "/"
        local = Path(local_dir)
        folders, plan = _export_plan([info for info in self.walk(root)], local, root, format, overwrite)
        for folder in [local, *folders]:
            folder.mkdir(parents=True, exist_ok=True)
        written = Written()  # two notebooks that are one local file (names differing in case) never replace each other
        for info, target in plan:
            self._export(info.path, target, format, overwrite, name_from_server=False, written=written)
        return len(plan)
