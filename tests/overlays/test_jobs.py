"""``ws.jobs`` speaks Jobs API 2.2 and hands out whole jobs and runs (every 100-item page read and concatenated,
as databricks-sdk 0.162.0's JobsExt does); ``ws.jobs21`` and ``ws.jobs20`` reach the older versions. Sync and
async alike."""

from __future__ import annotations

import asyncio

import dbrest
import httpx
import pytest
from dbrest.errors import OperationFailed
from dbrest_client.models.clusters_create_request import ClustersCreateRequest
from dbrest_client.models.jobs_create_request import JobsCreateRequest
from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest
from dbrest_client.types import Unset
from dbrest_mock import MockServer

from tests.conftest import TOKEN
from tests.overlays.test_commands import AsyncRecorder, Recorder
from tests.overlays.test_waiters import CLUSTER

TASKS = 250  # three 2.2 pages: 100 + 100 + 50


def wide_job(cluster_id: str, n: int = TASKS, parameters: int = 120) -> JobsCreateRequest:
    tasks = [
        {"task_key": f"t{i:03d}", "existing_cluster_id": cluster_id, "notebook_task": {"notebook_path": f"/nb/{i}"}}
        for i in range(n)
    ]
    params = [{"name": f"p{i}", "default": str(i)} for i in range(parameters)]
    return JobsCreateRequest.from_dict({"name": "wide", "tasks": tasks, "parameters": params, "max_concurrent_runs": 5})


def running_cluster(ws: dbrest.Workspace, mock: MockServer) -> str:
    cid = str(ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER)).cluster_id)
    mock.advance(300)
    return cid


def gets(recorder: Recorder, path: str) -> int:
    return sum(1 for _, p, _ in recorder.seen if p == path)


def test_get_and_runs_get_read_every_page(ws: dbrest.Workspace, recorder: Recorder, mock: MockServer) -> None:
    job_id = ws.jobs.create(body=wide_job(running_cluster(ws, mock))).job_id
    recorder.seen.clear()
    job = ws.jobs.get(job_id=job_id)
    assert gets(recorder, "/api/2.2/jobs/get") == 3
    assert [t.task_key for t in job.settings.tasks] == [f"t{i:03d}" for i in range(TASKS)]
    assert len(job.settings.parameters) == 120 and isinstance(job.next_page_token, Unset)

    one_page = ws.jobs.get(job_id=job_id, page_token=second_page_token(recorder, job_id))
    assert len(one_page.settings.tasks) == 100  # an explicit page_token reads that page only

    run_id = ws.jobs.run_now(body=JobsRunNowRequest(job_id=job_id)).run_id
    mock.advance(100)
    recorder.seen.clear()
    run = ws.jobs.wait_run(run_id)
    assert len(run.tasks) == TASKS and len(run.job_parameters) == 120
    assert gets(recorder, "/api/2.2/jobs/runs/get") == 3  # one poll: the run had ended, three pages


def second_page_token(recorder: Recorder, job_id: int) -> str:
    """The second page's token, read from a raw first page (the merged ``get`` hides it)."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url="http://mock", transport=recorder.inner, headers=headers) as client:
        token: str = client.get("/api/2.2/jobs/get", params={"job_id": job_id}).json()["next_page_token"]
    return token


def test_iterators_page_with_tokens_and_complete_cut_jobs(
    ws: dbrest.Workspace, recorder: Recorder, mock: MockServer
) -> None:
    cid = running_cluster(ws, mock)
    wide = ws.jobs.create(body=wide_job(cid, 120)).job_id
    small = [ws.jobs.create(body=wide_job(cid, 1, parameters=0)).job_id for _ in range(3)]
    recorder.seen.clear()
    listed = list(ws.jobs.iter_jobs(expand_tasks=True, page_size=2))
    assert [j.job_id for j in listed] == sorted([wide, *small], reverse=True)
    assert gets(recorder, "/api/2.2/jobs/list") == 2
    whole = next(j for j in listed if j.job_id == wide)
    assert len(whole.settings.tasks) == 120  # the list cut it at 100 (has_more); iter_jobs read it whole
    assert gets(recorder, "/api/2.2/jobs/get") == 2


def test_older_versions_stay_reachable(ws: dbrest.Workspace, recorder: Recorder, mock: MockServer) -> None:
    cid = running_cluster(ws, mock)
    job_id = ws.jobs.create(body=wide_job(cid, 2)).job_id
    assert ws.jobs21.get(job_id=job_id).settings.name == "wide"
    assert ws.jobs20.get(job_id=job_id).settings.name == "wide"
    assert [j.job_id for j in ws.jobs21.iter_jobs()] == [job_id]
    assert {p for p in recorder.paths() if "/jobs/" in p} >= {"/api/2.1/jobs/get", "/api/2.0/jobs/get"}
    # A job of more than 100 tasks exists only for 2.2 clients ("Jobs with a large number of tasks").
    wide = ws.jobs.create(body=wide_job(cid, 101)).job_id
    with pytest.raises(dbrest.InvalidParameterValue, match=r"can only be handled by API 2\.2"):
        ws.jobs21.get(job_id=wide)


def test_a_server_paging_in_a_loop_is_an_error_not_a_hang() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"job_id": 1, "settings": {"name": "loop", "tasks": [{"task_key": "a"}]}, "next_page_token": "same"}
        return httpx.Response(200, json=body)

    ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=httpx.MockTransport(handler))
    with pytest.raises(OperationFailed, match="paging in a loop"):
        ws.jobs.get(job_id=1)


def test_async_get_and_runs_get_read_every_page(mock: MockServer) -> None:
    async def body() -> None:
        recorder = AsyncRecorder(mock.async_transport())
        async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=recorder) as aws:
            created = await aws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))
            mock.advance(300)
            job_id = (await aws.jobs.create(body=wide_job(str(created.cluster_id)))).job_id
            job = await aws.jobs.get(job_id=job_id)
            assert len(job.settings.tasks) == TASKS and recorder.seen.count("/api/2.2/jobs/get") == 3
            run_id = (await aws.jobs.run_now(body=JobsRunNowRequest(job_id=job_id))).run_id
            mock.advance(100)
            run = await aws.jobs.wait_run(run_id)
            assert len(run.tasks) == TASKS
            listed = [j async for j in aws.jobs.iter_jobs(expand_tasks=True)]
            assert [j.job_id for j in listed] == [job_id] and len(listed[0].settings.tasks) == TASKS
            small = (await aws.jobs21.create(body=wide_job(str(created.cluster_id), 1))).job_id
            assert (await aws.jobs21.get(job_id=small)).settings.name == "wide"
            assert [j.job_id async for j in aws.jobs20.iter_jobs()] == [small, job_id]

    asyncio.run(body())


def test_requests_of_2_2_bodies_carry_todays_fields(ws: dbrest.Workspace, recorder: Recorder, mock: MockServer) -> None:
    cid = running_cluster(ws, mock)
    job_id = ws.jobs.create(body=wide_job(cid, 1)).job_id
    body = JobsRunNowRequest.from_dict({"job_id": job_id, "job_parameters": {"p0": "x"}, "queue": {"enabled": True}})
    run_id = ws.jobs.run_now(body=body).run_id
    run = ws.jobs.runs_get(run_id=run_id)
    assert run.to_dict()["job_parameters"][0] == {"name": "p0", "default": "0", "value": "x"}
    assert str(run.status.state) == "PENDING"
