"""Names get bounds when they are created, and exports never fail on what was accepted (issue 14 item 12).

A 70,000-character notebook name was accepted, after which a DBC export of its folder answered 500. The bounds
and their evidence:

* workspace and DBFS paths: 255 bytes per name, 4,096 per path, the Linux bounds of the driver's ``/Workspace``
  and ``/dbfs`` mounts (see tests/mock/test_trees.py); repo paths are workspace paths.
* job ``name`` and a one-time run's ``run_name``: "The maximum length is 4096 bytes in UTF-8 encoding", and job
  ``description``: "The maximum length is 27700 characters" (databricks-sdk 0.162.0 ``service/jobs.py``,
  ``JobSettings.name``, ``SubmitRun.run_name``, ``JobSettings.description``).
* secret scope and key names: "may not exceed 128 characters" (databricks-sdk 0.162.0 ``service/workspace.py``,
  ``SecretsAPI.create_scope`` and ``put_secret``), already in the spec (``SecretsName``).
* ``cluster_name``: Databricks documents no bound, but it becomes the ``ClusterName`` default tag of every cloud
  resource of the cluster, and a tag value is at most 256 characters on AWS and on Azure (their tagging docs):
  the mock takes that bound.
"""

from __future__ import annotations

import base64
import io
import zipfile
from typing import Any

import httpx
import pytest

from tests.mock.helpers import b64

HOME = "/Users/admin@example.com"
CLUSTER = {"spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_D3_v2", "num_workers": 1}


@pytest.fixture
def task(client: httpx.Client) -> dict[str, Any]:
    r = client.post("/api/2.0/clusters/create", json={**CLUSTER, "cluster_name": "for jobs"})
    assert r.status_code == 200, r.text
    return {
        "task_key": "t",
        "notebook_task": {"notebook_path": "/Shared/nb"},
        "existing_cluster_id": r.json()["cluster_id"],
    }


def notebook(client: httpx.Client, path: str) -> httpx.Response:
    body = {"path": path, "format": "SOURCE", "language": "PYTHON", "content": b64("print(1)")}
    return client.post("/api/2.0/workspace/import", json=body)


def mkdirs(client: httpx.Client, path: str) -> httpx.Response:
    return client.post("/api/2.0/workspace/mkdirs", json={"path": path})


def export(client: httpx.Client, path: str, fmt: str, **params: Any) -> httpx.Response:
    return client.get("/api/2.0/workspace/export", params={"path": path, "format": fmt, **params})


# --- the reviewer's case ------------------------------------------------------------------------------------


def test_a_70000_character_notebook_name_is_refused_and_its_folder_still_exports(client: httpx.Client) -> None:
    assert mkdirs(client, f"{HOME}/big").status_code == 200
    assert notebook(client, f"{HOME}/big/fine").status_code == 200
    for make in (notebook, mkdirs):
        r = make(client, f"{HOME}/big/" + "n" * 70_000)
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
        assert "4096 bytes" in r.json()["message"] and len(r.text) < 1000  # the name is not echoed whole
    r = export(client, f"{HOME}/big", "DBC")
    assert r.status_code == 200, r.text
    names = zipfile.ZipFile(io.BytesIO(base64.b64decode(r.json()["content"]))).namelist()
    assert names == ["big/", "big/fine.python"]


def test_a_dbc_archive_with_an_overlong_entry_name_is_refused_whole(client: httpx.Client) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("top/ok.python", '{"language": "python", "commands": [{"command": "1"}]}')
        z.writestr("top/" + "n" * 300 + ".python", '{"language": "python", "commands": [{"command": "2"}]}')
    body = {"path": f"{HOME}/archive", "format": "DBC", "content": b64(buf.getvalue())}
    r = client.post("/api/2.0/workspace/import", json=body)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
    assert client.get("/api/2.0/workspace/get-status", params={"path": f"{HOME}/archive"}).status_code == 404


# --- exports of odd names -----------------------------------------------------------------------------------

ODD_NAMES = [
    "日本語のノート",
    "café 🍰 crème",
    "n" * 255,
    "é" * 127,  # 254 bytes
    "a%2Fb",  # a slash, percent-encoded: stays three characters
    "back\\slash",
    "quotes \" and ' and <tags> & ;",
    ".hidden",
    "x.python",  # looks like a DBC notebook entry
    "tab\there",
    " leading and trailing ",
]


def test_folders_with_odd_names_export_in_every_format_and_round_trip(client: httpx.Client) -> None:
    base = f"{HOME}/odd"
    assert mkdirs(client, f"{base}/empty folder").status_code == 200
    for name in ODD_NAMES:
        assert mkdirs(client, f"{base}/{name}/inner").status_code == 200, name
        r = notebook(client, f"{base}/{name}/{name}")
        assert r.status_code == 200, (name, r.text[:300])
        for fmt in ("SOURCE", "HTML", "JUPYTER", "DBC"):
            r = export(client, f"{base}/{name}/{name}", fmt)
            assert r.status_code == 200, (name, fmt, r.text[:300])
            r = export(client, f"{base}/{name}/{name}", fmt, direct_download="true")
            assert r.status_code == 200 and r.headers["content-disposition"].isascii(), (name, fmt)
        assert export(client, f"{base}/{name}", "DBC").status_code == 200, name
    for folder in (base, f"{base}/empty folder", "/"):
        r = export(client, folder, "DBC")
        assert r.status_code == 200, (folder, r.text[:300])
    # the archive of the whole folder re-imports to the same tree
    archive = base64.b64decode(export(client, base, "DBC").json()["content"])
    body = {"path": f"{HOME}/odd-copy", "format": "DBC", "content": b64(archive)}
    r = client.post("/api/2.0/workspace/import", json=body)
    assert r.status_code == 200, r.text[:300]

    def tree(path: str) -> list[tuple[str, str]]:
        out = []
        for obj in client.get("/api/2.0/workspace/list", params={"path": path}).json().get("objects", []):
            rel = obj["path"][len(path) :]
            out.append((rel, obj["object_type"]))
            if obj["object_type"] == "DIRECTORY":
                out += [(rel + sub, kind) for sub, kind in tree(obj["path"])]
        return sorted(out)

    assert tree(f"{HOME}/odd-copy") == tree(base)


# --- relatives: other name fields ---------------------------------------------------------------------------


def test_job_names_are_bounded_at_4096_utf8_bytes(client: httpx.Client, task: dict[str, Any]) -> None:
    for api in ("2.1",):
        ok = client.post(f"/api/{api}/jobs/create", json={"name": "é" * 2048, "tasks": [task]})
        assert ok.status_code == 200, ok.text[:300]
        for bad in ("é" * 2048 + "x", "n" * 70_000):
            r = client.post(f"/api/{api}/jobs/create", json={"name": bad, "tasks": [task]})
            assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
            assert "4096" in r.json()["message"]
            job_id = ok.json()["job_id"]
            r = client.post(
                f"/api/{api}/jobs/reset", json={"job_id": job_id, "new_settings": {"name": bad, "tasks": [task]}}
            )
            assert r.status_code == 400, r.text[:300]
            r = client.post(f"/api/{api}/jobs/update", json={"job_id": job_id, "new_settings": {"name": bad}})
            assert r.status_code == 400, r.text[:300]
    r = client.post(
        "/api/2.0/jobs/create",
        json={
            "name": "n" * 4097,
            "notebook_task": {"notebook_path": "/x"},
            "existing_cluster_id": task["existing_cluster_id"],
        },
    )
    assert r.status_code == 400, r.text[:300]


def test_run_names_and_job_descriptions_are_bounded(client: httpx.Client, task: dict[str, Any]) -> None:
    r = client.post("/api/2.1/jobs/runs/submit", json={"run_name": "n" * 4097, "tasks": [task]})
    assert r.status_code == 400 and "4096" in r.json()["message"], r.text[:300]
    r = client.post("/api/2.1/jobs/create", json={"name": "j", "description": "d" * 27_701, "tasks": [task]})
    assert r.status_code == 400 and "27700" in r.json()["message"], r.text[:300]
    r = client.post("/api/2.1/jobs/create", json={"name": "j", "description": "d" * 27_700, "tasks": [task]})
    assert r.status_code == 200, r.text[:300]


def test_cluster_names_are_bounded_at_256_characters(client: httpx.Client) -> None:
    ok = client.post("/api/2.0/clusters/create", json={**CLUSTER, "cluster_name": "日" * 256})
    assert ok.status_code == 200, ok.text[:300]
    for bad in ("n" * 257, "n" * 70_000):
        r = client.post("/api/2.0/clusters/create", json={**CLUSTER, "cluster_name": bad})
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
        assert "256" in r.json()["message"]
        edit = {**CLUSTER, "cluster_id": ok.json()["cluster_id"], "cluster_name": bad}
        r = client.post("/api/2.0/clusters/edit", json=edit)
        assert r.status_code == 400, r.text[:300]
    listed = client.get("/api/2.0/clusters/list").json()["clusters"]
    assert [c["cluster_name"] for c in listed] == ["日" * 256]  # the refused edits changed nothing


@pytest.mark.parametrize("what", ["scope", "key"])
def test_secret_scope_and_key_names_are_bounded_at_128_characters(client: httpx.Client, what: str) -> None:
    scope = "s" * 129 if what == "scope" else "scope"
    if what == "key":
        assert client.post("/api/2.0/secrets/scopes/create", json={"scope": scope}).status_code == 200
        r = client.post("/api/2.0/secrets/put", json={"scope": scope, "key": "k" * 129, "string_value": "v"})
    else:
        r = client.post("/api/2.0/secrets/scopes/create", json={"scope": scope})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text[:300]
