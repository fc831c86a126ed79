"""Repos in the mock: Git-linked /Repos folders, checkout, pagination and the workspace tree (api-inventory §1.17)."""

from __future__ import annotations

import re

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ADMIN, USER, ok, users_config

URL = "https://github.com/jsmith/test"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def create(client: httpx.Client, **body: object) -> httpx.Response:
    return client.post("/api/2.0/repos", json={"url": URL, "provider": "gitHub", **body})


def test_create_clones_the_default_branch_into_a_repo_folder(client: httpx.Client) -> None:
    r = create(client, path="/Repos/Production/testrepo")
    assert r.status_code == 200, r.text
    repo = r.json()
    assert repo["path"] == "/Repos/Production/testrepo" and repo["url"] == URL and repo["provider"] == "gitHub"
    assert repo["branch"] == "main" and re.fullmatch(r"[0-9a-f]{40}", repo["head_commit_id"])
    assert client.get(f"/api/2.0/repos/{repo['id']}").json() == repo
    info = client.get("/api/2.0/workspace/get-status", params={"path": repo["path"]}).json()
    assert info["object_type"] == "REPO" and info["object_id"] == repo["id"]
    # the parent folder exists and the repo is listed in it
    listing = client.get("/api/2.0/workspace/list", params={"path": "/Repos/Production"}).json()
    assert [o["object_type"] for o in listing["objects"]] == ["REPO"]


def test_defaults_and_validation(client: httpx.Client) -> None:
    r = client.post("/api/2.0/repos", json={"url": "https://github.com/jsmith/other.git", "provider": "GITHUB"})
    assert r.status_code == 200, r.text
    assert r.json()["path"] == f"/Repos/{ADMIN}/other" and r.json()["provider"] == "gitHub"
    bad = [
        {"provider": "sourceforge"},
        {"path": "/Users/admin@example.com/repo"},
        {"path": "/Repos/too/deep/repo"},
        {"url": "git@github.com:jsmith/test.git"},
    ]
    for body in bad:
        r = create(client, **body)
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", body
    r = client.post("/api/2.0/repos", json={"url": URL})
    assert r.status_code == 400


def test_a_taken_path_is_refused_and_nothing_changes(client: httpx.Client) -> None:
    first = create(client, path="/Repos/Production/testrepo").json()
    r = create(client, url="https://github.com/jsmith/else", path="/Repos/Production/testrepo")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert client.get("/api/2.0/repos").json()["repos"] == [first]
    client.post("/api/2.0/workspace/mkdirs", json={"path": "/Repos/Production/folder"})
    r = create(client, path="/Repos/Production/folder")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"


def test_update_checks_out_a_branch_or_a_tag(client: httpx.Client) -> None:
    repo = create(client).json()
    url = f"/api/2.0/repos/{repo['id']}"
    assert client.patch(url, json={"branch": "dev"}).json() == {}
    dev = client.get(url).json()
    assert dev["branch"] == "dev" and dev["head_commit_id"] != repo["head_commit_id"]
    client.patch(url, json={"branch": "main"})
    assert client.get(url).json()["head_commit_id"] == repo["head_commit_id"]
    assert client.patch(url, json={"tag": "v1.0"}).status_code == 200
    tagged = client.get(url).json()
    assert "branch" not in tagged and tagged["head_commit_id"] not in (repo["head_commit_id"], dev["head_commit_id"])
    for body in ({}, {"branch": "main", "tag": "v1.0"}):
        r = client.patch(url, json=body)
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    assert client.get(url).json() == tagged


def test_delete_removes_the_repo_and_its_folder(client: httpx.Client, mock: MockServer) -> None:
    repo = create(client).json()
    assert mock.env.service("repos").has_object("repos", str(repo["id"])) is True
    assert client.delete(f"/api/2.0/repos/{repo['id']}").json() == {}
    r = client.get(f"/api/2.0/repos/{repo['id']}")
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    assert client.delete(f"/api/2.0/repos/{repo['id']}").status_code == 404
    assert client.get("/api/2.0/workspace/get-status", params={"path": repo["path"]}).status_code == 404
    assert mock.env.service("repos").has_object("repos", str(repo["id"])) is False


def test_deleting_the_folder_in_the_workspace_deletes_the_repo(client: httpx.Client) -> None:
    repo = create(client, path="/Repos/team/app").json()
    r = client.post("/api/2.0/workspace/delete", json={"path": "/Repos/team", "recursive": True})
    assert r.status_code == 200
    assert client.get(f"/api/2.0/repos/{repo['id']}").status_code == 404


def test_list_pages_of_20_with_a_path_prefix(client: httpx.Client) -> None:
    for i in range(45):
        assert create(client, url=f"https://github.com/org/r{i:02d}", path=f"/Repos/big/r{i:02d}").status_code == 200
    create(client, url="https://github.com/org/other", path="/Repos/small/other")
    seen: list[str] = []
    sizes = []
    token: str | None = None
    while True:
        params = {"path_prefix": "/Repos/big"} | ({"next_page_token": token} if token else {})
        page = client.get("/api/2.0/repos", params=params).json()
        sizes.append(len(page["repos"]))
        seen += [r["path"] for r in page["repos"]]
        token = page.get("next_page_token")
        if token is None:
            break
    assert sizes == [20, 20, 5]
    assert seen == [f"/Repos/big/r{i:02d}" for i in range(45)]
    assert len(client.get("/api/2.0/repos").json()["repos"]) == 20
    assert client.get("/api/2.0/repos", params={"path_prefix": "/Repos/none"}).json() == {}
    r = client.get("/api/2.0/repos", params={"next_page_token": "garbage!"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_users_see_and_manage_only_their_repos(client: httpx.Client, user_client: httpx.Client) -> None:
    admins = create(client, path="/Repos/Production/testrepo").json()
    mine = ok(user_client.post("/api/2.0/repos", json={"url": "https://github.com/me/mine", "provider": "gitLab"}))
    assert mine["path"] == f"/Repos/{USER}/mine"
    assert user_client.get("/api/2.0/repos").json()["repos"] == [mine]
    assert len(client.get("/api/2.0/repos").json()["repos"]) == 2
    r = user_client.get(f"/api/2.0/repos/{admins['id']}")
    assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
    r = user_client.post("/api/2.0/repos", json={"url": URL, "provider": "gitHub", "path": "/Repos/Production/x"})
    assert r.status_code == 403


def test_repo_id_must_be_an_integer(client: httpx.Client) -> None:
    r = client.get("/api/2.0/repos/abc")
    assert r.status_code == 400


# --- sparse checkout (databricks-sdk 0.162.0 SparseCheckout / SparseCheckoutUpdate) -------------------------


def test_sparse_checkout_patterns_are_stored_returned_and_updated(client: httpx.Client) -> None:
    r = create(
        client, url=URL, provider="gitHub", path="/Repos/Production/sparse", sparse_checkout={"patterns": ["src"]}
    )
    assert r.status_code == 200, r.text
    repo = r.json()
    assert repo["sparse_checkout"] == {"patterns": ["src"]}
    got = client.get(f"/api/2.0/repos/{repo['id']}").json()
    assert got["sparse_checkout"] == {"patterns": ["src"]}
    listed = client.get("/api/2.0/repos").json()["repos"]
    assert [x.get("sparse_checkout") for x in listed if x["id"] == repo["id"]] == [{"patterns": ["src"]}]
    # The patterns alone may be updated; the checked-out branch stays.
    r = client.patch(f"/api/2.0/repos/{repo['id']}", json={"sparse_checkout": {"patterns": ["src", "docs"]}})
    assert r.status_code == 200, r.text
    got = client.get(f"/api/2.0/repos/{repo['id']}").json()
    assert got["sparse_checkout"] == {"patterns": ["src", "docs"]} and got["branch"] == "main"


def test_sparse_checkout_cannot_be_turned_on_by_an_update(client: httpx.Client) -> None:
    repo = create(client, url=URL, provider="gitHub", path="/Repos/Production/full").json()
    assert "sparse_checkout" not in repo
    r = client.patch(f"/api/2.0/repos/{repo['id']}", json={"sparse_checkout": {"patterns": ["src"]}})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    assert "sparse_checkout" not in client.get(f"/api/2.0/repos/{repo['id']}").json()
    r = client.patch(f"/api/2.0/repos/{repo['id']}", json={"branch": "a", "tag": "b"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text


def test_git_credential_id_and_force_discard_are_accepted_and_type_checked(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 ReposAPI.create(git_credential_id=...) and update(git_credential_id=...,
    # dangerously_force_discard_all=...): the mock has no remote and no uncommitted changes, so they only
    # have to be accepted with their wire types.
    repo = create(client, git_credential_id=7).json()
    url = f"/api/2.0/repos/{repo['id']}"
    got = client.get(url).json()
    assert got == repo and "git_credential_id" not in got
    body = {"branch": "dev", "git_credential_id": 7, "dangerously_force_discard_all": True}
    assert client.patch(url, json=body).json() == {}
    assert client.get(url).json()["branch"] == "dev"
    for bad in ({"branch": "x", "git_credential_id": "seven"}, {"branch": "x", "dangerously_force_discard_all": 1}):
        r = client.patch(url, json=bad)
        assert r.status_code == 400 and r.json()["error_code"] == "MALFORMED_REQUEST", r.text
    r = create(client, path="/Repos/other/x", git_credential_id="seven")
    assert r.status_code == 400 and r.json()["error_code"] == "MALFORMED_REQUEST", r.text
    assert client.get(url).json()["branch"] == "dev"
