"""A path tree for the DBFS and workspace services: each node is kept under its parent by its name alone.

A dict keyed by full path stores every ancestor's path again in each descendant's key, so memory grows with the
square of a path's depth (a 31 KB ``dbfs/mkdirs`` path cost 247 MB). Here a node holds its name, its value, its
parent and its children by name: memory is linear in the total length of the names, and a path is rebuilt only
when asked for. Paths are absolute and normalised (``/``, ``/a/b``); callers normalise and bound them first
(:func:`check_path`).

Bounds: Databricks documents no REST limit on DBFS or workspace path lengths, but both trees are mounted on the
driver of every cluster as Linux file systems (``/dbfs``, ``/Workspace``), where a name is at most 255 bytes
(NAME_MAX) and a path at most 4,096 bytes (PATH_MAX). The mock takes those bounds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

from .errors import ApiError

T = TypeVar("T")

MAX_PATH_BYTES = 4096
MAX_NAME_BYTES = 255


def _shown(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def check_path(path: str, what: str = "path") -> None:
    """400 INVALID_PARAMETER_VALUE unless ``path`` (normalised) is at most 4,096 UTF-8 bytes and every name in
    it at most 255: the bounds of the Linux mounts of these trees on a driver."""
    size = len(path.encode("utf-8", "surrogatepass"))
    if size > MAX_PATH_BYTES:
        raise ApiError.invalid(
            f"The {what} is {size} bytes long; at most {MAX_PATH_BYTES} bytes are allowed: {_shown(path)}"
        )
    for name in path.split("/"):
        check_name(name, what)


def check_name(name: str, what: str = "path") -> None:
    if "\x00" in name:
        raise ApiError.invalid(f"A name in the {what} holds a NUL character, which no file name may: {_shown(name)!r}")
    size = len(name.encode("utf-8", "surrogatepass"))
    if size > MAX_NAME_BYTES:
        raise ApiError.invalid(
            f"A name in the {what} is {size} bytes long; at most {MAX_NAME_BYTES} bytes are allowed per name: "
            f"{_shown(name)}"
        )


def normalize(path: str) -> str:
    """The canonical form of an absolute path (no empty or ``.`` names, no trailing ``/``) within the bounds of
    ``check_path``; INVALID_PARAMETER_VALUE for a relative path or one with ``..``."""
    if not path.startswith("/"):
        raise ApiError.invalid(f"Path must be absolute: {path}")
    parts = [p for p in path.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise ApiError.invalid(f"Path must not contain '..': {path}")
    out = "/" + "/".join(parts)
    check_path(out)
    return out


def parent_of(path: str) -> str:
    """The parent of a normalised path (``/`` for a top-level one and for ``/``)."""
    return path.rsplit("/", 1)[0] or "/"


def name_of(path: str) -> str:
    """The last name of a normalised path (``/`` for ``/``)."""
    return path.rsplit("/", 1)[-1] or "/"


def split(path: str) -> list[str]:
    """The names of a normalised path (``/`` has none)."""
    return [] if path == "/" else path[1:].split("/")


class Entry(Generic[T]):
    """One node: its name under its parent, its value, its parent (None: the root, or detached)."""

    __slots__ = ("children", "name", "parent", "value")

    def __init__(self, name: str, value: T, parent: Entry[T] | None) -> None:
        self.name = name
        self.value = value
        self.parent = parent
        self.children: dict[str, Entry[T]] = {}


class PathTree(Generic[T]):
    """Values by path, mapping-like (``get``, ``[]``, ``in``, ``pop``), plus walks and moves of whole subtrees.

    ``tree[path] = value`` needs the parent to exist (KeyError otherwise) and keeps an existing node's children;
    ``pop`` removes a node with its subtree.
    """

    def __init__(self, root: T) -> None:
        self.root: Entry[T] = Entry("", root, None)

    # --- lookup ---------------------------------------------------------------------------------------------

    def entry(self, path: str) -> Entry[T] | None:
        node: Entry[T] | None = self.root
        for name in split(path):
            assert node is not None
            node = node.children.get(name)
            if node is None:
                return None
        return node

    def get(self, path: str, default: T | None = None) -> T | None:
        found = self.entry(path)
        return found.value if found is not None else default

    def __getitem__(self, path: str) -> T:
        found = self.entry(path)
        if found is None:
            raise KeyError(path)
        return found.value

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str) and self.entry(path) is not None

    def lineage(self, path: str) -> tuple[list[Entry[T]], list[str]]:
        """The existing nodes on the way to ``path`` (the root first) and the names below the last of them that
        do not exist yet (empty when ``path`` exists)."""
        names = split(path)
        chain = [self.root]
        for i, name in enumerate(names):
            child = chain[-1].children.get(name)
            if child is None:
                return chain, names[i:]
            chain.append(child)
        return chain, []

    @staticmethod
    def path_of(entry: Entry[T]) -> str:
        names: list[str] = []
        node: Entry[T] | None = entry
        while node is not None and node.parent is not None:
            names.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(names))

    @staticmethod
    def attached(entry: Entry[T], root: Entry[T]) -> bool:
        node: Entry[T] | None = entry
        while node is not None and node is not root:
            node = node.parent
        return node is root

    # --- changes --------------------------------------------------------------------------------------------

    def __setitem__(self, path: str, value: T) -> None:
        self.put(path, value)

    def put(self, path: str, value: T) -> Entry[T]:
        names = split(path)
        if not names:
            self.root.value = value
            return self.root
        parent = self.entry("/" + "/".join(names[:-1]) if len(names) > 1 else "/")
        if parent is None:
            raise KeyError(f"no parent for {path}")
        return self.put_under(parent, names[-1], value)

    @staticmethod
    def put_under(parent: Entry[T], name: str, value: T) -> Entry[T]:
        existing = parent.children.get(name)
        if existing is not None:
            existing.value = value
            return existing
        child = Entry(name, value, parent)
        parent.children[name] = child
        return child

    @staticmethod
    def detach(entry: Entry[T]) -> None:
        """Remove ``entry`` (and its subtree) from its parent."""
        if entry.parent is not None:
            entry.parent.children.pop(entry.name, None)
            entry.parent = None

    def pop(self, path: str, default: T | None = None) -> T | None:
        found = self.entry(path)
        if found is None or found is self.root:
            return default
        self.detach(found)
        return found.value

    def move(self, src: str, dst: str) -> None:
        """Re-hang the subtree at ``src`` as ``dst`` (whose parent exists and which does not)."""
        node = self.entry(src)
        names = split(dst)
        parent = self.entry("/" + "/".join(names[:-1]) if len(names) > 1 else "/")
        if node is None or parent is None or not names or names[-1] in parent.children:
            raise KeyError(f"cannot move {src} to {dst}")
        self.detach(node)
        node.name = names[-1]
        node.parent = parent
        parent.children[node.name] = node

    # --- walks ----------------------------------------------------------------------------------------------

    @staticmethod
    def children(entry: Entry[T]) -> list[Entry[T]]:
        return [entry.children[name] for name in sorted(entry.children)]

    @staticmethod
    def descendants(entry: Entry[T], *, deepest_first: bool = False) -> Iterator[Entry[T]]:
        """Every node below ``entry``, by name at each level: parents before children (pre-order), or children
        before their parents with ``deepest_first`` (post-order, the order a delete takes). Iterative: a deep
        tree does not hit the recursion limit."""
        if not deepest_first:
            stack = list(reversed(PathTree.children(entry)))
            while stack:
                node = stack.pop()
                yield node
                stack.extend(reversed(PathTree.children(node)))
            return
        todo: list[tuple[Entry[T], bool]] = [(child, False) for child in reversed(PathTree.children(entry))]
        while todo:
            node, expanded = todo.pop()
            if expanded:
                yield node
                continue
            todo.append((node, True))
            todo.extend((child, False) for child in reversed(PathTree.children(node)))
