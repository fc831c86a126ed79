"""The daily pipeline against dbrest_mock's ``databricks_mock`` fixture (installed with dbrest as a pytest plugin).

The fixture points DATABRICKS_HOST/DATABRICKS_TOKEN at a mock served on a loopback port, so the pipeline's
``dbrest.Workspace.from_env()`` reaches it; the mock has realistic durations (a cluster starts in 300 virtual
seconds, a task runs for 60) and dbrest's waiters advance its virtual clock instead of sleeping.
"""

from __future__ import annotations

import time

import dbrest
import pytest
from daily_pipeline import CLUSTER_SPEC, PipelineFailed, input_path, marker_path
from daily_pipeline.with_dbrest import run_daily

ROWS = b"id,amount\n1,10\n2,20\n"


@pytest.fixture
def ws(databricks_mock):
    with dbrest.Workspace.from_env() as workspace:
        yield workspace


def test_a_day_runs_end_to_end(databricks_mock, ws):
    started = time.perf_counter()
    report = run_daily(ws, "2024-05-01", ROWS)

    assert report.result_state == "SUCCESS"
    assert report.attempts == {"ingest": 1, "transform": 1}
    assert ws.dbfs.open(input_path("2024-05-01"), "rb").read() == ROWS
    assert ws.dbfs.open(marker_path("2024-05-01"), "r").read() == f"run {report.run_id}\n"
    # The cluster took 300 virtual seconds to start and each task 60: none of it was slept.
    assert time.perf_counter() - started < 2.0
    databricks_mock.requests.assert_called("/api/2.1/clusters/create", "POST", times=1)
    databricks_mock.requests.assert_called("/api/2.1/jobs/run-now", body={"notebook_params": {"day": "2024-05-01"}})


def test_a_failed_transform_is_retried(databricks_mock, ws):
    databricks_mock.scenarios.run_result("FAILED", "ValueError: bad row 7", task_key="transform")

    report = run_daily(ws, "2024-05-02", ROWS)

    assert report.result_state == "SUCCESS"
    assert report.attempts == {"ingest": 1, "transform": 2}


def test_a_transform_that_keeps_failing_fails_the_pipeline(databricks_mock, ws):
    databricks_mock.scenarios.run_result("FAILED", "ValueError: bad row 7", task_key="transform", times=None)

    with pytest.raises(PipelineFailed, match="bad row 7"):
        run_daily(ws, "2024-05-03", ROWS)
    assert not ws.dbfs.exists(marker_path("2024-05-03"))


def test_a_cluster_that_cannot_start_stops_the_pipeline(databricks_mock, ws):
    databricks_mock.scenarios.cluster_start_failure("CLOUD_PROVIDER_LAUNCH_FAILURE", "quota exhausted")

    with pytest.raises(PipelineFailed, match="CLOUD_PROVIDER_LAUNCH_FAILURE"):
        run_daily(ws, "2024-05-04", ROWS)
    databricks_mock.requests.assert_not_called("/api/2.1/jobs/run-now")


def test_an_existing_cluster_is_reused(databricks_mock, ws):
    databricks_mock.load_state({"clusters": [{**CLUSTER_SPEC, "state": "TERMINATED"}]})

    report = run_daily(ws, "2024-05-05", ROWS)

    assert report.result_state == "SUCCESS"
    databricks_mock.requests.assert_not_called("/api/2.1/clusters/create")
    databricks_mock.requests.assert_called("/api/2.1/clusters/start", "POST", times=1)
