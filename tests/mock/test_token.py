"""Personal access tokens in the mock: created tokens authenticate, expire, are revoked, quota and workspace
settings (api-inventory §1.10, §2.5)."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import err, ok, users_config, with_token

ALICE = "alice@example.com"
B = "/api/2.0/token"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config({"dapi-alice": ALICE})


def infos(c: httpx.Client) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = ok(c.get(f"{B}/list")).get("token_infos", [])
    return result


def test_created_token_authenticates_as_its_creator(mock: MockServer) -> None:
    with with_token(mock, "dapi-alice") as alice:
        assert ok(alice.get(f"{B}/list")) == {}
        now = mock.env.clock.now_ms()
        created = ok(alice.post(f"{B}/create", json={"comment": "ci"}))
        value, info = created["token_value"], created["token_info"]
        assert re.fullmatch(r"dapi[0-9a-f]{32}", value)
        assert re.fullmatch(r"[0-9a-f]{64}", info["token_id"])
        assert info == {"token_id": info["token_id"], "creation_time": now, "expiry_time": -1, "comment": "ci"}
    with with_token(mock, value) as new:
        # the new token is Alice's: her token list, and not an admin
        assert infos(new) == [info]
        err(new.get("/api/2.0/groups/list"), 403, "PERMISSION_DENIED")
    # Basic auth with user "token" accepts it too
    with httpx.Client(base_url="http://mock", transport=mock.transport(), auth=("token", value)) as basic:
        assert infos(basic) == [info]
    assert mock.env.service("token").user_for_token(value) == ALICE  # type: ignore[attr-defined]
    assert mock.env.service("token").user_for_token("dapi" + "0" * 32) is None  # type: ignore[attr-defined]


def test_lifetime_and_expiry(client: httpx.Client, mock: MockServer) -> None:
    now = mock.env.clock.now_ms()
    created = ok(client.post(f"{B}/create", json={"lifetime_seconds": 100, "comment": "short"}))
    assert created["token_info"]["expiry_time"] == now + 100_000
    forever = ok(client.post(f"{B}/create", json={"lifetime_seconds": 0}))["token_info"]
    assert forever["expiry_time"] == -1 and "comment" not in forever
    negative = ok(client.post(f"{B}/create", json={"lifetime_seconds": -1}))["token_info"]
    assert negative["expiry_time"] == -1
    with with_token(mock, created["token_value"]) as short:
        mock.advance(99)
        assert short.get(f"{B}/list").status_code == 200
        mock.advance(1)
        err(short.get(f"{B}/list"), 401, "UNAUTHENTICATED")
    assert infos(client) == [forever, negative]
    err(
        client.post(f"{B}/delete", json={"token_id": created["token_info"]["token_id"]}), 404, "RESOURCE_DOES_NOT_EXIST"
    )


def test_delete_revokes_at_once(client: httpx.Client, mock: MockServer) -> None:
    created = ok(client.post(f"{B}/create", json={}))
    token_id = created["token_info"]["token_id"]
    with with_token(mock, created["token_value"]) as tok:
        assert tok.get(f"{B}/list").status_code == 200
        ok(client.post(f"{B}/delete", json={"token_id": token_id}))
        err(tok.get(f"{B}/list"), 401, "UNAUTHENTICATED")
    assert infos(client) == []
    err(client.post(f"{B}/delete", json={"token_id": token_id}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.post(f"{B}/delete", json={"token_id": "nope"}), 404, "RESOURCE_DOES_NOT_EXIST")


def test_users_see_and_delete_only_their_own_tokens(client: httpx.Client, mock: MockServer) -> None:
    mine = ok(client.post(f"{B}/create", json={"comment": "admin's"}))
    with with_token(mock, "dapi-alice") as alice:
        hers = ok(alice.post(f"{B}/create", json={"comment": "alice's"}))
        assert infos(alice) == [hers["token_info"]]
        err(
            alice.post(f"{B}/delete", json={"token_id": mine["token_info"]["token_id"]}), 404, "RESOURCE_DOES_NOT_EXIST"
        )
    assert infos(client) == [mine["token_info"]]
    with with_token(mock, mine["token_value"]) as tok:
        assert tok.get(f"{B}/list").status_code == 200


def test_quota_of_600_unexpired_tokens_per_user(client: httpx.Client, mock: MockServer) -> None:
    first = ok(client.post(f"{B}/create", json={"lifetime_seconds": 10}))
    for _ in range(599):
        assert client.post(f"{B}/create", json={}).status_code == 200
    err(client.post(f"{B}/create", json={}), 400, "QUOTA_EXCEEDED")
    assert len(infos(client)) == 600
    # other users have their own quota
    with with_token(mock, "dapi-alice") as alice:
        ok(alice.post(f"{B}/create", json={}))
    # an expired token no longer counts
    mock.advance(10)
    assert first["token_info"]["token_id"] not in {i["token_id"] for i in infos(client)}
    ok(client.post(f"{B}/create", json={}))
    err(client.post(f"{B}/create", json={}), 400, "QUOTA_EXCEEDED")


def test_workspace_can_disable_tokens(client: httpx.Client, mock: MockServer) -> None:
    created = ok(client.post(f"{B}/create", json={}))
    ok(client.patch("/api/2.0/workspace-conf", json={"enableTokensConfig": "false"}))
    err(client.post(f"{B}/create", json={}), 403, "PERMISSION_DENIED")
    with with_token(mock, created["token_value"]) as tok:
        err(tok.get(f"{B}/list"), 401, "UNAUTHENTICATED")
        ok(client.patch("/api/2.0/workspace-conf", json={"enableTokensConfig": "true"}))
        assert tok.get(f"{B}/list").status_code == 200
    assert len(infos(client)) == 1


def test_max_token_lifetime_days(client: httpx.Client) -> None:
    ok(client.patch("/api/2.0/workspace-conf", json={"maxTokenLifetimeDays": "1"}))
    err(client.post(f"{B}/create", json={}), 400, "INVALID_PARAMETER_VALUE")
    err(client.post(f"{B}/create", json={"lifetime_seconds": 86401}), 400, "INVALID_PARAMETER_VALUE")
    ok(client.post(f"{B}/create", json={"lifetime_seconds": 86400}))
    assert len(infos(client)) == 1
    ok(client.patch("/api/2.0/workspace-conf", json={"maxTokenLifetimeDays": ""}))
    ok(client.post(f"{B}/create", json={}))


def test_bad_lifetime_type_and_overflow(client: httpx.Client) -> None:
    err(client.post(f"{B}/create", json={"lifetime_seconds": "soon"}), 400, "MALFORMED_REQUEST")
    err(client.post(f"{B}/create", json={"lifetime_seconds": 2**62}), 400, "INVALID_PARAMETER_VALUE")
    assert infos(client) == []


def test_token_values_are_deterministic(mock_config: MockConfig) -> None:
    values = []
    for _ in range(2):
        with MockServer(mock_config) as m, with_token(m, "dapi-test-token") as c:
            values.append([ok(c.post(f"{B}/create", json={}))["token_value"] for _ in range(3)])
    assert values[0] == values[1] and len(set(values[0])) == 3


def test_reset_revokes_created_tokens(client: httpx.Client, mock: MockServer) -> None:
    created = ok(client.post(f"{B}/create", json={}))
    mock.reset()
    with with_token(mock, created["token_value"]) as tok:
        err(tok.get(f"{B}/list"), 401, "UNAUTHENTICATED")


# --- scopes and PATCH /api/2.0/token/{token_id} (databricks-sdk 0.162.0 TokensAPI.create/update) --------------


def test_scopes_are_stored_and_listed(client: httpx.Client) -> None:
    created = ok(client.post(f"{B}/create", json={"comment": "c", "scopes": ["sql", "all-apis"]}))
    assert created["token_info"]["scopes"] == ["sql", "all-apis"]
    assert infos(client)[0]["scopes"] == ["sql", "all-apis"]


def test_patch_changes_the_fields_of_the_mask_only(client: httpx.Client) -> None:
    token_id = ok(client.post(f"{B}/create", json={"comment": "old", "scopes": ["sql"]}))["token_info"]["token_id"]
    body = {"token": {"comment": "new", "scopes": ["all-apis"]}, "update_mask": "comment"}
    assert ok(client.patch(f"{B}/{token_id}", json=body)) == {}
    assert infos(client)[0]["comment"] == "new" and infos(client)[0]["scopes"] == ["sql"]
    ok(client.patch(f"{B}/{token_id}", json={"token": {"scopes": ["all-apis"]}, "update_mask": "comment,scopes"}))
    info = infos(client)[0]
    assert "comment" not in info and info["scopes"] == ["all-apis"]  # named by the mask, left out: cleared
    ok(client.patch(f"{B}/{token_id}", json={"token": {"comment": "all"}, "update_mask": "*"}))
    after = infos(client)[0]
    assert after["comment"] == "all" and "scopes" not in after  # `*`: every updatable field


def test_patch_refuses_other_fields_and_other_users_tokens(client: httpx.Client, mock: MockServer) -> None:
    token_id = ok(client.post(f"{B}/create", json={"comment": "c"}))["token_info"]["token_id"]
    for mask in ("expiry_time", "comment,token_id", ""):
        err(client.patch(f"{B}/{token_id}", json={"token": {}, "update_mask": mask}), 400, "INVALID_PARAMETER_VALUE")
    assert infos(client)[0]["comment"] == "c"
    with with_token(mock, "dapi-alice") as alice:
        r = alice.patch(f"{B}/{token_id}", json={"token": {"comment": "x"}, "update_mask": "comment"})
        err(r, 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.patch(f"{B}/{'0' * 64}", json={"token": {}, "update_mask": "comment"}), 404, "RESOURCE_DOES_NOT_EXIST")


def test_autoscope_enabled_token_reports_its_autoscope_state(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 TokensAPI.create(autoscope_enabled=...): "When true, the token will automatically
    # collect inferred API path scopes as it is used" -> iam.AutoscopeState.AUTOSCOPE_STATE_RUNNING.
    created = ok(client.post(f"{B}/create", json={"comment": "auto", "autoscope_enabled": True}))
    assert created["token_info"]["autoscope_state"] == "AUTOSCOPE_STATE_RUNNING"
    plain = ok(client.post(f"{B}/create", json={"comment": "plain", "autoscope_enabled": False}))
    assert "autoscope_state" not in plain["token_info"]
    by_comment = {t["comment"]: t for t in infos(client)}
    assert by_comment["auto"]["autoscope_state"] == "AUTOSCOPE_STATE_RUNNING"
    assert "autoscope_state" not in by_comment["plain"]
    err(client.post(f"{B}/create", json={"autoscope_enabled": "yes"}), 400, "MALFORMED_REQUEST")


def test_patch_ignores_the_output_only_fields_the_sdk_sends_back(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 TokensAPI.update sends a whole PublicTokenInfo as `token`: a token info read from
    # the list, changed and sent back must work, and its output-only fields change nothing.
    token_id = ok(client.post(f"{B}/create", json={"comment": "old", "lifetime_seconds": 60}))["token_info"]["token_id"]
    info = dict(infos(client)[0], comment="new", expiry_time=-1, token_id="0" * 64, creation_time=1)
    info.update(inferred_scopes=["/api/2.0/clusters"], backfill_scopes=[], autoscope_state="AUTOSCOPE_STATE_DISABLED")
    assert ok(client.patch(f"{B}/{token_id}", json={"token": info, "update_mask": "comment"})) == {}
    after = infos(client)[0]
    assert after["token_id"] == token_id and after["comment"] == "new" and after["expiry_time"] != -1
    assert "autoscope_state" not in after and "inferred_scopes" not in after
