"""Cluster policies in the mock: admin-only writes, unique names, definition validation, sorting (api-inventory §1.2)."""

from __future__ import annotations

import json

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN
from tests.mock.helpers import ok, users_config

ADMIN_TOKEN = TOKEN

FIXED_VERSION = json.dumps({"spark_version": {"type": "fixed", "value": "7.3.x-scala2.12", "hidden": True}})


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def create(client: httpx.Client, **body: object) -> httpx.Response:
    return client.post("/api/2.0/policies/clusters/create", json=body)


def test_create_get_edit_delete(client: httpx.Client, mock: MockServer) -> None:
    policy_id = ok(create(client, name="Fixed runtime", definition=FIXED_VERSION))["policy_id"]
    assert len(policy_id) == 16 and int(policy_id, 16) >= 0
    got = client.get("/api/2.0/policies/clusters/get", params={"policy_id": policy_id}).json()
    assert got["name"] == "Fixed runtime"
    assert json.loads(got["definition"]) == json.loads(FIXED_VERSION)
    assert got["creator_user_name"] == "admin@example.com"
    assert got["created_at_timestamp"] == mock.env.clock.now_ms()

    new_def = json.dumps({"autotermination_minutes": {"type": "range", "maxValue": 120, "defaultValue": 60}})
    r = client.post(
        "/api/2.0/policies/clusters/edit",
        json={"policy_id": policy_id, "name": "Short clusters", "definition": new_def, "max_clusters_per_user": 2},
    )
    assert r.status_code == 200 and r.json() == {}
    got = client.get("/api/2.0/policies/clusters/get", params={"policy_id": policy_id}).json()
    assert got["name"] == "Short clusters" and got["definition"] == new_def and got["max_clusters_per_user"] == 2
    assert mock.env.service("cluster-policies").has_object("cluster-policies", policy_id) is True

    assert client.post("/api/2.0/policies/clusters/delete", json={"policy_id": policy_id}).json() == {}
    r = client.get("/api/2.0/policies/clusters/get", params={"policy_id": policy_id})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    r = client.post("/api/2.0/policies/clusters/delete", json={"policy_id": policy_id})
    assert r.status_code == 404
    assert mock.env.service("cluster-policies").has_object("cluster-policies", policy_id) is False
    assert mock.env.service("cluster-policies").has_object("clusters", policy_id) is None


def test_definition_defaults_to_empty_object(client: httpx.Client) -> None:
    policy_id = create(client, name="Anything goes").json()["policy_id"]
    got = client.get("/api/2.0/policies/clusters/get", params={"policy_id": policy_id}).json()
    assert got["definition"] == "{}"


@pytest.mark.parametrize(
    "definition",
    [
        "not json",
        "[]",
        '"a string"',
        json.dumps({"spark_version": "7.3.x"}),
        json.dumps({"spark_version": {"type": "sometimes"}}),
        json.dumps({"spark_version": {"type": "fixed"}}),
        json.dumps({"node_type_id": {"type": "allowlist", "values": []}}),
        json.dumps({"cluster_name": {"type": "regex", "pattern": "("}}),
        json.dumps({"num_workers": {"type": "range"}}),
        json.dumps({"num_workers": {"type": "range", "minValue": 5, "maxValue": 1}}),
        json.dumps({"spark_version": {"type": "fixed", "value": "x", "hidden": "yes"}}),
    ],
)
def test_invalid_definition_is_rejected_and_stores_nothing(client: httpx.Client, definition: str) -> None:
    r = create(client, name="Bad", definition=definition)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    assert client.get("/api/2.0/policies/clusters/list").json() == {"total_count": 0}


def test_valid_rule_types_are_accepted(client: httpx.Client) -> None:
    definition = {
        "spark_version": {"type": "fixed", "value": "7.3.x-scala2.12", "hidden": True},
        "spark_conf.spark.databricks.cluster.profile": {"type": "forbidden", "hidden": True},
        "node_type_id": {"type": "allowlist", "values": ["Standard_DS3_v2", "Standard_D3_v2"], "defaultValue": "x"},
        "driver_node_type_id": {"type": "blocklist", "values": ["Standard_NC6"]},
        "cluster_name": {"type": "regex", "pattern": "^team-[a-z]+$"},
        "autoscale.max_workers": {"type": "range", "minValue": 1, "maxValue": 10},
        "custom_tags.owner": {"type": "unlimited", "isOptional": False},
    }
    assert create(client, name="All rules", definition=json.dumps(definition)).status_code == 200


def test_names_are_unique_and_bounded(client: httpx.Client) -> None:
    first = create(client, name="Team policy").json()["policy_id"]
    r = create(client, name="Team policy")
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    other = create(client, name="Other").json()["policy_id"]
    r = client.post("/api/2.0/policies/clusters/edit", json={"policy_id": other, "name": "Team policy"})
    assert r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    # editing a policy under its own name is fine
    assert client.post("/api/2.0/policies/clusters/edit", json={"policy_id": first, "name": "Team policy"}).is_success
    for bad in ("", "x" * 101):
        r = create(client, name=bad)
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    assert create(client, name="x" * 100).status_code == 200
    assert client.get("/api/2.0/policies/clusters/list").json()["total_count"] == 3


def test_rejected_edit_keeps_the_policy(client: httpx.Client) -> None:
    policy_id = create(client, name="Keep", definition=FIXED_VERSION).json()["policy_id"]
    r = client.post(
        "/api/2.0/policies/clusters/edit", json={"policy_id": policy_id, "name": "Changed", "definition": "{"}
    )
    assert r.status_code == 400
    got = client.get("/api/2.0/policies/clusters/get", params={"policy_id": policy_id}).json()
    assert got["name"] == "Keep" and got["definition"] == FIXED_VERSION
    r = client.post("/api/2.0/policies/clusters/edit", json={"policy_id": "FFFFFFFFFFFFFFFF", "name": "x"})
    assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"


def test_policy_family(client: httpx.Client) -> None:
    overrides = json.dumps({"autotermination_minutes": {"type": "fixed", "value": 30}})
    r = create(client, name="Personal", policy_family_id="personal-vm", policy_family_definition_overrides=overrides)
    assert r.status_code == 200, r.text
    got = client.get("/api/2.0/policies/clusters/get", params={"policy_id": r.json()["policy_id"]}).json()
    assert got["policy_family_id"] == "personal-vm" and got["policy_family_definition_overrides"] == overrides
    r = create(client, name="Both", policy_family_id="personal-vm", definition="{}")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    r = create(client, name="Overrides only", policy_family_definition_overrides=overrides)
    assert r.status_code == 400


def test_writes_are_admin_only(client: httpx.Client, user_client: httpx.Client) -> None:
    r = create(user_client, name="Mine")
    assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
    policy_id = create(client, name="Admin's").json()["policy_id"]
    for path, body in (
        ("/api/2.0/policies/clusters/edit", {"policy_id": policy_id, "name": "Hijacked"}),
        ("/api/2.0/policies/clusters/delete", {"policy_id": policy_id}),
    ):
        r = user_client.post(path, json=body)
        assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
    got = client.get("/api/2.0/policies/clusters/get", params={"policy_id": policy_id}).json()
    assert got["name"] == "Admin's"
    # without CAN_USE a non-admin sees no policies
    assert user_client.get("/api/2.0/policies/clusters/list").json() == {"total_count": 0}


def test_list_sorting(client: httpx.Client, mock: MockServer) -> None:
    ids = {}
    for name in ("beta", "Alpha", "gamma"):
        ids[name] = create(client, name=name).json()["policy_id"]
        mock.advance(1)
    names = [p["name"] for p in client.get("/api/2.0/policies/clusters/list").json()["policies"]]
    assert names == ["gamma", "Alpha", "beta"]  # default: newest first
    r = client.get("/api/2.0/policies/clusters/list", params={"sort_order": "ASC"}).json()
    assert [p["name"] for p in r["policies"]] == ["beta", "Alpha", "gamma"] and r["total_count"] == 3
    r = client.get("/api/2.0/policies/clusters/list", params={"sort_column": "POLICY_NAME", "sort_order": "ASC"})
    assert [p["name"] for p in r.json()["policies"]] == ["Alpha", "beta", "gamma"]
    r = client.get("/api/2.0/policies/clusters/list", params={"sort_column": "NAME"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
