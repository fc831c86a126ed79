"""Workspace API 2.0 (api-inventory §1.6): a tree of folders, notebooks and repo folders with object ids.

A notebook is kept as its language and its list of commands (cells); every format is a rendering of that:

* SOURCE: the header line ``<comment> Databricks notebook source``, then the commands separated by
  ``<comment> COMMAND ----------`` lines; magic commands (``%md``, ``%sql``...) prefixed ``<comment> MAGIC``.
* JUPYTER: an nbformat 4 .ipynb; ``%md`` commands become markdown cells.
* HTML: a page carrying the notebook model (base64 of the URL-encoded JSON, as Databricks exports do) plus
  the escaped source.
* DBC: a zip archive of ``<name>.<python|scala|sql|r>`` JSON notebooks (NotebookV1); a folder exports as one
  (or as a zip of sources, below), and importing one creates its tree.
* R_MARKDOWN: R notebooks only; commands become ```{r} chunks, ``%md`` commands plain text.

Workspace files (object type FILE) hold bytes. ``RAW`` imports always make one; ``AUTO`` makes a notebook when
the path has a notebook extension and the content is notebook source with the ``Databricks notebook source``
header in that language's comment syntax (or a Jupyter notebook for ``.ipynb``), the extension dropped from the
path, and a file otherwise (databricks-sdk 0.162.0 ``ImportFormat.AUTO``). A file exports as its bytes in
SOURCE, AUTO and RAW (a notebook exported as AUTO or RAW gives its source); list and get-status report its
``size``. A folder exports as DBC, or as a zip of its notebooks' sources (SOURCE; AUTO adds its files). Every object reports ``resource_id`` (its id as a string).

Rules: 10 MB per import and export (MAX_NOTEBOOK_SIZE_EXCEEDED); ``language`` required for SOURCE; the parent
folder must exist; RESOURCE_ALREADY_EXISTS without ``overwrite``; DIRECTORY_NOT_EMPTY without ``recursive``.
Every user has ``/Users/<user>`` and ``/Repos/<user>``; ``/Shared`` is open to all. Non-admins cannot touch
other users' folders or create top-level folders (PERMISSION_DENIED). Repo folders (object type REPO) are
created by the repos service through :meth:`WorkspaceService.attach_repo`. The formats live in
workspace_formats.py, the tree and its path rules in workspace_tree.py, import and export in workspace_transfer.py.
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation
from ..tree import Entry, PathTree, normalize, parent_of
from .workspace_transfer import WorkspaceTransfer
from .workspace_tree import (
    FOLDERS,
    SYSTEM_FOLDERS,
    Node,
)


class WorkspaceService(WorkspaceTransfer, Service):
    name = "workspace"

    def reset(self) -> None:
        # Nodes by name under their parent (memory linear in the paths' lengths); ids point at tree entries.
        self.nodes: PathTree[Node] = PathTree(Node("DIRECTORY", 0))
        self.by_id: dict[int, Entry[Node]] = {0: self.nodes.root}
        for folder in ("/Users", "/Shared", "/Repos"):
            self._add(folder, "DIRECTORY")
        config = self.env.config
        for user in sorted({*config.tokens.values(), *config.passwords, *config.admins}):
            self.ensure_home(user)

    # --- Python API for other services ---------------------------------------------------------------

    def path_of(self, object_id: int) -> str | None:
        entry = self.by_id.get(object_id)
        return PathTree.path_of(entry) if entry is not None else None

    def attach_repo(self, path: str) -> int:
        """Create the REPO folder at ``path`` (and missing parents); returns its object id (the repo id)."""
        path = normalize(path)
        if path in self.nodes:
            raise ApiError.already_exists(f"Path {path} already exists.")
        self._check_folder_chain(parent_of(path))
        self._mkdirs(parent_of(path))
        return self._add(path, "REPO").object_id

    def detach_repo(self, object_id: int) -> None:
        """Remove the REPO folder with this id and everything in it (the repos service deleted the repo)."""
        entry = self.by_id.get(object_id)
        if entry is not None and entry.value.object_type == "REPO":
            self._drop(entry)

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        wanted = {"notebooks": "NOTEBOOK", "directories": "DIRECTORY"}.get(object_type)
        if wanted is None:
            return None
        try:
            entry = self.by_id.get(int(object_id))
        except ValueError:
            return False
        return entry is not None and entry.value.object_type == wanted

    # --- operations ---------------------------------------------------------------------------------------

    @operation("workspaceGetStatus")
    def get_status(self, req: Request) -> dict[str, Any]:
        self.ensure_home(req.user)
        path, _ = self._existing(req.params["path"])
        self._check_access(req.user, path, write=False)
        return self._info(path)

    @operation("workspaceList")
    def list_objects(self, req: Request) -> dict[str, Any]:
        self.ensure_home(req.user)
        path, node = self._existing(req.params["path"])
        self._check_access(req.user, path, write=False)
        if node.object_type not in FOLDERS:
            return {"objects": [self._info(path)]}
        after = req.params.get("notebooks_modified_after")
        entry = self.nodes.entry(path)
        assert entry is not None
        objects = []
        base = path.rstrip("/")
        for child in PathTree.children(entry):
            c = child.value
            if after is not None and c.object_type == "NOTEBOOK" and c.modified_at <= after:
                continue
            objects.append(self._info_of(f"{base}/{child.name}", c))
        return {"objects": objects} if objects else {}

    @operation("workspaceMkdirs")
    def mkdirs(self, req: Request) -> dict[str, Any]:
        self.ensure_home(req.user)
        path = normalize(req.params["path"])
        self._check_access(req.user, path, write=path not in self.nodes)
        self._check_folder_chain(path)
        self._mkdirs(path)
        return {}

    @operation("workspaceDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        self.ensure_home(req.user)
        path, _ = self._existing(req.params["path"])
        if path in SYSTEM_FOLDERS:
            raise ApiError.permission_denied(f"Cannot delete the system folder {path}.")
        self._check_access(req.user, path, write=True)
        entry = self.nodes.entry(path)
        assert entry is not None
        if entry.children and not req.params.get("recursive", False):
            raise ApiError(400, "DIRECTORY_NOT_EMPTY", f"Folder ({path}) is not empty; use recursive to delete it.")
        removed_repos = [
            e.value.object_id for e in [entry, *PathTree.descendants(entry)] if e.value.object_type == "REPO"
        ]
        self._drop(entry)
        repos = self.env.services.get("repos")
        forget = getattr(repos, "forget_repo", None)
        if forget is not None:
            for repo_id in removed_repos:
                forget(repo_id)
        return {}
