"""Jobs API 2.2 and today's job features in the mock: one job store across 2.0/2.1/2.2, 2.2 paging, run status
and job parameters, queueing, control-flow tasks (condition, run_job, for_each), today's task kinds and enums.

Evidence: the databricks-sdk 0.162.0 dataclasses and JobsExt paging (service/jobs.py, mixins/jobs.py), and the
public docs "Updating from Jobs API 2.1 to 2.2" (queueing by default, 100-item pages, next_page_token) and
"Jobs with a large number of tasks" (up to 1000 tasks; more than 100 only through 2.2).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN, USER
from tests.mock.helpers import call, err, ok
from tests.mock.test_jobs import (
    CLEANUP,
    EXECUTE,
    NEW_CLUSTER,
    PENDING,
    notebook_job,
    tasks_by_key,
)

STEP = PENDING + EXECUTE + CLEANUP  # one task from PENDING to TERMINATED on a running cluster


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True, durations="realistic")


@pytest.fixture
def cluster_id(client: httpx.Client, mock: MockServer) -> str:
    cid: str = ok(call(client, "POST", "/api/2.0/clusters/create", {"cluster_name": "shared", **NEW_CLUSTER}))[
        "cluster_id"
    ]
    mock.advance(300)
    return cid


def create(client: httpx.Client, settings: dict[str, Any], version: str = "2.2") -> int:
    job_id: int = ok(call(client, "POST", f"/api/{version}/jobs/create", settings))["job_id"]
    return job_id


def run_now(client: httpx.Client, job_id: int, **params: Any) -> int:
    run_id: int = ok(call(client, "POST", "/api/2.2/jobs/run-now", {"job_id": job_id, **params}))["run_id"]
    return run_id


def get_run(client: httpx.Client, run_id: int, **query: Any) -> dict[str, Any]:
    return ok(call(client, "GET", "/api/2.2/jobs/runs/get", {"run_id": run_id, **query}))


def notebook(key: str, cluster_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "task_key": key,
        "existing_cluster_id": cluster_id,
        "notebook_task": {"notebook_path": f"/nb/{key}"},
        **extra,
    }


def many_tasks(cluster_id: str, n: int) -> dict[str, Any]:
    return {"name": "Wide", "tasks": [notebook(f"t{i:03d}", cluster_id) for i in range(n)], "max_concurrent_runs": 5}


# --- one job store across the versions -------------------------------------------------------------------


def test_a_job_created_through_any_version_is_one_job_in_all(client: httpx.Client, cluster_id: str) -> None:
    job22 = create(client, {"name": "Through 2.2", "tasks": [notebook("a", cluster_id)]})
    for version in ("2.0", "2.1", "2.2"):
        job = ok(call(client, "GET", f"/api/{version}/jobs/get", {"job_id": job22}))
        assert job["settings"]["name"] == "Through 2.2" and job["settings"]["format"] == "MULTI_TASK"
    job20 = create(client, notebook_job(cluster_id), version="2.0")
    single = ok(call(client, "GET", "/api/2.2/jobs/get", {"job_id": job20}))["settings"]
    assert single["format"] == "SINGLE_TASK" and [t["task_key"] for t in single["tasks"]] == ["Nightly_notebook"]

    ok(call(client, "POST", "/api/2.1/jobs/update", {"job_id": job22, "new_settings": {"name": "Renamed in 2.1"}}))
    assert ok(call(client, "GET", "/api/2.2/jobs/get", {"job_id": job22}))["settings"]["name"] == "Renamed in 2.1"
    listed = {j["job_id"] for j in ok(call(client, "GET", "/api/2.2/jobs/list", {"limit": 100}))["jobs"]}
    assert listed == {job22, job20}

    run_id = ok(call(client, "POST", "/api/2.0/jobs/run-now", {"job_id": job22}))["run_id"]
    assert get_run(client, run_id)["job_id"] == job22  # a run started through 2.0 reads through 2.2
    ok(call(client, "POST", "/api/2.0/jobs/delete", {"job_id": job22}))
    message = err(call(client, "GET", "/api/2.2/jobs/get", {"job_id": job22}), 400, "INVALID_PARAMETER_VALUE")
    assert message == f"Job {job22} does not exist"


def test_jobs_created_through_2_2_queue_by_default(client: httpx.Client, cluster_id: str) -> None:
    settings = {"name": "q", "tasks": [notebook("a", cluster_id)]}
    assert ok(call(client, "GET", "/api/2.2/jobs/get", {"job_id": create(client, settings)}))["settings"]["queue"] == {
        "enabled": True
    }
    assert (
        "queue"
        not in ok(call(client, "GET", "/api/2.1/jobs/get", {"job_id": create(client, settings, "2.1")}))["settings"]
    )


# --- 2.2 paging ------------------------------------------------------------------------------------------


def test_jobs_get_pages_more_than_100_tasks_and_2_1_refuses_them(
    client: httpx.Client, mock: MockServer, cluster_id: str
) -> None:
    settings = many_tasks(cluster_id, 150)
    settings["parameters"] = [{"name": f"p{i}", "default": str(i)} for i in range(120)]
    job_id = create(client, settings)
    first = ok(call(client, "GET", "/api/2.2/jobs/get", {"job_id": job_id}))
    assert len(first["settings"]["tasks"]) == 100 and len(first["settings"]["parameters"]) == 100
    assert first["settings"]["name"] == "Wide" and "next_page_token" in first
    second = ok(call(client, "GET", "/api/2.2/jobs/get", {"job_id": job_id, "page_token": first["next_page_token"]}))
    assert [t["task_key"] for t in second["settings"]["tasks"]] == [f"t{i:03d}" for i in range(100, 150)]
    assert [p["name"] for p in second["settings"]["parameters"]] == [f"p{i}" for i in range(100, 120)]
    assert second["settings"]["name"] == "Wide" and "next_page_token" not in second

    other_job = create(client, {"name": "small", "tasks": [notebook("a", cluster_id)]})
    r = call(client, "GET", "/api/2.2/jobs/get", {"job_id": other_job, "page_token": first["next_page_token"]})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"  # another job's token

    message = err(call(client, "GET", "/api/2.1/jobs/get", {"job_id": job_id}), 400, "INVALID_PARAMETER_VALUE")
    assert (
        message
        == "Resources with more than 100 tasks can only be handled by API 2.2 and above. Your resource has 150 tasks"
    )
    err(call(client, "POST", "/api/2.1/jobs/create", many_tasks(cluster_id, 101)), 400, "INVALID_PARAMETER_VALUE")

    listed = ok(call(client, "GET", "/api/2.2/jobs/list", {"expand_tasks": True, "name": "Wide"}))["jobs"]
    assert listed[0]["has_more"] is True and len(listed[0]["settings"]["tasks"]) == 100

    run_id = run_now(client, job_id)
    mock.advance(STEP)
    page = get_run(client, run_id)
    assert len(page["tasks"]) == 100 and len(page["job_parameters"]) == 100
    rest = get_run(client, run_id, page_token=page["next_page_token"])
    assert len(rest["tasks"]) == 50 and len(rest["job_parameters"]) == 20 and "next_page_token" not in rest
    assert rest["state"] == page["state"] and page["state"]["result_state"] == "SUCCESS"


def test_lists_page_with_tokens(client: httpx.Client, cluster_id: str) -> None:
    ids = [create(client, {"name": f"j{i}", "tasks": [notebook("a", cluster_id)]}) for i in range(5)]
    seen: list[int] = []
    query: dict[str, Any] = {"limit": 2}
    pages = 0
    while True:
        page = ok(call(client, "GET", "/api/2.2/jobs/list", query))
        pages += 1
        seen += [j["job_id"] for j in page["jobs"]]
        assert ("prev_page_token" in page) == (pages > 1)
        if "next_page_token" not in page:
            break
        query = {"limit": 2, "page_token": page["next_page_token"]}
    assert pages == 3 and seen == sorted(ids, reverse=True)

    run_ids = [run_now(client, ids[0]) for _ in range(3)]
    first = ok(call(client, "GET", "/api/2.2/jobs/runs/list", {"job_id": ids[0], "limit": 2}))
    rest = ok(
        call(
            client,
            "GET",
            "/api/2.2/jobs/runs/list",
            {"job_id": ids[0], "limit": 2, "page_token": first["next_page_token"]},
        )
    )
    assert [r["run_id"] for r in first["runs"] + rest["runs"]] == sorted(run_ids, reverse=True)
    assert first["has_more"] is True and rest["has_more"] is False and "next_page_token" not in rest


# --- run status, job parameters, queueing -----------------------------------------------------------------


def test_run_status_and_job_parameters(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    task = notebook("a", cluster_id)
    task["notebook_task"]["base_parameters"] = {"where": "{{job.parameters.env}}"}
    settings = {"name": "params", "tasks": [task], "parameters": [{"name": "env", "default": "dev"}]}
    job_id = create(client, settings)
    run_id = run_now(client, job_id, job_parameters={"env": "prod", "extra": "1"})
    run = get_run(client, run_id)
    assert run["job_parameters"] == [
        {"name": "env", "default": "dev", "value": "prod"},
        {"name": "extra", "value": "1"},
    ]
    assert run["status"] == {"state": "PENDING"}
    base = run["tasks"][0]["notebook_task"]["base_parameters"]
    assert base == {"where": "prod", "env": "prod", "extra": "1"}  # job parameters reach the notebook's widgets
    mock.advance(PENDING)
    assert get_run(client, run_id)["status"] == {"state": "RUNNING"}
    mock.advance(EXECUTE + CLEANUP)
    done = get_run(client, run_id)
    assert done["status"]["termination_details"] == {"code": "SUCCESS", "type": "SUCCESS", "message": ""}
    assert done["tasks"][0]["status"]["state"] == "TERMINATED"

    failing = run_now(client, job_id, job_parameters={"dbrest_mock_result": "FAILED"})
    mock.advance(STEP)
    details = get_run(client, failing)["status"]["termination_details"]
    assert details["code"] == "RUN_EXECUTION_ERROR" and details["type"] == "CLIENT_ERROR"


def test_queued_runs_wait_for_the_active_one(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create(client, {"name": "one at a time", "tasks": [notebook("a", cluster_id)]})
    first, second = run_now(client, job_id), run_now(client, job_id)
    queued = get_run(client, second)
    assert queued["state"]["life_cycle_state"] == "QUEUED" and queued["status"]["state"] == "QUEUED"
    assert queued["status"]["queue_details"]["code"] == "MAX_CONCURRENT_RUNS_REACHED"
    mock.advance(STEP)
    assert get_run(client, first)["state"]["result_state"] == "SUCCESS"
    assert get_run(client, second)["state"]["life_cycle_state"] == "PENDING"
    mock.advance(STEP)
    later = get_run(client, second)
    assert later["state"]["result_state"] == "SUCCESS" and later["queue_duration"] == STEP * 1000

    third, fourth = run_now(client, job_id), run_now(client, job_id)
    ok(call(client, "POST", "/api/2.2/jobs/runs/cancel", {"run_id": fourth}))  # a queued run cancels at once
    mock.advance(0)
    assert get_run(client, fourth)["state"]["result_state"] == "CANCELED"
    assert get_run(client, fourth)["status"]["termination_details"]["code"] == "USER_CANCELED"
    mock.advance(STEP)
    assert get_run(client, third)["state"]["result_state"] == "SUCCESS"


def test_without_queueing_the_run_is_skipped(client: httpx.Client, cluster_id: str) -> None:
    job_id = create(client, {"name": "no queue", "tasks": [notebook("a", cluster_id)]}, version="2.1")
    run_now(client, job_id)
    skipped = get_run(client, run_now(client, job_id))
    assert skipped["state"]["life_cycle_state"] == "SKIPPED"
    assert skipped["status"]["termination_details"]["code"] == "MAX_CONCURRENT_RUNS_EXCEEDED"


# --- control-flow tasks -----------------------------------------------------------------------------------


def test_condition_task_decides_which_branch_runs(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    settings = {
        "name": "branch",
        "parameters": [{"name": "n", "default": "3"}],
        "tasks": [
            {
                "task_key": "check",
                "condition_task": {"op": "GREATER_THAN", "left": "{{job.parameters.n}}", "right": "5"},
            },
            notebook("big", cluster_id, depends_on=[{"task_key": "check", "outcome": "true"}]),
            notebook("small", cluster_id, depends_on=[{"task_key": "check", "outcome": "false"}]),
            notebook("after_big", cluster_id, depends_on=[{"task_key": "big"}]),
            notebook("always", cluster_id, depends_on=[{"task_key": "big"}], run_if="ALL_DONE"),
        ],
        "max_concurrent_runs": 3,
    }
    job_id = create(client, settings)
    run_id = run_now(client, job_id)
    mock.advance(STEP * 3)
    tasks = tasks_by_key(get_run(client, run_id))
    assert tasks["check"]["condition_task"]["outcome"] == "false"
    assert tasks["small"]["state"]["result_state"] == "SUCCESS"
    assert tasks["big"]["state"] == {
        "life_cycle_state": "SKIPPED",
        "result_state": "EXCLUDED",
        "state_message": "A condition the task depends on was not met.",
        "user_cancelled_or_timedout": False,
    }
    assert tasks["after_big"]["state"]["result_state"] == "EXCLUDED"
    assert tasks["always"]["state"]["result_state"] == "SUCCESS"
    assert get_run(client, run_id)["state"]["result_state"] == "SUCCESS"

    bigger = run_now(client, job_id, job_parameters={"n": "7"})
    mock.advance(STEP * 3)
    tasks = tasks_by_key(get_run(client, bigger))
    assert tasks["big"]["state"]["result_state"] == "SUCCESS" and tasks["small"]["state"]["result_state"] == "EXCLUDED"

    words = run_now(client, job_id, job_parameters={"n": "many"})  # GREATER_THAN needs numbers
    mock.advance(STEP * 3)
    failed = get_run(client, words)
    assert tasks_by_key(failed)["check"]["state"]["result_state"] == "FAILED"
    assert failed["state"]["result_state"] == "FAILED"


def test_run_job_task_runs_the_other_job(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    child = create(client, {"name": "child", "tasks": [notebook("work", cluster_id)]})
    parent = create(
        client,
        {
            "name": "parent",
            "tasks": [{"task_key": "call", "run_job_task": {"job_id": child, "job_parameters": {"k": "v"}}}],
        },
    )
    run_id = run_now(client, parent)
    mock.advance(PENDING)
    task = get_run(client, run_id)["tasks"][0]
    assert task["state"]["life_cycle_state"] == "RUNNING"
    child_runs = ok(call(client, "GET", "/api/2.2/jobs/runs/list", {"job_id": child}))["runs"]
    assert len(child_runs) == 1 and child_runs[0]["trigger"] == "RUN_JOB_TASK"
    assert child_runs[0]["trigger_info"] == {"run_id": task["run_id"]}
    assert child_runs[0]["job_parameters"] == [{"name": "k", "value": "v"}]
    mock.advance(STEP + CLEANUP)
    assert get_run(client, run_id)["state"]["result_state"] == "SUCCESS"
    output = ok(call(client, "GET", "/api/2.2/jobs/runs/get-output", {"run_id": task["run_id"]}))
    assert output["run_job_output"] == {"run_id": child_runs[0]["run_id"]}

    failing = create(
        client,
        {
            "name": "parent of a failure",
            "tasks": [
                {
                    "task_key": "call",
                    "run_job_task": {"job_id": child, "job_parameters": {"dbrest_mock_result": "FAILED"}},
                }
            ],
        },
    )
    failed = run_now(client, failing)
    mock.advance(PENDING + STEP + CLEANUP)
    assert get_run(client, failed)["state"]["result_state"] == "FAILED"


def test_cancelling_a_run_job_task_cancels_the_run_it_started(
    client: httpx.Client, mock: MockServer, cluster_id: str
) -> None:
    child = create(client, {"name": "child", "tasks": [notebook("work", cluster_id)]})
    parent = create(client, {"name": "parent", "tasks": [{"task_key": "call", "run_job_task": {"job_id": child}}]})
    run_id = run_now(client, parent)
    mock.advance(PENDING + 1)
    child_run = ok(call(client, "GET", "/api/2.2/jobs/runs/list", {"job_id": child}))["runs"][0]["run_id"]
    ok(call(client, "POST", "/api/2.2/jobs/runs/cancel", {"run_id": run_id}))
    mock.advance(STEP)
    assert get_run(client, child_run)["state"]["result_state"] == "CANCELED"
    assert get_run(client, run_id)["state"]["result_state"] == "CANCELED"


def test_for_each_task_runs_the_nested_task_per_input(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    nested = notebook("each", cluster_id)
    nested["notebook_task"]["base_parameters"] = {"item": "{{input}}"}
    settings = {
        "name": "loop",
        "tasks": [
            {"task_key": "loop", "for_each_task": {"inputs": '["a", "b", "c"]', "concurrency": 2, "task": nested}}
        ],
    }
    run_id = run_now(client, create(client, settings))
    mock.advance(PENDING + 1)
    loop = get_run(client, run_id)["tasks"][0]
    stats = loop["for_each_task"]["stats"]["task_run_stats"]
    assert stats["total_iterations"] == 3 and stats["active_iterations"] == 2
    mock.advance(STEP * 3)  # two iterations at a time: a and b, then c
    loop_run = get_run(client, loop["run_id"])  # the for-each task run, read by its own id
    items = [i["notebook_task"]["base_parameters"]["item"] for i in loop_run["iterations"]]
    assert items == ["a", "b", "c"] and all(i["state"]["result_state"] == "SUCCESS" for i in loop_run["iterations"])
    assert loop_run["state"]["result_state"] == "SUCCESS"
    assert get_run(client, run_id)["state"]["result_state"] == "SUCCESS"

    bad = {"name": "bad loop", "tasks": [{"task_key": "loop", "for_each_task": {"inputs": "not json", "task": nested}}]}
    bad_run = run_now(client, create(client, bad))
    mock.advance(STEP)
    assert get_run(client, bad_run)["state"]["result_state"] == "FAILED"


# --- today's task kinds, settings and enums ---------------------------------------------------------------


def test_todays_task_kinds_run_and_todays_settings_are_kept(client: httpx.Client, mock: MockServer) -> None:
    settings: dict[str, Any] = {
        "name": "today",
        "environments": [{"environment_key": "default", "spec": {"client": "2", "dependencies": ["pandas"]}}],
        "tasks": [
            {"task_key": "dash", "dashboard_task": {"dashboard_id": "d1", "warehouse_id": "w1"}},
            {"task_key": "pbi", "power_bi_task": {"connection_resource_name": "c", "warehouse_id": "w1"}},
            {"task_key": "room", "clean_rooms_notebook_task": {"clean_room_name": "r", "notebook_name": "n"}},
            {"task_key": "cloud", "dbt_cloud_task": {"connection_resource_name": "c", "dbt_cloud_job_id": 3}},
            {
                "task_key": "serverless",
                "environment_key": "default",
                "spark_python_task": {"python_file": "/Workspace/x.py"},
                "run_if": "AT_LEAST_ONE_SUCCESS",
                "depends_on": [{"task_key": "dash"}, {"task_key": "pbi"}],
            },
        ],
        "trigger": {"pause_status": "UNPAUSED", "file_arrival": {"url": "s3://bucket/in/"}},
        "health": {"rules": [{"metric": "RUN_DURATION_SECONDS", "op": "GREATER_THAN", "value": 600}]},
        "edit_mode": "UI_LOCKED",
        "performance_target": "PERFORMANCE_OPTIMIZED",
        "budget_policy_id": "b-1",
        "notification_settings": {"no_alert_for_skipped_runs": True},
        "deployment": {"kind": "BUNDLE", "metadata_file_path": "/Workspace/b/meta.json"},
        "run_as": {"user_name": USER},
    }
    job_id = create(client, settings)
    stored = ok(call(client, "GET", "/api/2.2/jobs/get", {"job_id": job_id}))["settings"]
    for key in ("trigger", "health", "edit_mode", "performance_target", "deployment", "environments"):
        assert stored[key] == settings[key]
    run_id = run_now(client, job_id)
    mock.advance(STEP * 2)
    run = get_run(client, run_id)
    assert run["state"]["result_state"] == "SUCCESS"
    assert {t["task_key"]: t["state"]["result_state"] for t in run["tasks"]} == dict.fromkeys(
        ("dash", "pbi", "room", "cloud", "serverless"), "SUCCESS"
    )


@pytest.mark.parametrize(
    ("task", "fragment"),
    [
        (
            {"task_key": "a", "spark_python_task": {"python_file": "/x.py"}, "environment_key": "nowhere"},
            "environment_key nowhere is not defined in environments",
        ),
        (
            {"task_key": "a", "spark_python_task": {"python_file": "/x.py"}},
            "one of existing_cluster_id, new_cluster, job_cluster_key or environment_key (serverless) must be specified",
        ),
        (
            {
                "task_key": "a",
                "for_each_task": {
                    "inputs": "[1]",
                    "task": {"task_key": "b", "for_each_task": {"inputs": "[1]", "task": {"task_key": "c"}}},
                },
            },
            "cannot be another for_each_task",
        ),
    ],
)
def test_todays_task_rules(client: httpx.Client, task: dict[str, Any], fragment: str) -> None:
    assert fragment in err(
        call(client, "POST", "/api/2.2/jobs/create", {"tasks": [task]}), 400, "INVALID_PARAMETER_VALUE"
    )


def test_an_outcome_needs_a_condition_task_and_enums_are_checked(client: httpx.Client, cluster_id: str) -> None:
    tasks = [notebook("a", cluster_id), notebook("b", cluster_id, depends_on=[{"task_key": "a", "outcome": "true"}])]
    message = err(call(client, "POST", "/api/2.2/jobs/create", {"tasks": tasks}), 400, "INVALID_PARAMETER_VALUE")
    assert "which is not a condition_task" in message
    bad_enum = {"tasks": [notebook("a", cluster_id, run_if="WHEN_I_FEEL_LIKE_IT")]}
    r = call(client, "POST", "/api/2.2/jobs/create", bad_enum)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    every_run_if = [
        "ALL_SUCCESS",
        "ALL_DONE",
        "NONE_FAILED",
        "AT_LEAST_ONE_SUCCESS",
        "ALL_FAILED",
        "AT_LEAST_ONE_FAILED",
    ]
    for value in every_run_if:
        create(
            client,
            {
                "tasks": [
                    notebook("a", cluster_id),
                    notebook("b", cluster_id, depends_on=[{"task_key": "a"}], run_if=value),
                ]
            },
        )


def test_a_run_job_task_whose_run_is_skipped_fails(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    never = create(client, {"name": "never", "tasks": [notebook("w", cluster_id)], "max_concurrent_runs": 0}, "2.1")
    parent = create(client, {"name": "parent", "tasks": [{"task_key": "call", "run_job_task": {"job_id": never}}]})
    run_id = run_now(client, parent)
    mock.advance(PENDING + CLEANUP)
    task = get_run(client, run_id)["tasks"][0]
    assert task["state"]["result_state"] == "FAILED" and "Skipping this run" in task["state"]["state_message"]


def test_run_now_only_runs_the_named_tasks(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    tasks = [
        notebook("a", cluster_id),
        notebook("b", cluster_id, depends_on=[{"task_key": "a"}]),
        notebook("c", cluster_id, depends_on=[{"task_key": "b"}]),
    ]
    job_id = create(client, {"name": "subset", "tasks": tasks})
    run_id = run_now(client, job_id, only=["b", "c"])
    mock.advance(STEP * 2)
    run = get_run(client, run_id)
    assert [t["task_key"] for t in run["tasks"]] == ["b", "c"] and run["state"]["result_state"] == "SUCCESS"
    message = err(
        call(client, "POST", "/api/2.2/jobs/run-now", {"job_id": job_id, "only": ["z"]}), 400, "INVALID_PARAMETER_VALUE"
    )
    assert "only names task_key z" in message


def test_cancel_all_queued_runs_of_the_workspace(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    # databricks-sdk 0.162.0 JobsAPI.cancel_all_runs(all_queued_runs=...): "If no job_id is provided, all queued
    # runs in the workspace are canceled."
    one = create(client, {"name": "one", "tasks": [notebook("a", cluster_id)]})
    two = create(client, {"name": "two", "tasks": [notebook("a", cluster_id)]})
    active_one, queued_one = run_now(client, one), run_now(client, one)
    active_two, queued_two = run_now(client, two), run_now(client, two)
    assert get_run(client, queued_two)["state"]["life_cycle_state"] == "QUEUED"
    err(call(client, "POST", "/api/2.2/jobs/runs/cancel-all", {}), 400, "INVALID_PARAMETER_VALUE")
    err(
        call(client, "POST", "/api/2.2/jobs/runs/cancel-all", {"all_queued_runs": False}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    ok(call(client, "POST", "/api/2.2/jobs/runs/cancel-all", {"all_queued_runs": True}))
    mock.advance(0)
    for queued in (queued_one, queued_two):
        assert get_run(client, queued)["state"]["result_state"] == "CANCELED"
    mock.advance(STEP)
    for active in (active_one, active_two):  # runs that were not queued go on
        assert get_run(client, active)["state"]["result_state"] == "SUCCESS"


def test_submit_takes_a_performance_target(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    # databricks-sdk 0.162.0 JobsAPI.submit(performance_target=PerformanceTarget): PERFORMANCE_OPTIMIZED, STANDARD.
    body = {"run_name": "fast", "tasks": [notebook("a", cluster_id)], "performance_target": "PERFORMANCE_OPTIMIZED"}
    run_id = ok(call(client, "POST", "/api/2.2/jobs/runs/submit", body))["run_id"]
    mock.advance(STEP)
    assert get_run(client, run_id)["state"]["result_state"] == "SUCCESS"
    bad = {**body, "performance_target": "WARP_SPEED"}
    err(call(client, "POST", "/api/2.2/jobs/runs/submit", bad), 400, "INVALID_PARAMETER_VALUE")
