"""Groups API 2.0 in the mock and the shared principal store (api-inventory §1.12)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import ApiError, MockConfig, MockServer

from tests.mock.helpers import ADMIN, USER, err, ok, users_config

ALICE = "alice@example.com"
BOB = "bob@example.com"
B = "/api/2.0/groups"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config({"dapi-alice": ALICE}, passwords={BOB: "secret"})


def members(c: httpx.Client, group: str) -> list[dict[str, str]]:
    result: list[dict[str, str]] = ok(c.get(f"{B}/list-members", params={"group_name": group})).get("members", [])
    return result


def parents(c: httpx.Client, **params: str) -> list[str]:
    result: list[str] = ok(c.get(f"{B}/list-parents", params=params)).get("group_names", [])
    return result


def add(c: httpx.Client, parent: str, **member: str) -> httpx.Response:
    return c.post(f"{B}/add-member", json={"parent_name": parent, **member})


def test_builtin_groups_and_configured_users(client: httpx.Client) -> None:
    assert ok(client.get(f"{B}/list")) == {"group_names": ["admins", "users"]}
    assert members(client, "admins") == [{"user_name": ADMIN}]
    assert sorted(m["user_name"] for m in members(client, "users")) == [ADMIN, ALICE, BOB, USER]
    assert parents(client, user_name=ADMIN) == ["admins", "users"]
    assert parents(client, user_name=BOB) == ["users"]


def test_create_list_and_delete(client: httpx.Client) -> None:
    assert ok(client.post(f"{B}/create", json={"group_name": "Muggles"})) == {"group_name": "Muggles"}
    assert ok(client.post(f"{B}/create", json={"group_name": "Dumbledore's Army"})) == {
        "group_name": "Dumbledore's Army"
    }
    assert ok(client.get(f"{B}/list"))["group_names"] == ["admins", "Dumbledore's Army", "Muggles", "users"]
    err(client.post(f"{B}/create", json={"group_name": "Muggles"}), 400, "RESOURCE_ALREADY_EXISTS")
    assert ok(client.get(f"{B}/list-members", params={"group_name": "Muggles"})) == {}
    assert ok(client.post(f"{B}/delete", json={"group_name": "Muggles"})) == {}
    err(client.post(f"{B}/delete", json={"group_name": "Muggles"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{B}/list-members", params={"group_name": "Muggles"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.post(f"{B}/create", json={"group_name": ""}), 400, "INVALID_PARAMETER_VALUE")
    assert ok(client.get(f"{B}/list"))["group_names"] == ["admins", "Dumbledore's Army", "users"]


def test_builtin_groups_cannot_be_deleted(client: httpx.Client) -> None:
    for name in ("admins", "users"):
        err(client.post(f"{B}/delete", json={"group_name": name}), 400, "INVALID_PARAMETER_VALUE")
    assert ok(client.get(f"{B}/list"))["group_names"] == ["admins", "users"]


def test_members_and_parents_are_direct_only(client: httpx.Client, mock: MockServer) -> None:
    for g in ("Gryffindor", "Gryffindor Faculty", "Faculty"):
        ok(client.post(f"{B}/create", json={"group_name": g}))
    assert ok(add(client, "Gryffindor", user_name=ALICE)) == {}
    ok(add(client, "Gryffindor", group_name="Gryffindor Faculty"))
    ok(add(client, "Faculty", group_name="Gryffindor Faculty"))
    ok(add(client, "Gryffindor Faculty", user_name=BOB))
    ok(add(client, "Gryffindor", user_name=ALICE))  # already a member: no-op
    assert members(client, "Gryffindor") == [{"user_name": ALICE}, {"group_name": "Gryffindor Faculty"}]
    assert parents(client, group_name="Gryffindor Faculty") == ["Faculty", "Gryffindor"]
    assert parents(client, user_name=BOB) == ["Gryffindor Faculty", "users"]
    assert ok(client.get(f"{B}/list-parents", params={"group_name": "Faculty"})) == {}
    groups: Any = mock.env.service("groups")
    assert groups.groups_of(BOB) == {"Gryffindor Faculty", "Gryffindor", "Faculty", "users"}
    assert groups.is_member("Gryffindor", BOB) and not groups.is_member("admins", BOB)


def test_membership_errors_change_nothing(client: httpx.Client) -> None:
    ok(client.post(f"{B}/create", json={"group_name": "G"}))
    err(add(client, "G", user_name="nobody@example.com"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(add(client, "G", group_name="nope"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(add(client, "nope", user_name=ALICE), 404, "RESOURCE_DOES_NOT_EXIST")
    err(add(client, "G", user_name=ALICE, group_name="admins"), 400, "INVALID_PARAMETER_VALUE")
    err(add(client, "G"), 400, "INVALID_PARAMETER_VALUE")
    err(client.post(f"{B}/add-member", json={"user_name": ALICE}), 400, "INVALID_PARAMETER_VALUE")
    err(client.get(f"{B}/list-parents"), 400, "INVALID_PARAMETER_VALUE")
    err(client.get(f"{B}/list-parents", params={"user_name": ALICE, "group_name": "G"}), 400, "INVALID_PARAMETER_VALUE")
    err(client.get(f"{B}/list-parents", params={"user_name": "nobody@example.com"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{B}/list-parents", params={"group_name": "nope"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.get(f"{B}/list-members"), 400, "INVALID_PARAMETER_VALUE")
    assert members(client, "G") == []


def test_groups_cannot_contain_themselves(client: httpx.Client) -> None:
    for g in ("A", "B", "C"):
        ok(client.post(f"{B}/create", json={"group_name": g}))
    ok(add(client, "A", group_name="B"))
    ok(add(client, "B", group_name="C"))
    err(add(client, "A", group_name="A"), 400, "INVALID_PARAMETER_VALUE")
    err(add(client, "C", group_name="A"), 400, "INVALID_PARAMETER_VALUE")
    assert members(client, "C") == []


def test_remove_member(client: httpx.Client) -> None:
    ok(client.post(f"{B}/create", json={"group_name": "Students"}))
    ok(client.post(f"{B}/create", json={"group_name": "Inquisitorial Squad"}))
    ok(add(client, "Students", user_name=ALICE))
    ok(add(client, "Students", group_name="Inquisitorial Squad"))
    assert ok(client.post(f"{B}/remove-member", json={"user_name": ALICE, "parent_name": "Students"})) == {}
    ok(client.post(f"{B}/remove-member", json={"user_name": ALICE, "parent_name": "Students"}))  # no longer: no-op
    assert members(client, "Students") == [{"group_name": "Inquisitorial Squad"}]
    err(
        client.post(f"{B}/remove-member", json={"user_name": ALICE, "parent_name": "nope"}),
        404,
        "RESOURCE_DOES_NOT_EXIST",
    )
    err(
        client.post(f"{B}/remove-member", json={"user_name": ALICE, "parent_name": "users"}),
        400,
        "INVALID_PARAMETER_VALUE",
    )
    assert {"user_name": ALICE} in members(client, "users")
    # deleting a member group removes it from its parents; users stay
    ok(add(client, "Inquisitorial Squad", user_name=BOB))
    ok(client.post(f"{B}/delete", json={"group_name": "Inquisitorial Squad"}))
    assert members(client, "Students") == []
    assert parents(client, user_name=BOB) == ["users"]


def test_admin_only(mock: MockServer, client: httpx.Client) -> None:
    with httpx.Client(base_url="http://mock", transport=mock.transport(), auth=(BOB, "secret")) as bob:
        err(bob.get(f"{B}/list"), 403, "PERMISSION_DENIED")
        err(bob.get(f"{B}/list-members", params={"group_name": "users"}), 403, "PERMISSION_DENIED")
        err(bob.get(f"{B}/list-parents", params={"user_name": BOB}), 403, "PERMISSION_DENIED")
        err(bob.post(f"{B}/create", json={"group_name": "mine"}), 403, "PERMISSION_DENIED")
        err(add(bob, "admins", user_name=BOB), 403, "PERMISSION_DENIED")
        err(
            bob.post(f"{B}/remove-member", json={"user_name": ADMIN, "parent_name": "admins"}), 403, "PERMISSION_DENIED"
        )
        err(bob.post(f"{B}/delete", json={"group_name": "admins"}), 403, "PERMISSION_DENIED")
        # membership of admins, also through a nested group, makes an admin
        ok(client.post(f"{B}/create", json={"group_name": "ops"}))
        ok(add(client, "admins", group_name="ops"))
        ok(add(client, "ops", user_name=BOB))
        assert ok(bob.get(f"{B}/list"))["group_names"] == ["admins", "ops", "users"]
        ok(client.post(f"{B}/remove-member", json={"user_name": BOB, "parent_name": "ops"}))
        err(bob.get(f"{B}/list"), 403, "PERMISSION_DENIED")
    assert ok(client.get(f"{B}/list"))["group_names"] == ["admins", "ops", "users"]


def test_python_api_for_scim(mock: MockServer, client: httpx.Client) -> None:
    groups: Any = mock.env.service("groups")
    groups.ensure_user("carol@example.com")
    groups.ensure_user("carol@example.com")
    assert groups.user_exists("carol@example.com") and not groups.user_exists("dave@example.com")
    groups.create_group("eng")
    assert groups.group_exists("eng") and "eng" in groups.groups()
    with pytest.raises(ApiError) as exc:
        groups.create_group("eng")
    assert exc.value.error_code == "RESOURCE_ALREADY_EXISTS"
    groups.add_member("eng", user_name="carol@example.com")
    assert groups.members("eng") == [{"user_name": "carol@example.com"}]
    assert groups.parents(user_name="carol@example.com") == ["eng", "users"]
    assert members(client, "eng") == [{"user_name": "carol@example.com"}]
    groups.rename_group("eng", "engineering")
    assert parents(client, user_name="carol@example.com") == ["engineering", "users"]
    groups.remove_member("engineering", user_name="carol@example.com")
    assert groups.members("engineering") == []
    groups.add_member("engineering", user_name="carol@example.com")
    groups.delete_user("carol@example.com")
    assert groups.members("engineering") == [] and "carol@example.com" not in groups.users()
    groups.delete_group("engineering")
    assert not groups.group_exists("engineering")
    with pytest.raises(ApiError) as exc:
        groups.members("engineering")
    assert exc.value.status == 404


def test_reset_restores_the_initial_principals(mock: MockServer, client: httpx.Client) -> None:
    ok(client.post(f"{B}/create", json={"group_name": "G"}))
    ok(client.post(f"{B}/remove-member", json={"user_name": ADMIN, "parent_name": "admins"}))
    mock.reset()
    assert ok(client.get(f"{B}/list")) == {"group_names": ["admins", "users"]}
    assert members(client, "admins") == [{"user_name": ADMIN}]
