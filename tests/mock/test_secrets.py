"""Secrets in the mock: scopes, secrets, ACLs, limits and permissions (api-inventory §1.9, §2.5)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ADMIN, err, ok, users_config, with_token

ALICE = "alice@example.com"
BOB = "bob@example.com"
B = "/api/2.0/secrets"
AKV = {
    "resource_id": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv",
    "dns_name": "https://kv.vault.azure.net/",
}


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config({"dapi-alice": ALICE, "dapi-bob": BOB})


@pytest.fixture
def alice(mock: MockServer) -> Iterator[httpx.Client]:
    with with_token(mock, "dapi-alice") as c:
        yield c


@pytest.fixture
def bob(mock: MockServer) -> Iterator[httpx.Client]:
    with with_token(mock, "dapi-bob") as c:
        yield c


def scopes(c: httpx.Client) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = ok(c.get(f"{B}/scopes/list")).get("scopes", [])
    return result


def keys(c: httpx.Client, scope: str) -> list[str]:
    return [s["key"] for s in ok(c.get(f"{B}/list", params={"scope": scope})).get("secrets", [])]


def test_scope_lifecycle_and_listing(client: httpx.Client) -> None:
    assert ok(client.get(f"{B}/scopes/list")) == {}
    assert ok(client.post(f"{B}/scopes/create", json={"scope": "my-scope"})) == {}
    assert scopes(client) == [{"name": "my-scope", "backend_type": "DATABRICKS"}]
    err(client.post(f"{B}/scopes/create", json={"scope": "my-scope"}), 400, "RESOURCE_ALREADY_EXISTS")
    assert ok(client.get(f"{B}/list", params={"scope": "my-scope"})) == {}
    assert ok(client.post(f"{B}/scopes/delete", json={"scope": "my-scope"})) == {}
    assert scopes(client) == []
    err(client.post(f"{B}/scopes/delete", json={"scope": "my-scope"}), 404, "RESOURCE_DOES_NOT_EXIST")


@pytest.mark.parametrize("name", ["has space", "slash/name", "x" * 129, "", "ümlaut"])
def test_invalid_scope_names_are_rejected(client: httpx.Client, name: str) -> None:
    err(client.post(f"{B}/scopes/create", json={"scope": name}), 400, "INVALID_PARAMETER_VALUE")
    assert scopes(client) == []


def test_longest_valid_scope_name(client: httpx.Client) -> None:
    name = "A-z_0.9" + "x" * 121
    assert len(name) == 128
    ok(client.post(f"{B}/scopes/create", json={"scope": name}))
    assert [s["name"] for s in scopes(client)] == [name]


def test_at_most_100_scopes(client: httpx.Client) -> None:
    for i in range(100):
        ok(client.post(f"{B}/scopes/create", json={"scope": f"s{i}"}))
    err(client.post(f"{B}/scopes/create", json={"scope": "one-more"}), 400, "RESOURCE_LIMIT_EXCEEDED")
    assert len(scopes(client)) == 100
    ok(client.post(f"{B}/scopes/delete", json={"scope": "s0"}))
    ok(client.post(f"{B}/scopes/create", json={"scope": "one-more"}))


def test_put_list_overwrite_and_delete_secrets(client: httpx.Client, mock: MockServer) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    t0 = mock.env.clock.now_ms()
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "str-key", "string_value": "foobar"}))
    raw = bytes(range(256))
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "byte.key", "bytes_value": base64.b64encode(raw).decode()}))
    listed = ok(client.get(f"{B}/list", params={"scope": "s"}))["secrets"]
    assert listed == [
        {"key": "str-key", "last_updated_timestamp": t0},
        {"key": "byte.key", "last_updated_timestamp": t0},
    ]
    secrets_svc: Any = mock.env.service("secrets")
    assert secrets_svc.secret_value("s", "str-key") == b"foobar"
    assert secrets_svc.secret_value("s", "byte.key") == raw
    mock.advance(60)
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "str-key", "string_value": "new"}))
    stamps = {
        s["key"]: s["last_updated_timestamp"] for s in ok(client.get(f"{B}/list", params={"scope": "s"}))["secrets"]
    }
    assert stamps == {"str-key": t0 + 60_000, "byte.key": t0}
    assert secrets_svc.secret_value("s", "str-key") == b"new"
    ok(client.post(f"{B}/delete", json={"scope": "s", "key": "str-key"}))
    assert keys(client, "s") == ["byte.key"]
    err(client.post(f"{B}/delete", json={"scope": "s", "key": "str-key"}), 404, "RESOURCE_DOES_NOT_EXIST")


def test_exactly_one_value_field(client: httpx.Client) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    both = {"scope": "s", "key": "k", "string_value": "a", "bytes_value": "YQ=="}
    err(client.post(f"{B}/put", json=both), 400, "MALFORMED_REQUEST")
    err(client.post(f"{B}/put", json={"scope": "s", "key": "k"}), 400, "MALFORMED_REQUEST")
    assert keys(client, "s") == []


def test_value_and_key_limits(client: httpx.Client) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "max", "string_value": "x" * 131072}))
    err(
        client.post(f"{B}/put", json={"scope": "s", "key": "big", "string_value": "x" * 131073}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    # the limit is in bytes: 65537 two-byte characters are 131074 bytes
    err(
        client.post(f"{B}/put", json={"scope": "s", "key": "big", "string_value": "é" * 65537}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    big = base64.b64encode(b"\0" * 131073).decode()
    err(client.post(f"{B}/put", json={"scope": "s", "key": "big", "bytes_value": big}), 400, "INVALID_PARAMETER_VALUE")
    ok(
        client.post(
            f"{B}/put", json={"scope": "s", "key": "maxb", "bytes_value": base64.b64encode(b"\0" * 131072).decode()}
        )
    )
    for bad_key in ("a b", "k" * 129, "x/y"):
        err(
            client.post(f"{B}/put", json={"scope": "s", "key": bad_key, "string_value": "v"}),
            400,
            "INVALID_PARAMETER_VALUE",
        )
    assert keys(client, "s") == ["max", "maxb"]


def test_at_most_1000_secrets_per_scope(client: httpx.Client, mock: MockServer) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    for i in range(1000):
        assert client.post(f"{B}/put", json={"scope": "s", "key": f"k{i}", "string_value": "v"}).status_code == 200
    err(
        client.post(f"{B}/put", json={"scope": "s", "key": "k1000", "string_value": "v"}),
        400,
        "RESOURCE_LIMIT_EXCEEDED",
    )
    # overwriting an existing key is not a new secret
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "k0", "string_value": "w"}))
    assert len(keys(client, "s")) == 1000
    secrets_svc: Any = mock.env.service("secrets")
    assert secrets_svc.secret_value("s", "k1000") is None


def test_unknown_scope_everywhere(client: httpx.Client) -> None:
    err(
        client.post(f"{B}/put", json={"scope": "nope", "key": "k", "string_value": "v"}), 404, "RESOURCE_DOES_NOT_EXIST"
    )
    err(client.post(f"{B}/delete", json={"scope": "nope", "key": "k"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{B}/list", params={"scope": "nope"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(
        client.post(f"{B}/acls/put", json={"scope": "nope", "principal": "users", "permission": "READ"}),
        404,
        "RESOURCE_DOES_NOT_EXIST",
    )
    err(client.post(f"{B}/acls/delete", json={"scope": "nope", "principal": "users"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{B}/acls/get", params={"scope": "nope", "principal": "users"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{B}/acls/list", params={"scope": "nope"}), 404, "RESOURCE_DOES_NOT_EXIST")


def test_creator_gets_manage_and_others_need_acls(client: httpx.Client, alice: httpx.Client, bob: httpx.Client) -> None:
    ok(alice.post(f"{B}/scopes/create", json={"scope": "team"}))
    assert ok(alice.get(f"{B}/acls/list", params={"scope": "team"})) == {
        "items": [{"principal": ALICE, "permission": "MANAGE"}]
    }
    ok(alice.post(f"{B}/put", json={"scope": "team", "key": "k", "string_value": "v"}))
    # every user sees every scope, but not its contents
    assert [s["name"] for s in scopes(bob)] == ["team"]
    err(bob.get(f"{B}/list", params={"scope": "team"}), 403, "PERMISSION_DENIED")
    err(bob.post(f"{B}/put", json={"scope": "team", "key": "k", "string_value": "x"}), 403, "PERMISSION_DENIED")
    err(bob.get(f"{B}/acls/list", params={"scope": "team"}), 403, "PERMISSION_DENIED")
    err(bob.post(f"{B}/scopes/delete", json={"scope": "team"}), 403, "PERMISSION_DENIED")
    # READ: list only
    ok(alice.post(f"{B}/acls/put", json={"scope": "team", "principal": BOB, "permission": "READ"}))
    assert keys(bob, "team") == ["k"]
    err(bob.post(f"{B}/put", json={"scope": "team", "key": "k", "string_value": "x"}), 403, "PERMISSION_DENIED")
    err(bob.post(f"{B}/delete", json={"scope": "team", "key": "k"}), 403, "PERMISSION_DENIED")
    # WRITE: put and delete, but no ACL management or scope deletion
    ok(alice.post(f"{B}/acls/put", json={"scope": "team", "principal": BOB, "permission": "WRITE"}))
    ok(bob.post(f"{B}/put", json={"scope": "team", "key": "k2", "string_value": "x"}))
    err(bob.get(f"{B}/acls/get", params={"scope": "team", "principal": BOB}), 403, "PERMISSION_DENIED")
    err(bob.post(f"{B}/scopes/delete", json={"scope": "team"}), 403, "PERMISSION_DENIED")
    # admins have MANAGE on every scope without an ACL
    assert ok(client.get(f"{B}/acls/get", params={"scope": "team", "principal": BOB})) == {
        "principal": BOB,
        "permission": "WRITE",
    }
    ok(client.post(f"{B}/scopes/delete", json={"scope": "team"}))
    assert scopes(alice) == []


def test_permissions_through_groups(client: httpx.Client, alice: httpx.Client, bob: httpx.Client) -> None:
    ok(alice.post(f"{B}/scopes/create", json={"scope": "team"}))
    ok(client.post("/api/2.0/groups/create", json={"group_name": "data-scientists"}))
    ok(client.post("/api/2.0/groups/create", json={"group_name": "analysts"}))
    ok(client.post("/api/2.0/groups/add-member", json={"group_name": "analysts", "parent_name": "data-scientists"}))
    ok(client.post("/api/2.0/groups/add-member", json={"user_name": BOB, "parent_name": "analysts"}))
    err(bob.get(f"{B}/list", params={"scope": "team"}), 403, "PERMISSION_DENIED")
    ok(alice.post(f"{B}/acls/put", json={"scope": "team", "principal": "data-scientists", "permission": "READ"}))
    assert ok(bob.get(f"{B}/list", params={"scope": "team"})) == {}
    # the highest of the user's and its groups' permissions counts
    ok(alice.post(f"{B}/acls/put", json={"scope": "team", "principal": "users", "permission": "WRITE"}))
    ok(bob.post(f"{B}/put", json={"scope": "team", "key": "k", "string_value": "v"}))
    ok(client.post("/api/2.0/groups/remove-member", json={"group_name": "analysts", "parent_name": "data-scientists"}))
    ok(alice.post(f"{B}/acls/delete", json={"scope": "team", "principal": "users"}))
    err(bob.get(f"{B}/list", params={"scope": "team"}), 403, "PERMISSION_DENIED")


def test_initial_manage_principal_users(alice: httpx.Client, bob: httpx.Client) -> None:
    ok(alice.post(f"{B}/scopes/create", json={"scope": "shared", "initial_manage_principal": "users"}))
    assert ok(bob.get(f"{B}/acls/list", params={"scope": "shared"})) == {
        "items": [{"principal": "users", "permission": "MANAGE"}]
    }
    ok(bob.post(f"{B}/put", json={"scope": "shared", "key": "k", "string_value": "v"}))
    err(
        alice.post(f"{B}/scopes/create", json={"scope": "other", "initial_manage_principal": ALICE}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    assert [s["name"] for s in scopes(alice)] == ["shared"]


def test_acl_put_get_list_delete(client: httpx.Client) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    ok(client.post("/api/2.0/groups/create", json={"group_name": "data-scientists"}))
    ok(client.post(f"{B}/acls/put", json={"scope": "s", "principal": "data-scientists", "permission": "READ"}))
    assert ok(client.get(f"{B}/acls/get", params={"scope": "s", "principal": "data-scientists"})) == {
        "principal": "data-scientists",
        "permission": "READ",
    }
    # put overwrites the principal's permission
    ok(client.post(f"{B}/acls/put", json={"scope": "s", "principal": "data-scientists", "permission": "MANAGE"}))
    assert ok(client.get(f"{B}/acls/list", params={"scope": "s"}))["items"] == [
        {"principal": ADMIN, "permission": "MANAGE"},
        {"principal": "data-scientists", "permission": "MANAGE"},
    ]
    err(
        client.post(f"{B}/acls/put", json={"scope": "s", "principal": "ghosts", "permission": "READ"}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    err(
        client.post(f"{B}/acls/put", json={"scope": "s", "principal": BOB, "permission": "OWN"}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    err(client.get(f"{B}/acls/get", params={"scope": "s", "principal": BOB}), 404, "RESOURCE_DOES_NOT_EXIST")
    ok(client.post(f"{B}/acls/delete", json={"scope": "s", "principal": "data-scientists"}))
    err(
        client.post(f"{B}/acls/delete", json={"scope": "s", "principal": "data-scientists"}),
        404,
        "RESOURCE_DOES_NOT_EXIST",
    )
    assert ok(client.get(f"{B}/acls/list", params={"scope": "s"})) == {
        "items": [{"principal": ADMIN, "permission": "MANAGE"}]
    }


def test_azure_key_vault_scopes_are_read_only(client: httpx.Client) -> None:
    req = {"scope": "kv", "scope_backend_type": "AZURE_KEYVAULT", "backend_azure_keyvault": AKV}
    ok(client.post(f"{B}/scopes/create", json={**req, "initial_manage_principal": "users"}))
    assert scopes(client) == [{"name": "kv", "backend_type": "AZURE_KEYVAULT", "keyvault_metadata": AKV}]
    err(client.post(f"{B}/put", json={"scope": "kv", "key": "k", "string_value": "v"}), 400, "BAD_REQUEST")
    err(client.post(f"{B}/delete", json={"scope": "kv", "key": "k"}), 400, "BAD_REQUEST")
    assert ok(client.get(f"{B}/list", params={"scope": "kv"})) == {}
    err(
        client.post(f"{B}/scopes/create", json={"scope": "kv2", "scope_backend_type": "AZURE_KEYVAULT"}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    err(
        client.post(f"{B}/scopes/create", json={"scope": "kv3", "backend_azure_keyvault": AKV}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    bad_akv = {"scope": "kv4", "scope_backend_type": "AZURE_KEYVAULT", "backend_azure_keyvault": {"dns_name": "x"}}
    err(client.post(f"{B}/scopes/create", json=bad_akv), 400, "INVALID_PARAMETER_VALUE")
    assert [s["name"] for s in scopes(client)] == ["kv"]


def test_deleting_a_scope_drops_its_secrets_and_acls(client: httpx.Client, alice: httpx.Client) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "k", "string_value": "v"}))
    ok(client.post(f"{B}/acls/put", json={"scope": "s", "principal": ALICE, "permission": "READ"}))
    ok(client.post(f"{B}/scopes/delete", json={"scope": "s"}))
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    assert keys(client, "s") == []
    err(alice.get(f"{B}/list", params={"scope": "s"}), 403, "PERMISSION_DENIED")


def test_reset_forgets_everything(client: httpx.Client, mock: MockServer) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    mock.reset()
    assert scopes(client) == []


# --- secrets/get (databricks-sdk 0.162.0 SecretsAPI.get_secret; what dbutils.secrets reads) ------------------


def test_get_returns_the_stored_bytes_base64_encoded(client: httpx.Client) -> None:
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "text", "string_value": "héllo"}))
    raw = bytes(range(256))
    ok(client.post(f"{B}/put", json={"scope": "s", "key": "bin", "bytes_value": base64.b64encode(raw).decode()}))
    got = ok(client.get(f"{B}/get", params={"scope": "s", "key": "text"}))
    assert got == {"key": "text", "value": base64.b64encode("héllo".encode()).decode()}
    got = ok(client.get(f"{B}/get", params={"scope": "s", "key": "bin"}))
    assert base64.b64decode(got["value"]) == raw


def test_get_needs_read_on_the_scope(client: httpx.Client, alice: httpx.Client, bob: httpx.Client) -> None:
    ok(alice.post(f"{B}/scopes/create", json={"scope": "mine"}))
    ok(alice.post(f"{B}/put", json={"scope": "mine", "key": "k", "string_value": "v"}))
    err(bob.get(f"{B}/get", params={"scope": "mine", "key": "k"}), 403, "PERMISSION_DENIED")
    ok(alice.post(f"{B}/acls/put", json={"scope": "mine", "principal": "bob@example.com", "permission": "READ"}))
    assert ok(bob.get(f"{B}/get", params={"scope": "mine", "key": "k"}))["value"] == base64.b64encode(b"v").decode()
    # Admins have MANAGE on every scope.
    assert ok(client.get(f"{B}/get", params={"scope": "mine", "key": "k"}))["key"] == "k"


def test_get_of_an_unknown_scope_or_key_is_resource_does_not_exist(client: httpx.Client) -> None:
    err(client.get(f"{B}/get", params={"scope": "nope", "key": "k"}), 404, "RESOURCE_DOES_NOT_EXIST")
    ok(client.post(f"{B}/scopes/create", json={"scope": "s"}))
    r = client.get(f"{B}/get", params={"scope": "s", "key": "missing"})
    err(r, 404, "RESOURCE_DOES_NOT_EXIST")
    assert "missing" in r.json()["message"]
    err(client.get(f"{B}/get", params={"scope": "s"}), 400, "INVALID_PARAMETER_VALUE")
