"""The mock's indices (issue 18: a get costs the same whatever the state size) keep the behaviour of the full scans
they replace: clusters are purged 30 days after termination unless pinned, runs are forgotten 60 days after they
end (Databricks' documented retention, as in tests/mock/test_clusters.py and the Jobs API reference: "runs are
automatically removed after 60 days"), the runs of a job and the tasks on a cluster are found without a scan."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import call, ok
from tests.mock.test_jobs import CLUSTER_START, notebook_job, run_now
from tests.mock.test_jobs import state as run_state

DAY = 86400
TERMINATE = 60  # realistic clusters.terminate
NEW_CLUSTER: dict[str, Any] = {"spark_version": "13.3.x-scala2.12", "node_type_id": "Standard_D3_v2", "num_workers": 1}
TOKEN = "dapi-test-token"
USER = "admin@example.com"


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True, durations="realistic")


def _cluster(client: httpx.Client, mock: MockServer, name: str) -> str:
    cid: str = ok(call(client, "POST", "/api/2.1/clusters/create", {"cluster_name": name, **NEW_CLUSTER}))["cluster_id"]
    mock.advance(CLUSTER_START)
    return cid


def _exists(client: httpx.Client, cluster_id: str) -> bool:
    r = client.get("/api/2.1/clusters/get", params={"cluster_id": cluster_id})
    assert r.status_code in (200, 400), r.text
    return r.status_code == 200


def test_unpinning_a_cluster_terminated_long_ago_purges_it_at_once(client: httpx.Client, mock: MockServer) -> None:
    cid = _cluster(client, mock, "pinned")
    ok(call(client, "POST", "/api/2.1/clusters/pin", {"cluster_id": cid}))
    ok(call(client, "POST", "/api/2.1/clusters/delete", {"cluster_id": cid}))
    mock.advance(TERMINATE)
    mock.advance(31 * DAY)
    assert _exists(client, cid)  # pinned: kept
    ok(call(client, "POST", "/api/2.1/clusters/unpin", {"cluster_id": cid}))
    assert not _exists(client, cid)  # the clock did not move: the unpin alone makes it due


def test_a_restarted_cluster_is_purged_30_days_after_its_last_termination(
    client: httpx.Client, mock: MockServer
) -> None:
    cid = _cluster(client, mock, "twice")
    ok(call(client, "POST", "/api/2.1/clusters/delete", {"cluster_id": cid}))
    mock.advance(TERMINATE)
    mock.advance(20 * DAY)
    assert _exists(client, cid)
    ok(call(client, "POST", "/api/2.1/clusters/start", {"cluster_id": cid}))
    mock.advance(CLUSTER_START)
    ok(call(client, "POST", "/api/2.1/clusters/delete", {"cluster_id": cid}))
    mock.advance(TERMINATE)
    mock.advance(15 * DAY)  # 35 days after the first termination, 15 after the second
    assert _exists(client, cid)
    mock.advance(14 * DAY)
    assert _exists(client, cid)
    mock.advance(DAY + 60)
    assert not _exists(client, cid)


def test_clusters_terminated_at_different_times_are_purged_each_on_its_day(
    client: httpx.Client, mock: MockServer
) -> None:
    first = _cluster(client, mock, "first")
    second = _cluster(client, mock, "second")
    ok(call(client, "POST", "/api/2.1/clusters/delete", {"cluster_id": first}))
    mock.advance(TERMINATE)
    mock.advance(10 * DAY)
    ok(call(client, "POST", "/api/2.1/clusters/delete", {"cluster_id": second}))
    mock.advance(TERMINATE)
    mock.advance(20 * DAY)
    assert not _exists(client, first)
    assert _exists(client, second)
    mock.advance(10 * DAY)
    assert not _exists(client, second)


def _cluster_for_runs(client: httpx.Client, mock: MockServer) -> str:
    return _cluster(client, mock, "shared")


def _finished_run(client: httpx.Client, mock: MockServer, job_id: int) -> int:
    run_id = run_now(client, job_id)
    mock.advance(3600)
    assert run_state(client, run_id)[0] == "TERMINATED"
    return run_id


def test_runs_are_forgotten_60_days_after_each_ends(client: httpx.Client, mock: MockServer) -> None:
    cid = _cluster_for_runs(client, mock)
    job_id = ok(call(client, "POST", "/api/2.0/jobs/create", notebook_job(cid)))["job_id"]
    early = _finished_run(client, mock, job_id)
    mock.advance(30 * DAY)
    late = _finished_run(client, mock, job_id)
    mock.advance(30 * DAY)
    r = client.get("/api/2.1/jobs/runs/get", params={"run_id": early})
    assert r.status_code == 400, r.text
    assert run_state(client, late)[0] == "TERMINATED"
    listed = [
        x["run_id"] for x in ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"job_id": job_id})).get("runs", [])
    ]
    assert listed == [late]
    mock.advance(31 * DAY)
    assert client.get("/api/2.1/jobs/runs/get", params={"run_id": late}).status_code == 400


def test_an_active_run_is_never_forgotten_and_the_job_runs_index_sees_it(
    client: httpx.Client, mock: MockServer
) -> None:
    cid = _cluster_for_runs(client, mock)
    job_id = ok(call(client, "POST", "/api/2.0/jobs/create", notebook_job(cid, max_concurrent_runs=1)))["job_id"]
    first = run_now(client, job_id)
    # One run at a time: the second waits behind the first (found through the job's runs, not a scan).
    second = ok(call(client, "POST", "/api/2.1/jobs/run-now", {"job_id": job_id, "queue": {"enabled": True}}))["run_id"]
    assert run_state(client, second)[0] in ("QUEUED", "SKIPPED")
    ok(call(client, "POST", "/api/2.1/jobs/runs/cancel", {"run_id": first}))
    mock.advance(3600)
    assert run_state(client, first)[0] == "TERMINATED"


def test_deleting_a_cluster_fails_the_task_running_on_it(client: httpx.Client, mock: MockServer) -> None:
    cid = _cluster_for_runs(client, mock)
    job_id = ok(call(client, "POST", "/api/2.0/jobs/create", notebook_job(cid)))["job_id"]
    done = _finished_run(client, mock, job_id)  # an ended task on the same cluster stays as it was
    run_id = run_now(client, job_id)
    mock.advance(15)
    assert run_state(client, run_id)[0] == "RUNNING"
    ok(call(client, "POST", "/api/2.1/clusters/delete", {"cluster_id": cid}))
    mock.advance(60)
    life, result = run_state(client, run_id)
    assert life == "INTERNAL_ERROR" or result == "FAILED", (life, result)
    assert run_state(client, done) == ("TERMINATED", "SUCCESS")


def test_list_pages_are_newest_first_with_and_without_filters(client: httpx.Client, mock: MockServer) -> None:
    # The unfiltered pages are read off the end of the store; a filter takes the sorting path: both must agree.
    cid = _cluster_for_runs(client, mock)
    job_ids = [
        ok(call(client, "POST", "/api/2.0/jobs/create", notebook_job(cid, name=f"j{i}")))["job_id"] for i in range(5)
    ]
    run_ids = []
    for job_id in job_ids + job_ids[:2]:
        run_ids.append(run_now(client, job_id))
        mock.advance(1)
    listed = [r["run_id"] for r in ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"limit": 25}))["runs"]]
    assert listed == run_ids[::-1]
    page2 = ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"limit": 3, "offset": 3}))
    assert [r["run_id"] for r in page2["runs"]] == run_ids[::-1][3:6] and page2["has_more"] is True
    filtered = ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"limit": 25, "start_time_from": 0}))
    assert [r["run_id"] for r in filtered["runs"]] == listed
    of_job = ok(call(client, "GET", "/api/2.1/jobs/runs/list", {"job_id": job_ids[0]}))
    assert [r["run_id"] for r in of_job["runs"]] == [run_ids[5], run_ids[0]]
    jobs = ok(call(client, "GET", "/api/2.1/jobs/list", {"limit": 2, "offset": 1}))
    assert [j["job_id"] for j in jobs["jobs"]] == job_ids[::-1][1:3] and jobs["has_more"] is True
    named = ok(call(client, "GET", "/api/2.1/jobs/list", {"name": "J3"}))
    assert [j["job_id"] for j in named["jobs"]] == [job_ids[3]]
    assert [j["job_id"] for j in ok(call(client, "GET", "/api/2.0/jobs/list"))["jobs"]] == job_ids[::-1]
