"""Token Management in the mock: admins list, read and revoke every token and create on-behalf-of tokens for
service principals; the store is the Token API's (api-inventory §1.11)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ADMIN, err, ok, users_config, with_token

ALICE = "alice@example.com"
B = "/api/2.0/token-management"
APP_ID = "562e1f84-1e6e-44ad-b4a5-3c9ab6d4f6a0"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config({"dapi-alice": ALICE})


def service_principal(client: httpx.Client, mock: MockServer, app_id: str) -> None:
    """Register the service principal where the mock keeps them (SCIM), when the SCIM service checks them."""
    scim = mock.env.services.get("scim")
    if getattr(scim, "service_principal_exists", None) is not None:
        r = client.post(
            "/api/2.0/preview/scim/v2/ServicePrincipals",
            json={
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal"],
                "applicationId": app_id,
                "displayName": "etl",
            },
        )
        assert r.status_code in (200, 201), r.text


def listed(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = ok(client.get(f"{B}/tokens", params=params)).get("token_infos", [])
    return result


def test_admin_sees_every_users_tokens_with_creator(client: httpx.Client, mock: MockServer) -> None:
    assert ok(client.get(f"{B}/tokens")) == {}
    mine = ok(client.post("/api/2.0/token/create", json={"comment": "admin"}))["token_info"]
    with with_token(mock, "dapi-alice") as alice:
        hers = ok(alice.post("/api/2.0/token/create", json={"comment": "alice", "lifetime_seconds": 60}))["token_info"]
    everything = listed(client)
    assert [t["token_id"] for t in everything] == [mine["token_id"], hers["token_id"]]
    admin_info, alice_info = everything
    assert alice_info == {
        **hers,
        "created_by_id": alice_info["created_by_id"],
        "created_by_username": ALICE,
        "owner_id": alice_info["created_by_id"],
    }
    assert isinstance(alice_info["created_by_id"], int) and alice_info["created_by_id"] != admin_info["created_by_id"]
    assert listed(client, created_by_username=ALICE) == [alice_info]
    assert listed(client, created_by_id=admin_info["created_by_id"]) == [admin_info]
    assert listed(client, created_by_id=admin_info["created_by_id"], created_by_username=ALICE) == []
    assert ok(client.get(f"{B}/tokens/{hers['token_id']}")) == {"token_info": alice_info}
    # expired tokens are gone
    mock.advance(60)
    assert listed(client) == [admin_info]
    err(client.get(f"{B}/tokens/{hers['token_id']}"), 404, "RESOURCE_DOES_NOT_EXIST")


def test_admin_revokes_another_users_token(client: httpx.Client, mock: MockServer) -> None:
    with with_token(mock, "dapi-alice") as alice:
        hers = ok(alice.post("/api/2.0/token/create", json={}))
    with with_token(mock, hers["token_value"]) as tok:
        assert tok.get("/api/2.0/token/list").status_code == 200
        assert ok(client.delete(f"{B}/tokens/{hers['token_info']['token_id']}")) == {}
        err(tok.get("/api/2.0/token/list"), 401, "UNAUTHENTICATED")
    err(client.delete(f"{B}/tokens/{hers['token_info']['token_id']}"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{B}/tokens/unknown"), 404, "RESOURCE_DOES_NOT_EXIST")
    assert listed(client) == []


def test_on_behalf_of_token_authenticates_as_the_service_principal(client: httpx.Client, mock: MockServer) -> None:
    service_principal(client, mock, APP_ID)
    now = mock.env.clock.now_ms()
    body = {"application_id": APP_ID, "lifetime_seconds": 3600, "comment": "etl"}
    created = ok(client.post(f"{B}/on-behalf-of/tokens", json=body))
    info = created["token_info"]
    assert info["created_by_username"] == ADMIN and info["owner_id"] != info["created_by_id"]
    assert info["creation_time"] == now and info["expiry_time"] == now + 3_600_000 and info["comment"] == "etl"
    assert ok(client.get(f"{B}/tokens/{info['token_id']}")) == {"token_info": info}
    assert mock.env.service("token").user_for_token(created["token_value"]) == APP_ID  # type: ignore[attr-defined]
    with with_token(mock, created["token_value"]) as sp:
        own = ok(sp.get("/api/2.0/token/list"))["token_infos"]
        assert [t["token_id"] for t in own] == [info["token_id"]]
    # the admin's own token list does not show it
    assert ok(client.get("/api/2.0/token/list")) == {}
    mock.advance(3600)
    with with_token(mock, created["token_value"]) as sp:
        err(sp.get("/api/2.0/token/list"), 401, "UNAUTHENTICATED")


def test_on_behalf_of_needs_a_lifetime(client: httpx.Client) -> None:
    err(client.post(f"{B}/on-behalf-of/tokens", json={"application_id": APP_ID}), 400, "INVALID_PARAMETER_VALUE")
    assert listed(client) == []


def test_on_behalf_of_unknown_service_principal(client: httpx.Client, mock: MockServer) -> None:
    if getattr(mock.env.services.get("scim"), "service_principal_exists", None) is None:
        pytest.skip("the SCIM service that knows service principals is not loaded")
    body = {"application_id": "00000000-0000-0000-0000-000000000000", "lifetime_seconds": 60}
    err(client.post(f"{B}/on-behalf-of/tokens", json=body), 400, "INVALID_PARAMETER_VALUE")
    assert listed(client) == []


def test_on_behalf_of_respects_disabled_tokens(client: httpx.Client, mock: MockServer) -> None:
    service_principal(client, mock, APP_ID)
    ok(client.patch("/api/2.0/workspace-conf", json={"enableTokensConfig": "false"}))
    body = {"application_id": APP_ID, "lifetime_seconds": 60}
    err(client.post(f"{B}/on-behalf-of/tokens", json=body), 403, "PERMISSION_DENIED")
    ok(client.patch("/api/2.0/workspace-conf", json={"enableTokensConfig": "true", "maxTokenLifetimeDays": "1"}))
    err(
        client.post(f"{B}/on-behalf-of/tokens", json={**body, "lifetime_seconds": 86401}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    assert listed(client) == []


def test_non_admins_are_refused(mock: MockServer, client: httpx.Client) -> None:
    token_id = ok(client.post("/api/2.0/token/create", json={}))["token_info"]["token_id"]
    with with_token(mock, "dapi-alice") as alice:
        err(alice.get(f"{B}/tokens"), 403, "PERMISSION_DENIED")
        err(alice.get(f"{B}/tokens/{token_id}"), 403, "PERMISSION_DENIED")
        err(alice.delete(f"{B}/tokens/{token_id}"), 403, "PERMISSION_DENIED")
        body = {"application_id": APP_ID, "lifetime_seconds": 60}
        err(alice.post(f"{B}/on-behalf-of/tokens", json=body), 403, "PERMISSION_DENIED")
    assert [t["token_id"] for t in listed(client)] == [token_id]


def test_members_of_admins_group_are_admins(mock: MockServer, client: httpx.Client) -> None:
    ok(client.post("/api/2.0/groups/add-member", json={"user_name": ALICE, "parent_name": "admins"}))
    with with_token(mock, "dapi-alice") as alice:
        assert ok(alice.get(f"{B}/tokens")) == {}


# --- PATCH /api/2.0/token-management/tokens/{id} (databricks-sdk 0.162.0 update_token_management) -----------


def test_admin_updates_any_token_and_gets_its_info(client: httpx.Client, mock: MockServer) -> None:
    with with_token(mock, "dapi-alice") as alice:
        token_id = ok(alice.post("/api/2.0/token/create", json={"comment": "alice's"}))["token_info"]["token_id"]
        body = {"token": {"comment": "audited", "scopes": ["sql"]}, "update_mask": "comment,scopes"}
        err(alice.patch(f"{B}/tokens/{token_id}", json=body), 403, "PERMISSION_DENIED")
        info = ok(client.patch(f"{B}/tokens/{token_id}", json=body))
        assert info["token_id"] == token_id and info["comment"] == "audited" and info["scopes"] == ["sql"]
        assert info["created_by_username"] == ALICE
        mine = ok(alice.get("/api/2.0/token/list"))["token_infos"]
        assert mine[0]["comment"] == "audited"
    r = client.patch(f"{B}/tokens/{token_id}", json={"token": {}, "update_mask": "owner_id"})
    err(r, 400, "INVALID_PARAMETER_VALUE")
    r = client.patch(f"{B}/tokens/{'f' * 64}", json={"token": {}, "update_mask": "comment"})
    err(r, 404, "RESOURCE_DOES_NOT_EXIST")


def test_on_behalf_of_token_with_autoscope_and_patch_with_a_whole_token_info(
    client: httpx.Client, mock: MockServer
) -> None:
    # databricks-sdk 0.162.0: create_obo_token(autoscope_enabled=...) and update_token_management(token=TokenInfo)
    # (the whole TokenInfo is sent; its output-only fields are ignored).
    service_principal(client, mock, APP_ID)
    body = {"application_id": APP_ID, "lifetime_seconds": 3600, "autoscope_enabled": True}
    info = ok(client.post(f"{B}/on-behalf-of/tokens", json=body))["token_info"]
    assert info["autoscope_state"] == "AUTOSCOPE_STATE_RUNNING"
    sent = dict(info, comment="renamed", owner_id=1, created_by_username="someone", workspace_id=7, last_used_day=0)
    updated = ok(client.patch(f"{B}/tokens/{info['token_id']}", json={"token": sent, "update_mask": "comment"}))
    assert updated == dict(info, comment="renamed")
