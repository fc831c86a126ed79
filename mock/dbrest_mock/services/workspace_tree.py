"""The workspace tree of the Workspace API service: its nodes, path rules and the helpers every handler shares
(``WorkspaceService`` in workspace.py holds the rules and the listing operations; workspace_transfer.py import and
export)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..clock import VirtualClock
from ..errors import ApiError
from ..service import Env
from ..tree import Entry, PathTree, name_of, normalize, parent_of
from .workspace_formats import (
    Notebook,
)

MAX_BYTES = 10 * 1024 * 1024
#: A DBC archive may expand to at most this much (each notebook in it stays under MAX_BYTES).
MAX_DBC_EXPANDED = 10 * MAX_BYTES
FOLDERS = ("DIRECTORY", "REPO")
#: The longest entry name a zip header holds.
ZIP_NAME_BYTES = 0xFFFF
SYSTEM_FOLDERS = ("/", "/Users", "/Shared", "/Repos")


@dataclass
class Node:
    object_type: str
    object_id: int
    language: str | None = None
    cells: list[str] = field(default_factory=list)
    created_at: int = 0
    modified_at: int = 0
    #: The bytes of a workspace file (object type FILE).
    data: bytes = b""


def too_big(size: int, what: str) -> ApiError:
    return ApiError(
        400, "MAX_NOTEBOOK_SIZE_EXCEEDED", f"The {what} is {size} bytes; the limit is {MAX_BYTES} bytes (10 MB)."
    )


class WorkspaceTree:
    """The workspace service's state (set up by ``WorkspaceService.reset``) and the helpers on it."""

    env: Env
    #: Nodes by name under their parent (memory linear in the paths' lengths).
    nodes: PathTree[Node]
    #: Object id -> tree entry.
    by_id: dict[int, Entry[Node]]

    @property
    def clock(self) -> VirtualClock:
        return self.env.clock

    def ensure_home(self, user: str) -> None:
        """Create /Users/<user> and /Repos/<user> if missing (every workspace user has them)."""
        for root in ("/Users", "/Repos"):
            home = f"{root}/{user}"
            if home not in self.nodes and "/" not in user:
                self._add(home, "DIRECTORY")

    # --- tree helpers -----------------------------------------------------------------------------------

    def _add(self, path: str, object_type: str, notebook: Notebook | None = None) -> Node:
        """A new object at ``path``, whose parent exists."""
        parent = self.nodes.entry(parent_of(path))
        assert parent is not None and path != "/"
        return self._add_under(parent, name_of(path), object_type, notebook).value

    def _add_under(
        self, parent: Entry[Node], name: str, object_type: str, notebook: Notebook | None = None
    ) -> Entry[Node]:
        now = self.clock.now_ms()
        node = Node(object_type, self.env.next_id("workspace.object", start=100), created_at=now, modified_at=now)
        if notebook is not None:
            node.language, node.cells = notebook.language, list(notebook.cells)
        old = parent.children.get(name)
        if old is not None:
            self.by_id.pop(old.value.object_id, None)
        entry = PathTree.put_under(parent, name, node)
        self.by_id[node.object_id] = entry
        return entry

    def _drop(self, entry: Entry[Node]) -> None:
        """Remove ``entry`` and everything below it."""
        for e in [entry, *PathTree.descendants(entry)]:
            self.by_id.pop(e.value.object_id, None)
        PathTree.detach(entry)

    def _info(self, path: str) -> dict[str, Any]:
        return self._info_of(path, self.nodes[path])

    @staticmethod
    def _info_of(path: str, node: Node) -> dict[str, Any]:
        info: dict[str, Any] = {
            "object_type": node.object_type,
            "path": path,
            "object_id": node.object_id,
            "resource_id": str(node.object_id),
        }
        if node.object_type == "NOTEBOOK":
            info["language"] = node.language
        if node.object_type in ("NOTEBOOK", "FILE"):
            info["created_at"] = node.created_at
            info["modified_at"] = node.modified_at
        if node.object_type == "FILE":
            info["size"] = len(node.data)
        return info

    def _existing(self, raw: str) -> tuple[str, Node]:
        path = normalize(raw)
        node = self.nodes.get(path)
        if node is None:
            raise ApiError.not_found(f"Path ({path}) doesn't exist.")
        return path, node

    def _check_folder_chain(self, path: str) -> None:
        """Every existing object on the way to ``path`` must be a folder (mkdir -p semantics)."""
        chain, _ = self.nodes.lineage(path)
        for entry in reversed(chain):
            if entry.value.object_type not in FOLDERS:
                where = PathTree.path_of(entry)
                raise ApiError.already_exists(f"A {entry.value.object_type.lower()} already exists at {where}.")

    def _mkdirs(self, path: str) -> None:
        chain, missing = self.nodes.lineage(path)
        entry = chain[-1]
        for name in missing:
            entry = self._add_under(entry, name, "DIRECTORY")

    def _check_access(self, user: str, path: str, *, write: bool) -> None:
        """Default ACLs: users own their /Users and /Repos folders; only admins create top-level folders."""
        if self.env.is_admin(user):
            return
        parts = path.split("/")[1:]
        if len(parts) >= 2 and parts[0] in ("Users", "Repos") and parts[1] != user:
            raise ApiError.permission_denied(f"User {user} does not have permission to access {path}.")
        if write and (len(parts) == 1 or (len(parts) == 2 and parts[0] in ("Users", "Repos"))):
            raise ApiError.permission_denied(f"Only admins can create or delete top-level folders ({path}).")
