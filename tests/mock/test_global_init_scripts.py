"""Global init scripts in the mock: ordering by position, limits, partial updates (api-inventory §1.15)."""

from __future__ import annotations

import base64
import re

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ADMIN, b64, ok, users_config, with_token

BASE = "/api/2.0/global-init-scripts"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def create(client: httpx.Client, name: str, **body: object) -> str:
    script_id: str = ok(client.post(BASE, json={"name": name, "script": b64(f"echo {name}"), **body}))["script_id"]
    return script_id


def order(client: httpx.Client) -> list[tuple[str, int]]:
    return [(s["name"], s["position"]) for s in client.get(BASE).json().get("scripts", [])]


def test_create_get_and_list(client: httpx.Client, mock: MockServer) -> None:
    assert client.get(BASE).json() == {}
    script_id = create(client, "My example script name")
    assert re.fullmatch(r"[0-9A-F]{16}", script_id)
    got = client.get(f"{BASE}/{script_id}").json()
    assert got["name"] == "My example script name" and got["enabled"] is False and got["position"] == 0
    assert base64.b64decode(got["script"]) == b"echo My example script name"
    assert got["created_by"] == ADMIN and got["created_at"] == got["updated_at"]
    listed = client.get(BASE).json()["scripts"]
    assert listed == [{k: v for k, v in got.items() if k != "script"}]
    assert mock.env.service("global-init-scripts").enabled_scripts() == []  # type: ignore[attr-defined]


def test_positions_shift_on_insert_move_and_delete(client: httpx.Client) -> None:
    ids = {name: create(client, name) for name in ("a", "b", "c")}
    assert order(client) == [("a", 0), ("b", 1), ("c", 2)]
    ids["d"] = create(client, "d", position=1)
    assert order(client) == [("a", 0), ("d", 1), ("b", 2), ("c", 3)]
    ids["e"] = create(client, "e", position=100)
    assert order(client) == [("a", 0), ("d", 1), ("b", 2), ("c", 3), ("e", 4)]
    assert client.patch(f"{BASE}/{ids['c']}", json={"position": 0}).json() == {}
    assert order(client) == [("c", 0), ("a", 1), ("d", 2), ("b", 3), ("e", 4)]
    client.patch(f"{BASE}/{ids['c']}", json={"position": 99})
    assert order(client)[-1] == ("c", 4)
    assert client.delete(f"{BASE}/{ids['a']}").json() == {}
    assert order(client) == [("d", 0), ("b", 1), ("e", 2), ("c", 3)]


def test_partial_update_keeps_the_other_fields(client: httpx.Client, mock: MockServer) -> None:
    script_id = create(client, "keep", enabled=False)
    before = client.get(f"{BASE}/{script_id}").json()
    mock.advance(60)
    r = client.patch(f"{BASE}/{script_id}", json={"enabled": True, "name": "renamed"})
    assert r.status_code == 200
    after = client.get(f"{BASE}/{script_id}").json()
    assert after["enabled"] is True and after["name"] == "renamed" and after["script"] == before["script"]
    assert after["updated_at"] == before["updated_at"] + 60_000 and after["created_at"] == before["created_at"]
    assert mock.env.service("global-init-scripts").enabled_scripts() == [  # type: ignore[attr-defined]
        ("renamed", b"echo keep")
    ]


def test_validation_and_limits(client: httpx.Client) -> None:
    for name in ("", "x" * 101, "bad/name"):
        r = client.post(BASE, json={"name": name, "script": b64("echo")})
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", name
    r = client.post(BASE, json={"name": "big", "script": b64(b"x" * (64 * 1024 + 1))})
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_LIMIT_EXCEEDED"
    assert client.post(BASE, json={"name": "max", "script": b64(b"x" * (64 * 1024))}).status_code == 200
    r = client.post(BASE, json={"name": "b64", "script": "not base64!"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    r = client.post(BASE, json={"name": "neg", "script": b64("x"), "position": -1})
    assert r.status_code == 400
    script_id = create(client, "target")
    r = client.patch(f"{BASE}/{script_id}", json={"script": b64(b"x" * (64 * 1024 + 1)), "name": "changed"})
    assert r.status_code == 400 and r.json()["error_code"] == "RESOURCE_LIMIT_EXCEEDED"
    assert client.get(f"{BASE}/{script_id}").json()["name"] == "target"
    assert [n for n, _ in order(client)] == ["max", "target"]


def test_unknown_ids_and_non_admins(client: httpx.Client, mock: MockServer) -> None:
    for method in ("GET", "DELETE"):
        r = client.request(method, f"{BASE}/0123456789ABCDEF")
        assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST"
    r = client.patch(f"{BASE}/0123456789ABCDEF", json={"enabled": True})
    assert r.status_code == 404
    with with_token(mock, "dapi-user-token") as user:
        assert user.get(BASE).status_code == 403
        r = user.post(BASE, json={"name": "x", "script": b64("echo")})
        assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
    assert client.get(BASE).json() == {}
