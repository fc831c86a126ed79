"""mock.scenarios (and /__mock/scenarios): a run that ends as asked, a cluster that fails to start, a library that
fails to install, a 1.2 command with a given result or error. Each rule applies ``times`` times, then is gone."""

from __future__ import annotations

import contextlib
from typing import Any

import dbrest
import httpx
import pytest
from dbrest.commands import CommandFailed
from dbrest.libraries import LibraryInstallFailed
from dbrest_mock import MockServer

CLUSTER = {
    "cluster_name": "sc",
    "spark_version": "13.3.x-scala2.12",
    "node_type_id": "Standard_DS3_v2",
    "num_workers": 1,
}


def running_cluster(ws: dbrest.Workspace, name: str = "sc") -> str:
    cluster_id: str = ws.http.post("/api/2.1/clusters/create", json={**CLUSTER, "cluster_name": name}).json()[
        "cluster_id"
    ]
    ws.clusters.wait_running(cluster_id)
    return cluster_id


def job(ws: dbrest.Workspace, cluster_id: str, **task: Any) -> int:
    settings = {
        "name": "j",
        "tasks": [
            {"task_key": "a", "existing_cluster_id": cluster_id, "notebook_task": {"notebook_path": "/a"}},
            {
                "task_key": "b",
                "depends_on": [{"task_key": "a"}],
                "existing_cluster_id": cluster_id,
                "notebook_task": {"notebook_path": "/b"},
                **task,
            },
        ],
    }
    return int(ws.http.post("/api/2.1/jobs/create", json=settings).json()["job_id"])


def run(ws: dbrest.Workspace, job_id: int) -> dict[str, Any]:
    run_id = ws.http.post("/api/2.1/jobs/run-now", json={"job_id": job_id}).json()["run_id"]
    with contextlib.suppress(dbrest.RunFailed):  # the run's state is what the tests look at
        ws.jobs.wait_run(run_id)
    got: dict[str, Any] = ws.http.get("/api/2.1/jobs/runs/get", params={"run_id": run_id}).json()
    return got


@pytest.fixture
def ws(mock: MockServer) -> dbrest.Workspace:
    return mock.workspace()


def test_the_next_task_run_ends_with_the_given_state_and_message(mock: MockServer, ws: dbrest.Workspace) -> None:
    cluster_id = running_cluster(ws)
    job_id = job(ws, cluster_id)
    mock.scenarios.run_result("FAILED", "ValueError: bad row", task_key="b")
    failed = run(ws, job_id)
    assert failed["state"]["result_state"] == "FAILED"
    tasks = {t["task_key"]: t["state"] for t in failed["tasks"]}
    assert tasks["a"]["result_state"] == "SUCCESS"
    assert (tasks["b"]["result_state"], tasks["b"]["state_message"]) == ("FAILED", "ValueError: bad row")
    b_run = next(t["run_id"] for t in failed["tasks"] if t["task_key"] == "b")
    output = ws.http.get("/api/2.1/jobs/runs/get-output", params={"run_id": b_run}).json()
    assert output["error"] == "ValueError: bad row"
    assert run(ws, job_id)["state"]["result_state"] == "SUCCESS"  # times=1: used up
    assert mock.scenarios.all() == []


def test_a_failed_task_is_retried_and_the_retry_succeeds(mock: MockServer, ws: dbrest.Workspace) -> None:
    job_id = job(ws, running_cluster(ws), max_retries=1)
    mock.scenarios.run_result("FAILED", task_key="b")
    done = run(ws, job_id)
    assert done["state"]["result_state"] == "SUCCESS"
    assert {t["task_key"]: t.get("attempt_number", 0) for t in done["tasks"]} == {"a": 0, "b": 1}


def test_a_rule_for_another_job_does_not_match(mock: MockServer, ws: dbrest.Workspace) -> None:
    job_id = job(ws, running_cluster(ws))
    mock.scenarios.run_result("TIMEDOUT", job_id=job_id + 100)
    assert run(ws, job_id)["state"]["result_state"] == "SUCCESS"
    assert len(mock.scenarios.all()) == 1


def test_times_none_applies_every_time(mock: MockServer, ws: dbrest.Workspace) -> None:
    job_id = job(ws, running_cluster(ws))
    mock.scenarios.run_result("CANCELED", "stopped by the test", task_key="a", times=None)
    for _ in range(2):
        ended = run(ws, job_id)
        tasks = {t["task_key"]: t["state"] for t in ended["tasks"]}
        assert (tasks["a"]["result_state"], tasks["a"]["state_message"]) == ("CANCELED", "stopped by the test")
        assert ended["state"]["result_state"] != "SUCCESS"
    assert len(mock.scenarios.all()) == 1


def test_the_parameter_knob_still_fails_a_task(ws: dbrest.Workspace) -> None:
    cluster_id = running_cluster(ws)
    settings = {
        "name": "knob",
        "tasks": [
            {
                "task_key": "t",
                "existing_cluster_id": cluster_id,
                "notebook_task": {"notebook_path": "/t", "base_parameters": {"dbrest_mock_result": "FAILED"}},
            }
        ],
    }
    job_id = int(ws.http.post("/api/2.1/jobs/create", json=settings).json()["job_id"])
    ended = run(ws, job_id)
    assert ended["state"]["result_state"] == "FAILED"
    assert ended["tasks"][0]["state"]["state_message"] == "Workload failed, see run output for details"


def test_a_cluster_fails_to_start_with_the_given_code(mock: MockServer, ws: dbrest.Workspace) -> None:
    mock.scenarios.cluster_start_failure("INSTANCE_UNREACHABLE", "the VM never answered", cluster_name="bad")
    good = running_cluster(ws, "good")  # another name: starts
    bad = ws.http.post("/api/2.1/clusters/create", json={**CLUSTER, "cluster_name": "bad"}).json()["cluster_id"]
    with pytest.raises(dbrest.OperationFailed, match="INSTANCE_UNREACHABLE"):
        ws.clusters.wait_running(bad)
    ws.clusters.wait_terminated(bad)
    info = ws.http.get("/api/2.1/clusters/get", params={"cluster_id": bad}).json()
    assert info["state"] == "TERMINATED"
    assert info["termination_reason"]["code"] == "INSTANCE_UNREACHABLE"
    assert info["termination_reason"]["parameters"] == {"databricks_error_message": "the VM never answered"}
    assert ws.http.get("/api/2.1/clusters/get", params={"cluster_id": good}).json()["state"] == "RUNNING"
    ws.clusters.ensure_running(bad)  # the rule is used up: starting again works


def test_a_library_fails_to_install(mock: MockServer, ws: dbrest.Workspace) -> None:
    cluster_id = running_cluster(ws)
    mock.scenarios.library_failure("ERROR: No matching distribution found for numpy==0.0", library="numpy")
    libraries = [{"pypi": {"package": "numpy==0.0"}}, {"pypi": {"package": "pandas"}}]
    ws.http.post("/api/2.0/libraries/install", json={"cluster_id": cluster_id, "libraries": libraries})
    with pytest.raises(LibraryInstallFailed, match="No matching distribution"):
        ws.libraries.wait_installed(cluster_id)
    statuses = ws.http.get("/api/2.0/libraries/cluster-status", params={"cluster_id": cluster_id}).json()
    by_package = {s["library"]["pypi"]["package"]: s["status"] for s in statuses["library_statuses"]}
    assert by_package == {"numpy==0.0": "FAILED", "pandas": "INSTALLED"}


def test_a_command_returns_the_given_result_or_error(mock: MockServer, ws: dbrest.Workspace) -> None:
    cluster_id = running_cluster(ws)
    mock.scenarios.command_result("42", code="compute()")
    mock.scenarios.command_error("NameError: name 'x' is not defined", "Traceback ...", code="print(x)")
    assert ws.commands.execute(cluster_id, "print('plain')").data == "plain"  # no rule matches
    assert ws.commands.execute(cluster_id, "compute()").data == "42"
    with pytest.raises(CommandFailed, match="NameError"):
        ws.commands.execute(cluster_id, "print(x)")
    table = {"resultType": "table", "data": [[1]], "schema": [{"name": "n", "type": "int"}], "truncated": False}
    mock.scenarios.command_result(table)
    assert ws.commands.execute(cluster_id, "select 1", language="sql").data == [[1]]


def test_bad_rules_are_refused(mock: MockServer) -> None:
    with pytest.raises(ValueError, match="result_state must be one of"):
        mock.scenarios.run_result("EXPLODED")
    with pytest.raises(ValueError, match="times must be a positive integer"):
        mock.scenarios.cluster_start_failure(times=0)
    with pytest.raises(ValueError, match="resultType"):
        mock.scenarios.command_result({"data": 1})


def test_the_control_api_adds_lists_and_clears_rules(mock: MockServer, client: httpx.Client) -> None:
    added = client.post("/__mock/scenarios", json={"kind": "run_result", "result_state": "FAILED", "task_key": "x"})
    assert added.status_code == 200
    assert added.json()["match"] == {"task_key": "x"}
    listed = client.get("/__mock/scenarios").json()["scenarios"]
    assert [(r["kind"], r["outcome"]["result_state"], r["times"]) for r in listed] == [("run_result", "FAILED", 1)]
    bad = client.post("/__mock/scenarios", json={"kind": "explode"})
    assert (bad.status_code, bad.json()["error_code"]) == (400, "INVALID_PARAMETER_VALUE")
    unknown_field = client.post("/__mock/scenarios", json={"kind": "library_failure", "colour": "red"})
    assert unknown_field.status_code == 400 and "colour" in unknown_field.json()["message"]
    assert client.post("/__mock/scenarios", json={"result_state": "FAILED"}).status_code == 400
    assert client.delete("/__mock/scenarios").status_code == 200
    assert mock.scenarios.all() == []


def test_reset_forgets_the_rules(mock: MockServer) -> None:
    mock.scenarios.run_result()
    mock.reset()
    assert mock.scenarios.all() == []
