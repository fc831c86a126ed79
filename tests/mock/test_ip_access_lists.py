"""IP access lists in the mock: validation, quota, uniqueness and self-lockout protection (api-inventory §1.16)."""

from __future__ import annotations

import uuid

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ok, users_config, with_token

BASE = "/api/2.0/ip-access-lists"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def create(client: httpx.Client, label: str, list_type: str, ips: list[str], **kw: object) -> httpx.Response:
    return client.post(BASE, json={"label": label, "list_type": list_type, "ip_addresses": ips}, **kw)  # type: ignore[arg-type]


def enable_feature(client: httpx.Client) -> None:
    assert client.patch("/api/2.0/workspace-conf", json={"enableIpAccessLists": "true"}).status_code == 200


def test_create_get_list(client: httpx.Client) -> None:
    assert client.get(BASE).json() == {}
    info = ok(create(client, "office", "ALLOW", ["1.1.1.1", "2.2.2.2/21"]))["ip_access_list"]
    uuid.UUID(info["list_id"])
    assert info["address_count"] == 2 and info["enabled"] is True and info["list_type"] == "ALLOW"
    assert info["ip_addresses"] == ["1.1.1.1", "2.2.2.2/21"] and isinstance(info["created_by"], int)
    assert client.get(f"{BASE}/{info['list_id']}").json() == {"ip_access_list": info}
    assert client.get(BASE).json() == {"ip_access_lists": [info]}


def test_label_is_unique_per_type(client: httpx.Client) -> None:
    create(client, "office", "ALLOW", ["1.1.1.1"])
    r = create(client, "office", "ALLOW", ["3.3.3.3"])
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert create(client, "office", "BLOCK", ["3.3.3.3"]).status_code == 200
    blocked = client.get(BASE).json()["ip_access_lists"][1]
    r = client.patch(f"{BASE}/{blocked['list_id']}", json={"list_type": "ALLOW"})
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_ALREADY_EXISTS"
    assert client.get(f"{BASE}/{blocked['list_id']}").json()["ip_access_list"]["list_type"] == "BLOCK"


def test_values_must_be_ipv4_addresses_or_cidr_ranges(client: httpx.Client) -> None:
    for value in ("1.1.1", "300.1.1.1", "10.0.0.0/33", "::1", "office"):
        r = create(client, "x", "ALLOW", [value])
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", value
    assert client.get(BASE).json() == {}


def test_quota_of_1000_values_in_all_lists(client: httpx.Client) -> None:
    many = [f"10.{i // 256}.{i % 256}.1" for i in range(999)]
    assert create(client, "many", "ALLOW", many).status_code == 200
    r = create(client, "two", "BLOCK", ["1.2.3.4", "1.2.3.5"])
    assert r.status_code == 400 and r.json()["error_code"] == "QUOTA_EXCEEDED"
    assert create(client, "one", "BLOCK", ["1.2.3.4"]).status_code == 200
    r = create(client, "single", "ALLOW", [f"11.0.{i // 256}.{i % 256}" for i in range(1001)])
    assert r.status_code == 400 and r.json()["error_code"] == "QUOTA_EXCEEDED"
    assert len(client.get(BASE).json()["ip_access_lists"]) == 2


def test_lists_that_would_block_the_caller_are_refused_while_enabled(client: httpx.Client) -> None:
    # feature off: anything goes (lists are inactive)
    r = create(client, "self", "BLOCK", ["127.0.0.1"])
    assert r.status_code == 200
    r = client.patch("/api/2.0/workspace-conf", json={"enableIpAccessLists": "true"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_STATE"
    client.delete(f"{BASE}/{create_id(client, 'self', 'BLOCK')}")
    enable_feature(client)
    r = create(client, "self", "BLOCK", ["127.0.0.0/8"])
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_STATE"
    r = create(client, "elsewhere", "ALLOW", ["10.0.0.0/8"])
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_STATE"
    # a caller behind a proxy at 10.1.2.3 is admitted by that list
    proxied = {"X-Forwarded-For": "10.1.2.3, 192.168.0.1"}
    r = create(client, "elsewhere", "ALLOW", ["10.0.0.0/8"], headers=proxied)
    assert r.status_code == 200
    # ... and from now on the loopback caller, outside every ALLOW list, is turned away
    assert client.get(BASE).status_code == 403
    assert client.get(BASE, headers=proxied).json()["ip_access_lists"][0]["label"] == "elsewhere"
    local = create(client, "local", "ALLOW", ["127.0.0.1"], headers=proxied).json()["ip_access_list"]["list_id"]
    # deleting the list that admits 127.0.0.1 would lock this caller out
    r = client.delete(f"{BASE}/{local}")
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_STATE"
    # ... disabling it too
    r = client.patch(f"{BASE}/{local}", json={"enabled": False})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_STATE"
    assert client.get(f"{BASE}/{local}").json()["ip_access_list"]["enabled"] is True


def create_id(client: httpx.Client, label: str, list_type: str) -> str:
    for lst in client.get(BASE).json()["ip_access_lists"]:
        if lst["label"] == label and lst["list_type"] == list_type:
            list_id: str = lst["list_id"]
            return list_id
    raise AssertionError(f"no list {label}/{list_type}")


def test_replace_and_update(client: httpx.Client, mock: MockServer) -> None:
    info = create(client, "office", "ALLOW", ["1.1.1.1"]).json()["ip_access_list"]
    url = f"{BASE}/{info['list_id']}"
    mock.advance(10)
    body = {"label": "office2", "list_type": "BLOCK", "ip_addresses": ["8.8.8.8/32", "9.9.9.9"], "enabled": False}
    assert client.put(url, json=body).json() == {}
    now = client.get(url).json()["ip_access_list"]
    assert {k: now[k] for k in body} == body and now["address_count"] == 2
    assert now["created_at"] == info["created_at"] and now["updated_at"] == info["created_at"] + 10_000
    r = client.put(url, json={"label": "x", "list_type": "ALLOW", "ip_addresses": ["1.1.1.1"]})
    assert r.status_code == 400  # PUT replaces everything: enabled is required
    assert client.patch(url, json={"ip_addresses": ["4.4.4.4"]}).status_code == 200
    now = client.get(url).json()["ip_access_list"]
    assert now["ip_addresses"] == ["4.4.4.4"] and now["label"] == "office2" and now["enabled"] is False
    r = client.patch(url, json={"ip_addresses": ["nope"]})
    assert r.status_code == 400 and client.get(url).json()["ip_access_list"]["ip_addresses"] == ["4.4.4.4"]
    missing = f"{BASE}/{uuid.UUID(int=1)}"
    for method, body2 in (("GET", None), ("PATCH", {"enabled": True}), ("PUT", body), ("DELETE", None)):
        r = client.request(method, missing, json=body2)
        assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST", method
    assert client.delete(url).json() == {}
    assert client.get(BASE).json() == {}


def test_admin_only(client: httpx.Client, mock: MockServer) -> None:
    with with_token(mock, "dapi-user-token") as user:
        assert user.get(BASE).status_code == 403
        r = create(user, "office", "ALLOW", ["1.1.1.1"])
        assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
    assert client.get(BASE).json() == {}


# --- enforcement ---------------------------------------------------------------------------------------------

BLOCKED = {"X-Forwarded-For": "203.0.113.7, 10.0.0.1"}


def test_a_blocked_caller_gets_403_on_every_api_route_while_enabled(client: httpx.Client) -> None:
    assert create(client, "bad actors", "BLOCK", ["203.0.113.0/24"]).status_code == 200
    # lists are recorded but inactive until the feature is on
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}, headers=BLOCKED).status_code == 200
    enable_feature(client)
    r = client.get("/api/2.0/dbfs/list", params={"path": "/"}, headers=BLOCKED)
    assert r.status_code == 403 and r.json() == {
        "error_code": "PERMISSION_DENIED",
        "message": "Source IP address: 203.0.113.7 is blocked by Databricks IP ACL for this workspace",
    }
    r = client.post("/api/2.0/clusters/create", json={}, headers=BLOCKED)  # before validation, too
    assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
    r = client.get("/api/2.0/no/such/route", headers=BLOCKED)
    assert r.status_code == 403
    # the 1.2 and SCIM families answer in their own shapes
    r = client.get("/api/1.2/contexts/status", params={"clusterId": "c", "contextId": "x"}, headers=BLOCKED)
    assert r.status_code == 403 and set(r.json()) == {"error"} and "203.0.113.7" in r.json()["error"]
    r = client.get("/api/2.0/preview/scim/v2/Me", headers=BLOCKED)
    assert r.status_code == 403 and r.json()["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:Error"]
    # a blocked caller cannot lift the block; others can
    r = client.patch("/api/2.0/workspace-conf", json={"enableIpAccessLists": "false"}, headers=BLOCKED)
    assert r.status_code == 403
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
    assert client.patch("/api/2.0/workspace-conf", json={"enableIpAccessLists": "false"}).status_code == 200
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}, headers=BLOCKED).status_code == 200


def test_authentication_comes_before_the_ip_check(client: httpx.Client, mock: MockServer) -> None:
    create(client, "bad actors", "BLOCK", ["203.0.113.0/24"])
    enable_feature(client)
    with httpx.Client(base_url="http://mock", transport=mock.transport()) as anon:
        r = anon.get("/api/2.0/dbfs/list", params={"path": "/"}, headers=BLOCKED)
        assert r.status_code == 401 and r.json()["error_code"] == "UNAUTHENTICATED"


def test_allow_lists_admit_only_their_ranges_and_the_control_api_stays_open(
    client: httpx.Client, mock: MockServer
) -> None:
    office = {"X-Forwarded-For": "198.51.100.20"}
    enable_feature(client)
    assert create(client, "office", "ALLOW", ["198.51.100.0/24"], headers=office).status_code == 200
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}, headers=office).status_code == 200
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 403  # 127.0.0.1: in no list
    assert client.get("/__mock/health").status_code == 200
    assert client.post("/__mock/reset").status_code == 200
    assert client.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200


def test_the_socket_peer_is_the_caller_without_x_forwarded_for(mock: MockServer) -> None:
    url = mock.serve()
    headers = {"Authorization": "Bearer dapi-test-token"}
    with httpx.Client(base_url=url, headers=headers) as c:
        office = {"X-Forwarded-For": "198.51.100.20"}
        assert c.patch("/api/2.0/workspace-conf", json={"enableIpAccessLists": "true"}).status_code == 200
        assert create(c, "office", "ALLOW", ["198.51.100.0/24"], headers=office).status_code == 200
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 403
        assert create(c, "loopback", "ALLOW", ["127.0.0.1"], headers=office).status_code == 200
        assert c.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 200
