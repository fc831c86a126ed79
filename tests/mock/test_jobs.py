"""Jobs API 2.0 and 2.1 in the mock: one store of jobs and runs, the run life cycle on the virtual clock,
multi-task ordering, repair, retries, pagination, idempotency and the two versions' views (api-inventory §1.7,
§1.8, §2.7)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN, USER
from tests.mock.helpers import call, err, ok

PENDING = 10  # realistic jobs.run_pending
EXECUTE = 60  # realistic jobs.run_execute
CLEANUP = 5  # realistic jobs.run_cleanup
CLUSTER_START = 300  # realistic clusters.start
NEW_CLUSTER: dict[str, Any] = {"spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_D3_v2", "num_workers": 1}


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True, durations="realistic")


@pytest.fixture
def cluster_id(client: httpx.Client, mock: MockServer) -> str:
    """A RUNNING all-purpose cluster."""
    body = {"cluster_name": "shared", **NEW_CLUSTER}
    cid: str = ok(call(client, "POST", "/api/2.0/clusters/create", body))["cluster_id"]
    mock.advance(CLUSTER_START)
    assert ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cid}))["state"] == "RUNNING"
    return cid


def notebook_job(cluster_id: str, **settings: Any) -> dict[str, Any]:
    return {
        "name": "Nightly notebook",
        "existing_cluster_id": cluster_id,
        "notebook_task": {"notebook_path": "/Users/admin@example.com/nightly", "base_parameters": {"day": "mon"}},
        **settings,
    }


def create20(client: httpx.Client, settings: dict[str, Any]) -> int:
    job_id: int = ok(call(client, "POST", "/api/2.0/jobs/create", settings))["job_id"]
    return job_id


def create21(client: httpx.Client, settings: dict[str, Any]) -> int:
    job_id: int = ok(call(client, "POST", "/api/2.1/jobs/create", settings))["job_id"]
    return job_id


def run_now(client: httpx.Client, job_id: int, version: str = "2.1", **params: Any) -> int:
    run_id: int = ok(call(client, "POST", f"/api/{version}/jobs/run-now", {"job_id": job_id, **params}))["run_id"]
    return run_id


def run(client: httpx.Client, run_id: int, version: str = "2.1", **query: Any) -> dict[str, Any]:
    return ok(call(client, "GET", f"/api/{version}/jobs/runs/get", {"run_id": run_id, **query}))


def state(client: httpx.Client, run_id: int) -> tuple[str, str | None]:
    s = run(client, run_id)["state"]
    return s["life_cycle_state"], s.get("result_state")


def three_task_job(cluster_id: str, fail_first: bool = False) -> dict[str, Any]:
    params = {"dbrest_mock_result": "FAILED"} if fail_first else {}
    return {
        "name": "Pipeline",
        "tasks": [
            {
                "task_key": "ingest",
                "existing_cluster_id": cluster_id,
                "notebook_task": {"notebook_path": "/etl/ingest", "base_parameters": params},
            },
            {
                "task_key": "clean",
                "depends_on": [{"task_key": "ingest"}],
                "existing_cluster_id": cluster_id,
                "notebook_task": {"notebook_path": "/etl/clean"},
            },
            {
                "task_key": "report",
                "depends_on": [{"task_key": "ingest"}, {"task_key": "clean"}],
                "existing_cluster_id": cluster_id,
                "spark_python_task": {"python_file": "dbfs:/report.py", "parameters": ["--day", "mon"]},
            },
        ],
        "max_concurrent_runs": 5,
    }


def tasks_by_key(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["task_key"]: t for t in data["tasks"]}


# --- jobs in both versions -------------------------------------------------------------------------------


def test_single_task_job_reads_flat_in_2_0_and_as_one_task_in_2_1(client: httpx.Client) -> None:
    settings = {
        "name": "Nightly model training",
        "new_cluster": NEW_CLUSTER,
        "libraries": [{"jar": "dbfs:/my-jar.jar"}],
        "timeout_seconds": 3600,
        "max_retries": 1,
        "spark_jar_task": {"main_class_name": "com.databricks.ComputeModels"},
    }
    job_id = create20(client, settings)
    v20 = ok(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}))
    assert v20["creator_user_name"] == USER
    assert v20["settings"] == {**settings, "email_notifications": {}, "max_concurrent_runs": 1, "format": "SINGLE_TASK"}
    v21 = ok(call(client, "GET", "/api/2.1/jobs/get", {"job_id": job_id}))
    s21 = v21["settings"]
    assert s21["format"] == "SINGLE_TASK"
    assert s21["timeout_seconds"] == 3600 and s21["name"] == "Nightly model training"
    assert "spark_jar_task" not in s21 and "new_cluster" not in s21
    (task,) = s21["tasks"]
    assert task["task_key"] == "Nightly_model_training"
    assert task["spark_jar_task"] == settings["spark_jar_task"]
    assert task["new_cluster"] == NEW_CLUSTER and task["libraries"] == settings["libraries"]
    assert task["max_retries"] == 1


def test_multi_task_job_reads_the_same_in_2_0(client: httpx.Client, cluster_id: str) -> None:
    job_id = create21(client, three_task_job(cluster_id))
    v20 = ok(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}))["settings"]
    v21 = ok(call(client, "GET", "/api/2.1/jobs/get", {"job_id": job_id}))["settings"]
    assert v20 == v21
    assert v21["format"] == "MULTI_TASK"
    assert [t["task_key"] for t in v21["tasks"]] == ["ingest", "clean", "report"]


def test_2_0_create_with_tasks_makes_a_multi_task_job(client: httpx.Client, cluster_id: str) -> None:
    job_id = create20(client, three_task_job(cluster_id))
    assert ok(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}))["settings"]["format"] == "MULTI_TASK"
    body = {**three_task_job(cluster_id), "notebook_task": {"notebook_path": "/x"}}
    assert "notebook_task" in err(call(client, "POST", "/api/2.0/jobs/create", body), 400, "INVALID_PARAMETER_VALUE")


def test_unknown_ids_are_400_invalid_parameter_value(client: httpx.Client) -> None:
    for version in ("2.0", "2.1"):
        message = err(call(client, "GET", f"/api/{version}/jobs/get", {"job_id": 12}), 400, "INVALID_PARAMETER_VALUE")
        assert message == "Job 12 does not exist"
        message = err(
            call(client, "GET", f"/api/{version}/jobs/runs/get", {"run_id": 5}), 400, "INVALID_PARAMETER_VALUE"
        )
        assert message == "Run 5 does not exist"
        for path, body in (
            ("jobs/run-now", {"job_id": 12}),
            ("jobs/reset", {"job_id": 12, "new_settings": {"name": "x"}}),
            ("jobs/runs/cancel", {"run_id": 5}),
            ("jobs/runs/cancel-all", {"job_id": 12}),
            ("jobs/runs/delete", {"run_id": 5}),
        ):
            err(call(client, "POST", f"/api/{version}/{path}", body), 400, "INVALID_PARAMETER_VALUE")
        err(call(client, "GET", f"/api/{version}/jobs/runs/get-output", {"run_id": 5}), 400, "INVALID_PARAMETER_VALUE")


@pytest.mark.parametrize(
    ("settings", "fragment"),
    [
        ({"tasks": [{"task_key": "a", "new_cluster": NEW_CLUSTER}]}, "exactly one of"),
        (
            {
                "tasks": [
                    {
                        "task_key": "a",
                        "new_cluster": NEW_CLUSTER,
                        "notebook_task": {"notebook_path": "/a"},
                        "spark_jar_task": {"main_class_name": "A"},
                    }
                ]
            },
            "exactly one of",
        ),
        ({"tasks": [{"task_key": "a", "notebook_task": {"notebook_path": "/a"}}]}, "must be specified"),
        (
            {
                "tasks": [
                    {"task_key": "a", "new_cluster": NEW_CLUSTER, "notebook_task": {"notebook_path": "/a"}},
                    {"task_key": "a", "new_cluster": NEW_CLUSTER, "notebook_task": {"notebook_path": "/b"}},
                ]
            },
            "Duplicate task_key",
        ),
        (
            {
                "tasks": [
                    {
                        "task_key": "a",
                        "depends_on": [{"task_key": "zz"}],
                        "new_cluster": NEW_CLUSTER,
                        "notebook_task": {"notebook_path": "/a"},
                    }
                ]
            },
            "does not exist in tasks",
        ),
        (
            {
                "tasks": [
                    {
                        "task_key": "a",
                        "depends_on": [{"task_key": "b"}],
                        "new_cluster": NEW_CLUSTER,
                        "notebook_task": {"notebook_path": "/a"},
                    },
                    {
                        "task_key": "b",
                        "depends_on": [{"task_key": "a"}],
                        "new_cluster": NEW_CLUSTER,
                        "notebook_task": {"notebook_path": "/b"},
                    },
                ]
            },
            "cycle",
        ),
        (
            {"tasks": [{"task_key": "a", "job_cluster_key": "nope", "notebook_task": {"notebook_path": "/a"}}]},
            "not defined in job_clusters",
        ),
        (
            {"tasks": [{"task_key": "a", "existing_cluster_id": "0101-x", "notebook_task": {"notebook_path": "/a"}}]},
            "Cluster 0101-x does not exist",
        ),
        (
            {
                "tasks": [{"task_key": "a", "new_cluster": NEW_CLUSTER, "notebook_task": {"notebook_path": "/a"}}],
                "git_source": {"git_url": "https://github.com/x/y", "git_provider": "gitHub"},
            },
            "git_branch, git_tag and git_commit",
        ),
    ],
)
def test_invalid_job_settings_are_rejected_and_nothing_is_created(
    client: httpx.Client, settings: dict[str, Any], fragment: str
) -> None:
    assert fragment in err(call(client, "POST", "/api/2.1/jobs/create", settings), 400, "INVALID_PARAMETER_VALUE")
    assert "jobs" not in ok(call(client, "GET", "/api/2.1/jobs/list"))


def test_schema_bounds_task_key_and_limits(client: httpx.Client) -> None:
    bad_key = {"tasks": [{"task_key": "a b", "new_cluster": NEW_CLUSTER, "notebook_task": {"notebook_path": "/a"}}]}
    err(call(client, "POST", "/api/2.1/jobs/create", bad_key), 400, "INVALID_PARAMETER_VALUE")
    err(call(client, "POST", "/api/2.1/jobs/create", {"max_concurrent_runs": 1001}), 400, "INVALID_PARAMETER_VALUE")
    err(
        call(client, "POST", "/api/2.1/jobs/create", {"tags": {f"t{i}": "v" for i in range(26)}}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    err(call(client, "GET", "/api/2.1/jobs/list", {"limit": 26}), 400, "INVALID_PARAMETER_VALUE")
    err(call(client, "GET", "/api/2.1/jobs/runs/list", {"limit": 26}), 400, "INVALID_PARAMETER_VALUE")
    err(call(client, "GET", "/api/2.0/jobs/runs/list", {"limit": 1000}), 400, "INVALID_PARAMETER_VALUE")


def test_update_replaces_top_level_fields_and_removes_fields(client: httpx.Client, cluster_id: str) -> None:
    job_id = create20(
        client,
        notebook_job(
            cluster_id,
            libraries=[{"jar": "dbfs:/a.jar"}],
            schedule={"quartz_cron_expression": "0 15 22 ? * *", "timezone_id": "UTC"},
        ),
    )
    body = {
        "job_id": job_id,
        "new_settings": {"name": "Renamed", "timeout_seconds": 60},
        "fields_to_remove": ["libraries", "schedule"],
    }
    ok(call(client, "POST", "/api/2.0/jobs/update", body))
    settings = ok(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}))["settings"]
    assert settings["name"] == "Renamed" and settings["timeout_seconds"] == 60
    assert "libraries" not in settings and "schedule" not in settings
    assert settings["format"] == "SINGLE_TASK" and settings["notebook_task"]["notebook_path"].endswith("nightly")
    # 2.1 update of job-level fields keeps the single-task format
    ok(call(client, "POST", "/api/2.1/jobs/update", {"job_id": job_id, "new_settings": {"max_concurrent_runs": 4}}))
    assert ok(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}))["settings"]["max_concurrent_runs"] == 4
    # a rejected update changes nothing
    bad = {"job_id": job_id, "new_settings": {"spark_jar_task": {"main_class_name": "A"}}}
    err(call(client, "POST", "/api/2.0/jobs/update", bad), 400, "INVALID_PARAMETER_VALUE")
    err(
        call(client, "POST", "/api/2.0/jobs/update", {"job_id": job_id, "fields_to_remove": ["notebook_task"]}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    after = ok(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}))["settings"]
    assert after == {**settings, "max_concurrent_runs": 4}


def test_reset_through_2_1_makes_the_job_multi_task(client: httpx.Client, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id))
    ok(call(client, "POST", "/api/2.1/jobs/reset", {"job_id": job_id, "new_settings": three_task_job(cluster_id)}))
    assert ok(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}))["settings"]["format"] == "MULTI_TASK"
    single = {"job_id": job_id, "new_settings": {"existing_cluster_id": cluster_id}}
    err(call(client, "POST", "/api/2.0/jobs/update", single), 400, "INVALID_PARAMETER_VALUE")


def test_delete_hides_the_job_and_its_runs(client: httpx.Client, cluster_id: str, mock: MockServer) -> None:
    job_id = create20(client, notebook_job(cluster_id))
    run_id = run_now(client, job_id)
    assert mock.env.service("jobs").has_object("jobs", str(job_id)) is True
    ok(call(client, "POST", "/api/2.0/jobs/delete", {"job_id": job_id}))
    ok(call(client, "POST", "/api/2.1/jobs/delete", {"job_id": job_id}))  # already deleted: no-op
    err(call(client, "GET", "/api/2.0/jobs/get", {"job_id": job_id}), 400, "INVALID_PARAMETER_VALUE")
    err(call(client, "GET", "/api/2.1/jobs/runs/get", {"run_id": run_id}), 400, "INVALID_PARAMETER_VALUE")
    err(call(client, "POST", "/api/2.1/jobs/delete", {"job_id": 999}), 400, "INVALID_PARAMETER_VALUE")
    assert mock.env.service("jobs").has_object("jobs", str(job_id)) is False
    assert mock.env.service("jobs").has_object("clusters", cluster_id) is None


def test_list_jobs_pagination_and_name_filter(client: httpx.Client, cluster_id: str) -> None:
    ids = [create20(client, notebook_job(cluster_id, name=f"job {i}")) for i in range(30)]
    all20 = ok(call(client, "GET", "/api/2.0/jobs/list"))
    assert [j["job_id"] for j in all20["jobs"]] == ids[::-1] and all20["has_more"] is False
    page = ok(call(client, "GET", "/api/2.1/jobs/list"))
    assert len(page["jobs"]) == 20 and page["has_more"] is True
    page = ok(call(client, "GET", "/api/2.1/jobs/list", {"offset": 25, "limit": 25}))
    assert [j["job_id"] for j in page["jobs"]] == ids[4::-1] and page["has_more"] is False
    assert "tasks" not in page["jobs"][0]["settings"]
    expanded = ok(call(client, "GET", "/api/2.1/jobs/list", {"limit": 1, "expand_tasks": "true"}))
    assert expanded["jobs"][0]["settings"]["tasks"][0]["task_key"] == "job_29"
    named = ok(call(client, "GET", "/api/2.1/jobs/list", {"name": "JOB 7"}))
    assert [j["job_id"] for j in named["jobs"]] == [ids[7]]
    paged20 = ok(call(client, "GET", "/api/2.0/jobs/list", {"limit": 2, "offset": 1}))
    assert [j["job_id"] for j in paged20["jobs"]] == [ids[28], ids[27]] and paged20["has_more"] is True


# --- run life cycles -------------------------------------------------------------------------------------


def test_run_on_existing_cluster_goes_pending_running_terminating_terminated(
    client: httpx.Client, mock: MockServer, cluster_id: str
) -> None:
    job_id = create20(client, notebook_job(cluster_id))
    start = mock.env.clock.now_ms()
    reply = ok(call(client, "POST", "/api/2.0/jobs/run-now", {"job_id": job_id, "notebook_params": {"day": "tue"}}))
    assert reply["number_in_job"] == 1
    run_id = reply["run_id"]
    assert state(client, run_id) == ("PENDING", None)
    mock.advance(PENDING)
    got = run(client, run_id, "2.0")
    assert got["state"]["life_cycle_state"] == "RUNNING" and got["state"]["state_message"] == "In run"
    assert got["cluster_instance"]["cluster_id"] == cluster_id and "spark_context_id" in got["cluster_instance"]
    assert got["task"] == {
        "notebook_task": {"notebook_path": "/Users/admin@example.com/nightly", "base_parameters": {"day": "tue"}}
    }
    assert got["overriding_parameters"] == {"notebook_params": {"day": "tue"}}
    mock.advance(EXECUTE)
    assert state(client, run_id) == ("TERMINATING", None)
    mock.advance(CLEANUP)
    got = run(client, run_id, "2.0")
    assert got["state"] == {
        "life_cycle_state": "TERMINATED",
        "result_state": "SUCCESS",
        "state_message": "",
        "user_cancelled_or_timedout": False,
    }
    assert (got["setup_duration"], got["execution_duration"], got["cleanup_duration"]) == (10000, 60000, 5000)
    assert got["start_time"] == start and got["end_time"] == start + 75000
    assert got["trigger"] == "ONE_TIME" and got["run_type"] == "JOB_RUN" and got["number_in_job"] == 1
    # 2.1 shows the single task with the run's own id; number_in_job equals run_id
    got21 = run(client, run_id)
    assert got21["number_in_job"] == run_id
    assert [t["run_id"] for t in got21["tasks"]] == [run_id]
    output = ok(call(client, "GET", "/api/2.1/jobs/runs/get-output", {"run_id": run_id}))
    assert output["notebook_output"] == {} and "error" not in output


def test_new_cluster_run_creates_and_terminates_a_job_cluster(client: httpx.Client, mock: MockServer) -> None:
    body = {
        "run_name": "one-off",
        "new_cluster": NEW_CLUSTER,
        "spark_jar_task": {"main_class_name": "com.example.Main", "parameters": ["a"]},
    }
    run_id = ok(call(client, "POST", "/api/2.0/jobs/runs/submit", body))["run_id"]
    got = run(client, run_id, "2.0")
    assert got["state"]["life_cycle_state"] == "PENDING" and got["run_type"] == "SUBMIT_RUN"
    cid = got["cluster_instance"]["cluster_id"]
    info = ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cid}))
    assert info["cluster_source"] == "JOB" and info["state"] == "PENDING"
    assert info["default_tags"]["RunName"] == "one-off"
    mock.advance(CLUSTER_START - 1)
    assert state(client, run_id)[0] == "PENDING"
    mock.advance(1)
    assert state(client, run_id)[0] == "RUNNING"
    mock.advance(EXECUTE)
    assert ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cid}))["state"] in (
        "TERMINATING",
        "TERMINATED",
    )
    mock.advance(CLEANUP + 120)
    assert state(client, run_id) == ("TERMINATED", "SUCCESS")
    info = ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cid}))
    assert info["state"] == "TERMINATED" and info["termination_reason"]["code"] == "JOB_FINISHED"
    assert run(client, run_id, "2.0")["setup_duration"] == CLUSTER_START * 1000
    logs = ok(call(client, "GET", "/api/2.0/jobs/runs/get-output", {"run_id": run_id}))["logs"]
    assert "com.example.Main" in logs


def test_invalid_new_cluster_ends_the_run_in_internal_error(client: httpx.Client) -> None:
    body = {"new_cluster": {**NEW_CLUSTER, "spark_version": "0.0.x"}, "notebook_task": {"notebook_path": "/a"}}
    run_id = ok(call(client, "POST", "/api/2.0/jobs/runs/submit", body))["run_id"]
    got = run(client, run_id)
    assert got["state"]["life_cycle_state"] == "INTERNAL_ERROR" and got["state"]["result_state"] == "FAILED"
    assert "spark version" in got["state"]["state_message"]


def test_terminated_existing_cluster_is_started_for_the_run(
    client: httpx.Client, mock: MockServer, cluster_id: str
) -> None:
    ok(call(client, "POST", "/api/2.0/clusters/delete", {"cluster_id": cluster_id}))
    mock.advance(600)
    assert ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cluster_id}))["state"] == "TERMINATED"
    run_id = run_now(client, create20(client, notebook_job(cluster_id)))
    assert ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cluster_id}))["state"] == "PENDING"
    mock.advance(CLUSTER_START)
    assert state(client, run_id)[0] == "RUNNING"


def test_failure_knob_output_knob_and_export(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id))
    failed = run_now(client, job_id, notebook_params={"dbrest_mock_result": "FAILED"})
    mock.advance(PENDING + EXECUTE + CLEANUP)
    got = run(client, failed)["state"]
    assert (got["life_cycle_state"], got["result_state"]) == ("TERMINATED", "FAILED")
    assert got["state_message"] == "Workload failed, see run output for details"
    out = ok(call(client, "GET", "/api/2.0/jobs/runs/get-output", {"run_id": failed}))
    assert "dbrest_mock_result=FAILED" in out["error"] and "Traceback" in out["error_trace"]
    succeeded = run_now(client, job_id, notebook_params={"dbrest_mock_output": "42 rows"})
    mock.advance(PENDING + EXECUTE + CLEANUP)
    out = ok(call(client, "GET", "/api/2.1/jobs/runs/get-output", {"run_id": succeeded}))
    assert out["notebook_output"] == {"result": "42 rows", "truncated": False}
    assert out["metadata"]["state"]["result_state"] == "SUCCESS"
    views = ok(call(client, "GET", "/api/2.0/jobs/runs/export", {"run_id": succeeded}))["views"]
    assert [(v["name"], v["type"]) for v in views] == [("nightly", "NOTEBOOK")]
    assert views[0]["content"].startswith("<!DOCTYPE html>") and "42 rows" in views[0]["content"]
    assert (
        views
        == ok(call(client, "GET", "/api/2.1/jobs/runs/export", {"run_id": succeeded, "views_to_export": "ALL"}))[
            "views"
        ]
    )
    assert ok(
        call(client, "GET", "/api/2.1/jobs/runs/export", {"run_id": succeeded, "views_to_export": "DASHBOARDS"})
    ) == {"views": []}


def test_export_of_a_non_notebook_run_fails(client: httpx.Client, cluster_id: str) -> None:
    body = {"existing_cluster_id": cluster_id, "spark_python_task": {"python_file": "dbfs:/a.py"}}
    run_id = ok(call(client, "POST", "/api/2.0/jobs/runs/submit", body))["run_id"]
    err(call(client, "GET", "/api/2.0/jobs/runs/export", {"run_id": run_id}), 400, "INVALID_PARAMETER_VALUE")


def test_timeout_ends_the_run_timedout(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    run_id = run_now(client, create20(client, notebook_job(cluster_id, timeout_seconds=30)))
    mock.advance(30)
    assert state(client, run_id) == ("TERMINATING", None)
    mock.advance(CLEANUP)
    got = run(client, run_id)["state"]
    assert (got["life_cycle_state"], got["result_state"], got["user_cancelled_or_timedout"]) == (
        "TERMINATED",
        "TIMEDOUT",
        True,
    )


def test_timeout_change_applies_to_active_runs(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id))
    run_id = run_now(client, job_id)
    mock.advance(PENDING + 10)
    ok(call(client, "POST", "/api/2.0/jobs/update", {"job_id": job_id, "new_settings": {"timeout_seconds": 25}}))
    mock.advance(5 + CLEANUP)
    assert state(client, run_id) == ("TERMINATED", "TIMEDOUT")


def test_cancel_and_cancel_all(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id, max_concurrent_runs=3))
    first = run_now(client, job_id)
    mock.advance(PENDING)
    ok(call(client, "POST", "/api/2.0/jobs/runs/cancel", {"run_id": first}))
    assert state(client, first) == ("TERMINATING", None)
    mock.advance(CLEANUP)
    got = run(client, first)["state"]
    assert (got["life_cycle_state"], got["result_state"], got["user_cancelled_or_timedout"]) == (
        "TERMINATED",
        "CANCELED",
        True,
    )
    ok(call(client, "POST", "/api/2.1/jobs/runs/cancel", {"run_id": first}))  # finished: no-op
    assert state(client, first) == ("TERMINATED", "CANCELED")
    others = [run_now(client, job_id) for _ in range(3)]
    ok(call(client, "POST", "/api/2.1/jobs/runs/cancel-all", {"job_id": job_id}))
    mock.advance(CLEANUP)
    assert [state(client, r) for r in others] == [("TERMINATED", "CANCELED")] * 3
    active = ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"job_id": job_id, "active_only": "true"}))
    assert "runs" not in active


def test_max_concurrent_runs_skips_new_runs(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id))
    first = run_now(client, job_id)
    second = run_now(client, job_id)
    got = run(client, second)["state"]
    assert got["life_cycle_state"] == "SKIPPED" and "result_state" not in got
    assert "maximum concurrent runs" in got["state_message"]
    mock.advance(PENDING + EXECUTE + CLEANUP)
    assert state(client, first) == ("TERMINATED", "SUCCESS")
    assert state(client, run_now(client, job_id))[0] == "PENDING"
    zero = create20(client, notebook_job(cluster_id, max_concurrent_runs=0))
    assert state(client, run_now(client, zero))[0] == "SKIPPED"


def test_retry_of_a_failed_single_task_run(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    settings = notebook_job(cluster_id, max_retries=1, min_retry_interval_millis=120000)
    settings["notebook_task"]["base_parameters"]["dbrest_mock_result"] = "FAILED"
    job_id = create20(client, settings)
    first = run_now(client, job_id, "2.0")
    mock.advance(PENDING + EXECUTE + CLEANUP)
    assert state(client, first) == ("TERMINATED", "FAILED")
    assert len(ok(call(client, "GET", "/api/2.0/jobs/runs/list", {"job_id": job_id}))["runs"]) == 1
    mock.advance(120 - (PENDING + EXECUTE + CLEANUP))
    runs = ok(call(client, "GET", "/api/2.0/jobs/runs/list", {"job_id": job_id}))["runs"]
    retry = runs[0]
    assert retry["run_id"] != first and retry["trigger"] == "RETRY" and retry["attempt_number"] == 1
    assert retry["original_attempt_run_id"] == first and retry["number_in_job"] == 2
    mock.advance(PENDING + EXECUTE + CLEANUP + 600)
    assert len(ok(call(client, "GET", "/api/2.0/jobs/runs/list", {"job_id": job_id}))["runs"]) == 2  # max_retries 1


def test_param_rules(client: httpx.Client, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id))
    both = {"job_id": job_id, "jar_params": ["a"], "notebook_params": {"a": "b"}}
    assert "jar_params" in err(call(client, "POST", "/api/2.1/jobs/run-now", both), 400, "INVALID_PARAMETER_VALUE")
    big = {"job_id": job_id, "notebook_params": {"k": "x" * 10000}}
    err(call(client, "POST", "/api/2.0/jobs/run-now", big), 400, "INVALID_PARAMETER_VALUE")
    err(
        call(client, "POST", "/api/2.0/jobs/run-now", {"job_id": job_id, "python_params": ["é"]}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    assert "runs" not in ok(call(client, "GET", "/api/2.1/jobs/runs/list"))


# --- multi-task runs -----------------------------------------------------------------------------------


def test_multi_task_run_respects_depends_on(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create21(client, three_task_job(cluster_id))
    run_id = run_now(client, job_id)
    got = run(client, run_id)
    tasks = tasks_by_key(got)
    assert [tasks[k]["state"]["life_cycle_state"] for k in ("ingest", "clean", "report")] == [
        "PENDING",
        "BLOCKED",
        "BLOCKED",
    ]
    ids = {t["run_id"] for t in got["tasks"]}
    assert len(ids) == 3 and run_id not in ids
    assert got["state"]["life_cycle_state"] == "PENDING"
    mock.advance(PENDING)
    assert run(client, run_id)["state"]["life_cycle_state"] == "RUNNING"
    mock.advance(EXECUTE + CLEANUP)
    tasks = tasks_by_key(run(client, run_id))
    assert tasks["ingest"]["state"]["result_state"] == "SUCCESS"
    assert tasks["clean"]["state"]["life_cycle_state"] == "PENDING"
    assert tasks["report"]["state"]["life_cycle_state"] == "BLOCKED"
    mock.advance(PENDING + EXECUTE + CLEANUP)
    assert tasks_by_key(run(client, run_id))["report"]["state"]["life_cycle_state"] == "PENDING"
    mock.advance(PENDING + EXECUTE + CLEANUP)
    got = run(client, run_id)
    assert (got["state"]["life_cycle_state"], got["state"]["result_state"]) == ("TERMINATED", "SUCCESS")
    starts = [tasks_by_key(got)[k]["start_time"] for k in ("ingest", "clean", "report")]
    assert starts == sorted(starts) and len(set(starts)) == 3
    assert got["run_duration"] == 3 * (PENDING + EXECUTE + CLEANUP) * 1000
    assert got["setup_duration"] == 0
    # output of the parent is refused; each task run has its own
    message = err(
        call(client, "GET", "/api/2.1/jobs/runs/get-output", {"run_id": run_id}), 400, "INVALID_PARAMETER_VALUE"
    )
    assert message.startswith("Retrieving the output of runs with multiple tasks is not supported.")
    report = tasks_by_key(got)["report"]["run_id"]
    out = ok(call(client, "GET", "/api/2.1/jobs/runs/get-output", {"run_id": report}))
    assert out["metadata"]["run_id"] == report and "dbfs:/report.py" in out["logs"]
    assert run(client, report)["task"]["spark_python_task"]["python_file"] == "dbfs:/report.py"
    # the 2.0 view of a multi-task run carries the tasks too
    assert len(run(client, run_id, "2.0")["tasks"]) == 3


def test_upstream_failure_skips_downstream_and_repair_reruns(
    client: httpx.Client, mock: MockServer, cluster_id: str
) -> None:
    job_id = create21(client, three_task_job(cluster_id, fail_first=True))
    run_id = run_now(client, job_id)
    mock.advance(PENDING + EXECUTE + CLEANUP)
    got = run(client, run_id)
    tasks = tasks_by_key(got)
    assert tasks["ingest"]["state"]["result_state"] == "FAILED"
    for key in ("clean", "report"):
        assert tasks[key]["state"]["life_cycle_state"] == "SKIPPED"
        assert tasks[key]["state"]["state_message"] == "An upstream task failed."
    assert (got["state"]["life_cycle_state"], got["state"]["result_state"]) == ("TERMINATED", "FAILED")
    original_ids = [t["run_id"] for t in got["tasks"]]
    # fix the job, then repair every task that did not succeed
    fixed = three_task_job(cluster_id)
    ok(call(client, "POST", "/api/2.1/jobs/reset", {"job_id": job_id, "new_settings": fixed}))
    body = {"run_id": run_id, "rerun_all_failed_tasks": True}
    repair_id = ok(call(client, "POST", "/api/2.1/jobs/runs/repair", body))["repair_id"]
    got = run(client, run_id)
    assert got["state"]["life_cycle_state"] == "PENDING"
    assert [t["state"]["life_cycle_state"] for t in got["tasks"]] == ["PENDING", "BLOCKED", "BLOCKED"]
    assert not set(t["run_id"] for t in got["tasks"]) & set(original_ids)
    err(
        call(client, "POST", "/api/2.1/jobs/runs/repair", {"run_id": run_id, "rerun_tasks": ["ingest"]}),
        400,
        "INVALID_STATE",
    )
    mock.advance(3 * (PENDING + EXECUTE + CLEANUP))
    got = run(client, run_id, include_history="true")
    assert (got["state"]["life_cycle_state"], got["state"]["result_state"]) == ("TERMINATED", "SUCCESS")
    history = got["repair_history"]
    assert [h["type"] for h in history] == ["ORIGINAL", "REPAIR"]
    assert history[0]["task_run_ids"] == original_ids and history[0]["state"]["result_state"] == "FAILED"
    assert history[1]["id"] == repair_id and history[1]["state"]["result_state"] == "SUCCESS"
    assert history[1]["task_run_ids"] == [t["run_id"] for t in got["tasks"]]
    assert "repair_history" not in run(client, run_id)
    # a second repair needs the latest repair id; unknown keys are refused
    second = {"run_id": run_id, "rerun_tasks": ["report"]}
    err(call(client, "POST", "/api/2.1/jobs/runs/repair", second), 400, "INVALID_PARAMETER_VALUE")
    bad = {**second, "rerun_tasks": ["nope"], "latest_repair_id": repair_id}
    err(call(client, "POST", "/api/2.1/jobs/runs/repair", bad), 400, "INVALID_PARAMETER_VALUE")
    again = ok(call(client, "POST", "/api/2.1/jobs/runs/repair", {**second, "latest_repair_id": repair_id}))[
        "repair_id"
    ]
    tasks = tasks_by_key(run(client, run_id))
    assert (
        tasks["ingest"]["state"]["result_state"] == "SUCCESS"
        and tasks["report"]["state"]["life_cycle_state"] == "PENDING"
    )
    assert again != repair_id


def test_repair_refuses_single_task_runs(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    run_id = run_now(client, create20(client, notebook_job(cluster_id)))
    mock.advance(PENDING + EXECUTE + CLEANUP)
    body = {"run_id": run_id, "rerun_all_failed_tasks": True}
    err(call(client, "POST", "/api/2.1/jobs/runs/repair", body), 400, "INVALID_PARAMETER_VALUE")


def test_shared_job_cluster_serves_tasks_and_is_terminated_at_the_end(client: httpx.Client, mock: MockServer) -> None:
    settings = {
        "name": "shared",
        "job_clusters": [{"job_cluster_key": "etl", "new_cluster": NEW_CLUSTER}],
        "tasks": [
            {"task_key": "a", "job_cluster_key": "etl", "notebook_task": {"notebook_path": "/a"}},
            {
                "task_key": "b",
                "depends_on": [{"task_key": "a"}],
                "job_cluster_key": "etl",
                "notebook_task": {"notebook_path": "/b"},
            },
        ],
    }
    run_id = run_now(client, create21(client, settings))
    mock.advance(CLUSTER_START + EXECUTE + CLEANUP + PENDING)
    tasks = tasks_by_key(run(client, run_id))
    cid = tasks["a"]["cluster_instance"]["cluster_id"]
    assert tasks["b"]["cluster_instance"]["cluster_id"] == cid
    assert tasks["b"]["state"]["life_cycle_state"] == "RUNNING"
    assert ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cid}))["state"] == "RUNNING"
    mock.advance(EXECUTE + CLEANUP + 300)
    assert state(client, run_id) == ("TERMINATED", "SUCCESS")
    assert ok(call(client, "GET", "/api/2.0/clusters/get", {"cluster_id": cid}))["state"] == "TERMINATED"


def test_multi_task_run_level_timeout(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    settings = {**three_task_job(cluster_id), "timeout_seconds": 100}
    run_id = run_now(client, create21(client, settings))
    mock.advance(100 + CLEANUP)
    got = run(client, run_id)
    assert (got["state"]["result_state"], got["state"]["user_cancelled_or_timedout"]) == ("TIMEDOUT", True)
    assert [t["state"].get("result_state") for t in got["tasks"]] == ["SUCCESS", "TIMEDOUT", "TIMEDOUT"]


def test_task_retry_in_a_multi_task_run(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    settings = three_task_job(cluster_id, fail_first=True)
    settings["tasks"][0].update(max_retries=1, min_retry_interval_millis=100000)
    run_id = run_now(client, create21(client, settings))
    mock.advance(PENDING + EXECUTE + CLEANUP)
    ingest = tasks_by_key(run(client, run_id))["ingest"]
    assert ingest["state"]["life_cycle_state"] == "WAITING_FOR_RETRY" and ingest["attempt_number"] == 1
    mock.advance(100 - (PENDING + EXECUTE + CLEANUP))
    assert tasks_by_key(run(client, run_id))["ingest"]["state"]["life_cycle_state"] == "PENDING"
    mock.advance(PENDING + EXECUTE + CLEANUP)
    assert state(client, run_id) == ("TERMINATED", "FAILED")


# --- listing, idempotency, deletion ------------------------------------------------------------------------


def test_runs_list_order_filters_and_pagination(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id, max_concurrent_runs=100))
    ids = []
    for _ in range(30):
        ids.append(run_now(client, job_id))
        mock.advance(1)
    submitted = ok(
        call(
            client,
            "POST",
            "/api/2.1/jobs/runs/submit",
            {"tasks": [{"task_key": "x", "existing_cluster_id": cluster_id, "notebook_task": {"notebook_path": "/x"}}]},
        )
    )["run_id"]
    everything = ok(call(client, "GET", "/api/2.1/jobs/runs/list"))
    assert len(everything["runs"]) == 25 and everything["has_more"] is True
    assert everything["runs"][0]["run_id"] == submitted
    page = ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"job_id": job_id, "offset": 25, "limit": 0}))
    assert [r["run_id"] for r in page["runs"]] == ids[4::-1] and page["has_more"] is False
    page20 = ok(call(client, "GET", "/api/2.0/jobs/runs/list", {"job_id": job_id}))
    assert [r["run_id"] for r in page20["runs"]] == ids[:9:-1] and page20["has_more"] is True
    assert "task" in page20["runs"][0]
    assert "tasks" not in ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"limit": 1}))["runs"][0]
    assert (
        "tasks" in ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"limit": 1, "expand_tasks": "true"}))["runs"][0]
    )
    subs = ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"run_type": "SUBMIT_RUN"}))["runs"]
    assert [r["run_id"] for r in subs] == [submitted]
    both = {"active_only": "true", "completed_only": "true"}
    err(call(client, "GET", "/api/2.0/jobs/runs/list", both), 400, "INVALID_PARAMETER_VALUE")
    err(call(client, "GET", "/api/2.1/jobs/runs/list", {"job_id": 9999}), 400, "INVALID_PARAMETER_VALUE")
    mock.advance(50)  # the runs started in the first 6 seconds have finished (75 s each), the others not
    completed = ok(
        call(client, "GET", "/api/2.0/jobs/runs/list", {"job_id": job_id, "completed_only": "true", "limit": 0})
    )
    active = ok(call(client, "GET", "/api/2.0/jobs/runs/list", {"job_id": job_id, "active_only": "true", "limit": 0}))
    assert [r["run_id"] for r in completed["runs"]] == ids[5::-1]
    assert [r["run_id"] for r in active["runs"]] == ids[:5:-1]
    first_start = run(client, ids[0])["start_time"]
    window = ok(
        call(
            client,
            "GET",
            "/api/2.1/jobs/runs/list",
            {"job_id": job_id, "start_time_from": first_start, "start_time_to": first_start + 2000},
        )
    )
    assert [r["run_id"] for r in window["runs"]] == ids[2::-1]


def test_idempotency_token_returns_the_existing_run(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    job_id = create20(client, notebook_job(cluster_id, max_concurrent_runs=5))
    first = ok(call(client, "POST", "/api/2.0/jobs/run-now", {"job_id": job_id, "idempotency_token": "tok-1"}))
    again = ok(call(client, "POST", "/api/2.0/jobs/run-now", {"job_id": job_id, "idempotency_token": "tok-1"}))
    assert again == first
    body = {"idempotency_token": "tok-2", "existing_cluster_id": cluster_id, "notebook_task": {"notebook_path": "/a"}}
    submitted = ok(call(client, "POST", "/api/2.0/jobs/runs/submit", body))["run_id"]
    assert ok(call(client, "POST", "/api/2.0/jobs/runs/submit", body))["run_id"] == submitted
    assert len(ok(call(client, "GET", "/api/2.0/jobs/runs/list"))["runs"]) == 2
    mock.advance(PENDING + EXECUTE + CLEANUP)
    ok(call(client, "POST", "/api/2.0/jobs/runs/delete", {"run_id": first["run_id"]}))
    err(
        call(client, "POST", "/api/2.0/jobs/run-now", {"job_id": job_id, "idempotency_token": "tok-1"}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    err(
        call(client, "POST", "/api/2.0/jobs/run-now", {"job_id": job_id, "idempotency_token": "x" * 65}),
        400,
        "INVALID_PARAMETER_VALUE",
    )


def test_runs_delete_only_when_not_active(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    run_id = run_now(client, create20(client, notebook_job(cluster_id)))
    assert err(call(client, "POST", "/api/2.1/jobs/runs/delete", {"run_id": run_id}), 400, "INVALID_STATE")
    assert state(client, run_id)[0] == "PENDING"
    mock.advance(PENDING + EXECUTE + CLEANUP)
    ok(call(client, "POST", "/api/2.1/jobs/runs/delete", {"run_id": run_id}))
    err(call(client, "GET", "/api/2.0/jobs/runs/get", {"run_id": run_id}), 400, "INVALID_PARAMETER_VALUE")


def test_runs_are_removed_after_60_days(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    run_id = run_now(client, create20(client, notebook_job(cluster_id)))
    mock.advance(PENDING + EXECUTE + CLEANUP)
    mock.advance(59 * 86400)
    assert state(client, run_id)[0] == "TERMINATED"
    mock.advance(86400)
    err(call(client, "GET", "/api/2.1/jobs/runs/get", {"run_id": run_id}), 400, "INVALID_PARAMETER_VALUE")


def test_submit_2_1_validates_tasks(client: httpx.Client) -> None:
    body = {"tasks": [{"task_key": "a", "job_cluster_key": "k", "notebook_task": {"notebook_path": "/a"}}]}
    err(call(client, "POST", "/api/2.1/jobs/runs/submit", body), 400, "INVALID_PARAMETER_VALUE")
    err(call(client, "POST", "/api/2.1/jobs/runs/submit", {"run_name": "empty"}), 400, "INVALID_PARAMETER_VALUE")
    assert "runs" not in ok(call(client, "GET", "/api/2.1/jobs/runs/list"))
