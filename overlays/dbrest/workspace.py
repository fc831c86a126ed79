"""``ws.workspace``: the generated Workspace operations plus notebook files: ``import_file`` (multipart, no
base64 in memory), ``export_file`` (``direct_download``, streamed to disk), and the recursive ``import_dir`` /
``export_dir``; and workspace files as well as notebooks from memory or a stream: ``upload`` (format AUTO by
default: a notebook when the name and content say so, else a file; RAW always a file) and ``download`` (the
object's bytes as a stream of chunks), as databricks-sdk 0.162.0's ``WorkspaceExt.upload``/``download`` do.

Directory import follows the legacy CLI's ``workspace import_dir``: source files (``.py``, ``.scala``, ``.sql``,
``.r``) become notebooks named without the extension, ``.ipynb`` files Jupyter notebooks; other files are
skipped. Both directions plan the whole tree first and refuse name clashes or existing targets before anything
is written, so a rejected call changes nothing.

The service is written once, async, in ``dbrest._async.workspace`` (the sync twin is generated); this module
holds what both modes share and re-exports both.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any

from .dbfs import read_block
from .localfs import UnsafeRemoteName as UnsafeRemoteName  # re-exported: what an export may raise
from .localfs import (
    child_name,
    contained,
    relative_parts,
    walk_local,
)

if TYPE_CHECKING:
    import httpx
    from dbrest_client.models.workspace_object_info import WorkspaceObjectInfo

log = logging.getLogger("dbrest")

IMPORT_PATH = "/api/2.0/workspace/import"
EXPORT_PATH = "/api/2.0/workspace/export"
FORMATS = ("SOURCE", "HTML", "JUPYTER", "DBC", "R_MARKDOWN", "AUTO", "RAW")
LANGUAGES = ("PYTHON", "SCALA", "SQL", "R")
#: Source-file extension (lower case) → notebook language.
LANGUAGE_BY_EXTENSION = {".py": "PYTHON", ".scala": "SCALA", ".sql": "SQL", ".r": "R"}
#: Extension (lower case) → import format, for the formats that carry their own language.
FORMAT_BY_EXTENSION = {".ipynb": "JUPYTER", ".html": "HTML", ".dbc": "DBC", ".rmd": "R_MARKDOWN"}
#: What export_dir names files: SOURCE by language, other formats by format.
EXTENSION_BY_LANGUAGE = {"PYTHON": ".py", "SCALA": ".scala", "SQL": ".sql", "R": ".r"}
EXTENSION_BY_FORMAT = {"HTML": ".html", "JUPYTER": ".ipynb", "DBC": ".dbc", "R_MARKDOWN": ".Rmd"}
#: What import_dir turns into notebooks.
IMPORTABLE = {**{ext: "SOURCE" for ext in LANGUAGE_BY_EXTENSION}, ".ipynb": "JUPYTER"}
FOLDERS = ("DIRECTORY", "REPO")
CHUNK = 1024 * 1024


def _bool(value: bool) -> str:
    # Form fields are strings; the API wants lower-case JSON booleans (Python's "True" is not understood).
    return "true" if value else "false"


def import_fields(
    local_path: str | os.PathLike[str], workspace_path: str, fmt: str | None, language: str | None, overwrite: bool
) -> dict[str, str]:
    """The form fields of a multipart import, with format and language inferred from the file name."""
    ext = Path(local_path).suffix.lower()
    fmt = (fmt or FORMAT_BY_EXTENSION.get(ext, "SOURCE")).upper()
    fields = _path_and_format(workspace_path, fmt, overwrite)
    if language is None and fmt == "SOURCE":
        language = LANGUAGE_BY_EXTENSION.get(ext)
        if language is None:
            raise ValueError(
                f"cannot tell the notebook language of {os.fspath(local_path)!r} from its extension; pass "
                f"language= one of {', '.join(LANGUAGES)} (or a format such as JUPYTER)"
            )
    return _with_language(fields, language)


def _path_and_format(workspace_path: str, fmt: str, overwrite: bool) -> dict[str, str]:
    """The form fields every import has, once the path is known absolute and the (upper-case) format known."""
    if not workspace_path.startswith("/"):
        raise ValueError(f"workspace paths are absolute (/Users/...): {workspace_path!r}")
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return {"path": workspace_path, "format": fmt, "overwrite": _bool(overwrite)}


def _with_language(fields: dict[str, str], language: str | None) -> dict[str, str]:
    """``fields`` with ``language`` (checked, upper-case) where there is one."""
    if language is not None:
        if language.upper() not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        fields["language"] = language.upper()
    return fields


def upload_fields(workspace_path: str, fmt: str, language: str | None, overwrite: bool) -> dict[str, str]:
    """The form fields of :meth:`WorkspaceService.upload`: ``language`` only where the format needs it."""
    fmt = fmt.upper()
    fields = _path_and_format(workspace_path, fmt, overwrite)
    if fmt == "SOURCE" and language is None:
        language = LANGUAGE_BY_EXTENSION.get(PurePosixPath(workspace_path).suffix.lower())
        if language is None:
            raise ValueError(
                f"format SOURCE needs the notebook language of {workspace_path!r}; pass language= one of "
                f"{', '.join(LANGUAGES)}, or format='AUTO' or 'RAW' for a workspace file"
            )
    return _with_language(fields, language)


#: A stream that cannot rewind is copied to a spooled file first; up to this much stays in memory.
SPOOL_IN_MEMORY = 8 * CHUNK


class _FromHere:
    """A seekable binary stream seen from where it stood when it was handed over. httpx rewinds a file part to
    offset 0 before each send, a retry included (httpx/_multipart.py, FileField.render_data), which would also
    send what the caller had read past; this view makes that 0 the caller's position, as databricks-sdk's
    ``_BaseClient`` rewinds a stream to its initial position before a retry."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._start = stream.tell()

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            offset += self._start
        return self._stream.seek(offset, whence) - self._start

    def tell(self) -> int:
        return self._stream.tell() - self._start


def _rewinds(stream: IO[bytes]) -> bool:
    try:
        return bool(stream.seekable()) and stream.tell() >= 0
    except (AttributeError, OSError, ValueError):
        return False


@contextlib.contextmanager
def upload_part(workspace_path: str, content: bytes | str | IO[bytes]) -> Iterator[tuple[str, Any, str]]:
    """The multipart file part of :meth:`WorkspaceService.upload`: ``content`` from the caller's position, in a
    form that can be sent again. The transport repeats an import answered 429 (nothing was done), and httpx
    sends a file part by rewinding it: a stream that cannot rewind would then send nothing, or only its rest,
    and replace the object with that. So such a stream (a pipe, a socket) is first copied to a spooled
    temporary file (memory up to :data:`SPOOL_IN_MEMORY`, the rest on disk), which rewinds."""
    name = PurePosixPath(workspace_path).name or "content"
    if isinstance(content, str):
        yield name, content.encode("utf-8"), "application/octet-stream"
    elif isinstance(content, bytes | bytearray | memoryview):
        yield name, bytes(content), "application/octet-stream"
    elif _rewinds(content):
        yield name, _FromHere(content), "application/octet-stream"
    else:
        with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
            while chunk := read_block(content, CHUNK):  # not copyfileobj: it takes None for the end
                spool.write(chunk)
            spool.seek(0)
            yield name, spool, "application/octet-stream"


def export_extension(info: WorkspaceObjectInfo | None, fmt: str) -> str:
    if fmt == "SOURCE":
        language = "" if info is None else str(info.language or "")
        return EXTENSION_BY_LANGUAGE.get(language, "")
    return EXTENSION_BY_FORMAT.get(fmt, "")


def _filename(response: httpx.Response) -> str | None:
    """The file name of ``Content-Disposition: attachment; filename=<name>`` (URL-encoded by Databricks)."""
    m = re.search(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)\"?", response.headers.get("content-disposition", ""))
    if not m:
        return None
    return urllib.parse.unquote(m.group(1)).strip() or None


def _export_target(local_path: Path, response: httpx.Response, workspace_path: str) -> Path:
    """Where an export goes: ``local_path``, or in a directory the name Databricks gives the file (checked: a
    header naming ``..`` or a path is refused, never followed, and so is a name that is not the object's own,
    with or without an extension: a server must not pick which file of the directory, ``.bashrc`` say, an
    export with ``overwrite=True`` replaces)."""
    if not local_path.is_dir():
        return local_path
    base = PurePosixPath(workspace_path).name
    header = _filename(response)
    name = child_name(header or base, header or workspace_path)
    if name != base and not name.startswith(f"{base}."):
        raise UnsafeRemoteName(
            f"refusing the file name {name!r} that the server gave the export of {workspace_path}: it is not "
            f"{base!r} or {base!r} with an extension. Name the local file instead of a directory"
        )
    contained(local_path, local_path / name, name)
    return local_path / name


def _export_params(workspace_path: str, fmt: str) -> dict[str, str]:
    fmt = fmt.upper()
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return {"path": workspace_path, "format": fmt, "direct_download": "true"}


@dataclass(frozen=True)
class _Import:
    local: Path
    remote: str
    fmt: str


def plan_import_dir(local_dir: Path, workspace_dir: str, include_hidden: bool) -> tuple[list[str], list[_Import]]:
    """The folders to create and the notebooks to import; ValueError on two files mapping to one notebook."""
    if not local_dir.is_dir():
        raise NotADirectoryError(f"{local_dir} is not a directory; use import_file for a single file")
    if not workspace_dir.startswith("/"):
        raise ValueError(f"workspace paths are absolute (/Users/...): {workspace_dir!r}")
    root = workspace_dir.rstrip("/") or "/"
    folders = [root]
    imports: list[_Import] = []
    seen: dict[str, Path] = {}
    # Symlinks are followed as by ws.dbfs.cp (dbrest.localfs.walk_local); loops and dangling links are warned about.
    for kind, path, rel in walk_local(local_dir, hidden=include_hidden):
        if kind == "dir":
            folders.append(str(PurePosixPath(root, *rel)))
            continue
        fmt = IMPORTABLE.get(path.suffix.lower())
        if fmt is None:
            log.info("import_dir: skipping %s (not a notebook source file)", path)
            continue
        remote = str(PurePosixPath(root, *rel[:-1], path.stem))
        if remote in seen:
            raise ValueError(f"{seen[remote]} and {path} would both become the notebook {remote}; rename one of them")
        seen[remote] = path
        imports.append(_Import(path, remote, fmt))
    return folders, imports


def refuse_existing(clashes: list[str]) -> None:
    """Raise ResourceAlreadyExists naming the workspace objects an import without ``overwrite`` would replace."""
    from .errors import ResourceAlreadyExists

    if clashes:
        shown = ", ".join(clashes[:3]) + (f" and {len(clashes) - 3} more" if len(clashes) > 3 else "")
        raise ResourceAlreadyExists(
            f"{shown} exist in the workspace; nothing was imported", error_code="RESOURCE_ALREADY_EXISTS"
        )


def _objects(page: Any) -> list[WorkspaceObjectInfo]:
    from dbrest_client.types import Unset

    return [] if isinstance(page.objects, Unset) else list(page.objects)


def _local_dir(local_dir: Path, root: str, info: WorkspaceObjectInfo) -> Path:
    """Where the workspace object ``info`` (under ``root``) lands below ``local_dir``, without extension. The
    server's names are checked: ``..``, absolute names and anything resolving outside ``local_dir`` are refused
    (UnsafeRemoteName) before anything is written."""
    target = local_dir.joinpath(*relative_parts(root, info.path))
    contained(local_dir, target, info.path)
    return target


def _local_target(local_dir: Path, root: str, info: WorkspaceObjectInfo, fmt: str) -> Path:
    """The file a notebook below ``root`` is exported to. The notebook ``root`` itself (listing a notebook
    answers the notebook) is refused: its file would be ``local_dir`` plus an extension, beside the destination
    rather than in it (export_dir("/Shared/etl", "out") wrote out.py)."""
    if not relative_parts(root, info.path):
        raise NotADirectoryError(
            f"{root} is a {info.object_type}, not a folder: export it with export_file (export_dir exports what "
            "is below a folder into a local directory)"
        )
    base = _local_dir(local_dir, root, info)
    target = base.with_name(base.name + export_extension(info, fmt))
    contained(local_dir, target, info.path)
    return target


def _folders(objects: list[WorkspaceObjectInfo]) -> list[WorkspaceObjectInfo]:
    return [o for o in objects if str(o.object_type) in FOLDERS]


def _export_plan(
    objects: list[WorkspaceObjectInfo], local: Path, root: str, fmt: str, overwrite: bool
) -> tuple[list[Path], list[tuple[WorkspaceObjectInfo, Path]]]:
    """The directories to create and the (notebook, file) pairs of an export_dir, all checked first."""
    folders = [_local_dir(local, root, o) for o in _folders(objects)]
    plan = [(o, _local_target(local, root, o, fmt)) for o in objects if str(o.object_type) == "NOTEBOOK"]
    # Two objects can land on one local name: the notebook "a" (Python, a.py) beside a folder "a.py". Found here,
    # not halfway through the export (and never one file silently replacing the other with overwrite=True).
    taken: dict[Path, str] = {folder: info.path for folder, info in zip(folders, _folders(objects), strict=True)}
    for info, target in plan:
        if target in taken:
            raise ValueError(
                f"{info.path} and {taken[target]} would both be exported to {target}; export one of them with "
                "export_file, or rename one in the workspace"
            )
        taken[target] = info.path
        if target.is_dir():
            raise IsADirectoryError(f"{target} is a local directory: {info.path} cannot be exported there")
    for folder in folders:
        if os.path.lexists(folder) and not folder.is_dir():
            raise NotADirectoryError(f"{folder} exists and is not a directory: the folder {taken[folder]} goes there")
    if not overwrite:
        clashes = [str(t) for _, t in plan if os.path.lexists(t)]
        if clashes:
            raise FileExistsError(f"{len(clashes)} files exist ({', '.join(clashes[:3])}); pass overwrite=True")
    return folders, plan


# The services, after what they import from here (see dbrest._async).
from ._async.workspace import AsyncWorkspaceService as AsyncWorkspaceService  # noqa: E402
from ._sync.workspace import WorkspaceService as WorkspaceService  # noqa: E402
