"""Repos API 2.0 (api-inventory §1.17): Git-linked folders at /Repos/<folder>/<name>.

The mock has no Git remote: a clone checks out ``main`` and commit ids are the SHA-1 of (url, ref), so the
same branch of the same remote always has the same head and checking out a tag gives detached HEAD. A repo
is also a REPO object in the workspace tree when the workspace service is loaded (the repo id is its
object id; deleting the folder there deletes the repo). Lists are ordered by path, 20 per page, with an
opaque ``next_page_token``. Non-admins see and manage only the repos they created.

Sparse checkout (later; databricks-sdk 0.162.0 ``SparseCheckout``): cone ``patterns`` given at creation are
stored and returned; an update may replace them, but only on a repo created with a sparse checkout
("The update will fail if sparse checkout is not enabled for the repo", the SDK's ``update`` docs).

Also later (databricks-sdk 0.162.0): ``git_credential_id`` on create and update and
``dangerously_force_discard_all`` on update are accepted (type-checked by the spec) and have no effect here: the
mock has no Git remote to authenticate to and no uncommitted changes to discard. GET's ``git_cli_enabled`` is
left out, as the SDK allows (optional), since nothing in the mock enables the Git CLI.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from .. import jsonio
from ..errors import ApiError
from ..service import Request, Service, operation

PAGE_SIZE = 20
PROVIDERS = (
    "gitHub",
    "bitbucketCloud",
    "gitLab",
    "azureDevOpsServices",
    "gitHubEnterprise",
    "bitbucketServer",
    "gitLabEnterpriseEdition",
    "awsCodeCommit",
)
PROVIDER_BY_KEY = {p.lower(): p for p in PROVIDERS}


@dataclass
class Repo:
    id: int
    url: str
    provider: str
    path: str
    branch: str | None
    head_commit_id: str
    owner: str
    #: Cone patterns of a sparse checkout; None = the whole repository.
    sparse_patterns: list[str] | None = None

    def info(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "url": self.url, "provider": self.provider, "path": self.path}
        if self.branch is not None:
            out["branch"] = self.branch
        out["head_commit_id"] = self.head_commit_id
        if self.sparse_patterns is not None:
            out["sparse_checkout"] = {"patterns": list(self.sparse_patterns)}
        return out


def commit_of(url: str, ref: str) -> str:
    return hashlib.sha1(f"{url}\0{ref}".encode()).hexdigest()


def repo_path(raw: str) -> str:
    parts = [p for p in raw.split("/") if p not in ("", ".")]
    if not raw.startswith("/") or ".." in parts or len(parts) != 3 or parts[0] != "Repos":
        raise ApiError.invalid(f"Invalid repo path {raw!r}: repos are created at /Repos/<folder>/<repo-name>.")
    return "/" + "/".join(parts)


def encode_token(after: str) -> str:
    return base64.urlsafe_b64encode(json.dumps({"after": after}).encode()).decode().rstrip("=")


def decode_token(token: str) -> str:
    try:
        data = jsonio.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError):  # JsonError is a ValueError
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("after"), str):
        raise ApiError.invalid(f"Invalid next_page_token: {token!r}")
    after: str = data["after"]
    return after


class ReposService(Service):
    name = "repos"

    def reset(self) -> None:
        self.repos: dict[int, Repo] = {}

    # --- Python API ---------------------------------------------------------------------------------------

    def forget_repo(self, repo_id: int) -> None:
        """The workspace deleted the repo's folder."""
        self.repos.pop(repo_id, None)

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        if object_type != "repos":
            return None
        try:
            return int(object_id) in self.repos
        except ValueError:
            return False

    # --- helpers ------------------------------------------------------------------------------------------

    def _workspace(self) -> Any:
        return self.env.services.get("workspace")

    def _repo(self, req: Request) -> Repo:
        repo = self.repos.get(req.params["repo_id"])
        if repo is None:
            raise ApiError.not_found(f"Repo {req.params['repo_id']} does not exist.")
        if repo.owner != req.user and not self.env.is_admin(req.user):
            raise ApiError.permission_denied(f"User {req.user} cannot manage repo {repo.id}.")
        return repo

    # --- operations ---------------------------------------------------------------------------------------

    @operation("reposList")
    def list_repos(self, req: Request) -> dict[str, Any]:
        prefix = req.params.get("path_prefix") or ""
        token = req.params.get("next_page_token")
        after = decode_token(token) if token else None
        admin = self.env.is_admin(req.user)
        visible = sorted(
            (r for r in self.repos.values() if (admin or r.owner == req.user) and r.path.startswith(prefix)),
            key=lambda r: r.path,
        )
        if after is not None:
            visible = [r for r in visible if r.path > after]
        page = visible[:PAGE_SIZE]
        out: dict[str, Any] = {}
        if page:
            out["repos"] = [r.info() for r in page]
        if len(visible) > PAGE_SIZE:
            out["next_page_token"] = encode_token(page[-1].path)
        return out

    @operation("reposCreate")
    def create(self, req: Request) -> dict[str, Any]:
        p = req.params
        url = p["url"].strip()
        parsed = urlparse(url)
        if parsed.scheme not in ("https", "http") or not parsed.netloc or not parsed.path.strip("/"):
            raise ApiError.invalid(f"Invalid Git repository URL {url!r}: use the https URL of the repository.")
        provider = PROVIDER_BY_KEY.get(p["provider"].lower())
        if provider is None:
            raise ApiError.invalid(f"Invalid Git provider {p['provider']!r}; use one of {', '.join(PROVIDERS)}.")
        if p.get("path"):
            path = repo_path(p["path"])
        else:
            name = parsed.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
            path = repo_path(f"/Repos/{req.user}/{name}")
        folder = path.split("/")[2]
        if folder != req.user and not self.env.is_admin(req.user):
            raise ApiError.permission_denied(f"User {req.user} cannot create repos in /Repos/{folder}.")
        if any(r.path == path for r in self.repos.values()):
            raise ApiError.already_exists(f"Path {path} already exists.")
        ws = self._workspace()
        attach = getattr(ws, "attach_repo", None)
        repo_id = int(attach(path)) if attach is not None else self.env.next_id("workspace.object", start=100)
        sparse = p.get("sparse_checkout")
        repo = Repo(repo_id, url, provider, path, "main", commit_of(url, "refs/heads/main"), req.user)
        if sparse is not None:
            repo.sparse_patterns = list(sparse.get("patterns") or [])
        self.repos[repo_id] = repo
        return repo.info()

    @operation("reposGet")
    def get(self, req: Request) -> dict[str, Any]:
        return self._repo(req).info()

    @operation("reposUpdate")
    def update(self, req: Request) -> dict[str, Any]:
        repo = self._repo(req)
        branch, tag = req.params.get("branch"), req.params.get("tag")
        sparse = req.params.get("sparse_checkout")
        if (branch is not None and tag is not None) or (branch is None and tag is None and sparse is None):
            raise ApiError.invalid("Specify exactly one of branch and tag, or sparse_checkout.")
        if sparse is not None:
            if repo.sparse_patterns is None:
                raise ApiError.invalid(
                    f"Sparse checkout is not enabled for repo {repo.id}; it can only be set when the repo is created."
                )
            repo.sparse_patterns = list(sparse.get("patterns") or [])
        if branch is not None:
            repo.branch, repo.head_commit_id = branch, commit_of(repo.url, f"refs/heads/{branch}")
        elif tag is not None:
            repo.branch, repo.head_commit_id = None, commit_of(repo.url, f"refs/tags/{tag}")
        return {}

    @operation("reposDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        repo = self._repo(req)
        del self.repos[repo.id]
        detach = getattr(self._workspace(), "detach_repo", None)
        if detach is not None:
            detach(repo.id)
        return {}
