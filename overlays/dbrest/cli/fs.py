"""`dbrest fs`: DBFS files (ls, cat, cp, mv, rm, mkdirs), with dbfs:/ marking the DBFS side of a copy."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path, PurePosixPath
from typing import Any

from .common import EXIT_USAGE, CliError, dbfs_argument, emit, info, output_format, plural, workspace
from .parser import Command, Group, arg
from .progress import Transfers, enabled

GROUP = Group(
    "fs",
    "DBFS files: ls, cat, cp, mv, rm, mkdirs (paths as dbfs:/...)",
    (
        "dbrest fs ls -l dbfs:/tmp",
        "dbrest fs cp -r ./data dbfs:/tmp/data        # and back: dbrest fs cp -r dbfs:/tmp/data ./data",
        "dbrest fs cat dbfs:/tmp/data/a.csv | head",
    ),
)
REMOTE = "DBFS path (dbfs:/path or /path)"


def is_dbfs(path: str) -> bool:
    return path.startswith("dbfs:")


def dbfs_abs(path: str) -> str:
    p = path[5:] if path.startswith("dbfs:") else path
    return p if p.startswith("/") else "/" + p


def means_directory(path: str) -> bool:
    return path.endswith(("/", os.sep))


def cmd_fs_ls(args: argparse.Namespace) -> int:
    ws = workspace(args)
    files = ws.dbfs.ls(dbfs_abs(args.path))
    if output_format(args) == "json":
        emit(args, files)
    elif args.long:
        rows = [
            {
                "type": "dir" if f.is_dir else "file",
                "size": f.file_size,
                "modification_time": _unset_none(getattr(f, "modification_time", None)),
                "path": _shown(args, f.path, bool(f.is_dir)),
            }
            for f in files
        ]
        emit(args, rows, ["type", "size", "modification_time", "path"])
    else:
        for f in files:
            print(_shown(args, f.path, bool(f.is_dir)))
    return 0


def _unset_none(value: Any) -> Any:
    from dbrest_client.types import Unset

    return None if isinstance(value, Unset) else value


def _shown(args: argparse.Namespace, path: str, is_dir: bool) -> str:
    """A listed path as the databricks CLI shows it: relative to the listed directory, unless --absolute."""
    return (path if args.absolute else PurePosixPath(path).name) + ("/" if is_dir else "")


def cmd_fs_cat(args: argparse.Namespace) -> int:
    ws = workspace(args)
    ws.dbfs.download(dbfs_abs(args.path), sys.stdout.buffer)
    sys.stdout.flush()
    return 0


def _at_least_one(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _tree_bytes(ws: Any, src: str) -> int:
    """The bytes a tree copy will move, for the total row (asked only when bars are drawn: a remote tree is listed
    once more for it)."""
    if not is_dbfs(src):
        from ..localfs import walk_local

        return sum(_size(local) for kind, local, _ in walk_local(Path(src)) if kind == "file")
    return sum(int(f.file_size or 0) for f in ws.dbfs.walk(dbfs_abs(src)) if not f.is_dir)


def _copy_tree(args: argparse.Namespace, ws: Any, src: str, dst: str) -> int:
    """The contents of the directory ``src`` into ``dst`` (the databricks CLI's ``fs cp -r``: ``dst`` is the copy,
    existing or not), by ``ws.dbfs.cp``: files copied ``--concurrency`` at a time, refusals (existing targets,
    hostile listing names) before anything is written, links followed as ``cp -rL``, only complete files left."""
    from ..errors import ResourceAlreadyExists

    root = dst.rstrip("/") or "/"
    with Transfers(args, _tree_bytes(ws, src) if enabled(args) else None) as bars:

        def bar(_: str, target: str) -> Any:
            return bars.file(str(PurePosixPath(target.removeprefix("dbfs:")).relative_to(root.removeprefix("dbfs:"))))

        try:
            return int(
                ws.dbfs.cp(
                    src,
                    root,
                    recursive=True,
                    overwrite=args.overwrite,
                    no_target_directory=True,
                    concurrency=args.concurrency,
                    progress=bar,
                )
            )
        except (FileExistsError, ResourceAlreadyExists) as exc:
            said = exc.message if isinstance(exc, ResourceAlreadyExists) else str(exc)
            shown = said.split(" exist", 1)[0]
            raise CliError(f"{shown} exist; pass --overwrite to replace them") from None


def cmd_fs_cp(args: argparse.Namespace) -> int:
    src, dst = args.source, args.target
    if is_dbfs(src) == is_dbfs(dst):
        if is_dbfs(src):
            raise CliError("copying within DBFS is not supported by the DBFS API; download and upload, or use mv")
        raise CliError("one of SOURCE and TARGET must be a dbfs:/ path (dbfs:/ marks the DBFS side)", EXIT_USAGE)
    for path in (src, dst):
        if is_dbfs(path) and not path[5:].startswith("/"):
            raise CliError(f"DBFS paths are absolute: write dbfs:/{path[5:]}, not {path}", EXIT_USAGE)
    if not is_dbfs(src):
        local = Path(src)
        if not local.exists():
            raise CliError(f"{src}: no such file or directory")
        ws = workspace(args)
        if local.is_dir():
            if not args.recursive:
                raise CliError(f"{src} is a directory; pass -r to copy it recursively", EXIT_USAGE)
            n = _copy_tree(args, ws, str(local), "dbfs:" + dbfs_abs(dst))
            info(args, f"copied {plural(n, 'file')} to {dst}")
            return 0
        target = dbfs_abs(dst)
        if target.endswith("/") or (ws.dbfs.exists(target) and ws.dbfs.get_status(path=target).is_dir):
            target = target.rstrip("/") + "/" + local.name
        with Transfers(args) as bars:
            ws.dbfs.upload(local, target, overwrite=args.overwrite, progress=bars.file(local.name))
        return 0
    ws = workspace(args)
    remote = dbfs_abs(src)
    status = ws.dbfs.get_status(path=remote)
    local = Path(dst)
    if status.is_dir:
        if not args.recursive:
            raise CliError(f"{src} is a directory; pass -r to copy it recursively", EXIT_USAGE)
        n = _copy_tree(args, ws, "dbfs:" + remote, str(local))
        info(args, f"copied {plural(n, 'file')} to {dst}")
        return 0
    if means_directory(dst):
        local.mkdir(parents=True, exist_ok=True)
    if local.is_dir():
        local = local / PurePosixPath(remote).name
    if local.exists() and not args.overwrite:
        raise CliError(f"{local} exists; pass --overwrite to replace it")
    local.parent.mkdir(parents=True, exist_ok=True)
    with Transfers(args) as bars:
        ws.dbfs.download(remote, local, overwrite=args.overwrite, progress=bars.file(local.name))
    return 0


def cmd_fs_mv(args: argparse.Namespace) -> int:
    workspace(args).dbfs.mv(dbfs_abs(args.source), dbfs_abs(args.target))
    return 0


def cmd_fs_rm(args: argparse.Namespace) -> int:
    workspace(args).dbfs.rm(dbfs_abs(args.path), recursive=args.recursive)
    return 0


def cmd_fs_mkdirs(args: argparse.Namespace) -> int:
    workspace(args).dbfs.mkdirs_p(dbfs_abs(args.path))
    return 0


COMMANDS = [
    Command(
        "fs",
        "ls",
        cmd_fs_ls,
        "list a DBFS directory",
        ("dbrest fs ls -l dbfs:/tmp",),
        (
            arg("path", nargs="?", default="dbfs:/", type=dbfs_argument, help=f"{REMOTE}; default dbfs:/"),
            arg("-l", "--long", action="store_true", help="show type, size and modification time"),
            arg("--absolute", action="store_true", help="show absolute paths"),
        ),
    ),
    Command(
        "fs",
        "cat",
        cmd_fs_cat,
        "write a DBFS file to stdout",
        ("dbrest fs cat dbfs:/tmp/a.csv | head",),
        (arg("path", type=dbfs_argument, help=REMOTE),),
    ),
    Command(
        "fs",
        "cp",
        cmd_fs_cp,
        "copy between the local disk and DBFS (either direction)",
        (
            "dbrest fs cp report.csv dbfs:/tmp/            # into the folder: dbfs:/tmp/report.csv",
            "dbrest fs cp -r ./data dbfs:/tmp/data         # ./data/x becomes dbfs:/tmp/data/x",
            "dbrest fs cp --overwrite dbfs:/tmp/report.csv ./",
        ),
        (
            arg("source", help="what to copy: a local path, or a dbfs:/path"),
            arg("target", help="where to: a dbfs:/path for an upload, a local path for a download"),
            arg("-r", "--recursive", action="store_true", help="copy a directory with everything in it"),
            arg("--overwrite", action="store_true", help="replace files that exist at the target"),
            arg(
                "--concurrency",
                type=_at_least_one,
                default=8,
                metavar="N",
                help="with -r, files copied at once (default 8; 1 copies one after the other)",
            ),
        ),
        description="Copy a file or (with -r) a directory between the local disk and DBFS. dbfs:/ marks the DBFS "
        "side: exactly one of SOURCE and TARGET is a dbfs:/ path, the other a local path. A TARGET ending in / "
        "is a directory to copy into. On a terminal, each file shows bytes, rate and time left, and -r a total.",
    ),
    Command(
        "fs",
        "mv",
        cmd_fs_mv,
        "move a file or directory within DBFS",
        ("dbrest fs mv dbfs:/tmp/a dbfs:/tmp/b",),
        (
            arg("source", type=dbfs_argument, help=f"{REMOTE} to move"),
            arg("target", type=dbfs_argument, help=f"its new {REMOTE}"),
        ),
    ),
    Command(
        "fs",
        "rm",
        cmd_fs_rm,
        "delete a file, or a directory with -r",
        ("dbrest fs rm -r dbfs:/tmp/data",),
        (
            arg("path", type=dbfs_argument, help=REMOTE),
            arg(
                "-r",
                "--recursive",
                action="store_true",
                help="delete a directory and everything in it (needed if not empty)",
            ),
        ),
    ),
    Command(
        "fs",
        "mkdirs",
        cmd_fs_mkdirs,
        "create a directory and its parents",
        ("dbrest fs mkdirs dbfs:/tmp/a/b",),
        (arg("path", type=dbfs_argument, help=REMOTE),),
    ),
]
