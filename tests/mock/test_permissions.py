"""Permissions API 2.0 in the mock: object ACLs, levels per type, admins, owners and access (api-inventory §1.14)."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ADMIN, USER, err, new_cluster, ok, users_config

OTHER = "other@example.com"
P = "/api/2.0/permissions"
ADMINS_INHERITED = {
    "group_name": "admins",
    "all_permissions": [{"permission_level": "CAN_MANAGE", "inherited": True, "inherited_from_object": ["/clusters/"]}],
}


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config({"dapi-other-token": OTHER})


@pytest.fixture
def cluster_id(client: httpx.Client) -> str:
    return new_cluster(client)


def grant(principal: str, level: str, kind: str = "user_name") -> dict[str, str]:
    return {kind: principal, "permission_level": level}


def direct(acl: dict[str, Any]) -> dict[str, str]:
    """principal -> direct level of an ObjectPermissions answer."""
    out = {}
    for entry in acl["access_control_list"]:
        name = entry.get("user_name") or entry.get("group_name") or entry.get("service_principal_name")
        for perm in entry["all_permissions"]:
            if not perm["inherited"]:
                out[name] = perm["permission_level"]
    return out


def test_cluster_acl_shows_creator_and_inherited_admins(client: httpx.Client, cluster_id: str) -> None:
    assert ok(client.get(f"{P}/clusters/{cluster_id}")) == {
        "object_id": f"/clusters/{cluster_id}",
        "object_type": "cluster",
        "access_control_list": [
            {"user_name": ADMIN, "all_permissions": [{"permission_level": "CAN_MANAGE", "inherited": False}]},
            ADMINS_INHERITED,
        ],
    }


def test_patch_merges_and_put_replaces(client: httpx.Client, cluster_id: str) -> None:
    client.post("/api/2.0/groups/create", json={"group_name": "data-scientists"})
    r = client.patch(f"{P}/clusters/{cluster_id}", json={"access_control_list": [grant(USER, "CAN_RESTART")]})
    assert r.status_code == 200, r.text
    assert direct(r.json()) == {ADMIN: "CAN_MANAGE", USER: "CAN_RESTART"}
    r = client.patch(
        f"{P}/clusters/{cluster_id}",
        json={
            "access_control_list": [grant(USER, "CAN_ATTACH_TO"), grant("data-scientists", "CAN_RESTART", "group_name")]
        },
    )
    assert direct(r.json()) == {ADMIN: "CAN_MANAGE", USER: "CAN_ATTACH_TO", "data-scientists": "CAN_RESTART"}
    r = client.put(f"{P}/clusters/{cluster_id}", json={"access_control_list": [grant(OTHER, "CAN_RESTART")]})
    assert r.status_code == 200
    assert direct(r.json()) == {OTHER: "CAN_RESTART"}
    assert r.json()["access_control_list"][-1] == ADMINS_INHERITED
    assert client.get(f"{P}/clusters/{cluster_id}").json() == r.json()
    r = client.put(f"{P}/clusters/{cluster_id}", json={"access_control_list": []})
    assert r.json()["access_control_list"] == [ADMINS_INHERITED]


@pytest.mark.parametrize(
    ("entry", "fragment"),
    [
        (grant(USER, "CAN_VIEW"), "not supported"),
        (grant(USER, "IS_OWNER"), "not supported"),
        ({"user_name": USER, "group_name": "users", "permission_level": "CAN_RESTART"}, "exactly one"),
        ({"permission_level": "CAN_RESTART"}, "exactly one"),
        (grant("nobody@example.com", "CAN_RESTART"), "does not exist"),
        (grant("no-such-group", "CAN_RESTART", "group_name"), "does not exist"),
        (grant("00000000-0000-0000-0000-000000000000", "CAN_RESTART", "service_principal_name"), "does not exist"),
        (grant("admins", "CAN_ATTACH_TO", "group_name"), "admins"),
    ],
)
def test_invalid_entries_change_nothing(
    client: httpx.Client, cluster_id: str, entry: dict[str, str], fragment: str
) -> None:
    client.patch(f"{P}/clusters/{cluster_id}", json={"access_control_list": [grant(USER, "CAN_RESTART")]})
    before = client.get(f"{P}/clusters/{cluster_id}").json()
    for method in ("PATCH", "PUT"):
        body = {"access_control_list": [grant(OTHER, "CAN_ATTACH_TO"), entry]}
        r = client.request(method, f"{P}/clusters/{cluster_id}", json=body)
        assert fragment in err(r, 400, "INVALID_PARAMETER_VALUE")
    assert client.get(f"{P}/clusters/{cluster_id}").json() == before


def test_admins_cannot_be_removed(client: httpx.Client, cluster_id: str) -> None:
    body = {"access_control_list": [grant("admins", "CAN_MANAGE", "group_name")]}
    r = client.put(f"{P}/clusters/{cluster_id}", json=body)
    assert r.status_code == 200 and r.json()["access_control_list"] == [ADMINS_INHERITED]


def test_unknown_objects_and_types(client: httpx.Client, cluster_id: str) -> None:
    err(client.get(f"{P}/clusters/0000-000000-nothing"), 404, "RESOURCE_DOES_NOT_EXIST")
    r = client.patch(f"{P}/clusters/0000-000000-nothing", json={"access_control_list": [grant(USER, "CAN_RESTART")]})
    err(r, 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{P}/jobs/12345"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{P}/jobs/not-a-number"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{P}/authorization/secrets"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{P}/widgets/{cluster_id}"), 400, "INVALID_PARAMETER_VALUE")
    assert client.get(f"{P}/sql/warehouses/abc").status_code == 404


def test_a_permanently_deleted_cluster_has_no_acl(client: httpx.Client, cluster_id: str) -> None:
    client.patch(f"{P}/clusters/{cluster_id}", json={"access_control_list": [grant(USER, "CAN_RESTART")]})
    assert client.post("/api/2.0/clusters/permanent-delete", json={"cluster_id": cluster_id}).status_code == 200
    err(client.get(f"{P}/clusters/{cluster_id}"), 404, "RESOURCE_DOES_NOT_EXIST")


@pytest.mark.parametrize(
    ("path", "levels"),
    [
        ("clusters/{cluster}", ["CAN_MANAGE", "CAN_RESTART", "CAN_ATTACH_TO"]),
        ("cluster-policies/{policy}", ["CAN_USE"]),
        ("instance-pools/{pool}", ["CAN_MANAGE", "CAN_ATTACH_TO"]),
        ("directories/{directory}", ["CAN_MANAGE", "CAN_EDIT", "CAN_RUN", "CAN_READ"]),
        ("notebooks/{notebook}", ["CAN_MANAGE", "CAN_EDIT", "CAN_RUN", "CAN_READ"]),
        ("authorization/tokens", ["CAN_MANAGE", "CAN_USE"]),
        ("authorization/passwords", ["CAN_USE"]),
    ],
)
def test_permission_levels_per_type(
    client: httpx.Client, cluster_id: str, objects: dict[str, str], path: str, levels: list[str]
) -> None:
    got = ok(client.get(f"{P}/{path.format(cluster=cluster_id, **objects)}/permissionLevels"))["permission_levels"]
    assert [lvl["permission_level"] for lvl in got] == levels
    assert all(lvl["description"].endswith(" permission on " + lvl["description"].split(" on ")[-1]) for lvl in got)
    if path.startswith("clusters"):
        assert got[0]["description"] == "Can Manage permission on cluster"


@pytest.fixture
def objects(client: httpx.Client) -> dict[str, str]:
    """Ids of a policy, a pool, a folder and a notebook."""
    policy = client.post(
        "/api/2.0/policies/clusters/create",
        json={"name": "p", "definition": json.dumps({"spark_version": {"type": "fixed", "value": "7.3.x-scala2.12"}})},
    )
    pool = client.post(
        "/api/2.0/instance-pools/create", json={"instance_pool_name": "p", "node_type_id": "Standard_D3_v2"}
    )
    folder = f"/Users/{ADMIN}/project"
    client.post("/api/2.0/workspace/mkdirs", json={"path": folder})
    content = base64.b64encode(b"print(1)\n").decode()
    client.post(
        "/api/2.0/workspace/import",
        json={"path": f"{folder}/nb", "content": content, "language": "PYTHON", "format": "SOURCE"},
    )
    status = {
        p: client.get("/api/2.0/workspace/get-status", params={"path": p}).json() for p in (folder, f"{folder}/nb")
    }
    return {
        "policy": policy.json()["policy_id"],
        "pool": pool.json()["instance_pool_id"],
        "directory": str(status[folder]["object_id"]),
        "notebook": str(status[f"{folder}/nb"]["object_id"]),
    }


def test_object_types_in_answers(client: httpx.Client, objects: dict[str, str]) -> None:
    r = client.get(f"{P}/cluster-policies/{objects['policy']}")
    assert (
        r.json()["object_type"] == "cluster-policy"
        and r.json()["object_id"] == f"/cluster-policies/{objects['policy']}"
    )
    admins = r.json()["access_control_list"][-1]
    assert admins["all_permissions"] == [
        {"permission_level": "CAN_USE", "inherited": True, "inherited_from_object": ["/cluster-policies/"]}
    ]
    assert client.get(f"{P}/instance-pools/{objects['pool']}").json()["object_type"] == "instance-pool"
    assert client.get(f"{P}/notebooks/{objects['notebook']}").json()["object_type"] == "notebook"
    assert client.get(f"{P}/directories/{objects['directory']}").json()["object_type"] == "directory"
    err(client.get(f"{P}/notebooks/{objects['directory']}"), 404, "RESOURCE_DOES_NOT_EXIST")
    r = client.patch(f"{P}/notebooks/{objects['notebook']}", json={"access_control_list": [grant(USER, "CAN_RUN")]})
    assert direct(r.json()) == {USER: "CAN_RUN"}


def test_cluster_policy_can_use_makes_the_policy_visible(
    client: httpx.Client, user_client: httpx.Client, objects: dict[str, str]
) -> None:
    assert user_client.get("/api/2.0/policies/clusters/list").json().get("policies", []) == []
    body = {"access_control_list": [grant("users", "CAN_USE", "group_name")]}
    assert client.patch(f"{P}/cluster-policies/{objects['policy']}", json=body).status_code == 200
    listed = user_client.get("/api/2.0/policies/clusters/list").json()["policies"]
    assert [p["policy_id"] for p in listed] == [objects["policy"]]
    r = user_client.patch(f"{P}/cluster-policies/{objects['policy']}", json=body)
    err(r, 403, "PERMISSION_DENIED")


def test_token_permissions(client: httpx.Client) -> None:
    r = client.get(f"{P}/authorization/tokens")
    assert r.json() == {
        "object_id": "/authorization/tokens",
        "object_type": "tokens",
        "access_control_list": [
            {"group_name": "admins", "all_permissions": [{"permission_level": "CAN_MANAGE", "inherited": False}]}
        ],
    }
    r = client.patch(f"{P}/authorization/tokens", json={"access_control_list": [grant(USER, "CAN_MANAGE")]})
    assert "admins" in err(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.put(f"{P}/authorization/tokens", json={"access_control_list": [grant("users", "CAN_USE", "group_name")]})
    assert r.status_code == 200
    assert direct(r.json()) == {"admins": "CAN_MANAGE", "users": "CAN_USE"}


def test_unowned_types_are_registered_by_put(client: httpx.Client, user_client: httpx.Client) -> None:
    err(client.get(f"{P}/experiments/1234"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{P}/experiments/1234/permissionLevels"), 404, "RESOURCE_DOES_NOT_EXIST")
    r = client.put(f"{P}/experiments/1234", json={"access_control_list": [grant(USER, "CAN_READ")]})
    assert r.status_code == 200, r.text
    assert r.json()["object_type"] == "mlflowExperiment" and direct(r.json()) == {USER: "CAN_READ"}
    assert client.get(f"{P}/experiments/1234").json() == r.json()
    assert user_client.get(f"{P}/experiments/1234").status_code == 200
    err(client.get(f"{P}/experiments/9999"), 404, "RESOURCE_DOES_NOT_EXIST")
    r = client.patch(
        f"{P}/registered-models/m1", json={"access_control_list": [grant(USER, "CAN_MANAGE_STAGING_VERSIONS")]}
    )
    assert direct(r.json()) == {ADMIN: "CAN_MANAGE", USER: "CAN_MANAGE_STAGING_VERSIONS"}
    assert r.json()["object_type"] == "registered-model"


def test_pipelines_have_exactly_one_owner(client: httpx.Client) -> None:
    r = client.patch(f"{P}/pipelines/p1", json={"access_control_list": [grant(USER, "CAN_VIEW")]})
    assert direct(r.json()) == {ADMIN: "IS_OWNER", USER: "CAN_VIEW"}
    r = client.patch(f"{P}/pipelines/p1", json={"access_control_list": [grant("users", "IS_OWNER", "group_name")]})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.patch(
        f"{P}/pipelines/p1", json={"access_control_list": [grant(USER, "IS_OWNER"), grant(OTHER, "IS_OWNER")]}
    )
    assert "only one owner" in err(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.put(f"{P}/pipelines/p1", json={"access_control_list": [grant(OTHER, "CAN_RUN")]})
    assert direct(r.json()) == {ADMIN: "IS_OWNER", OTHER: "CAN_RUN"}
    r = client.patch(f"{P}/pipelines/p1", json={"access_control_list": [grant(USER, "IS_OWNER")]})
    assert direct(r.json()) == {OTHER: "CAN_RUN", USER: "IS_OWNER"}


def test_non_admins_need_a_permission_to_read_and_manage_to_change(
    client: httpx.Client, user_client: httpx.Client, cluster_id: str
) -> None:
    url = f"{P}/clusters/{cluster_id}"
    err(user_client.get(url), 403, "PERMISSION_DENIED")
    err(user_client.get(f"{url}/permissionLevels"), 403, "PERMISSION_DENIED")
    client.patch(url, json={"access_control_list": [grant(USER, "CAN_ATTACH_TO")]})
    assert user_client.get(url).status_code == 200
    r = user_client.patch(url, json={"access_control_list": [grant(OTHER, "CAN_ATTACH_TO")]})
    err(r, 403, "PERMISSION_DENIED")
    assert OTHER not in direct(client.get(url).json())
    client.post("/api/2.0/groups/create", json={"group_name": "ops"})
    client.post("/api/2.0/groups/add-member", json={"user_name": USER, "parent_name": "ops"})
    client.patch(url, json={"access_control_list": [grant("ops", "CAN_MANAGE", "group_name")]})
    r = user_client.patch(url, json={"access_control_list": [grant(OTHER, "CAN_ATTACH_TO")]})
    assert r.status_code == 200 and direct(r.json())[OTHER] == "CAN_ATTACH_TO"


def test_has_permission_for_other_services(client: httpx.Client, mock: MockServer, cluster_id: str) -> None:
    perms: Any = mock.env.service("permissions")
    assert perms.has_permission(ADMIN, "clusters", cluster_id, "CAN_MANAGE")
    assert not perms.has_permission(USER, "clusters", cluster_id, "CAN_ATTACH_TO")
    client.patch(f"{P}/clusters/{cluster_id}", json={"access_control_list": [grant(USER, "CAN_RESTART")]})
    assert perms.has_permission(USER, "clusters", cluster_id, "CAN_ATTACH_TO")
    assert perms.has_permission(USER, "clusters", cluster_id, "CAN_RESTART")
    assert not perms.has_permission(USER, "clusters", cluster_id, "CAN_MANAGE")
    assert perms.levels_of("clusters", cluster_id, USER) == {"CAN_RESTART"}
