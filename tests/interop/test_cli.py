"""databricks-cli 0.18.0, unmodified, against the served mock: ``fs cp`` both ways, ``clusters list``, ``workspace
import``/``export``, ``jobs create``/``run-now`` and ``runs get`` (Jobs API 2.0, the CLI's default, and 2.1)."""

from __future__ import annotations

import base64
import json
import random
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import USER
from tests.interop.conftest import Peers, call, dbfs_bytes

MB = 1024 * 1024
CLUSTER = {"spark_version": "11.3.x-scala2.12", "node_type_id": "Standard_DS3_v2", "num_workers": 1}
NOTEBOOK = (
    "# Databricks notebook source\n"
    "dbutils.widgets.text('who', 'nobody')\n"
    "print('hello', dbutils.widgets.get('who'))\n"
    "\n"
    "# COMMAND ----------\n"
    "\n"
    "# MAGIC %sql\n"
    "# MAGIC SELECT 1"
)


def test_fs_cp_both_ways_five_megabytes(peers: Peers, api: httpx.Client, tmp_path: Path) -> None:
    data = random.Random(5).randbytes(5 * MB)
    src, back = tmp_path / "five.bin", tmp_path / "back.bin"
    src.write_bytes(data)
    peers.cli("fs", "cp", str(src), "dbfs:/interop/cli/five.bin").check()
    status = call(api, "GET", "/api/2.0/dbfs/get-status", params={"path": "/interop/cli/five.bin"})
    assert (status["file_size"], status["is_dir"]) == (len(data), False)
    assert dbfs_bytes(api, "/interop/cli/five.bin") == data
    peers.cli("fs", "cp", "dbfs:/interop/cli/five.bin", str(back)).check()
    assert back.read_bytes() == data
    # Without --overwrite the CLI refuses an existing target; with it the file is replaced.
    other = random.Random(6).randbytes(MB + 1)
    src.write_bytes(other)
    refused = peers.cli("fs", "cp", str(src), "dbfs:/interop/cli/five.bin")
    assert refused.returncode != 0
    assert "RESOURCE_ALREADY_EXISTS" in refused.stdout + refused.stderr
    peers.cli("fs", "cp", "--overwrite", str(src), "dbfs:/interop/cli/five.bin").check()
    assert dbfs_bytes(api, "/interop/cli/five.bin") == other


def test_clusters_list(peers: Peers, api: httpx.Client) -> None:
    running = call(api, "POST", "/api/2.0/clusters/create", json={"cluster_name": "cli-running", **CLUSTER})
    stopped = call(api, "POST", "/api/2.0/clusters/create", json={"cluster_name": "cli-stopped", **CLUSTER})
    call(api, "POST", "/api/2.0/clusters/delete", json={"cluster_id": stopped["cluster_id"]})
    listed = peers.cli("clusters", "list", "--output", "JSON").json()
    states = {c["cluster_id"]: (c["cluster_name"], c["state"]) for c in listed["clusters"]}
    assert states == {
        running["cluster_id"]: ("cli-running", "RUNNING"),
        stopped["cluster_id"]: ("cli-stopped", "TERMINATED"),
    }
    table = peers.cli("clusters", "list").check().stdout
    rows = sorted(line.split() for line in table.splitlines() if line.strip())
    assert rows == sorted(
        [[running["cluster_id"], "cli-running", "RUNNING"], [stopped["cluster_id"], "cli-stopped", "TERMINATED"]]
    )


def test_workspace_import_and_export(peers: Peers, api: httpx.Client, tmp_path: Path) -> None:
    local = tmp_path / "notebook.py"
    local.write_bytes(NOTEBOOK.encode())
    target = f"/Users/{USER}/cli-notebook"
    peers.cli("workspace", "import", "--language", "PYTHON", "--format", "SOURCE", str(local), target).check()
    status = call(api, "GET", "/api/2.0/workspace/get-status", params={"path": target})
    assert (status["object_type"], status["language"]) == ("NOTEBOOK", "PYTHON")
    exported = tmp_path / "exported.py"
    peers.cli("workspace", "export", target, str(exported)).check()
    assert exported.read_bytes() == NOTEBOOK.encode()
    # An existing notebook is only replaced with --overwrite.
    clash = peers.cli("workspace", "import", "-l", "PYTHON", str(local), target)
    assert clash.returncode != 0
    assert "RESOURCE_ALREADY_EXISTS" in clash.stdout + clash.stderr
    local.write_bytes(b"# Databricks notebook source\nprint(2)")
    peers.cli("workspace", "import", "-l", "PYTHON", "-o", str(local), target).check()
    peers.cli("workspace", "export", "-o", "-f", "JUPYTER", target, str(exported)).check()
    cells: list[dict[str, Any]] = json.loads(exported.read_text())["cells"]
    assert ["".join(c["source"]) for c in cells] == ["print(2)"]


JOB_20 = {
    "name": "cli-job-2.0",
    "new_cluster": CLUSTER,
    "notebook_task": {"notebook_path": f"/Users/{USER}/cli-job", "base_parameters": {"who": "default"}},
    "max_retries": 0,
}
JOB_21 = {
    "name": "cli-job-2.1",
    "tasks": [
        {
            "task_key": "main",
            "new_cluster": CLUSTER,
            "notebook_task": {"notebook_path": f"/Users/{USER}/cli-job", "base_parameters": {"who": "default"}},
        }
    ],
}


@pytest.mark.parametrize(("version", "settings"), [("2.0", JOB_20), ("2.1", JOB_21)])
def test_jobs_create_run_now_runs_get(
    peers: Peers, api: httpx.Client, tmp_path: Path, version: str, settings: dict[str, Any]
) -> None:
    content = base64.b64encode(NOTEBOOK.encode()).decode()
    call(
        api,
        "POST",
        "/api/2.0/workspace/import",
        json={"path": f"/Users/{USER}/cli-job", "format": "SOURCE", "language": "PYTHON", "content": content},
    )
    spec = tmp_path / "job.json"
    spec.write_text(json.dumps(settings))
    created = peers.cli("jobs", "create", "--json-file", str(spec), jobs_api_version=version).json()
    job_id = created["job_id"]
    job = call(api, "GET", f"/api/{version}/jobs/get", params={"job_id": job_id})
    assert job["settings"]["name"] == settings["name"]

    started = peers.cli(
        "jobs", "run-now", "--job-id", str(job_id), "--notebook-params", '{"who": "cli"}', jobs_api_version=version
    ).json()
    run_id = started["run_id"]
    assert started["number_in_job"] >= 1

    run = peers.cli("runs", "get", "--run-id", str(run_id), jobs_api_version=version).json()
    assert run["run_id"] == run_id
    assert run["job_id"] == job_id
    assert run["state"]["life_cycle_state"] == "TERMINATED"
    assert run["state"]["result_state"] == "SUCCESS"
    assert run["overriding_parameters"]["notebook_params"] == {"who": "cli"}
    if version == "2.0":
        assert run["task"]["notebook_task"]["notebook_path"] == f"/Users/{USER}/cli-job"
        cluster_id = run["cluster_instance"]["cluster_id"]
    else:
        [task] = run["tasks"]
        assert task["task_key"] == "main"
        assert task["state"]["result_state"] == "SUCCESS"
        cluster_id = task["cluster_instance"]["cluster_id"]
    job_cluster = call(api, "GET", "/api/2.0/clusters/get", params={"cluster_id": cluster_id})
    assert (job_cluster["cluster_source"], job_cluster["state"]) == ("JOB", "TERMINATED")
    listed = call(api, "GET", f"/api/{version}/jobs/runs/list", params={"job_id": job_id})
    assert [r["run_id"] for r in listed["runs"]] == [run_id]
