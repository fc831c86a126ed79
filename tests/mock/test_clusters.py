"""Clusters in the mock: the state machine on the virtual clock, rules, events and catalogues (api-inventory §1.1)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import ApiError, MockConfig, MockServer

from tests.mock.helpers import err, ok, with_token

TOKEN = "dapi-test-token"
USER = "admin@example.com"
OTHER_TOKEN = "dapi-other-token"
OTHER_USER = "someone@example.com"
START = 300  # realistic clusters.start duration
RESTART = 120
RESIZE = 120
TERMINATE = 60
SPEC: dict[str, Any] = {
    "cluster_name": "my-cluster",
    "spark_version": "7.3.x-scala2.12",
    "node_type_id": "Standard_DS3_v2",
}


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(
        tokens={TOKEN: USER, OTHER_TOKEN: OTHER_USER}, admins={USER}, validate_responses=True, durations="realistic"
    )


@pytest.fixture
def other(mock: MockServer) -> Any:
    with with_token(mock, OTHER_TOKEN) as c:
        yield c


def create(client: httpx.Client, **fields: Any) -> str:
    body = {**SPEC, "num_workers": 2, **fields}
    cluster_id: str = ok(client.post("/api/2.0/clusters/create", json=body))["cluster_id"]
    return cluster_id


def get(client: httpx.Client, cluster_id: str) -> dict[str, Any]:
    info: dict[str, Any] = ok(client.get("/api/2.0/clusters/get", params={"cluster_id": cluster_id}))
    return info


def state(client: httpx.Client, cluster_id: str) -> str:
    return str(get(client, cluster_id)["state"])


def post(client: httpx.Client, op: str, **body: Any) -> httpx.Response:
    return client.post(f"/api/2.0/clusters/{op}", json=body)


def event_types(client: httpx.Client, cluster_id: str) -> list[str]:
    events = ok(post(client, "events", cluster_id=cluster_id, order="ASC", limit=500))["events"]
    return [e["type"] for e in events]


def running(client: httpx.Client, mock: MockServer, **fields: Any) -> str:
    cluster_id = create(client, **fields)
    mock.advance(START)
    assert state(client, cluster_id) == "RUNNING"
    return cluster_id


def test_create_is_pending_then_running_after_the_start_duration(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = create(client, spark_conf={"spark.speculation": True, "spark.executor.cores": 2})
    assert cluster_id.startswith("0103-000000-")  # MMDD-HHMMSS of the virtual clock origin (2022-01-03)
    info = get(client, cluster_id)
    assert info["state"] == "PENDING" and "driver" not in info
    assert info["creator_user_name"] == USER and info["cluster_source"] == "API"
    assert info["spark_conf"] == {"spark.speculation": "true", "spark.executor.cores": "2"}
    assert info["default_tags"] == {
        "Vendor": "Databricks",
        "Creator": USER,
        "ClusterName": "my-cluster",
        "ClusterId": cluster_id,
    }
    mock.advance(START - 1)
    assert state(client, cluster_id) == "PENDING"
    mock.advance(1)
    info = get(client, cluster_id)
    assert info["state"] == "RUNNING"
    assert len(info["executors"]) == 2 and "private_ip" in info["driver"]
    assert info["cluster_memory_mb"] == 3 * 14336 and info["cluster_cores"] == 12
    assert isinstance(info["spark_context_id"], int)
    assert event_types(client, cluster_id) == ["CREATING", "RUNNING"]
    second = create(client)
    assert second != cluster_id


def test_restart_resize_terminate_and_start(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = running(client, mock)
    context = get(client, cluster_id)["spark_context_id"]

    assert post(client, "restart", cluster_id=cluster_id).status_code == 200
    assert state(client, cluster_id) == "RESTARTING"
    err(post(client, "start", cluster_id=cluster_id), 400, "INVALID_STATE")
    err(post(client, "resize", cluster_id=cluster_id, num_workers=4), 400, "INVALID_STATE")
    mock.advance(RESTART)
    info = get(client, cluster_id)
    assert info["state"] == "RUNNING" and info["spark_context_id"] != context
    assert info["last_restarted_time"] == info["start_time"] + (START + RESTART) * 1000

    assert post(client, "resize", cluster_id=cluster_id, num_workers=5).status_code == 200
    info = get(client, cluster_id)
    assert info["state"] == "RESIZING" and info["num_workers"] == 5 and len(info["executors"]) == 2
    err(post(client, "restart", cluster_id=cluster_id), 400, "INVALID_STATE")
    mock.advance(RESIZE)
    info = get(client, cluster_id)
    assert info["state"] == "RUNNING" and len(info["executors"]) == 5

    assert (
        post(client, "resize", cluster_id=cluster_id, autoscale={"min_workers": 1, "max_workers": 3}).status_code == 200
    )
    mock.advance(RESIZE)
    info = get(client, cluster_id)
    assert info["autoscale"] == {"min_workers": 1, "max_workers": 3} and "num_workers" not in info
    assert len(info["executors"]) == 3

    assert post(client, "delete", cluster_id=cluster_id).status_code == 200
    info = get(client, cluster_id)
    assert info["state"] == "TERMINATING"
    assert info["termination_reason"] == {"code": "USER_REQUEST", "type": "SUCCESS", "parameters": {"username": USER}}
    assert post(client, "delete", cluster_id=cluster_id).status_code == 200  # no-op
    mock.advance(TERMINATE)
    info = get(client, cluster_id)
    assert info["state"] == "TERMINATED" and "driver" not in info and "terminated_time" in info
    assert post(client, "delete", cluster_id=cluster_id).status_code == 200  # no-op
    err(post(client, "restart", cluster_id=cluster_id), 400, "INVALID_STATE")
    err(post(client, "resize", cluster_id=cluster_id, num_workers=1), 400, "INVALID_STATE")

    assert post(client, "start", cluster_id=cluster_id).status_code == 200
    info = get(client, cluster_id)
    assert info["state"] == "PENDING" and "termination_reason" not in info
    err(post(client, "start", cluster_id=cluster_id), 400, "INVALID_STATE")
    mock.advance(START)
    info = get(client, cluster_id)
    assert info["state"] == "RUNNING" and len(info["executors"]) == 1  # autoscaling restarts at min_workers
    assert event_types(client, cluster_id) == [
        "CREATING",
        "RUNNING",
        "RESTARTING",
        "RUNNING",
        "RESIZING",
        "UPSIZE_COMPLETED",
        "RESIZING",
        "RUNNING",
        "TERMINATING",
        "STARTING",
        "RUNNING",
    ]


def test_delete_while_pending_cancels_the_start(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = create(client)
    assert post(client, "delete", cluster_id=cluster_id).status_code == 200
    mock.advance(START * 2)
    assert state(client, cluster_id) == "TERMINATED"
    assert "RUNNING" not in event_types(client, cluster_id)


def test_edit_rules(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = create(client)
    edit = {**SPEC, "cluster_id": cluster_id, "num_workers": 4, "cluster_name": "renamed"}
    err(post(client, "edit", **edit), 400, "INVALID_STATE")  # PENDING
    mock.advance(START)

    bad = {**edit, "spark_version": "1.0.x-scala2.10"}
    err(post(client, "edit", **bad), 400, "INVALID_PARAMETER_VALUE")
    assert get(client, cluster_id)["cluster_name"] == "my-cluster"  # the rejected edit changed nothing

    assert post(client, "edit", **edit).status_code == 200
    info = get(client, cluster_id)
    assert info["state"] == "RESTARTING" and info["cluster_name"] == "renamed" and info["num_workers"] == 4
    err(post(client, "edit", **edit), 400, "INVALID_STATE")  # RESTARTING
    mock.advance(RESTART)
    info = get(client, cluster_id)
    assert info["state"] == "RUNNING" and len(info["executors"]) == 4

    post(client, "delete", cluster_id=cluster_id)
    mock.advance(TERMINATE)
    assert post(client, "edit", **{**edit, "num_workers": 1, "autotermination_minutes": 30}).status_code == 200
    mock.advance(RESTART)
    info = get(client, cluster_id)
    assert info["state"] == "TERMINATED" and info["num_workers"] == 1 and info["autotermination_minutes"] == 30
    r = post(client, "events", cluster_id=cluster_id, event_types=["EDITED"], order="ASC")
    events = r.json()["events"]
    assert [e["details"]["cluster_size"] for e in events] == [{"num_workers": 4}, {"num_workers": 1}]
    assert events[0]["details"]["previous_attributes"]["cluster_name"] == "my-cluster"
    assert events[0]["details"]["attributes"]["cluster_name"] == "renamed"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"spark_version": "1.0.x-scala2.10"}, "INVALID_PARAMETER_VALUE"),
        ({"node_type_id": "Standard_Nope"}, "INVALID_PARAMETER_VALUE"),
        ({"driver_node_type_id": "m5.large"}, "INVALID_PARAMETER_VALUE"),
        ({"autotermination_minutes": 5}, "INVALID_PARAMETER_VALUE"),
        ({"autotermination_minutes": 10001}, "INVALID_PARAMETER_VALUE"),
        ({"autoscale": {"min_workers": 2, "max_workers": 8}}, "INVALID_PARAMETER_VALUE"),  # with num_workers
        ({"num_workers": None, "autoscale": {"min_workers": 3, "max_workers": 3}}, "INVALID_PARAMETER_VALUE"),
        ({"num_workers": -1}, "INVALID_PARAMETER_VALUE"),
        ({"idempotency_token": "x" * 65}, "INVALID_PARAMETER_VALUE"),
        ({"cluster_log_conf": {}}, "INVALID_PARAMETER_VALUE"),
        (
            {"init_scripts": [{"dbfs": {"destination": "dbfs:/a.sh"}, "file": {"destination": "file:/b.sh"}}]},
            "INVALID_PARAMETER_VALUE",
        ),
        ({"custom_tags": {f"t{i}": "v" for i in range(44)}}, "INVALID_PARAMETER_VALUE"),
        ({"num_workers": "two"}, "MALFORMED_REQUEST"),
    ],
)
def test_create_rejects_invalid_specs_and_creates_nothing(
    client: httpx.Client, fields: dict[str, Any], code: str
) -> None:
    body = {**SPEC, "num_workers": 2, **fields}
    r = client.post("/api/2.0/clusters/create", json=body)
    err(r, 400, code)
    assert client.get("/api/2.0/clusters/list").json().get("clusters", []) == []


def test_create_accepts_the_documented_shapes(client: httpx.Client, mock: MockServer) -> None:
    # E007: "num_workers": null next to autoscale; E112: single node (num_workers 0)
    auto = create(client, num_workers=None, autoscale={"min_workers": 2, "max_workers": 8}, spark_conf={})
    single = create(client, num_workers=0, spark_conf={"spark.master": "local[*]"})
    mock.advance(START)
    assert get(client, auto)["autoscale"] == {"min_workers": 2, "max_workers": 8}
    assert len(get(client, auto)["executors"]) == 2
    info = get(client, single)
    assert info["num_workers"] == 0 and info["executors"] == [] and info["cluster_memory_mb"] == 14336


def test_unknown_cluster_id_is_400_invalid_parameter_value(client: httpx.Client) -> None:
    r = client.get("/api/2.0/clusters/get", params={"cluster_id": "0000-000000-nope000"})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert r.json()["message"] == "Cluster 0000-000000-nope000 does not exist"
    cases: list[tuple[str, dict[str, Any]]] = [
        ("start", {}),
        ("restart", {}),
        ("resize", {"num_workers": 1}),
        ("delete", {}),
        ("permanent-delete", {}),
        ("pin", {}),
        ("unpin", {}),
        ("events", {}),
        ("change-owner", {"owner_username": OTHER_USER}),
        ("edit", {**SPEC, "num_workers": 1}),
    ]
    for op, extra in cases:
        err(post(client, op, cluster_id="0000-000000-nope000", **extra), 400, "INVALID_PARAMETER_VALUE")


def test_idempotency_token_returns_the_active_cluster(client: httpx.Client, mock: MockServer) -> None:
    first = create(client, idempotency_token="retry-safe")
    assert create(client, idempotency_token="retry-safe") == first
    mock.advance(START)
    assert create(client, idempotency_token="retry-safe") == first
    post(client, "delete", cluster_id=first)
    assert create(client, idempotency_token="retry-safe") == first  # TERMINATING is not TERMINATED yet
    mock.advance(TERMINATE)
    second = create(client, idempotency_token="retry-safe")
    assert second != first
    assert len(client.get("/api/2.0/clusters/list").json()["clusters"]) == 2


def test_events_pagination_and_filters(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = running(client, mock)
    for _ in range(30):
        mock.advance(1)
        assert post(client, "pin", cluster_id=cluster_id).status_code == 200
        mock.advance(1)
        assert post(client, "unpin", cluster_id=cluster_id).status_code == 200
    total = 62  # CREATING, RUNNING, 30 × (PINNED, UNPINNED)

    first = post(client, "events", cluster_id=cluster_id, limit=25).json()
    assert first["total_count"] == total and len(first["events"]) == 25
    assert first["events"][0]["type"] == "UNPINNED"  # DESC by default
    assert first["next_page"] == {
        "cluster_id": cluster_id,
        "limit": 25,
        "offset": 25,
        "end_time": first["events"][0]["timestamp"],
    }
    # an event after the first page does not shift the following pages (end_time is pinned)
    mock.advance(1)
    post(client, "pin", cluster_id=cluster_id)
    seen = list(first["events"])
    page = first
    while "next_page" in page:
        page = post(client, "events", **page["next_page"]).json()
        seen.extend(page["events"])
    assert len(seen) == total and page["total_count"] == total
    stamps = [e["timestamp"] for e in seen]
    assert stamps == sorted(stamps, reverse=True)
    assert [e["type"] for e in seen[-2:]] == ["RUNNING", "CREATING"]

    asc = post(client, "events", cluster_id=cluster_id, order="ASC", limit=3).json()
    assert [e["type"] for e in asc["events"]] == ["CREATING", "RUNNING", "PINNED"]
    assert asc["next_page"]["offset"] == 3 and "end_time" not in asc["next_page"]

    pinned = post(client, "events", cluster_id=cluster_id, event_types=["PINNED"], limit=500).json()
    assert pinned["total_count"] == 31 and "next_page" not in pinned
    start = get(client, cluster_id)["start_time"]
    window = post(
        client, "events", cluster_id=cluster_id, start_time=start + START * 1000, end_time=start + (START + 2) * 1000
    ).json()
    assert [e["type"] for e in window["events"]] == ["UNPINNED", "PINNED", "RUNNING"]
    default = post(client, "events", cluster_id=cluster_id).json()
    assert len(default["events"]) == 50 and default["next_page"]["offset"] == 50

    err(post(client, "events", cluster_id=cluster_id, offset=5), 400, "INVALID_PARAMETER_VALUE")
    err(post(client, "events", cluster_id=cluster_id, limit=501), 400, "INVALID_PARAMETER_VALUE")
    err(post(client, "events", cluster_id=cluster_id, event_types=["NOPE"]), 400, "INVALID_PARAMETER_VALUE")


def test_pin_unpin_change_owner_are_admin_only(client: httpx.Client, other: httpx.Client, mock: MockServer) -> None:
    cluster_id = create(other)
    assert get(client, cluster_id)["creator_user_name"] == OTHER_USER
    for op, extra in [("pin", {}), ("unpin", {}), ("change-owner", {"owner_username": OTHER_USER})]:
        err(post(other, op, cluster_id=cluster_id, **extra), 403, "PERMISSION_DENIED")
    assert post(client, "pin", cluster_id=cluster_id).status_code == 200
    assert post(client, "pin", cluster_id=cluster_id).status_code == 200  # idempotent
    assert event_types(client, cluster_id) == ["CREATING", "PINNED"]
    assert post(client, "change-owner", cluster_id=cluster_id, owner_username=USER).status_code == 200
    assert get(client, cluster_id)["creator_user_name"] == USER
    assert post(client, "unpin", cluster_id=cluster_id).status_code == 200
    assert post(client, "unpin", cluster_id=cluster_id).status_code == 200
    assert event_types(client, cluster_id) == ["CREATING", "PINNED", "UNPINNED"]


def test_retention_30_days_unless_pinned(client: httpx.Client, mock: MockServer) -> None:
    kept = create(client, cluster_name="kept")
    gone = create(client, cluster_name="gone")
    post(client, "pin", cluster_id=kept)
    for cluster_id in (kept, gone):
        post(client, "delete", cluster_id=cluster_id)
    mock.advance(TERMINATE)
    mock.advance(29 * 86400)
    assert state(client, gone) == "TERMINATED"
    mock.advance(86400)
    err(client.get("/api/2.0/clusters/get", params={"cluster_id": gone}), 400, "INVALID_PARAMETER_VALUE")
    assert state(client, kept) == "TERMINATED"
    assert [c["cluster_id"] for c in client.get("/api/2.0/clusters/list").json()["clusters"]] == [kept]
    # the pinned cluster can still be started
    assert post(client, "start", cluster_id=kept).status_code == 200


def test_list_shows_active_and_at_most_70_recently_terminated(client: httpx.Client, mock: MockServer) -> None:
    assert client.get("/api/2.0/clusters/list").json() == {}
    ids = [create(client, cluster_name=f"c{i}") for i in range(73)]
    for cluster_id in ids[:72]:
        post(client, "delete", cluster_id=cluster_id)
    mock.advance(TERMINATE)
    listed = [c["cluster_id"] for c in client.get("/api/2.0/clusters/list").json()["clusters"]]
    assert len(listed) == 71 and ids[72] in listed
    assert ids[0] not in listed and ids[1] not in listed  # the two oldest terminations drop out
    assert state(client, ids[0]) == "TERMINATED"  # still readable by id


def test_permanent_delete_removes_the_cluster(client: httpx.Client, mock: MockServer) -> None:
    cluster_id = running(client, mock)
    seen: list[tuple[str, str]] = []
    mock.env.subscribe("cluster.state", lambda cluster_id, state: seen.append((cluster_id, state)))
    assert post(client, "permanent-delete", cluster_id=cluster_id).status_code == 200
    assert seen == [(cluster_id, "TERMINATED")]
    err(client.get("/api/2.0/clusters/get", params={"cluster_id": cluster_id}), 400, "INVALID_PARAMETER_VALUE")
    err(post(client, "events", cluster_id=cluster_id), 400, "INVALID_PARAMETER_VALUE")
    assert client.get("/api/2.0/clusters/list").json() == {}
    assert mock.env.service("clusters").has_object("clusters", cluster_id) is False
    mock.advance(START)  # nothing scheduled for it fires any more
    assert seen == [(cluster_id, "TERMINATED")]


def test_autotermination_after_inactivity(client: httpx.Client, mock: MockServer) -> None:
    svc: Any = mock.env.service("clusters")
    idle = create(client, autotermination_minutes=10)
    busy = create(client, autotermination_minutes=10)
    never = create(client)
    mock.advance(START)
    mock.advance(9 * 60)
    assert state(client, idle) == "RUNNING"
    svc.record_activity(busy)  # activity (commands, job runs) postpones the termination
    mock.advance(60)
    info = get(client, idle)
    assert info["state"] == "TERMINATING"
    assert info["termination_reason"] == {
        "code": "INACTIVITY",
        "type": "SUCCESS",
        "parameters": {"inactivity_duration_min": "10"},
    }
    assert state(client, busy) == "RUNNING"
    mock.advance(10 * 60)
    assert state(client, busy) in ("TERMINATING", "TERMINATED")
    mock.advance(86400)
    assert state(client, never) == "RUNNING"


def test_catalogues(client: httpx.Client) -> None:
    versions = client.get("/api/2.0/clusters/spark-versions").json()["versions"]
    keys = {v["key"] for v in versions}
    assert {"7.3.x-scala2.12", "10.4.x-scala2.12", "11.3.x-scala2.12"} <= keys
    nodes = {n["node_type_id"]: n for n in client.get("/api/2.0/clusters/list-node-types").json()["node_types"]}
    assert nodes["Standard_DS3_v2"]["memory_mb"] == 14336 and nodes["Standard_DS3_v2"]["num_cores"] == 4
    assert "Standard_D3_v2" in nodes
    zones = client.get("/api/2.0/clusters/list-zones").json()
    assert zones["default_zone"] in zones["zones"]


def test_python_api_for_job_clusters(client: httpx.Client, mock: MockServer) -> None:
    svc: Any = mock.env.service("clusters")
    states: list[str] = []
    mock.env.subscribe("cluster.state", lambda cluster_id, state: states.append(state))
    cluster_id = svc.create_cluster(
        {"spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_D3_v2", "num_workers": 1},
        user=OTHER_USER,
        source="JOB",
        tags={"JobId": "7", "RunName": "nightly"},
    )
    assert svc.cluster_state(cluster_id) == "PENDING"
    assert svc.cluster_state("0000-000000-nope000") is None
    mock.advance(START)
    info = get(client, cluster_id)
    assert info["cluster_source"] == "JOB" and info["default_tags"]["JobId"] == "7"
    edit = {**SPEC, "cluster_id": cluster_id, "num_workers": 3}
    err(post(client, "edit", **edit), 400, "INVALID_PARAMETER_VALUE")
    svc.terminate_cluster(cluster_id)
    mock.advance(TERMINATE)
    assert get(client, cluster_id)["termination_reason"]["code"] == "JOB_FINISHED"
    err(post(client, "start", cluster_id=cluster_id), 400, "INVALID_PARAMETER_VALUE")
    assert states == ["PENDING", "RUNNING", "TERMINATING", "TERMINATED"]
    assert svc.has_object("clusters", cluster_id) is True and svc.has_object("jobs", "1") is None
    with pytest.raises(ApiError, match="spark version"):
        svc.create_cluster({"spark_version": "0.1", "num_workers": 1, "node_type_id": "Standard_D3_v2"}, user=USER)


def test_fast_durations(mock_config: MockConfig) -> None:
    mock_config.durations = "fast"
    with (
        MockServer(mock_config) as server,
        httpx.Client(
            base_url="http://mock", transport=server.transport(), headers={"Authorization": f"Bearer {TOKEN}"}
        ) as c,
    ):
        cluster_id = create(c)
        server.advance(1)
        assert state(c, cluster_id) == "RUNNING"


def test_core_quota_fails_launches_and_limits_upsizing(client: httpx.Client, mock: MockServer) -> None:
    huge = create(client, num_workers=2147483647)
    mock.advance(START)
    info = get(client, huge)
    assert info["state"] == "TERMINATING" and "driver" not in info
    assert info["termination_reason"]["code"] == "AZURE_QUOTA_EXCEEDED_EXCEPTION"
    assert info["termination_reason"]["type"] == "CLOUD_FAILURE"
    assert info["termination_reason"]["parameters"]["azure_error_code"] == "QuotaExceeded"

    svc: Any = mock.env.service("clusters")
    svc.core_quota = 40
    cluster_id = running(client, mock)  # 3 nodes x 4 cores of the DSv2 family
    nodes = {n["node_type_id"]: n for n in client.get("/api/2.0/clusters/list-node-types").json()["node_types"]}
    assert nodes["Standard_DS3_v2"]["node_info"] == {"available_core_quota": 28, "total_core_quota": 40}
    assert nodes["Standard_D3_v2"]["node_info"]["available_core_quota"] == 40  # another family
    assert post(client, "resize", cluster_id=cluster_id, num_workers=20).status_code == 200
    mock.advance(RESIZE)
    info = get(client, cluster_id)
    assert info["state"] == "RUNNING" and info["num_workers"] == 20 and len(info["executors"]) == 9
    last = post(client, "events", cluster_id=cluster_id, limit=1).json()["events"][0]
    assert last["type"] == "UPSIZE_COMPLETED"
    assert last["details"] == {"current_num_workers": 9, "target_num_workers": 20}
