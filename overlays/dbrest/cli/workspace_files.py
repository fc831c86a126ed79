"""`dbrest workspace`: notebooks and folders (ls, rm, import, export, import-dir, export-dir; ``-`` is stdin or
stdout), on top of the generated operations (mkdirs, get-status, list, ...)."""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import ResourceDoesNotExist
from .common import (
    EXIT_USAGE,
    CliError,
    emit,
    info,
    output_format,
    plural,
    visible,
    warn,
    workspace,
    workspace_argument,
)
from .fs import means_directory
from .parser import Command, Group, arg

GROUP = Group(
    "workspace",
    "notebooks and folders: ls, rm, import, export, import-dir, export-dir, mkdirs, ... (every operation)",
    (
        "dbrest workspace ls /Shared",
        "dbrest workspace import etl.py /Users/me@example.com/etl",
        "dbrest workspace import-dir ./notebooks /Shared/project --overwrite",
        "dbrest workspace export /Shared/etl -            # to stdout",
        "dbrest workspace export-dir --format JUPYTER /Shared/project ./backup/",
    ),
)
FORMATS = ["SOURCE", "HTML", "JUPYTER", "DBC", "R_MARKDOWN"]
LANGUAGES = ["PYTHON", "SCALA", "SQL", "R"]
WS_PATH = "absolute workspace path (/Users/..., /Shared/...)"


def _ensure_workspace_folder(ws: Any, folder: str) -> None:
    """Create a workspace folder (and its parents) if it is missing, as a directory import does."""
    from dbrest_client.models.workspace_path_request import WorkspacePathRequest

    if folder == "/":
        return
    try:
        ws.workspace.get_status(path=folder)
    except ResourceDoesNotExist:
        ws.workspace.mkdirs(body=WorkspacePathRequest(path=folder))


def _skipped_by_import(src: Path, target: str) -> list[Path]:
    """The visible files under ``src`` that a directory import leaves out (not notebook sources); the walk follows
    symlinks as the import does (dbrest.localfs.walk_local)."""
    import warnings

    from ..localfs import LocalFileSkipped, walk_local
    from ..workspace import plan_import_dir

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LocalFileSkipped)  # the import itself names them, once
        _, imports = plan_import_dir(src, target, include_hidden=False)
        planned = {item.local for item in imports}
        return [path for kind, path, _ in walk_local(src, hidden=False) if kind == "file" and path not in planned]


def cmd_workspace_import(args: argparse.Namespace) -> int:
    from ..workspace import FORMAT_BY_EXTENSION, LANGUAGE_BY_EXTENSION

    if args.source == "-":
        return _import_stdin(args)
    src = Path(args.source)
    if not src.exists():
        raise CliError(f"{src}: no such file or directory")
    if src.is_dir():
        if args.format is not None or args.language is not None:
            raise CliError(
                "a directory import takes each file's format and language from its extension (.py .scala .sql .r: "
                "SOURCE, .ipynb: JUPYTER); drop --format/--language, or import the files one by one",
                EXIT_USAGE,
            )
        skipped = _skipped_by_import(src, args.target)
        ws = workspace(args)
        n = ws.workspace.import_dir(src, args.target, overwrite=args.overwrite)
        for path in skipped:
            warn(f"skipped {path}: not a notebook (the Workspace API imports .py .scala .sql .r .ipynb files)")
        info(args, f"imported {plural(n, 'notebook')} into {args.target}")
        return 0
    ext = src.suffix.lower()
    fmt = args.format or FORMAT_BY_EXTENSION.get(ext, "SOURCE")
    if fmt == "SOURCE" and args.language is None and ext not in LANGUAGE_BY_EXTENSION:
        raise CliError(
            f"cannot tell the notebook language of {src} from its extension: pass --language PYTHON|SCALA|SQL|R, "
            "or --format JUPYTER|HTML|DBC|R_MARKDOWN for a notebook in another format",
            EXIT_USAGE,
        )
    ws = workspace(args)
    _ensure_workspace_folder(ws, str(PurePosixPath(args.target).parent))
    ws.workspace.import_file(src, args.target, format=fmt, language=args.language, overwrite=args.overwrite)
    return 0


def cmd_workspace_export(args: argparse.Namespace) -> int:
    if args.target == "-":
        return _export_stdout(args)
    ws = workspace(args)
    status = ws.workspace.get_status(path=args.source)
    target = Path(args.target)
    if str(status.object_type) in ("DIRECTORY", "REPO") and args.format != "DBC":
        n = ws.workspace.export_dir(args.source, target, format=args.format, overwrite=args.overwrite)
        info(args, f"exported {plural(n, 'notebook')} to {args.target} ({args.format})")
        return 0
    if means_directory(args.target):
        target.mkdir(parents=True, exist_ok=True)
    elif not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
    written = ws.workspace.export_file(args.source, target, format=args.format, overwrite=args.overwrite)
    info(args, f"exported {args.source} to {written}")
    return 0


def _import_stdin(args: argparse.Namespace) -> int:
    """`workspace import - PATH`: the notebook from stdin (SOURCE needs --language: there is no extension)."""
    fmt = args.format or "SOURCE"
    if fmt == "SOURCE" and args.language is None:
        raise CliError("importing from stdin needs --language PYTHON|SCALA|SQL|R (or --format)", EXIT_USAGE)
    content = base64.b64encode(sys.stdin.buffer.read()).decode("ascii")
    ws = workspace(args)
    _ensure_workspace_folder(ws, str(PurePosixPath(args.target).parent))
    fields: dict[str, Any] = {"path": args.target, "content": content, "format_": fmt, "overwrite": args.overwrite}
    if args.language:
        fields["language"] = args.language
    ws.workspace.import_(**fields)
    return 0


def _export_stdout(args: argparse.Namespace) -> int:
    """`workspace export PATH -`: the notebook's bytes on stdout."""
    answer = workspace(args).workspace.export(path=args.source, format_=args.format)
    content = getattr(answer, "content", None)
    sys.stdout.buffer.write(base64.b64decode(content) if isinstance(content, str) else b"")
    sys.stdout.flush()
    return 0


def cmd_workspace_ls(args: argparse.Namespace) -> int:
    from dbrest_client.types import Unset

    objects = workspace(args).workspace.list(path=args.path)
    items = [] if isinstance(objects.objects, Unset) else list(objects.objects)
    if output_format(args) == "json":
        emit(args, items)
        return 0
    rows = []
    for o in items:
        d = o.to_dict()
        folder = str(d.get("object_type")) in ("DIRECTORY", "REPO")
        name = d.get("path", "") if args.absolute else PurePosixPath(d.get("path", "")).name
        rows.append({**d, "path": name + ("/" if folder else "")})
    if args.long:
        emit(args, rows, ["object_type", "language", "object_id", "modified_at", "path"])
    else:
        for row in rows:
            print(visible(row["path"]))
    return 0


def cmd_workspace_rm(args: argparse.Namespace) -> int:
    workspace(args).workspace.delete(path=args.path, recursive=args.recursive)
    return 0


def cmd_workspace_import_dir(args: argparse.Namespace) -> int:
    if not Path(args.source).is_dir():
        raise CliError(f"{args.source} is not a directory; `dbrest workspace import` imports one file", EXIT_USAGE)
    args.format = args.language = None
    return cmd_workspace_import(args)


def cmd_workspace_export_dir(args: argparse.Namespace) -> int:
    ws = workspace(args)
    try:
        n = ws.workspace.export_dir(args.source, Path(args.target), format=args.format, overwrite=args.overwrite)
    except NotADirectoryError as exc:
        if "not a folder" not in str(exc):  # not a local file where a directory goes
            raise
        raise CliError(
            f"{args.source} is not a folder: export it with `dbrest workspace export {args.source} FILE`"
        ) from None
    info(args, f"exported {plural(n, 'notebook')} to {args.target} ({args.format})")
    return 0


OVERWRITE_NOTEBOOKS = arg("--overwrite", action="store_true", help="replace notebooks that exist in the workspace")
OVERWRITE_FILES = arg("--overwrite", action="store_true", help="replace local files that exist")
EXPORT_FORMAT = arg(
    "--format",
    choices=FORMATS,
    default="SOURCE",
    help="SOURCE (.py .scala .sql .r, the default), HTML, JUPYTER (.ipynb), DBC (an archive) or R_MARKDOWN",
)
COMMANDS = [
    Command(
        "workspace",
        "ls",
        cmd_workspace_ls,
        "list a workspace folder",
        ("dbrest workspace ls /Shared", "dbrest workspace ls -l /Users/me@example.com"),
        (
            arg("path", nargs="?", default="/", type=workspace_argument, help=f"{WS_PATH}; default /"),
            arg("-l", "--long", action="store_true", help="show type, language, id and modification time"),
            arg("--absolute", action="store_true", help="show absolute paths"),
        ),
    ),
    Command(
        "workspace",
        "rm",
        cmd_workspace_rm,
        "delete a notebook, file or folder (a non-empty folder with -r)",
        ("dbrest workspace rm -r /Shared/old",),
        (
            arg("path", type=workspace_argument, help=WS_PATH),
            arg("-r", "--recursive", action="store_true", help="delete a folder and everything in it"),
        ),
    ),
    Command(
        "workspace",
        "import",
        cmd_workspace_import,
        "import a local notebook file (or directory, or - for stdin) into the workspace",
        (
            "dbrest workspace import etl.py /Users/me@example.com/etl",
            "dbrest workspace import report.ipynb /Shared/report       # JUPYTER, from the extension",
            "cat etl.py | dbrest workspace import --language PYTHON - /Shared/etl",
        ),
        (
            arg("source", help="local notebook file, or a directory of them, or - for stdin"),
            arg("target", type=workspace_argument, help=WS_PATH),
            arg(
                "--format",
                choices=FORMATS,
                help="notebook format of a single file (default: from the extension: .ipynb JUPYTER, .html HTML, "
                ".dbc DBC, .Rmd R_MARKDOWN, else SOURCE)",
            ),
            arg(
                "--language",
                choices=LANGUAGES,
                help="language of a SOURCE file (default: from the extension .py .scala .sql .r)",
            ),
            OVERWRITE_NOTEBOOKS,
        ),
        description="Import a local notebook file, or a directory of them, into the workspace. Missing parent "
        "folders are created. A directory import turns .py .scala .sql .r files into SOURCE notebooks and .ipynb "
        "files into JUPYTER ones, named without the extension, and says which other files it skipped: the "
        "Workspace API imports notebooks only. SOURCE - reads stdin and needs --language.",
    ),
    Command(
        "workspace",
        "export",
        cmd_workspace_export,
        "export a notebook (or a folder, recursively) to the local disk, or - for stdout",
        (
            "dbrest workspace export /Users/me@example.com/etl etl.py",
            "dbrest workspace export /Shared/etl - | head",
            "dbrest workspace export --format DBC /Shared/project project.dbc   # a folder in one archive",
        ),
        (
            arg("source", type=workspace_argument, help="absolute workspace path of a notebook or folder"),
            arg("target", help="local file, or directory (for a folder, or a TARGET ending in /), or - for stdout"),
            EXPORT_FORMAT,
            OVERWRITE_FILES,
        ),
        description="Export a notebook to a local file (or stdout: -), or a folder to a local directory (every "
        "notebook in the format asked for; DBC exports a folder as one archive). A TARGET ending in / is a "
        "directory, created if missing.",
    ),
    Command(
        "workspace",
        "import-dir",
        cmd_workspace_import_dir,
        "import a local directory of notebooks (recursively)",
        ("dbrest workspace import-dir ./notebooks /Shared/project --overwrite",),
        (
            arg("source", help="local directory"),
            arg("target", type=workspace_argument, help=f"{WS_PATH} of the folder to import into"),
            OVERWRITE_NOTEBOOKS,
        ),
    ),
    Command(
        "workspace",
        "export-dir",
        cmd_workspace_export_dir,
        "export a workspace folder (recursively) to a local directory",
        ("dbrest workspace export-dir --format JUPYTER /Shared/project ./backup",),
        (
            arg("source", type=workspace_argument, help="absolute workspace path of a folder"),
            arg("target", help="local directory (created if missing)"),
            EXPORT_FORMAT,
            OVERWRITE_FILES,
        ),
    ),
]
