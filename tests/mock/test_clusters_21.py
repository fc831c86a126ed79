"""Clusters API 2.1 in the mock: one state with 2.0, clusters/update with its update_mask, token paging and filters
of list and events, today's fields (kind, is_single_node, access modes) and the 2.1 error answers.

Evidence: databricks-sdk 0.162.0 (`ClustersAPI` and the `ClusterSpec`, `UpdateClusterResource`, `ListClustersRequest`,
`GetEvents` dataclasses of service/compute.py, whose docstrings state the update and paging rules) and the public
clusters API reference; the docs' Python 3 cluster example (conformance entry 142) for a create without a size.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import err, ok
from tests.mock.test_clusters import OTHER_TOKEN, OTHER_USER, SPEC, START, TOKEN, USER

V21 = "/api/2.1/clusters"


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(
        tokens={TOKEN: USER, OTHER_TOKEN: OTHER_USER}, admins={USER}, validate_responses=True, durations="realistic"
    )


def create21(client: httpx.Client, **fields: Any) -> str:
    cluster_id: str = ok(client.post(f"{V21}/create", json={**SPEC, "num_workers": 2, **fields}))["cluster_id"]
    return cluster_id


def get21(client: httpx.Client, cluster_id: str) -> dict[str, Any]:
    info: dict[str, Any] = ok(client.get(f"{V21}/get", params={"cluster_id": cluster_id}))
    return info


def terminated(client: httpx.Client, mock: MockServer, **fields: Any) -> str:
    cid = create21(client, **fields)
    assert client.post(f"{V21}/delete", json={"cluster_id": cid}).status_code == 200
    mock.advance(60)
    assert get21(client, cid)["state"] == "TERMINATED"
    return cid


def update(client: httpx.Client, cluster_id: str, mask: str, cluster: dict[str, Any]) -> httpx.Response:
    return client.post(f"{V21}/update", json={"cluster_id": cluster_id, "update_mask": mask, "cluster": cluster})


# --- one state across the versions ---------------------------------------------------------------------------


def test_a_cluster_created_through_2_0_is_the_same_cluster_through_2_1_and_back(
    client: httpx.Client, mock: MockServer
) -> None:
    r = client.post("/api/2.0/clusters/create", json={**SPEC, "num_workers": 1})
    cid = r.json()["cluster_id"]
    assert get21(client, cid)["cluster_name"] == "my-cluster"
    mock.advance(START)
    assert client.post(f"{V21}/delete", json={"cluster_id": cid}).status_code == 200
    info20 = client.get("/api/2.0/clusters/get", params={"cluster_id": cid}).json()
    assert info20["state"] == "TERMINATING" and info20 == get21(client, cid)
    listed = client.get("/api/2.0/clusters/list").json()["clusters"]
    assert [c["cluster_id"] for c in listed] == [c["cluster_id"] for c in client.get(f"{V21}/list").json()["clusters"]]


def test_unknown_clusters_are_the_same_400_in_both_versions(client: httpx.Client) -> None:
    for base in ("/api/2.0/clusters", V21):
        r = client.get(f"{base}/get", params={"cluster_id": "0000-000000-nope"})
        assert r.json() == {
            "error_code": "INVALID_PARAMETER_VALUE",
            "message": "Cluster 0000-000000-nope does not exist",
        }


def test_spec_echoes_what_the_user_gave_without_defaults(client: httpx.Client) -> None:
    cid = create21(client, spark_conf={"spark.speculation": True})
    info = get21(client, cid)
    assert info["spec"] == {**SPEC, "num_workers": 2, "spark_conf": {"spark.speculation": "true"}}
    # the reported attributes carry the service's defaults; the spec does not
    assert info["autotermination_minutes"] == 0 and "autotermination_minutes" not in info["spec"]


def test_a_create_without_a_size_is_a_cluster_of_no_workers(client: httpx.Client, mock: MockServer) -> None:
    """The docs' Python 3 cluster example sends neither num_workers nor autoscale (conformance entry 142)."""
    r = client.post(f"{V21}/create", json=SPEC)
    assert r.status_code == 200, r.text
    mock.advance(START)
    info = get21(client, r.json()["cluster_id"])
    assert info["state"] == "RUNNING" and info["num_workers"] == 0 and info["executors"] == []
    r = client.post(f"{V21}/create", json={**SPEC, "num_workers": 1, "autoscale": {"min_workers": 1, "max_workers": 2}})
    assert r.json() == {
        "error_code": "INVALID_PARAMETER_VALUE",
        "message": "Only one of num_workers or autoscale can be specified",
    }


# --- clusters/update -----------------------------------------------------------------------------------------


def test_update_changes_only_the_named_fields(client: httpx.Client, mock: MockServer) -> None:
    cid = terminated(client, mock, autotermination_minutes=60, spark_conf={"a": "1"}, custom_tags={"team": "x"})
    r = update(
        client, cid, "num_workers,spark_conf", {"num_workers": 5, "spark_conf": {"b": "2"}, "cluster_name": "ignored"}
    )
    assert r.status_code == 200 and r.json() == {}, r.text
    info = get21(client, cid)
    assert info["num_workers"] == 5 and info["spark_conf"] == {"b": "2"}  # a map is replaced as a whole
    assert info["cluster_name"] == "my-cluster" and info["custom_tags"] == {"team": "x"}
    assert info["autotermination_minutes"] == 60 and info["spec"]["num_workers"] == 5


def test_a_named_field_absent_from_cluster_is_cleared_and_a_sub_field_path_changes_one_sub_field(
    client: httpx.Client, mock: MockServer
) -> None:
    cid = terminated(
        client, mock, autotermination_minutes=60, azure_attributes={"first_on_demand": 2, "spot_bid_max_price": 5}
    )
    assert update(client, cid, "autotermination_minutes,azure_attributes.first_on_demand", {}).status_code == 200
    info = get21(client, cid)
    assert info["autotermination_minutes"] == 0 and "autotermination_minutes" not in info["spec"]
    assert info["spec"]["azure_attributes"] == {"spot_bid_max_price": 5}


def test_update_of_a_running_cluster_restarts_it_and_records_an_edited_event(
    client: httpx.Client, mock: MockServer
) -> None:
    cid = create21(client)
    mock.advance(START)
    assert update(client, cid, "num_workers", {"num_workers": 3}).status_code == 200
    assert get21(client, cid)["state"] == "RESTARTING"
    mock.advance(120)
    info = get21(client, cid)
    assert info["state"] == "RUNNING" and len(info["executors"]) == 3
    events = client.post(f"{V21}/events", json={"cluster_id": cid, "event_types": ["EDITED"]}).json()["events"]
    assert events[0]["details"]["previous_cluster_size"] == {"num_workers": 2}
    assert events[0]["details"]["cluster_size"] == {"num_workers": 3}


def test_a_star_mask_replaces_the_whole_specification(client: httpx.Client, mock: MockServer) -> None:
    cid = terminated(client, mock, autotermination_minutes=60)
    new = {"spark_version": "15.4.x-scala2.12", "node_type_id": "Standard_DS4_v2", "cluster_name": "n"}
    assert update(client, cid, "*", new).status_code == 200
    assert get21(client, cid)["spec"] == new


@pytest.mark.parametrize(
    ("mask", "cluster", "message"),
    [
        ("num_workers,autoscale", {"num_workers": 1, "autoscale": {"min_workers": 1, "max_workers": 3}}, "Only one of"),
        ("autoscale", {"autoscale": {"min_workers": 1, "max_workers": 3}}, "Only one of"),  # num_workers stays
        ("spark_version", {}, "Invalid spark version None"),
        ("autotermination_minutes", {"autotermination_minutes": 5}, "between 10 and 10000"),
    ],
)
def test_an_update_that_create_would_reject_changes_nothing(
    client: httpx.Client, mock: MockServer, mask: str, cluster: dict[str, Any], message: str
) -> None:
    cid = terminated(client, mock, spark_conf={"a": "0"})
    before = get21(client, cid)
    r = update(client, cid, mask, cluster)
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert message in r.json()["message"]
    assert get21(client, cid) == before


@pytest.mark.parametrize(
    "mask", ["", "num_workers, spark_conf", "no_such_field", "autoscale.max_workers.x", "spark_conf.a", "*,num_workers"]
)
def test_malformed_masks_are_rejected_by_the_schema(client: httpx.Client, mock: MockServer, mask: str) -> None:
    """Maps and lists are named whole (AIP-161, which the SDK's update docstring cites)."""
    cid = terminated(client, mock)
    r = update(client, cid, mask, {"num_workers": 1})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert "update_mask must be * or comma-separated field paths" in r.json()["message"]


def test_update_follows_the_state_rules_of_edit(client: httpx.Client, mock: MockServer) -> None:
    cid = create21(client)  # PENDING
    err(update(client, cid, "num_workers", {"num_workers": 1}), 400, "INVALID_STATE")
    err(update(client, "0000-000000-nope", "num_workers", {}), 400, "INVALID_PARAMETER_VALUE")


# --- list paging and filters ---------------------------------------------------------------------------------


def test_list_pages_with_tokens_both_ways(client: httpx.Client) -> None:
    ids = {create21(client, cluster_name=f"c{i}") for i in range(5)}
    seen: list[str] = []
    r = client.get(f"{V21}/list", params={"page_size": 2, "sort_by.field": "CLUSTER_NAME"}).json()
    pages = [r]
    while "next_page_token" in r:
        r = client.get(
            f"{V21}/list", params={"page_size": 2, "sort_by.field": "CLUSTER_NAME", "page_token": r["next_page_token"]}
        ).json()
        pages.append(r)
    for page in pages:
        seen += [c["cluster_name"] for c in page["clusters"]]
    assert seen == ["c0", "c1", "c2", "c3", "c4"] and len(pages) == 3
    assert "prev_page_token" not in pages[0] and "next_page_token" not in pages[2]
    back = client.get(
        f"{V21}/list",
        params={"page_size": 2, "sort_by.field": "CLUSTER_NAME", "page_token": pages[2]["prev_page_token"]},
    ).json()
    assert [c["cluster_name"] for c in back["clusters"]] == ["c2", "c3"]
    assert {c["cluster_id"] for p in pages for c in p["clusters"]} == ids


def test_a_token_only_works_with_the_filters_it_was_issued_for(client: httpx.Client) -> None:
    for i in range(3):
        create21(client, cluster_name=f"c{i}")
    token = client.get(f"{V21}/list", params={"page_size": 1}).json()["next_page_token"]
    r = client.get(f"{V21}/list", params={"page_size": 1, "page_token": token, "sort_by.direction": "DESC"})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    err(client.get(f"{V21}/list", params={"page_token": "garbage!"}), 400, "INVALID_PARAMETER_VALUE")


def test_list_filters_by_state_source_pin_and_policy(client: httpx.Client, mock: MockServer) -> None:
    a, b = create21(client, cluster_name="a"), create21(client, cluster_name="b")
    mock.advance(START)
    client.post(f"{V21}/delete", json={"cluster_id": b})
    client.post(f"{V21}/pin", json={"cluster_id": b})
    mock.advance(60)

    def names(**params: Any) -> list[str]:
        body = client.get(f"{V21}/list", params=params).json()
        return sorted(c["cluster_name"] for c in body.get("clusters", []))

    assert names(**{"filter_by.cluster_states": ["RUNNING", "PENDING"]}) == ["a"]
    assert names(**{"filter_by.cluster_states": "TERMINATED"}) == ["b"]
    assert names(**{"filter_by.is_pinned": "true"}) == ["b"]
    assert names(**{"filter_by.cluster_sources": "API"}) == ["a", "b"]
    assert names(**{"filter_by.cluster_sources": "JOB"}) == []
    assert names(**{"filter_by.policy_id": "ABCD000000000000"}) == []
    default = [c["cluster_id"] for c in client.get(f"{V21}/list").json()["clusters"]]
    assert default == [a, b]  # DEFAULT sort: running before terminated
    err(client.get(f"{V21}/list", params={"filter_by.cluster_states": "BOGUS"}), 400, "INVALID_PARAMETER_VALUE")


def test_the_2_0_list_stays_unpaged(client: httpx.Client) -> None:
    for i in range(3):
        create21(client, cluster_name=f"c{i}")
    body = client.get("/api/2.0/clusters/list").json()
    assert len(body["clusters"]) == 3 and "next_page_token" not in body


# --- events token paging -------------------------------------------------------------------------------------


def test_events_page_with_tokens_and_next_page_bodies(client: httpx.Client, mock: MockServer) -> None:
    cid = create21(client)
    mock.advance(START)
    for _ in range(3):
        client.post(f"{V21}/restart", json={"cluster_id": cid})
        mock.advance(120)
    everything = client.post(f"{V21}/events", json={"cluster_id": cid, "order": "ASC", "limit": 500}).json()["events"]
    first = client.post(f"{V21}/events", json={"cluster_id": cid, "order": "ASC", "page_size": 3}).json()
    assert first["events"] == everything[:3] and first["total_count"] == 0
    # databricks-sdk posts next_page back; other clients send the token with their request
    second = client.post(f"{V21}/events", json=first["next_page"]).json()
    by_token = client.post(
        f"{V21}/events",
        json={"cluster_id": cid, "order": "ASC", "page_size": 3, "page_token": first["next_page_token"]},
    ).json()
    assert second["events"] == by_token["events"] == everything[3:6]
    assert "prev_page_token" in second
    r = client.post(f"{V21}/events", json={"cluster_id": cid, "order": "DESC", "page_token": first["next_page_token"]})
    err(r, 400, "INVALID_PARAMETER_VALUE")


def test_newer_events_do_not_shift_the_pages_of_a_token_listing(client: httpx.Client, mock: MockServer) -> None:
    cid = create21(client)
    mock.advance(START)
    first = client.post(f"{V21}/events", json={"cluster_id": cid, "page_size": 1}).json()  # newest first
    client.post(f"{V21}/restart", json={"cluster_id": cid})  # a RESTARTING event, newer than the listing
    rest = client.post(f"{V21}/events", json=first["next_page"]).json()
    listed = [e["type"] for e in first["events"] + rest["events"]]
    assert "RESTARTING" not in listed and listed[0] == "RUNNING" and listed[-1] == "CREATING"
    assert len(listed) == len(set(map(str, first["events"] + rest["events"])))


def test_events_page_size_outside_0_to_500_is_clamped_not_rejected(client: httpx.Client) -> None:
    cid = create21(client)
    for size in (-5, 0, 900):
        r = client.post(f"{V21}/events", json={"cluster_id": cid, "page_size": size})
        assert r.status_code == 200 and [e["type"] for e in r.json()["events"]] == ["CREATING"], r.text


# --- today's fields ------------------------------------------------------------------------------------------


def test_kind_classic_preview_single_node_sets_the_single_node_configuration(
    client: httpx.Client, mock: MockServer
) -> None:
    """The SDK's is_single_node docstring: Databricks sets the single-node custom_tags, spark_conf and num_workers."""
    r = client.post(f"{V21}/create", json={**SPEC, "kind": "CLASSIC_PREVIEW", "is_single_node": True})
    assert r.status_code == 200, r.text
    mock.advance(START)
    info = get21(client, r.json()["cluster_id"])
    assert info["num_workers"] == 0 and info["executors"] == []
    assert info["spark_conf"]["spark.databricks.cluster.profile"] == "singleNode"
    assert info["custom_tags"] == {"ResourceClass": "SingleNode"}
    assert info["kind"] == "CLASSIC_PREVIEW" and info["is_single_node"] is True
    assert "spark_conf" not in info["spec"]
    r = client.post(f"{V21}/resize", json={"cluster_id": info["cluster_id"], "num_workers": 2})
    err(r, 400, "INVALID_PARAMETER_VALUE")


@pytest.mark.parametrize(
    "fields",
    [
        {"is_single_node": True},  # without kind
        {"use_ml_runtime": True},
        {"kind": "CLASSIC_PREVIEW", "is_single_node": True, "num_workers": 2},
        {"kind": "CLASSIC_PREVIEW", "is_single_node": True, "autoscale": {"min_workers": 1, "max_workers": 2}},
        {"spark_version": "10.4.x-photon-scala2.12", "runtime_engine": "PHOTON"},
        {"kind": "SERVERLESS_SOMEDAY"},
        {"data_security_mode": "NOT_A_MODE"},
        {"cluster_log_conf": {"dbfs": {"destination": "dbfs:/l"}, "volumes": {"destination": "/Volumes/a/b/c"}}},
    ],
)
def test_rules_of_todays_fields_answer_400(client: httpx.Client, fields: dict[str, Any]) -> None:
    body = {**SPEC, **fields}
    r = client.post(f"{V21}/create", json=body)
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert client.get(f"{V21}/list").json() == {}


@pytest.mark.parametrize(
    "mode", ["DATA_SECURITY_MODE_AUTO", "DATA_SECURITY_MODE_STANDARD", "DATA_SECURITY_MODE_DEDICATED", "USER_ISOLATION"]
)
def test_todays_access_modes_and_fields_round_trip(client: httpx.Client, mode: str) -> None:
    fields = {
        "data_security_mode": mode,
        "runtime_engine": "PHOTON",
        "spark_version": "15.4.x-scala2.12",
        "dependency_mode": "DEPENDENCY_MODE_AUTO",
        "remote_disk_throughput": 250,
        "total_initial_remote_disk_size": 100,
        "worker_node_type_flexibility": {"alternate_node_type_ids": ["Standard_DS4_v2"]},
        # databricks-sdk 0.162.0 NodeTypeFlexibility.aws_context_id (EC2 Fleet context)
        "driver_node_type_flexibility": {"alternate_node_type_ids": ["m5.xlarge"], "aws_context_id": "ctx-1"},
        "cluster_log_conf": {"volumes": {"destination": "/Volumes/main/default/logs"}},
        "init_scripts": [{"volumes": {"destination": "/Volumes/main/default/init/setup.sh"}}],
        "docker_image": {"url": "myregistry.azurecr.io/runtime:latest"},
    }
    cid = create21(client, **fields)
    info = get21(client, cid)
    assert {k: info[k] for k in fields} == fields
    assert {k: info["spec"][k] for k in fields} == fields


def test_an_aws_instance_profile_must_be_registered(client: httpx.Client) -> None:
    arn = "arn:aws:iam::123456789012:instance-profile/my-profile"
    r = client.post(f"{V21}/create", json={**SPEC, "aws_attributes": {"instance_profile_arn": arn}})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert "instance-profiles/add" in r.json()["message"]
    assert client.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": arn}).status_code == 200
    cid = create21(client, aws_attributes={"instance_profile_arn": arn})
    assert get21(client, cid)["aws_attributes"]["instance_profile_arn"] == arn


def test_clone_from_copies_the_source_clusters_libraries(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 CreateCluster.clone_from: "clones libraries from a source cluster during the
    # creation of a new cluster".
    source = create21(client)
    libraries = [{"pypi": {"package": "simplejson"}}, {"jar": "/Volumes/main/default/libs/a.jar"}]
    r = client.post("/api/2.0/libraries/install", json={"cluster_id": source, "libraries": libraries})
    assert r.status_code == 200, r.text
    clone = create21(client, clone_from={"source_cluster_id": source})
    r = client.get("/api/2.0/libraries/cluster-status", params={"cluster_id": clone})
    assert [s["library"] for s in r.json()["library_statuses"]] == libraries
    assert "clone_from" not in get21(client, clone)["spec"]
    plain = create21(client)
    assert (
        "library_statuses" not in client.get("/api/2.0/libraries/cluster-status", params={"cluster_id": plain}).json()
    )
    before = client.get(f"{V21}/list").json()["clusters"]
    r = client.post(f"{V21}/create", json={**SPEC, "num_workers": 1, "clone_from": {"source_cluster_id": "0000-x"}})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    assert len(client.get(f"{V21}/list").json()["clusters"]) == len(before)  # nothing created
