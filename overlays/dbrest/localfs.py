"""The local side of every transfer (DBFS downloads and copies, workspace exports and imports), sync and async:

- :func:`atomic_write`: a file appears at its target only complete. It is written to a temporary file beside the
  target, created with mode 0o666 so that the umask decides the final mode (as for any new file; ``mkstemp``'s
  0600 is not what a user expects of a download), and is then renamed into place: over an existing file only with
  ``overwrite=True``, else with a hard link that fails if a file appeared meanwhile. On any failure the temporary
  file is removed and the target is left as it was.
- :func:`relative_parts`, :func:`check_listed`, :func:`contained`: names from a server's listing are data, not
  paths to trust. A recursive download or export refuses, before writing anything, an entry whose name is ``..``,
  ``.``, empty or holds a separator, an entry that is not below the listed directory, and a target that resolves
  (through local symlinks) outside the destination: :class:`UnsafeRemoteName`, naming the entry.
- :func:`walk_local`: the rule for symlinks when a local tree is uploaded (``cp -r`` up, ``import_dir``). Symlinks
  are followed, to files and to directories, like ``cp -rL`` or ``aws s3 cp --recursive``; a symlink whose target
  is missing, a symlinked directory that leads back to a directory being copied (a loop), and anything that is
  not a regular file or a directory (a FIFO would block the upload) are skipped with a :class:`LocalFileSkipped`
  warning naming each.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import threading
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from .errors import DatabricksError


class UnsafeRemoteName(DatabricksError):
    hint = (
        "The server listed a name that would be written outside the destination, and dbrest refused it (a "
        "recursive cp or export_dir refuses before writing anything). Check the remote tree: a broken or hostile "
        "server, or a proxy, answered"
    )

    def __init__(self, message: str, *, error_code: str = "UNSAFE_REMOTE_NAME", **fields: Any) -> None:
        super().__init__(message, error_code=error_code, **fields)


class LocalFileSkipped(UserWarning):
    """A local entry that a recursive upload leaves out: a symlink with a missing target, a symlinked directory
    that loops, or something that is neither a regular file nor a directory (a FIFO, a socket, a device)."""


# --- names from a listing ------------------------------------------------------------------------------------


def _bad_component(name: str) -> bool:
    return (
        name in ("", ".", "..")
        or "/" in name
        or "\0" in name
        or os.sep in name
        or (os.altsep is not None and os.altsep in name)
        or bool(Path(name).drive)
    )


def child_name(name: str, entry: str) -> str:
    """``name`` if it is one safe path component (not ``..``, ``.``, empty, absolute or with a separator)."""
    if _bad_component(name):
        raise UnsafeRemoteName(f"refusing the listed entry {entry!r}: {name!r} is not a plain file name")
    return name


def relative_parts(root: str, entry: str) -> tuple[str, ...]:
    """The components of ``entry`` (a server-listed POSIX path) below ``root``, each a safe name."""
    path = PurePosixPath(entry)
    try:
        rel = path.relative_to(PurePosixPath(root)) if path.is_absolute() else None
    except ValueError:
        rel = None
    if rel is None:
        raise UnsafeRemoteName(f"refusing the listed entry {entry!r}: it is not below {root}")
    for part in rel.parts:
        child_name(part, entry)
    return rel.parts


#: PATH_MAX of the Linux mounts of DBFS and the workspace on a driver (mock/dbrest_mock/tree.py takes the same
#: bound): a listed path longer than this is not one the server can hold, and bounds how deep a walk goes.
MAX_LISTED_PATH_BYTES = 4096


def check_listed(parent: str, entry: str) -> None:
    """An entry of the listing of ``parent`` must be ``parent`` itself (a file lists itself) or a direct child.

    Checked while walking, so that a listing naming ``..`` or another directory cannot send the walk elsewhere
    (or round in circles)."""
    if PurePosixPath(entry) == PurePosixPath(parent):
        return
    if len(relative_parts(parent, entry)) != 1:
        raise UnsafeRemoteName(f"refusing the listed entry {entry!r}: it is not an entry of {parent}")
    if len(entry.encode("utf-8", "surrogatepass")) > MAX_LISTED_PATH_BYTES:
        raise UnsafeRemoteName(
            f"refusing the listed entry {entry[:80]!r}...: its path is over {MAX_LISTED_PATH_BYTES} bytes, longer "
            "than DBFS and workspace paths can be"
        )


class Listings:
    """The listings under way of a depth-first walk of a remote tree (``ws.dbfs.walk``, ``ws.workspace.walk``),
    kept on a stack rather than in recursive calls: however deep a listing nests (a hostile server), a walk never
    meets Python's recursion limit, and :func:`check_listed`, applied to every entry, bounds its depth by the
    paths' length. The walk fetches each listing itself (sync or async) and hands it over with :meth:`enter`."""

    def __init__(self) -> None:
        self._pending: list[tuple[str, Iterator[Any]]] = []

    def enter(self, path: str, entries: Iterable[Any]) -> None:
        """Walk ``path``'s ``entries`` (objects with a ``path``) next, before the rest of its parent's."""
        self._pending.append((path, iter(entries)))

    def next(self) -> tuple[str, Any] | None:
        """(parent, entry) of the next entry, checked to be a child of its parent; None when the walk is done."""
        while self._pending:
            parent, entries = self._pending[-1]
            entry = next(entries, None)
            if entry is not None:
                check_listed(parent, entry.path)  # a listed "..", or another directory, never steers the walk
                return parent, entry
            self._pending.pop()
        return None


def contained(root: str | os.PathLike[str], target: str | os.PathLike[str], entry: str) -> None:
    """Refuse a local ``target`` that resolves (symlinks included) outside the destination ``root``."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(target)
    if os.path.commonpath([real_root, real]) != real_root:
        raise UnsafeRemoteName(f"refusing the listed entry {entry!r}: it would be written to {real}, outside {root}")


# --- writing a local file --------------------------------------------------------------------------------------


def check_target(target: Path, overwrite: bool) -> None:
    """The checks made before anything is transferred: not a directory, and not an existing file unless
    ``overwrite`` (like ``upload`` and ``cp``)."""
    if target.is_dir():
        raise IsADirectoryError(f"{target} is a directory; name the file to write")
    if not overwrite and os.path.lexists(target):
        raise FileExistsError(f"{target} exists; pass overwrite=True to replace it")


#: The most of the target's name (in bytes) that its temporary file's name repeats: a name is at most 255 bytes
#: on most file systems, so a temporary name of the whole (".<name>.<12 hex>.part", 19 more) would make a file
#: with a long but valid name impossible to download.
TEMP_NAME_BYTES = 100


def _temp_prefix(name: str) -> str:
    while len(os.fsencode(name)) > TEMP_NAME_BYTES:
        name = name[:-1]
    return name


def _temp_beside(target: Path) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    prefix = _temp_prefix(target.name)
    for _ in range(100):
        tmp = target.with_name(f".{prefix}.{secrets.token_hex(6)}.part")
        try:
            return os.open(tmp, flags, 0o666), tmp  # the umask applies, as to any new file
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name beside", str(target))


def _commit(tmp: Path, target: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)  # atomic, and fails if a file appeared at the target meanwhile
    except FileExistsError:
        raise FileExistsError(f"{target} appeared while it was written; pass overwrite=True to replace it") from None
    except OSError:
        # No hard links on this file system: check, then rename (a file created in between would be replaced).
        if os.path.lexists(target):
            raise FileExistsError(f"{target} exists; pass overwrite=True to replace it") from None
        os.replace(tmp, target)
        return
    tmp.unlink()


class Written:
    """The local files one recursive transfer (a tree download, an ``export_dir``) has put in place, by identity.

    Two remote names can be one local file: DBFS and the workspace tell ``Report`` from ``report``, a
    case-insensitive file system (macOS, Windows) does not, and a symlink in the destination can alias two
    directories. With ``overwrite=True`` the second would silently replace the first, a file of this very
    transfer; :func:`atomic_write` given a ``Written`` refuses that instead (FileExistsError naming both). The
    check and the rename are made under one lock, so concurrent copies of a tree cannot both pass it."""

    def __init__(self) -> None:
        self._files: dict[tuple[int, int], Path] = {}
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def placing(self, target: Path) -> Iterator[None]:
        """Around the rename of a new file into ``target``: refuse a ``target`` that is a file written before."""
        with self._lock:
            before = _identity_of(target)
            if before is not None and before in self._files:
                raise FileExistsError(
                    f"{target} is {self._files[before]}, which this copy has just written: the local file system "
                    "holds both names as one file (it ignores case, or a link joins them). Copy them to different "
                    "places one at a time"
                )
            yield
            after = _identity_of(target)
            if after is not None:
                self._files[after] = target


def _identity_of(path: Path) -> tuple[int, int] | None:
    """The (device, inode) of the entry at ``path`` itself (a symlink is not followed), None when there is none."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


@contextlib.contextmanager
def atomic_write(
    target: str | os.PathLike[str], *, overwrite: bool, written: Written | None = None
) -> Iterator[IO[bytes]]:
    """A binary file that appears at ``target`` only when the ``with`` block ends without an exception.

    Refuses a directory, and an existing file unless ``overwrite``, before yielding. The new file's mode is what
    the umask gives (also when it replaces a file). ``written``: the files of the same transfer, none of which
    may be replaced (see :class:`Written`). Example::

        with atomic_write("copy.bin", overwrite=False) as out:
            out.write(data)
    """
    final = Path(target)
    check_target(final, overwrite)
    fd, tmp = _temp_beside(final)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        if written is None:
            _commit(tmp, final, overwrite)
        else:
            with written.placing(final):
                _commit(tmp, final, overwrite)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- walking a local tree ---------------------------------------------------------------------------------------


def walk_local(root: str | os.PathLike[str], *, hidden: bool = True) -> Iterator[tuple[str, Path, tuple[str, ...]]]:
    """``("dir" | "file", path, parts relative to root)`` for everything below the local directory ``root``,
    sorted, files before directories, each directory before its contents, following symlinks (see the module's
    rule): a symlink with a missing target, a symlinked directory that leads back to one being walked, and what
    is neither a file nor a directory are skipped with a :class:`LocalFileSkipped` warning naming it. Names
    starting with ``.`` are left out (and not descended into) unless ``hidden``."""
    top = Path(root)
    yield from _walk(top, (), {_identity(top)}, hidden)


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def _skip(path: Path, why: str) -> None:
    warnings.warn(f"skipping {path}: {why}", LocalFileSkipped, stacklevel=4)


def _walk(
    current: Path, rel: tuple[str, ...], ancestors: set[tuple[int, int]], hidden: bool
) -> Iterator[tuple[str, Path, tuple[str, ...]]]:
    with os.scandir(current) as it:
        entries = sorted((e for e in it if hidden or not e.name.startswith(".")), key=lambda e: e.name)
    files, dirs = [], []
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = not is_dir and entry.is_file(follow_symlinks=True)
        except OSError:
            is_dir = is_file = False
        if is_dir:
            dirs.append(path)
        elif is_file:
            files.append(path)
        elif entry.is_symlink():
            _skip(path, "a symlink whose target does not exist")
        else:
            _skip(path, "not a regular file or a directory")
    for path in files:
        yield "file", path, (*rel, path.name)
    for path in dirs:
        identity = _identity(path)
        if identity in ancestors:
            _skip(path, f"a symlink to {os.path.realpath(path)}, a directory being copied (a loop)")
            continue
        yield "dir", path, (*rel, path.name)
        yield from _walk(path, (*rel, path.name), ancestors | {identity}, hidden)
