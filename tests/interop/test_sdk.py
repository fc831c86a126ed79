"""databricks-sdk 0.29.0, unmodified, against the served mock: clusters 2.0, jobs 2.1, DBFS 2.0, workspace 2.0 and
command execution 1.2. The peer scripts are in ``peers/``; each test checks what the SDK saw and the mock's state."""

from __future__ import annotations

import base64
import hashlib
import random
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import USER
from tests.interop.conftest import Peers, call, dbfs_bytes

MB = 1024 * 1024

NOTEBOOK = (
    "# Databricks notebook source\n"
    "import json\n"
    "print(json.dumps({'ok': True}))\n"
    "\n"
    "# COMMAND ----------\n"
    "\n"
    "# MAGIC %md\n"
    "# MAGIC # Results\n"
    "# MAGIC Everything is *fine*."
)


def test_cluster_create_wait_running_then_delete_wait_terminated(peers: Peers, api: httpx.Client) -> None:
    seen = peers.sdk("sdk_clusters").json()
    # What select_spark_version(long_term_support=True, latest=True) and select_node_type(local_disk=True,
    # min_memory_gb=8) must pick from the mock's catalogues.
    versions = call(api, "GET", "/api/2.0/clusters/spark-versions")["versions"]
    plain_lts = [
        v["key"]
        for v in versions
        if v["key"].endswith("-scala2.12")
        and "LTS" in v["name"]
        and not any(f"-{kind}-" in v["key"] for kind in ("ml", "gpu", "photon", "hls", "aarch64"))
    ]
    assert seen["spark_version"] == max(plain_lts, key=lambda k: tuple(int(x) for x in k.split(".")[:2]))
    node_types = {n["node_type_id"]: n for n in call(api, "GET", "/api/2.0/clusters/list-node-types")["node_types"]}
    chosen = node_types[seen["node_type_id"]]
    assert chosen["memory_mb"] >= 8 * 1024
    assert chosen["node_instance_type"]["local_disks"] >= 1
    assert seen["running_state"] == "RUNNING"
    assert seen["running_name"] == "interop-sdk"
    assert seen["running_num_workers"] == 2
    assert seen["running_tags"] == {"team": "interop"}
    assert seen["listed"] == {seen["cluster_id"]: "RUNNING"}
    assert seen["terminated_state"] == "TERMINATED"
    assert seen["termination_code"] == "USER_REQUEST"
    info = call(api, "GET", "/api/2.0/clusters/get", params={"cluster_id": seen["cluster_id"]})
    assert info["state"] == "TERMINATED"
    assert info["creator_user_name"] == USER
    assert info["node_type_id"] == seen["node_type_id"]
    assert info["spark_version"] == seen["spark_version"]


def test_dbfs_upload_and_download_five_megabytes(peers: Peers, api: httpx.Client, tmp_path: Path) -> None:
    data = random.Random(20240229).randbytes(5 * MB + 12345)  # not a multiple of the 1 MB block size
    src, dst = tmp_path / "src.bin", tmp_path / "dst.bin"
    src.write_bytes(data)
    seen = peers.sdk("sdk_dbfs", str(src), "/interop/sdk/blob.bin", str(dst)).json()
    assert seen["file_size"] == len(data)
    assert seen["is_dir"] is False
    assert seen["listing"] == [["/interop/sdk/blob.bin", len(data), False]]
    assert dst.read_bytes() == data
    # What the mock stores is the same bytes, read through the API independently of the SDK.
    stored = dbfs_bytes(api, "/interop/sdk/blob.bin")
    assert hashlib.sha256(stored).digest() == hashlib.sha256(data).digest()


def test_workspace_import_and_export_notebook(peers: Peers, api: httpx.Client, tmp_path: Path) -> None:
    folder = f"/Users/{USER}/interop-sdk"
    source = tmp_path / "notebook.py"
    source.write_bytes(NOTEBOOK.encode())
    seen = peers.sdk("sdk_workspace", str(source), folder).json()
    assert seen["exported"] == NOTEBOOK
    assert seen["downloaded"] == NOTEBOOK
    assert seen["object_type"] == "NOTEBOOK"
    assert seen["language"] == "PYTHON"
    assert seen["listed"] == [[f"{folder}/via-json", "NOTEBOOK"], [f"{folder}/via-upload.py", "NOTEBOOK"]]
    cells: list[dict[str, Any]] = seen["jupyter"]["cells"]
    assert [c["cell_type"] for c in cells] == ["code", "markdown"]
    assert "".join(cells[0]["source"]) == "import json\nprint(json.dumps({'ok': True}))"
    for path in (f"{folder}/via-json", f"{folder}/via-upload.py"):
        status = call(api, "GET", "/api/2.0/workspace/get-status", params={"path": path})
        assert (status["object_type"], status["language"]) == ("NOTEBOOK", "PYTHON")
        exported = call(api, "GET", "/api/2.0/workspace/export", params={"path": path, "format": "SOURCE"})
        assert base64.b64decode(exported["content"]).decode() == NOTEBOOK


def test_job_create_run_now_and_wait(peers: Peers, api: httpx.Client) -> None:
    notebook = f"/Users/{USER}/interop-jobs/main"
    seen = peers.sdk("sdk_jobs", notebook).json()
    assert seen["job_name"] == "interop-sdk-job"
    assert seen["task_keys"] == ["main"]
    assert (seen["life_cycle_state"], seen["result_state"]) == ("TERMINATED", "SUCCESS")
    assert seen["task_states"] == ["SUCCESS"]
    assert seen["output_state"] == "SUCCESS"
    assert seen["listed_runs"] == [seen["run_id"]]
    run = call(api, "GET", "/api/2.1/jobs/runs/get", params={"run_id": seen["run_id"]})
    assert run["job_id"] == seen["job_id"]
    assert run["state"]["life_cycle_state"] == "TERMINATED"
    assert run["overriding_parameters"]["notebook_params"] == {"who": "interop"}
    [task] = run["tasks"]
    assert task["notebook_task"]["notebook_path"] == notebook
    # The run's job cluster was created for it and is gone afterwards.
    job_cluster = call(
        api, "GET", "/api/2.0/clusters/get", params={"cluster_id": task["cluster_instance"]["cluster_id"]}
    )
    assert job_cluster["cluster_source"] == "JOB"
    assert job_cluster["state"] == "TERMINATED"


def test_command_execution_context_and_commands(peers: Peers, api: httpx.Client) -> None:
    cluster = call(
        api,
        "POST",
        "/api/2.0/clusters/create",
        json={
            "cluster_name": "interop-commands",
            "spark_version": "11.3.x-scala2.12",
            "node_type_id": "Standard_DS3_v2",
            "num_workers": 1,
        },
    )
    cluster_id = cluster["cluster_id"]
    assert call(api, "GET", "/api/2.0/clusters/get", params={"cluster_id": cluster_id})["state"] == "RUNNING"
    seen = peers.sdk("sdk_commands", cluster_id).json()
    assert seen["context_status"] == "Running"
    assert seen["python"] == {"status": "Finished", "type": "text", "data": "hello 42"}
    assert seen["sql"]["status"] == "Finished"
    assert seen["sql"]["type"] == "table"
    assert seen["sql"]["data"] == [[1, "x"]]
    assert [c["name"] for c in seen["sql"]["schema"]] == ["one", "letter"]
    # The peer destroyed its context: the mock no longer knows it.
    gone = api.get("/api/1.2/contexts/status", params={"clusterId": cluster_id, "contextId": seen["context_id"]})
    assert gone.status_code == 404, gone.text


def test_misc_services_as_the_sdk_calls_them(peers: Peers, api: httpx.Client) -> None:
    folder = f"/Users/{USER}/interop-misc"
    seen = peers.sdk("sdk_misc", folder).json()
    assert (seen["secret_key"], seen["secret_value"]) == ("pw", "s3cr3t")
    assert seen["credentials"] == [["gitHub", "octocat"]] and seen["after_delete"] == 0
    assert seen["group_name"] == "interop-squad" and seen["group_members"] == [seen["me"]]
    assert (seen["file_type"], seen["file_size"], seen["downloaded"]) == ("FILE", 8, "a,b\n1,2\n")
    info = call(api, "GET", "/api/2.0/workspace/get-status", params={"path": f"{folder}/data.csv"})
    assert info["object_type"] == "FILE"
