"""databricks-sdk 0.162.0 (today's SDK), unmodified and without any path rewriting, against the served mock:
clusters 2.1, jobs 2.2 (tasks paged by 100), DBFS, workspace files and notebooks (format AUTO), command execution
1.2, secrets/get, SCIM users and groups, Git credentials, instance profiles and policy families. The peer
scripts are ``peers/sdk_today_*.py`` (run by .venv-sdk's Python); each test checks what the SDK saw and the
mock's state through the API."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import httpx
from dbrest_mock.app import WORKSPACE_ID

from tests.conftest import USER
from tests.interop.conftest import Peers, call, dbfs_bytes

MB = 1024 * 1024

NOTEBOOK = "# Databricks notebook source\nprint('today')\n\n# COMMAND ----------\n\nprint(42)"


def test_config_discovers_the_workspace_from_host_metadata_and_authenticates_with_the_pat(today: Peers) -> None:
    result = today.sdk_today("sdk_today_config")
    assert result.json() == {"workspace_id": WORKSPACE_ID, "auth_type": "pat", "user_name": USER}
    assert "host metadata" not in result.stderr, result.stderr  # no "Failed to automatically resolve config"


def test_clusters_21_create_wait_get_list_events_delete(today: Peers, api: httpx.Client) -> None:
    seen = today.sdk_today("sdk_today_clusters").json()
    assert seen["running_state"] == "RUNNING"
    assert (seen["got_name"], seen["got_num_workers"], seen["got_tags"]) == (
        "interop-sdk-today",
        2,
        {"team": "interop"},
    )
    assert seen["listed"] == {seen["cluster_id"]: "RUNNING"}
    # clusters/events lists the newest first unless asked otherwise (`order` defaults to DESC, Clusters API docs)
    assert "CREATING" in seen["events"] and "RUNNING" in seen["events"]
    assert seen["events"].index("RUNNING") < seen["events"].index("CREATING")
    assert (seen["terminated_state"], seen["termination_code"]) == ("TERMINATED", "USER_REQUEST")
    info = call(api, "GET", "/api/2.1/clusters/get", params={"cluster_id": seen["cluster_id"]})
    assert (info["state"], info["creator_user_name"]) == ("TERMINATED", USER)
    assert (info["spark_version"], info["node_type_id"]) == (seen["spark_version"], seen["node_type_id"])


def test_jobs_22_create_run_now_wait_get_pages_of_tasks_and_list_runs(today: Peers, api: httpx.Client) -> None:
    # 105 tasks: jobs/get and runs/get of API 2.2 answer at most 100 tasks a page with a next_page_token
    # (Jobs 2.2 docs; databricks-sdk's JobsExt.get/get_run join the pages).
    notebook = f"/Users/{USER}/interop-today/main"
    seen = today.sdk_today("sdk_today_jobs", notebook, "105").json()
    expected = [f"t{i:03d}" for i in range(105)]
    assert seen["job_name"] == "interop-sdk-today-job"
    assert sorted(seen["task_keys"]) == expected
    assert (seen["life_cycle_state"], seen["result_state"]) == ("TERMINATED", "SUCCESS")
    assert sorted(seen["run_task_keys"]) == expected
    assert seen["listed_runs"] == [seen["run_id"]]
    first_page = call(api, "GET", "/api/2.2/jobs/get", params={"job_id": seen["job_id"]})
    assert len(first_page["settings"]["tasks"]) == 100
    assert first_page.get("next_page_token")


def test_dbfs_upload_and_download_seven_megabytes(today: Peers, api: httpx.Client, tmp_path: Path) -> None:
    data = random.Random(20261205).randbytes(7 * MB + 4321)  # not a multiple of the 1 MB block size
    src, dst = tmp_path / "src.bin", tmp_path / "dst.bin"
    src.write_bytes(data)
    seen = today.sdk_today("sdk_today_dbfs", str(src), "/interop/today/blob.bin", str(dst)).json()
    assert (seen["file_size"], seen["is_dir"]) == (len(data), False)
    assert seen["listing"] == [["/interop/today/blob.bin", len(data), False]]
    assert dst.read_bytes() == data
    assert hashlib.sha256(dbfs_bytes(api, "/interop/today/blob.bin")).digest() == hashlib.sha256(data).digest()


def test_workspace_upload_and_download_notebook_and_file_with_format_auto(
    today: Peers, api: httpx.Client, tmp_path: Path
) -> None:
    folder = f"/Users/{USER}/interop-today"
    notebook, plain = tmp_path / "notebook.py", tmp_path / "data.csv"
    notebook.write_text(NOTEBOOK)
    plain.write_bytes(b"a,b\n1,2\n")
    seen = today.sdk_today("sdk_today_workspace", str(notebook), str(plain), folder).json()
    # AUTO (workspace/import docs): a source with the notebook header becomes a notebook without its suffix,
    # anything else a workspace file under its own name.
    assert seen["listed"] == [[f"{folder}/data.csv", "FILE"], [f"{folder}/notebook", "NOTEBOOK"]]
    assert seen["notebook"] == ["NOTEBOOK", "PYTHON"]
    assert seen["file"] == ["FILE", 8]
    assert seen["notebook_source"] == NOTEBOOK
    assert seen["file_auto"] == "a,b\n1,2\n"
    status = call(api, "GET", "/api/2.0/workspace/get-status", params={"path": f"{folder}/data.csv"})
    assert status["object_type"] == "FILE"


def test_command_execution_12(today: Peers, api: httpx.Client) -> None:
    cluster = call(
        api,
        "POST",
        "/api/2.0/clusters/create",
        json={"cluster_name": "interop-today", "spark_version": "11.3.x-scala2.12", "node_type_id": "Standard_DS3_v2"}
        | {"num_workers": 1},
    )
    seen = today.sdk_today("sdk_today_commands", cluster["cluster_id"]).json()
    assert seen["context_status"] == "Running"
    assert seen["python"] == {"status": "Finished", "type": "text", "data": "hello 42"}
    assert (seen["sql"]["status"], seen["sql"]["type"], seen["sql"]["data"]) == ("Finished", "table", [[1, "x"]])
    gone = api.get(
        "/api/1.2/contexts/status", params={"clusterId": cluster["cluster_id"], "contextId": seen["context_id"]}
    )
    assert gone.status_code == 404, gone.text


def test_secrets_put_and_get_secret(today: Peers, api: httpx.Client) -> None:
    seen = today.sdk_today("sdk_today_secrets", "interop-today").json()
    assert seen["text"] == ["text", "s3cr3t value"]
    assert seen["blob"] == ["blob", [0, 1, 255]]
    assert seen["listed"] == ["blob", "text"]
    listed = call(api, "GET", "/api/2.0/secrets/list", params={"scope": "interop-today"})
    assert sorted(s["key"] for s in listed["secrets"]) == ["blob", "text"]


def test_scim_users_and_groups_create_get_patch_delete(today: Peers, api: httpx.Client) -> None:
    seen = today.sdk_today("sdk_today_scim", "today@example.com", "interop-today").json()
    assert seen["user"] == ["today@example.com", "Interop Today", True]
    assert seen["patched_display_name"] == "Interop Patched"
    assert seen["group"] == ["interop-today", [seen["user_id"]]]
    for kind, ident in (("Users", seen["user_id"]), ("Groups", seen["group_id"])):
        gone = api.get(f"/api/2.0/preview/scim/v2/{kind}/{ident}")
        assert gone.status_code == 404, gone.text


def test_git_credentials_round_trip(today: Peers, api: httpx.Client) -> None:
    seen = today.sdk_today("sdk_today_admin", "git-credentials").json()
    assert seen["created"] == [True, "gitHub", "octocat"]
    assert seen["got"] == [True, "gitHub", "octocat"]
    assert seen["listed"] == [["gitHub", "hubot"]]
    assert seen["after_delete"] == []


def test_instance_profiles_round_trip(today: Peers, api: httpx.Client) -> None:
    seen = today.sdk_today("sdk_today_admin", "instance-profiles").json()
    arn = "arn:aws:iam::123456789012:instance-profile/interop"
    assert seen["listed"] == [[arn, False]]
    assert seen["edited"] == [[arn, "arn:aws:iam::123456789012:role/interop"]]
    assert seen["after_remove"] == []


def test_policy_families_list_and_get(today: Peers, api: httpx.Client) -> None:
    seen = today.sdk_today("sdk_today_admin", "policy-families").json()
    assert seen["listed"], "the mock offers Databricks' built-in policy families"
    assert seen["got"][:2] == seen["listed"][0]
    assert seen["got"][2] is True
    families = call(api, "GET", "/api/2.0/policy-families")["policy_families"]
    assert [[f["policy_family_id"], f["name"]] for f in families] == seen["listed"]
