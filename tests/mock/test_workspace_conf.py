"""Workspace configuration keys in the mock: string values, known keys only, admin only (api-inventory §1.16)."""

from __future__ import annotations

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import users_config, with_token

BASE = "/api/2.0/workspace-conf"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def test_defaults_are_strings(client: httpx.Client) -> None:
    r = client.get(BASE, params={"keys": "enableIpAccessLists,enableTokensConfig,maxTokenLifetimeDays"})
    assert r.json() == {"enableIpAccessLists": "false", "enableTokensConfig": "true", "maxTokenLifetimeDays": ""}


def test_set_then_get_and_the_python_api(client: httpx.Client, mock: MockServer) -> None:
    r = client.patch(BASE, json={"enableIpAccessLists": "TRUE", "maxTokenLifetimeDays": "90"})
    assert r.status_code == 200 and r.json() == {}
    r = client.get(BASE, params={"keys": "enableIpAccessLists,maxTokenLifetimeDays"})
    assert r.json() == {"enableIpAccessLists": "true", "maxTokenLifetimeDays": "90"}
    conf = mock.env.service("workspace-conf")
    assert conf.get("maxTokenLifetimeDays") == "90"  # type: ignore[attr-defined]
    assert client.patch(BASE, json={"maxTokenLifetimeDays": ""}).status_code == 200
    assert conf.get("maxTokenLifetimeDays") == ""  # type: ignore[attr-defined]
    mock.reset()
    assert conf.get("enableIpAccessLists") == "false"  # type: ignore[attr-defined]


def test_unknown_keys_and_bad_values_change_nothing(client: httpx.Client) -> None:
    r = client.get(BASE, params={"keys": "enableIpAccessLists,noSuchKey"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    for body in (
        {"enableTokensConfig": "false", "noSuchKey": "true"},
        {"enableTokensConfig": "false", "enableIpAccessLists": "yes"},
        {"enableTokensConfig": "false", "maxTokenLifetimeDays": "-3"},
        {"enableTokensConfig": "false", "maxTokenLifetimeDays": "ninety"},
    ):
        r = client.patch(BASE, json=body)
        assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", body
    assert client.get(BASE, params={"keys": "enableTokensConfig"}).json() == {"enableTokensConfig": "true"}
    r = client.patch(BASE, json={"enableTokensConfig": False})
    assert r.status_code == 400
    assert client.get(BASE).status_code == 400  # keys is required


def test_admin_only(mock: MockServer) -> None:
    with with_token(mock, "dapi-user-token") as user:
        r = user.get(BASE, params={"keys": "enableIpAccessLists"})
        assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED"
        assert user.patch(BASE, json={"enableIpAccessLists": "true"}).status_code == 403
