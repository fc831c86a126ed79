"""Instance pools in the mock: validation, edit rules, deletion and instance accounting with clusters
(api-inventory §1.3)."""

from __future__ import annotations

import httpx
from dbrest_mock import MockServer

from tests.mock.helpers import ok

POOLS = "/api/2.0/instance-pools"


def create_pool(client: httpx.Client, **body: object) -> str:
    payload = {"instance_pool_name": "my-pool", "node_type_id": "Standard_D3_v2", **body}
    pool_id: str = ok(client.post(f"{POOLS}/create", json=payload))["instance_pool_id"]
    return pool_id


def get_pool(client: httpx.Client, pool_id: str) -> dict[str, object]:
    body: dict[str, object] = ok(client.get(f"{POOLS}/get", params={"instance_pool_id": pool_id}))
    return body


def stats(client: httpx.Client, pool_id: str) -> dict[str, int]:
    s: dict[str, int] = get_pool(client, pool_id)["stats"]  # type: ignore[assignment]
    return s


def counts(*, used: int, idle: int, pending_used: int, pending_idle: int) -> dict[str, int]:
    """A pool's ``stats`` as the API reports them."""
    return {
        "used_count": used,
        "idle_count": idle,
        "pending_used_count": pending_used,
        "pending_idle_count": pending_idle,
    }


def test_create_get_list_with_defaults(client: httpx.Client, mock: MockServer) -> None:
    pool_id = create_pool(client, min_idle_instances=2, custom_tags={"team": "data"})
    assert "-pool-" in pool_id
    pool = get_pool(client, pool_id)
    assert pool["instance_pool_name"] == "my-pool" and pool["state"] == "ACTIVE"
    assert pool["idle_instance_autotermination_minutes"] == 60 and pool["enable_elastic_disk"] is False
    assert pool["custom_tags"] == {"team": "data"}
    tags = pool["default_tags"]
    assert isinstance(tags, dict) and tags["Vendor"] == "Databricks" and tags["DatabricksInstancePoolId"] == pool_id
    assert pool["stats"] == {"used_count": 0, "idle_count": 0, "pending_used_count": 0, "pending_idle_count": 2}
    mock.advance(120)
    assert stats(client, pool_id) == counts(used=0, idle=2, pending_used=0, pending_idle=0)
    listed = client.get(f"{POOLS}/list").json()["instance_pools"]
    assert [p["instance_pool_id"] for p in listed] == [pool_id]
    assert mock.env.service("instance-pools").has_object("instance-pools", pool_id) is True


def test_validation_and_nothing_stored_on_rejection(client: httpx.Client) -> None:
    cases: list[tuple[dict[str, object], str]] = [
        ({"node_type_id": "Standard_Nope"}, "INVALID_PARAMETER_VALUE"),
        ({"instance_pool_name": ""}, "INVALID_PARAMETER_VALUE"),
        ({"instance_pool_name": "x" * 100}, "INVALID_PARAMETER_VALUE"),
        ({"min_idle_instances": 5, "max_capacity": 4}, "INVALID_PARAMETER_VALUE"),
        ({"min_idle_instances": -1}, "INVALID_PARAMETER_VALUE"),
        ({"idle_instance_autotermination_minutes": 10001}, "INVALID_PARAMETER_VALUE"),
        ({"preloaded_spark_versions": ["7.3.x-scala2.12", "9.1.x-scala2.12"]}, "INVALID_PARAMETER_VALUE"),
        ({"preloaded_spark_versions": ["0.1.x-scala2.10"]}, "INVALID_PARAMETER_VALUE"),
        ({"custom_tags": {f"t{i}": "v" for i in range(42)}}, "INVALID_PARAMETER_VALUE"),
    ]
    for overrides, code in cases:
        body = {"instance_pool_name": "p", "node_type_id": "Standard_D3_v2", **overrides}
        r = client.post(f"{POOLS}/create", json=body)
        assert r.status_code == 400 and r.json()["error_code"] == code, (overrides, r.text)
    assert client.get(f"{POOLS}/list").json() == {}
    create_pool(client, instance_pool_name="x" * 99, preloaded_spark_versions=["7.3.x-scala2.12"])
    r = client.post(f"{POOLS}/create", json={"instance_pool_name": "x" * 99, "node_type_id": "Standard_D3_v2"})
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"


def test_edit_replaces_editable_settings_only(client: httpx.Client, mock: MockServer) -> None:
    pool_id = create_pool(client, min_idle_instances=1, max_capacity=10, enable_elastic_disk=True)
    mock.advance(120)
    r = client.post(
        f"{POOLS}/edit",
        json={
            "instance_pool_id": pool_id,
            "instance_pool_name": "renamed",
            "node_type_id": "Standard_D3_v2",
            "min_idle_instances": 3,
        },
    )
    assert r.status_code == 200 and r.json() == {}
    pool = get_pool(client, pool_id)
    assert pool["instance_pool_name"] == "renamed" and pool["min_idle_instances"] == 3
    assert "max_capacity" not in pool  # omitted editable setting → default (no limit)
    assert pool["enable_elastic_disk"] is True
    assert stats(client, pool_id)["pending_idle_count"] == 2
    mock.advance(120)
    assert stats(client, pool_id)["idle_count"] == 3

    # a get → edit round trip with the fixed settings unchanged is accepted
    full = get_pool(client, pool_id)
    body = {k: v for k, v in full.items() if k not in ("default_tags", "state", "stats", "status")}
    body["max_capacity"] = 50
    assert client.post(f"{POOLS}/edit", json=body).status_code == 200

    for change in ({"node_type_id": "Standard_DS3_v2"}, {"enable_elastic_disk": False}, {"min_idle_instances": 60}):
        r = client.post(f"{POOLS}/edit", json={**body, **change})
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", change
    assert get_pool(client, pool_id)["max_capacity"] == 50

    # lowering the minimum releases the excess idle instances after the idle timeout
    body.update(min_idle_instances=0, idle_instance_autotermination_minutes=10)
    assert client.post(f"{POOLS}/edit", json=body).status_code == 200
    assert stats(client, pool_id)["idle_count"] == 3
    mock.advance(10 * 60)
    assert stats(client, pool_id)["idle_count"] == 0


def test_edit_name_clash_and_unknown_pool(client: httpx.Client) -> None:
    create_pool(client, instance_pool_name="a")
    b = create_pool(client, instance_pool_name="b")
    r = client.post(
        f"{POOLS}/edit", json={"instance_pool_id": b, "instance_pool_name": "a", "node_type_id": "Standard_D3_v2"}
    )
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert get_pool(client, b)["instance_pool_name"] == "b"
    r = client.post(f"{POOLS}/edit", json={"instance_pool_id": "nope", "instance_pool_name": "c", "node_type_id": "x"})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"


def test_delete(client: httpx.Client, mock: MockServer) -> None:
    pool_id = create_pool(client)
    assert client.post(f"{POOLS}/delete", json={"instance_pool_id": pool_id}).json() == {}
    r = client.get(f"{POOLS}/get", params={"instance_pool_id": pool_id})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    assert client.get(f"{POOLS}/list").json() == {}
    assert client.post(f"{POOLS}/delete", json={"instance_pool_id": pool_id}).status_code == 404
    assert mock.env.service("instance-pools").has_object("instance-pools", pool_id) is False
    # the name is free again
    create_pool(client)


def cluster(client: httpx.Client, pool_id: str, workers: int) -> str:
    r = client.post(
        "/api/2.0/clusters/create",
        json={
            "cluster_name": "c",
            "spark_version": "7.3.x-scala2.12",
            "instance_pool_id": pool_id,
            "num_workers": workers,
        },
    )
    assert r.status_code == 200, r.text
    cluster_id: str = r.json()["cluster_id"]
    return cluster_id


def cluster_state(client: httpx.Client, cluster_id: str) -> str:
    state: str = client.get("/api/2.0/clusters/get", params={"cluster_id": cluster_id}).json()["state"]
    return state


def test_clusters_take_and_return_instances(client: httpx.Client, mock: MockServer) -> None:
    pool_id = create_pool(client, min_idle_instances=2, idle_instance_autotermination_minutes=15)
    mock.advance(120)
    cluster_id = cluster(client, pool_id, workers=3)  # driver + 3 workers = 4 instances, 2 of them idle ones
    assert stats(client, pool_id) == counts(used=2, idle=0, pending_used=2, pending_idle=2)
    mock.advance(300)
    assert cluster_state(client, cluster_id) == "RUNNING"
    assert stats(client, pool_id) == counts(used=4, idle=2, pending_used=0, pending_idle=0)
    assert client.post("/api/2.0/clusters/delete", json={"cluster_id": cluster_id}).status_code == 200
    mock.advance(60)
    assert cluster_state(client, cluster_id) == "TERMINATED"
    assert stats(client, pool_id) == counts(used=0, idle=6, pending_used=0, pending_idle=0)
    mock.advance(15 * 60)
    assert stats(client, pool_id)["idle_count"] == 2


def test_max_capacity_and_deleted_pool_fail_cluster_start(client: httpx.Client, mock: MockServer) -> None:
    pool_id = create_pool(client, max_capacity=3)
    too_big = cluster(client, pool_id, workers=3)
    mock.advance(1)
    info = client.get("/api/2.0/clusters/get", params={"cluster_id": too_big}).json()
    assert info["state"] in ("TERMINATING", "TERMINATED")
    assert info["termination_reason"]["code"] == "INSTANCE_POOL_MAX_CAPACITY_FAILURE"
    mock.advance(60)
    assert stats(client, pool_id)["used_count"] == 0

    fits = cluster(client, pool_id, workers=2)
    mock.advance(300)
    assert cluster_state(client, fits) == "RUNNING" and stats(client, pool_id)["used_count"] == 3
    client.post("/api/2.0/clusters/delete", json={"cluster_id": fits})
    mock.advance(60)
    assert client.post(f"{POOLS}/delete", json={"instance_pool_id": pool_id}).status_code == 200
    assert client.post("/api/2.0/clusters/start", json={"cluster_id": fits}).status_code == 200
    mock.advance(1)
    info = client.get("/api/2.0/clusters/get", params={"cluster_id": fits}).json()
    assert info["termination_reason"]["code"] == "INSTANCE_POOL_NOT_FOUND_FAILURE"


def test_todays_pool_settings_round_trip_and_the_flexible_ones_are_editable(client: httpx.Client) -> None:
    """databricks-sdk 0.162.0: CreateInstancePool/EditInstancePool take node_type_flexibility and the remote disk
    settings; capacity reservation groups (Azure), instance profiles (AWS) and zones (GCP) are creation settings."""
    today = {
        "node_type_flexibility": {"alternate_node_type_ids": ["Standard_DS4_v2"], "aws_context_id": "ctx-1"},
        "remote_disk_throughput": 250,
        "total_initial_remote_disk_size": 100,
        "azure_attributes": {"availability": "SPOT_AZURE", "capacity_reservation_group": "/subscriptions/s/crg"},
    }
    pool_id = create_pool(client, **today)
    pool = get_pool(client, pool_id)
    assert {k: pool[k] for k in today} == today
    body = {
        "instance_pool_id": pool_id,
        "instance_pool_name": pool["instance_pool_name"],
        "node_type_id": pool["node_type_id"],
        "azure_attributes": today["azure_attributes"],
        "remote_disk_throughput": 500,
    }
    assert client.post(f"{POOLS}/edit", json=body).status_code == 200
    pool = get_pool(client, pool_id)
    assert pool["remote_disk_throughput"] == 500 and "node_type_flexibility" not in pool  # omitted: reset
