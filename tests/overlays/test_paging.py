"""Lazy pagination: a page is requested only when the previous one is used up, and every item comes once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import dbrest
import httpx
import pytest
from dbrest_client.models.clusters_create_request import ClustersCreateRequest
from dbrest_client.models.clusters_restart_request import ClustersRestartRequest
from dbrest_client.models.repos_create_request import ReposCreateRequest
from dbrest_mock import MockServer

from tests.conftest import TOKEN, USER
from tests.overlays.test_commands import Recorder
from tests.overlays.test_waiters import CLUSTER

NEW_CLUSTER = {k: v for k, v in CLUSTER.items() if k != "cluster_name"}


def requests_to(recorder: Recorder, path: str) -> int:
    return sum(1 for _, p, _ in recorder.seen if p == path)


# --- clusters/events: the next_page body ------------------------------------------------------------------


def busy_cluster(ws: dbrest.Workspace, mock: MockServer) -> str:
    cid = ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER)).cluster_id
    mock.advance(300)
    for _ in range(3):
        ws.clusters.restart(body=ClustersRestartRequest(cluster_id=cid))
        mock.advance(120)
    return cid


def test_cluster_events_follow_next_page_lazily(ws: dbrest.Workspace, recorder: Recorder, mock: MockServer) -> None:
    from dbrest_client.models.clusters_events_request import ClustersEventsRequest

    cid = busy_cluster(ws, mock)
    everything = ws.clusters.events(body=ClustersEventsRequest(cluster_id=cid, limit=500))
    total = everything.total_count
    assert isinstance(total, int) and total >= 7
    recorder.seen.clear()
    events = ws.clusters.iter_events(cid, page_size=2)
    assert requests_to(recorder, "/api/2.1/clusters/events") == 0  # nothing until asked
    first = next(events)
    assert requests_to(recorder, "/api/2.1/clusters/events") == 1
    rest = list(events)
    assert requests_to(recorder, "/api/2.1/clusters/events") == (total + 1) // 2
    seen = [first, *rest]
    assert [e.to_dict() for e in seen] == [e.to_dict() for e in everything.events or []]  # newest first, once each
    ascending = [int(e.timestamp or 0) for e in ws.clusters.iter_events(cid, order="ASC", page_size=3)]
    assert ascending == sorted(ascending) and len(ascending) == total
    only = list(ws.clusters.iter_events(cid, event_types=["RESTARTING"]))
    assert len(only) == 3 and {str(e.type_) for e in only} == {"RESTARTING"}
    with pytest.raises(ValueError, match="500"):
        ws.clusters.iter_events(cid, page_size=501)


def test_async_cluster_events(mock: MockServer) -> None:
    async def scenario() -> None:
        ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport())
        cid = (await ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER))).cluster_id
        mock.advance(300)
        await ws.clusters.restart(body=ClustersRestartRequest(cluster_id=cid))
        mock.advance(120)
        types = [str(e.type_) async for e in ws.clusters.iter_events(cid, order="ASC", page_size=1)]
        assert types[-2:] == ["RESTARTING", "RUNNING"] and len(types) >= 4
        await ws.aclose()

    asyncio.run(scenario())


# --- repos: next_page_token -------------------------------------------------------------------------------


def make_repos(ws: dbrest.Workspace, n: int) -> set[int]:
    ids = set()
    for i in range(n):
        body = ReposCreateRequest.from_dict(
            {"url": f"https://github.com/example/r{i}.git", "provider": "gitHub", "path": f"/Repos/{USER}/r{i:02d}"}
        )
        ids.add(int(ws.repos.create(body=body).id or 0))
    return ids


def test_repos_follow_page_tokens_lazily(ws: dbrest.Workspace, recorder: Recorder) -> None:
    ids = make_repos(ws, 45)  # the API answers 20 per page
    recorder.seen.clear()
    repos = ws.repos.iter_repos()
    first = next(repos)
    assert requests_to(recorder, "/api/2.0/repos") == 1
    rest = list(repos)
    assert requests_to(recorder, "/api/2.0/repos") == 3
    got = [int(r.id or 0) for r in [first, *rest]]
    assert sorted(got) == sorted(ids) and len(got) == len(set(got)) == 45
    under = list(ws.repos.iter_repos(path_prefix=f"/Repos/{USER}/r1"))
    assert sorted(str(r.path) for r in under) == [f"/Repos/{USER}/r{i}" for i in range(10, 20)]


def test_async_repos(mock: MockServer) -> None:
    sync_ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=mock.transport())
    ids = make_repos(sync_ws, 21)

    async def scenario() -> None:
        ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport())
        assert {int(r.id or 0) async for r in ws.repos.iter_repos()} == ids
        await ws.aclose()

    asyncio.run(scenario())


# --- the generated iterators' stopping rules, on a list that changes between requests ---------------------


class Pages:
    """A server-side list that can change between requests, answering offset/limit, SCIM and token pages (the
    generated iterators read only the fields their x-dbrest-paging names)."""

    def __init__(self, items: list[int]) -> None:
        self.items = items
        self.calls: list[dict[str, Any]] = []

    def offset(self, **kw: Any) -> SimpleNamespace:
        self.calls.append(kw)
        offset, limit = kw["offset"], kw["limit"]
        page = [SimpleNamespace(job_id=i) for i in self.items[offset : offset + limit]]
        return SimpleNamespace(jobs=page, has_more=offset + limit < len(self.items))

    def scim(self, **kw: Any) -> SimpleNamespace:
        self.calls.append(kw)
        start, count = kw["start_index"], kw["count"]
        return SimpleNamespace(resources=self.items[start - 1 : start - 1 + count], total_results=len(self.items))

    def token(self, **kw: Any) -> SimpleNamespace:
        self.calls.append(kw)
        return SimpleNamespace(repos=self.items, next_page_token="again")  # a server paging in a loop


def fake(service: type, pages: Pages, method: str, answer: Callable[..., SimpleNamespace]) -> Any:
    class Fake(service):  # type: ignore[misc, valid-type]
        pass

    setattr(Fake, method, lambda self, **kw: answer(**kw))
    return Fake(httpx.Client())


def test_offset_paging_stops_on_has_more_and_skips_items_pushed_down() -> None:
    from dbrest._generated.jobs21 import Jobs21Service

    pages = Pages(list(range(100, 0, -1)))  # newest first, like runs
    it = fake(Jobs21Service, pages, "list", pages.offset).iter_jobs(page_size=25)
    first_page = [next(it).job_id for _ in range(25)]
    assert [(c["offset"], c["limit"]) for c in pages.calls] == [(0, 25)]
    pages.items.insert(0, 101)  # a new job arrives: everything shifts down by one
    rest = [j.job_id for j in it]
    assert first_page + rest == list(range(100, 0, -1))  # 76 (pushed to offset 25) is not yielded twice
    assert [c["offset"] for c in pages.calls] == [0, 25, 50, 75, 100]
    with pytest.raises(ValueError, match="at least 1"):
        fake(Jobs21Service, pages, "list", pages.offset).iter_jobs(page_size=0)


def test_scim_paging_is_one_based_and_stops_at_total_results() -> None:
    from dbrest._generated.scim import ScimService

    pages = Pages(list(range(1, 251)))
    got = list(fake(ScimService, pages, "users_list", pages.scim).iter_users(page_size=100, filter_="x"))
    assert got == list(range(1, 251))
    assert [(c["start_index"], c["count"], c["filter_"]) for c in pages.calls] == [
        (1, 100, "x"),
        (101, 100, "x"),
        (201, 100, "x"),
    ]


def test_a_token_answered_twice_is_a_server_loop_not_more_items() -> None:
    from dbrest._generated.repos import ReposService

    pages = Pages([1, 2])
    it = fake(ReposService, pages, "list", pages.token).iter_repos()
    with pytest.raises(dbrest.OperationFailed, match="paging in a loop"):
        list(it)
    assert len(pages.calls) == 2


# --- jobs and runs: offset/limit/has_more (2.0 and 2.1) ---------------------------------------------------


def make_jobs(ws: dbrest.Workspace, n: int, cid: str | None = None) -> list[int]:
    from dbrest_client.models.jobs_create_request import JobsCreateRequest

    ids = []
    cluster: dict[str, Any] = {"existing_cluster_id": cid} if cid else {"new_cluster": NEW_CLUSTER}
    for i in range(n):
        task = {"task_key": "t", **cluster, "notebook_task": {"notebook_path": "/Users/x/nb"}}
        # Queueing off: jobs created through 2.2 queue by default; these runs should be SKIPPED at the limit.
        settings = {"name": f"job-{i:02d}", "tasks": [task], "max_concurrent_runs": 1, "queue": {"enabled": False}}
        body = JobsCreateRequest.from_dict(settings)
        ids.append(ws.jobs.create(body=body).job_id)
    return ids


def test_jobs_lists_page_lazily_in_both_versions(ws: dbrest.Workspace, recorder: Recorder) -> None:
    ids = make_jobs(ws, 30)
    versions: list[tuple[Any, str]] = [
        (ws.jobs, "/api/2.2/jobs/list"),  # page tokens
        (ws.jobs21, "/api/2.1/jobs/list"),  # offsets
        (ws.jobs20, "/api/2.0/jobs/list"),
    ]
    for service, path in versions:
        recorder.seen.clear()
        jobs = service.iter_jobs(page_size=25)
        first = next(jobs)
        assert requests_to(recorder, path) == 1
        got = [first.job_id, *(j.job_id for j in jobs)]
        assert requests_to(recorder, path) == 2
        assert sorted(int(j or 0) for j in got) == sorted(ids) and len(set(got)) == 30
    named = list(ws.jobs.iter_jobs(name="JOB-07"))  # exact name, case-insensitive
    assert [j.settings.name for j in named if j.settings] == ["job-07"]


def test_runs_page_lazily_and_new_runs_do_not_repeat_old_ones(
    ws: dbrest.Workspace, recorder: Recorder, mock: MockServer
) -> None:
    from dbrest_client.models.jobs_run_now_request import JobsRunNowRequest

    cid = ws.clusters.create(body=ClustersCreateRequest.from_dict(CLUSTER)).cluster_id
    mock.advance(300)
    (job_id,) = make_jobs(ws, 1, cid)
    run_ids = [ws.jobs.run_now(body=JobsRunNowRequest(job_id=job_id)).run_id for _ in range(23)]
    mock.advance(1)
    versions: list[tuple[Any, str]] = [
        (ws.jobs, "/api/2.2/jobs/runs/list"),
        (ws.jobs21, "/api/2.1/jobs/runs/list"),
        (ws.jobs20, "/api/2.0/jobs/runs/list"),
    ]
    for service, path in versions:
        recorder.seen.clear()
        runs = service.iter_runs(job_id=job_id, page_size=10)
        first_page = [next(runs).run_id for _ in range(10)]
        assert requests_to(recorder, path) == 1
        extra = ws.jobs.run_now(body=JobsRunNowRequest(job_id=job_id)).run_id  # pushes every run down by one
        rest = [r.run_id for r in runs]
        got = first_page + rest
        assert requests_to(recorder, path) == 3
        assert len(got) == len(set(got)) and set(run_ids) <= set(got) and extra not in first_page
        run_ids.append(extra)
    skipped = [r for r in ws.jobs.iter_runs(job_id=job_id, completed_only=True) if r.state]
    assert skipped and all(str(r.state.life_cycle_state) == "SKIPPED" for r in skipped if r.state)


# --- SCIM: startIndex/count/totalResults ------------------------------------------------------------------


def test_scim_users_and_groups_page_lazily(ws: dbrest.Workspace, recorder: Recorder) -> None:
    from dbrest_client.models.scim_group_request import ScimGroupRequest
    from dbrest_client.models.scim_user_request import ScimUserRequest

    user_schema = "urn:ietf:params:scim:schemas:core:2.0:User"
    for i in range(12):
        ws.scim.users_create(body=ScimUserRequest.from_dict({"schemas": [user_schema], "userName": f"u{i:02d}@x.com"}))
    everyone = [u.user_name for u in ws.scim.users_list().resources or []]
    recorder.seen.clear()
    users = ws.scim.iter_users(page_size=5)
    first = next(users)
    assert requests_to(recorder, "/api/2.0/preview/scim/v2/Users") == 1
    got = [first.user_name, *(u.user_name for u in users)]
    assert got == everyone and len(got) >= 12
    assert requests_to(recorder, "/api/2.0/preview/scim/v2/Users") == (len(everyone) + 4) // 5
    filtered = [u.user_name for u in ws.scim.iter_users(filter_='userName sw "u1"', sort_by="userName", page_size=1)]
    assert filtered == ["u10@x.com", "u11@x.com"]

    group_schema = "urn:ietf:params:scim:schemas:core:2.0:Group"
    for i in range(4):
        ws.scim.groups_create(body=ScimGroupRequest.from_dict({"schemas": [group_schema], "displayName": f"g{i}"}))
    names = [
        str(g.display_name) for g in ws.scim.iter_groups(page_size=2, sort_by="displayName", sort_order="descending")
    ]
    assert names == sorted(names, reverse=True) and len(names) == len(set(names))
    assert {"g0", "g1", "g2", "g3"} <= set(names)


def test_async_jobs_and_scim_iterators(mock: MockServer) -> None:
    sync_ws = dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=mock.transport())
    ids = make_jobs(sync_ws, 27)

    async def scenario() -> None:
        ws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=mock.async_transport())
        assert sorted([int(j.job_id or 0) async for j in ws.jobs.iter_jobs(page_size=10)]) == sorted(ids)
        assert sorted([int(j.job_id or 0) async for j in ws.jobs20.iter_jobs()]) == sorted(ids)
        assert [r async for r in ws.jobs.iter_runs()] == []
        assert USER in [u.user_name async for u in ws.scim.iter_users(page_size=1)]
        await ws.aclose()

    asyncio.run(scenario())
