"""Workspace import and export: every format of a notebook, workspace files, and folders as DBC archives or zips
of sources (the rules are in workspace.py's description)."""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
import time
import urllib.parse
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from .. import jsonio
from ..errors import ApiError
from ..service import Reply, Request, operation
from ..tree import PathTree, check_path, name_of, normalize, parent_of
from .workspace_formats import (
    AUTO_EXTENSIONS,
    DBC_EXT,
    FILE_EXPORT_FORMATS,
    FILE_TYPE,
    LANG_BY_NAME,
    SOURCE_EXT,
    Notebook,
    auto_detect,
    decode_text,
    notebook_from_model,
    notebook_model,
    parse_html,
    parse_jupyter,
    parse_rmarkdown,
    parse_source,
    render_html,
    render_jupyter,
    render_rmarkdown,
    render_source,
)
from .workspace_tree import (
    FOLDERS,
    MAX_BYTES,
    MAX_DBC_EXPANDED,
    ZIP_NAME_BYTES,
    Node,
    WorkspaceTree,
    too_big,
)

#: What reading a zip archive from a request raises when it is not one Python can read: a broken central directory
#: or CRC (BadZipFile), a truncated or corrupt deflate stream (zlib.error, EOFError), an encrypted entry
#: (RuntimeError), a compression method zipfile does not implement (NotImplementedError), OSError and ValueError.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, OSError, ValueError)


class _Archive:
    """A zip being imported (a DBC archive, a zip of sources): entry names checked, and the notebooks read within
    the bounds of one notebook and of the whole expanded archive. A zip that zipfile cannot read is a 400."""

    def __init__(self, data: bytes, what: str, not_zip: str) -> None:
        self.what, self.expanded = what, 0
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.infos = self.zip.infolist()
        except ZIP_ERRORS:
            raise ApiError.invalid(not_zip) from None

    def entries(self) -> Iterator[tuple[zipfile.ZipInfo, tuple[str, ...]]]:
        """Every entry with its name split at ``/``; an absolute name or a ``.``/``..`` part is refused."""
        for info in self.infos:
            parts = tuple(p for p in info.filename.split("/") if p)
            if not parts or info.filename.startswith("/") or any(p in (".", "..") for p in parts):
                raise ApiError.invalid(f"Invalid entry in the {self.what}: {info.filename!r}")
            yield info, parts

    def read(self, info: zipfile.ZipInfo, invalid: str) -> bytes:
        """A notebook entry's bytes; ``invalid`` is the 400's message when zipfile cannot read them."""
        if info.file_size > MAX_BYTES:
            raise too_big(info.file_size, f"notebook {info.filename}")
        self.expanded += info.file_size
        if self.expanded > MAX_DBC_EXPANDED:
            raise too_big(self.expanded, "expanded archive")
        try:
            return self.zip.read(info)
        except ZIP_ERRORS:
            raise ApiError.invalid(invalid) from None


class WorkspaceTransfer(WorkspaceTree):
    """The import and export handlers; ``WorkspaceService`` (workspace.py) adds the rest."""

    @operation("workspaceImport")
    def import_(self, req: Request) -> dict[str, Any]:
        self.ensure_home(req.user)
        p = req.params
        path = normalize(p["path"])
        fmt = p.get("format") or "SOURCE"
        language = p.get("language")
        overwrite = bool(p.get("overwrite", False))
        if fmt == "DBC" and overwrite:
            raise ApiError.invalid("overwrite is not supported with the DBC format: an archive may hold a folder.")
        data = self._content(req)
        folder_zip = fmt == "SOURCE" and language is None and zipfile.is_zipfile(io.BytesIO(data))
        if fmt == "SOURCE" and language is None and not folder_zip:
            raise ApiError.invalid(
                "language is required when the format is SOURCE (or send a zip of source files to import a folder)."
            )
        auto_notebook: Notebook | None = None
        if fmt == "AUTO":
            auto_notebook = auto_detect(path, data, language)
            if auto_notebook is not None:
                path = path.rsplit(".", 1)[0]
        if path == "/":
            raise ApiError.already_exists("The root folder already exists.")
        self._check_access(req.user, path, write=True)
        parent = self.nodes.get(parent_of(path))
        if parent is None:
            raise ApiError.not_found(f"The parent folder ({parent_of(path)}) does not exist.")
        if parent.object_type not in FOLDERS:
            raise ApiError.invalid(f"The parent path ({parent_of(path)}) is not a folder.")
        existing = self.nodes.get(path)
        replaceable = existing is not None and existing.object_type in ("NOTEBOOK", "FILE")
        if existing is not None and (not replaceable or not overwrite):
            raise ApiError.already_exists(
                f"Path ({path}) already exists." + (" Set overwrite to replace it." if replaceable else "")
            )
        if fmt == "DBC":
            self._import_dbc(path, data, language)
            return {}
        if folder_zip:
            if existing is not None:
                raise ApiError.already_exists(f"Path ({path}) already exists.")
            self._import_source_zip(path, data)
            return {}
        if fmt == "RAW" or (fmt == "AUTO" and auto_notebook is None):
            self._put_file(path, existing, data)
            return {}
        if auto_notebook is not None:
            self._put_notebook(path, existing, auto_notebook)
            return {}
        text = decode_text(data)
        if fmt == "SOURCE":
            assert language is not None
            nb = parse_source(text, language)
        elif fmt == "HTML":
            nb = parse_html(text, language)
        elif fmt == "JUPYTER":
            nb = parse_jupyter(text, language)
        else:
            nb = parse_rmarkdown(text)
        self._put_notebook(path, existing, nb)
        return {}

    def _put_notebook(self, path: str, existing: Node | None, nb: Notebook) -> None:
        if existing is None:
            self._add(path, "NOTEBOOK", nb)
            return
        existing.object_type, existing.data = "NOTEBOOK", b""
        existing.language, existing.cells = nb.language, nb.cells
        existing.modified_at = self.clock.now_ms()

    def _put_file(self, path: str, existing: Node | None, data: bytes) -> None:
        node = existing if existing is not None else self._add(path, "FILE")
        node.object_type, node.language, node.cells, node.data = "FILE", None, [], data
        node.modified_at = self.clock.now_ms()

    def _content(self, req: Request) -> bytes:
        upload = req.files.get("content")
        if upload is not None:
            if upload.size > MAX_BYTES:
                raise too_big(upload.size, "content")
            return upload.read_bytes()
        content = req.params.get("content")
        if content is None:
            raise ApiError.invalid("Missing content: send `content` (base64) or a multipart file part `content`.")
        if req.content_type == "multipart/form-data":
            data = str(content).encode("utf-8")
        else:
            try:
                # MIME-style base64 (line breaks) is accepted, as the server's decoder does.
                data = base64.b64decode(re.sub(r"\s+", "", str(content)), validate=True)
            except (binascii.Error, ValueError):
                raise ApiError.invalid("Invalid base64 data in field content") from None
        if len(data) > MAX_BYTES:
            raise too_big(len(data), "content")
        return data

    def _import_dbc(self, path: str, data: bytes, language: str | None) -> None:
        archive = _Archive(data, "DBC archive", "The content is not a DBC archive (not a zip file).")
        folders: set[tuple[str, ...]] = set()
        notebooks: dict[tuple[str, ...], Notebook] = {}
        for info, parts in archive.entries():
            if info.is_dir():
                folders.add(parts)
                continue
            stem, dot, ext = parts[-1].rpartition(".")
            lang = LANG_BY_NAME.get(ext.lower()) if dot else None
            if lang is None or not stem:
                continue  # manifests and other non-notebook entries
            invalid = f"Invalid notebook in the DBC archive: {info.filename}"
            try:
                model = jsonio.loads(archive.read(info, invalid))
            except ValueError:  # JsonError is a ValueError
                raise ApiError.invalid(invalid) from None
            notebooks[(*parts[:-1], stem)] = notebook_from_model(model, lang)
        if not notebooks and not folders:
            raise ApiError.invalid("The DBC archive holds no notebooks.")
        if len(notebooks) == 1 and not folders and len(next(iter(notebooks))) == 1:
            # An exported notebook: the archive is that one notebook.
            self._add(path, "NOTEBOOK", next(iter(notebooks.values())))
            return
        self._place_folder(path, notebooks, folders, "DBC archive")

    def _place_folder(
        self, path: str, notebooks: dict[tuple[str, ...], Notebook], folders: set[tuple[str, ...]], what: str
    ) -> None:
        """Store an imported archive as a folder at ``path``: its ``folders`` and ``notebooks`` (entry names split
        at ``/``), without the one top-level folder that every entry shares. Everything is checked (a name that is
        both a folder and a notebook, the path bounds) before anything is stored, so a refused archive leaves
        nothing behind."""
        entries = set(notebooks) | folders
        tops = {e[0] for e in entries}
        strip = 1 if len(tops) == 1 and all(len(e) > 1 or e in folders for e in entries) else 0
        tree_dirs: set[tuple[str, ...]] = set()
        for e in entries:
            rel = e[strip:]
            limit = len(rel) if e in folders else len(rel) - 1
            for i in range(1, limit + 1):
                tree_dirs.add(rel[:i])
        tree_notebooks = {e[strip:]: nb for e, nb in notebooks.items() if e[strip:]}
        clash = tree_dirs & set(tree_notebooks)
        if clash:
            raise ApiError.invalid(f"Invalid {what}: {'/'.join(sorted(clash)[0])} is both a folder and a notebook.")
        for rel in [*tree_dirs, *tree_notebooks]:
            check_path(path + "/" + "/".join(rel), "path of an archive entry")
        self._add(path, "DIRECTORY")
        for rel in sorted(tree_dirs, key=len):
            self._add(path + "/" + "/".join(rel), "DIRECTORY")
        for rel, nb in sorted(tree_notebooks.items()):
            self._add(path + "/" + "/".join(rel), "NOTEBOOK", nb)

    def _import_source_zip(self, path: str, data: bytes) -> None:
        """A folder imported as SOURCE without a language: a zip of source files (what a SOURCE folder export
        gives) becomes a folder of notebooks, each language from its file's extension; other entries are
        skipped, and one top-level folder shared by every entry is the folder itself."""
        notebooks: dict[tuple[str, ...], Notebook] = {}
        archive = _Archive(data, "zip archive", "The content is not a zip archive of source files.")
        for info, parts in archive.entries():
            stem, dot, ext = parts[-1].rpartition(".")
            lang = AUTO_EXTENSIONS.get(f".{ext.lower()}") if dot and stem else None
            if info.is_dir() or lang is None or lang == "JUPYTER":
                continue
            source = archive.read(info, f"Invalid entry in the zip archive: {info.filename}")
            notebooks[(*parts[:-1], stem)] = parse_source(decode_text(source), lang)
        if not notebooks:
            raise ApiError.invalid("The zip archive holds no notebook source files (.py, .scala, .sql, .r).")
        self._place_folder(path, notebooks, set(), "zip archive")

    @operation("workspaceExport")
    def export(self, req: Request) -> dict[str, Any] | Reply:
        self.ensure_home(req.user)
        path, node = self._existing(req.params["path"])
        self._check_access(req.user, path, write=False)
        fmt = req.params.get("format") or "SOURCE"
        name = name_of(path)
        if node.object_type in FOLDERS:
            if fmt == "DBC":
                data, file_type = self._dbc(path), "dbc"
            elif fmt in ("SOURCE", "AUTO"):
                data, file_type = self._source_zip(path, with_files=fmt == "AUTO"), "zip"
            else:
                raise ApiError.invalid(f"Folders can only be exported in the DBC, SOURCE and AUTO formats, not {fmt}.")
        elif node.object_type == "FILE":
            if fmt not in FILE_EXPORT_FORMATS:
                raise ApiError.invalid(
                    f"A workspace file exports only in the formats {', '.join(FILE_EXPORT_FORMATS)}, not {fmt}."
                )
            data = node.data
            file_type = name.rsplit(".", 1)[1] if "." in name.strip(".") else ""
        elif node.object_type == "NOTEBOOK" and node.language is not None:
            nb = Notebook(node.language, node.cells)
            if fmt in ("SOURCE", "AUTO", "RAW"):
                data = render_source(nb).encode("utf-8")
            elif fmt == "HTML":
                data = render_html(nb, name, node.object_id).encode("utf-8")
            elif fmt == "JUPYTER":
                data = render_jupyter(nb, name).encode("utf-8")
            elif fmt == "R_MARKDOWN":
                if nb.language != "R":
                    raise ApiError.invalid("Only R notebooks can be exported in the R_MARKDOWN format.")
                data = render_rmarkdown(nb, name).encode("utf-8")
            else:
                data = self._dbc(path)
            file_type = SOURCE_EXT[nb.language] if fmt in ("SOURCE", "AUTO", "RAW") else FILE_TYPE[fmt]
        else:
            raise ApiError.invalid(f"Objects of type {node.object_type} cannot be exported.")
        if len(data) > MAX_BYTES:
            raise too_big(len(data), "export")
        if req.params.get("direct_download", False):
            filename = urllib.parse.quote(f"{name}.{file_type}" if node.object_type != "FILE" else name)
            return Reply(
                raw=data,
                content_type="application/octet-stream",
                headers={"Content-Disposition": f"attachment; filename={filename}"},
            )
        return {"content": base64.b64encode(data).decode("ascii"), "file_type": file_type}

    def _source_zip(self, path: str, *, with_files: bool) -> bytes:
        """A folder exported as SOURCE (its notebooks as source files) or AUTO (and its workspace files too): a
        zip archive under the folder's name (databricks-sdk 0.162.0 ExportFormat: "Directory exports will not
        include non-notebook entries" for SOURCE, "will include notebooks and workspace files" for AUTO)."""
        buf = io.BytesIO()
        top = name_of(path) if path != "/" else "root"
        top_entry = self.nodes.entry(path)
        assert top_entry is not None
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
            for found in PathTree.descendants(top_entry):
                n = found.value
                p = PathTree.path_of(found)
                entry = top + p[len(path.rstrip("/")) :]
                stamp = time.gmtime(min(max(n.modified_at // 1000, 315532800), 4354819199))[:6]
                if n.object_type == "NOTEBOOK" and n.language is not None:
                    source = render_source(Notebook(n.language, n.cells)).encode("utf-8")
                    archive.writestr(zipfile.ZipInfo(f"{entry}.{SOURCE_EXT[n.language]}", date_time=stamp), source)
                elif n.object_type == "FILE" and with_files:
                    archive.writestr(zipfile.ZipInfo(entry, date_time=stamp), n.data)
        return buf.getvalue()

    def _dbc(self, path: str) -> bytes:
        """A DBC archive of the notebook or folder at ``path``: entries under the folder's name (``root`` for
        ``/``), one ``<name>.<language>`` NotebookV1 JSON per notebook. Names are bounded at creation (255 bytes,
        4,096 per path), so every entry name fits a zip header (65,535 bytes); a tree that still has a longer
        one (made before the bounds) is a 400, never a failure halfway through."""
        buf = io.BytesIO()
        top_entry = self.nodes.entry(path)
        assert top_entry is not None
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:

            def write(name: str, n: Node, payload: bytes) -> None:
                if len(name.encode("utf-8", "surrogatepass")) > ZIP_NAME_BYTES:
                    raise ApiError.invalid(
                        f"{path} cannot be exported as a DBC archive: an entry name is longer than "
                        f"{ZIP_NAME_BYTES} bytes."
                    )
                # Zip timestamps run from 1980 to 2107; the virtual clock may be far past either end.
                stamp = time.gmtime(min(max(n.modified_at // 1000, 315532800), 4354819199))[:6]
                info = zipfile.ZipInfo(name, date_time=stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, payload)

            def add_notebook(name: str, n: Node, title: str) -> None:
                assert n.language is not None
                model = notebook_model(Notebook(n.language, n.cells), title, n.object_id)
                write(f"{name}.{DBC_EXT[n.language]}", n, json.dumps(model).encode("utf-8"))

            node = top_entry.value
            if node.object_type == "NOTEBOOK":
                add_notebook(name_of(path), node, name_of(path))
            else:
                top = name_of(path) if path != "/" else "root"
                write(top + "/", node, b"")
                stack = [(child, top) for child in reversed(PathTree.children(top_entry))]
                while stack:
                    entry, prefix = stack.pop()
                    name = f"{prefix}/{entry.name}"
                    if entry.value.object_type in FOLDERS:
                        write(name + "/", entry.value, b"")
                        stack.extend((child, name) for child in reversed(PathTree.children(entry)))
                    elif entry.value.object_type == "NOTEBOOK":
                        add_notebook(name, entry.value, entry.name)
        return buf.getvalue()
