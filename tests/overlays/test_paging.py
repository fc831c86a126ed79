"""Lazy pagination: a page is requested only when the previous one is used up, and every item comes once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import dbrest
import pytest
from dbrest.paging import iter_offset, iter_scim
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


# --- the generic iterators' stopping rules ----------------------------------------------------------------


class Pages:
    """A server-side list that can change between requests, answering offset/limit and SCIM pages."""

    def __init__(self, items: list[int]) -> None:
        self.items = items
        self.calls: list[tuple[int, int]] = []

    def offset(self, offset: int, limit: int) -> dict[str, object]:
        self.calls.append((offset, limit))
        page = self.items[offset : offset + limit]
        return {"items": page, "has_more": offset + limit < len(self.items)}

    def scim(self, start: int, count: int) -> dict[str, object]:
        self.calls.append((start, count))
        return {"Resources": self.items[start - 1 : start - 1 + count], "totalResults": len(self.items)}


def offset_items(pages: Pages, limit: int, key: bool = True) -> Iterator[int]:
    return iter_offset(
        pages.offset,
        lambda p: p["items"],  # type: ignore[arg-type, return-value]
        lambda p: bool(p["has_more"]),
        limit=limit,
        key=(lambda x: x) if key else None,
    )


def test_offset_paging_stops_on_has_more_and_skips_items_pushed_down() -> None:
    pages = Pages(list(range(100, 0, -1)))  # newest first, like runs
    it = offset_items(pages, 25)
    first_page = [next(it) for _ in range(25)]
    assert pages.calls == [(0, 25)]
    pages.items.insert(0, 101)  # a new run arrives: everything shifts down by one
    rest = list(it)
    assert first_page + rest == list(range(100, 0, -1))  # 76 (pushed to offset 25) is not yielded twice
    assert pages.calls == [(0, 25), (25, 25), (50, 25), (75, 25), (100, 25)]
    with pytest.raises(ValueError):
        next(offset_items(pages, 0))


def test_scim_paging_is_one_based_and_stops_at_total_results() -> None:
    pages = Pages(list(range(1, 251)))
    got = list(
        iter_scim(
            pages.scim,
            lambda p: p["Resources"],  # type: ignore[arg-type, return-value]
            lambda p: p["totalResults"],  # type: ignore[arg-type, return-value]
            count=100,
        )
    )
    assert got == list(range(1, 251)) and pages.calls == [(1, 100), (101, 100), (201, 100)]


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
