"""SCIM 2.0 in the mock: users, groups and service principals shared with the Groups API (api-inventory §1.13)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.errors import ApiError
from dbrest_mock.services.scim import parse_filter

from tests.mock.helpers import ADMIN, USER, ok, users_config

S = "/api/2.0/preview/scim/v2"
USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
SP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
APP_ID = "b4647a57-063a-43e3-a6b4-c9a4e9f9f0b7"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def create_user(client: httpx.Client, user_name: str, **extra: Any) -> dict[str, Any]:
    r = client.post(f"{S}/Users", json={"schemas": [USER_SCHEMA], "userName": user_name, **extra})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def create_group(client: httpx.Client, name: str, **extra: Any) -> dict[str, Any]:
    r = client.post(f"{S}/Groups", json={"schemas": [GROUP_SCHEMA], "displayName": name, **extra})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def patch(client: httpx.Client, path: str, *operations: dict[str, Any]) -> httpx.Response:
    return client.patch(f"{S}/{path}", json={"schemas": [PATCH_SCHEMA], "Operations": list(operations)})


def user_names(client: httpx.Client, **params: Any) -> list[str]:
    return [u["userName"] for u in ok(client.get(f"{S}/Users", params=params)).get("Resources", [])]


def assert_scim_error(r: httpx.Response, status: int, scim_type: str | None = None) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/scim+json")
    body = r.json()
    assert body["schemas"] == [ERROR_SCHEMA] and body["status"] == str(status) and body["detail"]
    if scim_type is not None:
        assert body["scimType"] == scim_type


# --- Me and users -----------------------------------------------------------------------------------------------


def test_me_is_the_caller_with_its_groups(client: httpx.Client) -> None:
    r = client.get(f"{S}/Me")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/scim+json")
    me = r.json()
    assert me["schemas"] == [USER_SCHEMA] and me["userName"] == ADMIN and me["id"].isdigit()
    assert me["active"] is True and me["emails"] == [{"value": ADMIN, "type": "work", "primary": True}]
    assert {g["display"] for g in me["groups"]} == {"admins", "users"}
    assert client.get(f"{S}/Users/{me['id']}").json()["userName"] == ADMIN


def test_create_user_answers_201_and_get_returns_it(client: httpx.Client) -> None:
    body = {
        "displayName": "Example User",
        "name": {"givenName": "Example", "familyName": "User"},
        "entitlements": [{"value": "allow-cluster-create"}],
        "externalId": "ext-1",
    }
    user = create_user(client, "example@databricks.com", **body)
    assert user["id"].isdigit() and user["userName"] == "example@databricks.com"
    assert user["entitlements"] == [{"value": "allow-cluster-create"}]
    assert user["emails"][0]["value"] == "example@databricks.com"
    got = client.get(f"{S}/Users/{user['id']}")
    assert got.status_code == 200 and got.json() == user
    assert got.json()["name"] == {"givenName": "Example", "familyName": "User"}


def test_user_ids_are_deterministic(client: httpx.Client, mock: MockServer) -> None:
    first = create_user(client, "a@example.com")["id"]
    mock.reset()
    assert create_user(client, "a@example.com")["id"] == first


def test_duplicate_user_name_is_a_conflict_case_insensitively(client: httpx.Client) -> None:
    create_user(client, "dup@example.com")
    r = client.post(f"{S}/Users", json={"schemas": [USER_SCHEMA], "userName": "DUP@example.com"})
    assert_scim_error(r, 409, "uniqueness")
    assert user_names(client, filter='userName eq "dup@example.com"') == ["dup@example.com"]


def test_create_requires_the_user_schema_and_existing_groups(client: httpx.Client) -> None:
    r = client.post(f"{S}/Users", json={"schemas": [GROUP_SCHEMA], "userName": "x@example.com"})
    assert_scim_error(r, 400)
    r = client.post(
        f"{S}/Users", json={"schemas": [USER_SCHEMA], "userName": "x@example.com", "groups": [{"value": "1"}]}
    )
    assert_scim_error(r, 404)
    r = client.post(
        f"{S}/Users",
        json={"schemas": [USER_SCHEMA], "userName": "x@example.com", "entitlements": [{"value": "be-root"}]},
    )
    assert r.status_code == 400
    assert "x@example.com" not in user_names(client)


def test_user_created_with_groups_is_a_member_for_the_groups_api(client: httpx.Client) -> None:
    group = create_group(client, "data-scientists")
    create_user(client, "ds@example.com", groups=[{"value": group["id"]}])
    r = client.get("/api/2.0/groups/list-members", params={"group_name": "data-scientists"})
    assert r.json() == {"members": [{"user_name": "ds@example.com"}]}
    r = client.get("/api/2.0/groups/list-members", params={"group_name": "users"})
    assert {"user_name": "ds@example.com"} in r.json()["members"]


def test_groups_api_changes_are_visible_in_scim(client: httpx.Client) -> None:
    create_user(client, "legacy@example.com")
    assert client.post("/api/2.0/groups/create", json={"group_name": "legacy"}).status_code == 200
    r = client.post("/api/2.0/groups/add-member", json={"user_name": "legacy@example.com", "parent_name": "legacy"})
    assert r.status_code == 200
    found = client.get(f"{S}/Groups", params={"filter": 'displayName eq "legacy"'}).json()["Resources"]
    assert [m["display"] for m in found[0]["members"]] == ["legacy@example.com"]
    assert client.post("/api/2.0/groups/delete", json={"group_name": "legacy"}).status_code == 200
    assert client.get(f"{S}/Groups/{found[0]['id']}").status_code == 404


def test_put_replaces_attributes_and_memberships(client: httpx.Client) -> None:
    g1, g2 = create_group(client, "g1"), create_group(client, "g2")
    user = create_user(
        client, "put@example.com", groups=[{"value": g1["id"]}], entitlements=[{"value": "allow-cluster-create"}]
    )
    r = client.put(
        f"{S}/Users/{user['id']}",
        json={"schemas": [USER_SCHEMA], "userName": "put@example.com", "groups": [{"value": g2["id"]}]},
    )
    assert r.status_code == 200, r.text
    replaced = r.json()
    assert {g["display"] for g in replaced["groups"]} == {"g2", "users"}
    assert "entitlements" not in replaced
    r = client.put(f"{S}/Users/{user['id']}", json={"schemas": [USER_SCHEMA], "userName": "other@example.com"})
    assert_scim_error(r, 400, "mutability")
    assert client.get(f"{S}/Users/{user['id']}").json() == replaced


def test_delete_user_removes_it_and_its_memberships(client: httpx.Client) -> None:
    group = create_group(client, "g")
    user = create_user(client, "gone@example.com", groups=[{"value": group["id"]}])
    r = client.delete(f"{S}/Users/{user['id']}")
    assert r.status_code == 204 and r.content == b""
    assert_scim_error(client.get(f"{S}/Users/{user['id']}"), 404)
    assert_scim_error(client.delete(f"{S}/Users/{user['id']}"), 404)
    assert "members" not in client.get(f"{S}/Groups/{group['id']}").json()
    assert "gone@example.com" not in user_names(client)


# --- PATCH ------------------------------------------------------------------------------------------------------


def test_patch_user_entitlements_add_and_remove_by_filter(client: httpx.Client) -> None:
    user = create_user(client, "p@example.com")
    r = patch(
        client,
        f"Users/{user['id']}",
        {"op": "add", "path": "entitlements", "value": [{"value": "allow-cluster-create"}]},
    )
    assert r.status_code == 200, r.text
    assert r.json()["entitlements"] == [{"value": "allow-cluster-create"}]
    r = patch(
        client,
        f"Users/{user['id']}",
        {
            "op": "add",
            "path": "entitlements",
            "value": [{"value": "allow-cluster-create"}, {"value": "workspace-access"}],
        },
    )
    assert [e["value"] for e in r.json()["entitlements"]] == ["allow-cluster-create", "workspace-access"]
    r = patch(client, f"Users/{user['id']}", {"op": "remove", "path": 'entitlements[value eq "allow-cluster-create"]'})
    assert r.json()["entitlements"] == [{"value": "workspace-access"}]
    r = patch(client, f"Users/{user['id']}", {"op": "Replace", "value": {"displayName": "Pat", "active": False}})
    assert r.json()["displayName"] == "Pat" and r.json()["active"] is False


def test_patch_is_all_or_nothing(client: httpx.Client) -> None:
    user = create_user(client, "atomic@example.com", displayName="Before")
    r = patch(
        client,
        f"Users/{user['id']}",
        {"op": "replace", "path": "displayName", "value": "After"},
        {"op": "add", "path": "entitlements", "value": [{"value": "no-such-entitlement"}]},
    )
    assert_scim_error(r, 400, "invalidValue")
    assert client.get(f"{S}/Users/{user['id']}").json() == user


def test_patch_rejects_immutable_and_unknown_paths(client: httpx.Client) -> None:
    user = create_user(client, "imm@example.com")
    r = patch(client, f"Users/{user['id']}", {"op": "replace", "path": "userName", "value": "x@example.com"})
    assert_scim_error(r, 400, "mutability")
    r = patch(client, f"Users/{user['id']}", {"op": "replace", "path": "favouriteColour", "value": "blue"})
    assert_scim_error(r, 400, "invalidPath")
    r = client.patch(f"{S}/Users/{user['id']}", json={"schemas": [USER_SCHEMA], "Operations": [{"op": "add"}]})
    assert_scim_error(r, 400)


@pytest.mark.parametrize(
    ("resource", "operation"),
    [
        ("Users", {"op": "replace", "path": "emails", "value": [{"value": "e@example.com", "primary": "yes"}]}),
        ("Users", {"op": "add", "path": "emails", "value": [{"value": "e@example.com", "type": 7}]}),
        ("Users", {"op": "replace", "path": 'emails[type eq "work"].primary', "value": "x"}),
        ("Users", {"op": "replace", "path": "name", "value": {"givenName": 5}}),
        ("Users", {"op": "replace", "path": "name.familyName", "value": [1]}),
        ("Users", {"op": "add", "path": "roles", "value": [{"value": None}]}),
        ("Groups", {"op": "add", "path": "roles", "value": [{"value": 5}]}),
        ("Groups", {"op": "add", "path": "roles", "value": [{}]}),
        ("Groups", {"op": "add", "path": "members", "value": [{"value": None}]}),
        ("Groups", {"op": "add", "path": "entitlements", "value": [{"value": "workspace-access", "display": 5}]}),
    ],
)
def test_patch_cannot_store_what_put_refuses(client: httpx.Client, resource: str, operation: dict[str, Any]) -> None:
    # The spec's ScimEmail, ScimName, ScimRole, ScimReference and ScimEntitlement types, which POST and PUT bodies
    # are validated against. PATCH stored such values as given (a role "None", an email whose primary is "yes"),
    # and every later answer about the resource then broke its own schema.
    target = create_user(client, "typed@example.com") if resource == "Users" else create_group(client, "typed")
    r = patch(client, f"{resource}/{target['id']}", operation)
    assert_scim_error(r, 400, "invalidValue")
    assert client.get(f"{S}/{resource}/{target['id']}").json() == target


def test_patch_group_members_as_documented(client: httpx.Client) -> None:
    group = create_group(client, "newgroup")
    u1, u2 = create_user(client, "m1@example.com"), create_user(client, "m2@example.com")
    r = patch(
        client, f"Groups/{group['id']}", {"op": "add", "value": {"members": [{"value": u1["id"]}, {"value": u2["id"]}]}}
    )
    assert r.status_code == 200, r.text
    assert [m["value"] for m in r.json()["members"]] == [u1["id"], u2["id"]]
    r = patch(client, f"Groups/{group['id']}", {"op": "remove", "path": f'members[value eq "{u1["id"]}"]'})
    assert [m["display"] for m in r.json()["members"]] == ["m2@example.com"]
    legacy = client.get("/api/2.0/groups/list-members", params={"group_name": "newgroup"}).json()
    assert legacy == {"members": [{"user_name": "m2@example.com"}]}
    r = patch(client, f"Groups/{group['id']}", {"op": "add", "path": "members", "value": [{"value": "999"}]})
    assert_scim_error(r, 404)
    assert [m["display"] for m in client.get(f"{S}/Groups/{group['id']}").json()["members"]] == ["m2@example.com"]


def test_nested_groups_cannot_form_a_cycle(client: httpx.Client) -> None:
    outer = create_group(client, "outer")
    inner = create_group(client, "inner", groups=[{"value": outer["id"]}])
    assert [m["display"] for m in client.get(f"{S}/Groups/{outer['id']}").json()["members"]] == ["inner"]
    r = patch(client, f"Groups/{inner['id']}", {"op": "add", "path": "members", "value": [{"value": outer["id"]}]})
    assert_scim_error(r, 400, "invalidValue")
    assert "members" not in client.get(f"{S}/Groups/{inner['id']}").json()


def test_rename_group(client: httpx.Client) -> None:
    group = create_group(client, "before")
    create_group(client, "taken")
    r = patch(client, f"Groups/{group['id']}", {"op": "replace", "path": "displayName", "value": "taken"})
    assert_scim_error(r, 409, "uniqueness")
    r = patch(client, f"Groups/{group['id']}", {"op": "replace", "path": "displayName", "value": "after"})
    assert r.status_code == 200 and r.json()["displayName"] == "after" and r.json()["id"] == group["id"]
    assert "after" in client.get("/api/2.0/groups/list").json()["group_names"]
    admins = client.get(f"{S}/Groups", params={"filter": 'displayName eq "admins"'}).json()["Resources"][0]
    r = patch(client, f"Groups/{admins['id']}", {"op": "replace", "path": "displayName", "value": "root"})
    assert_scim_error(r, 400)


def test_delete_group_keeps_members_and_protects_builtin_groups(client: httpx.Client) -> None:
    user = create_user(client, "stay@example.com")
    group = create_group(client, "temp", members=[{"value": user["id"]}])
    assert client.delete(f"{S}/Groups/{group['id']}").status_code == 204
    assert_scim_error(client.get(f"{S}/Groups/{group['id']}"), 404)
    assert client.get(f"{S}/Users/{user['id']}").status_code == 200
    users = client.get(f"{S}/Groups", params={"filter": 'displayName eq "users"'}).json()["Resources"][0]
    assert_scim_error(client.delete(f"{S}/Groups/{users['id']}"), 400)


def test_duplicate_group_is_a_conflict(client: httpx.Client) -> None:
    create_group(client, "once")
    r = client.post(f"{S}/Groups", json={"schemas": [GROUP_SCHEMA], "displayName": "once"})
    assert_scim_error(r, 409, "uniqueness")


# --- lists ------------------------------------------------------------------------------------------------------


@pytest.fixture
def people(client: httpx.Client) -> None:
    for name, display in [
        ("alice@example.com", "Alice Smith"),
        ("bob@example.com", "Bob Jones"),
        ("carol@corp.com", "Carol Smith"),
    ]:
        create_user(client, name, displayName=display)


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ('userName eq "BOB@example.com"', {"bob@example.com"}),
        ('userName sw "a"', {"alice@example.com", "admin@example.com"}),
        ('userName co "corp"', {"carol@corp.com"}),
        ('displayName co "smith" and userName co "example.com"', {"alice@example.com"}),
        ('userName eq "bob@example.com" or displayName sw "carol"', {"bob@example.com", "carol@corp.com"}),
        (
            'displayName co "jones" or displayName co "smith" and userName ne "alice@example.com"',
            {"bob@example.com", "carol@corp.com"},
        ),
        ('displayName CO "SMITH" AND userName NE "ALICE@example.com"', {"carol@corp.com"}),
        ('emails.value sw "carol"', {"carol@corp.com"}),
        ('externalId eq "x"', set()),
        ('active eq true and userName sw "c"', {"carol@corp.com"}),
    ],
)
def test_user_filters(client: httpx.Client, flt: str, expected: set[str]) -> None:
    assert set(user_names(client, filter=flt)) == expected


@pytest.mark.parametrize(
    "flt",
    [
        "userName eq",
        'userName like "a"',
        'password eq "x"',
        '(userName eq "a")',
        'userName eq "a" or',
        "active co true",
    ],
)
def test_filters_outside_the_documented_grammar_are_rejected(client: httpx.Client, flt: str) -> None:
    assert_scim_error(client.get(f"{S}/Users", params={"filter": flt}), 400)


@pytest.mark.parametrize(
    "flt",
    ["userName eq", 'userName like "a"', 'password eq "x"', 'a eq "b" or', "active co true"],
)
def test_filter_parser_errors_are_invalid_filter(flt: str) -> None:
    attributes = {"username": "userName", "active": "active"}
    with pytest.raises(ApiError) as raised:
        parse_filter(flt, attributes)({"userName": "a", "active": True})
    # RFC 7644 spells it invalidFilter; Databricks answers an unsupported operator with InvalidFilter.
    assert raised.value.status == 400 and (raised.value.scim_type or "").lower() == "invalidfilter"


def test_filter_parser_semantics() -> None:
    attributes = {"username": "userName", "emails.value": "emails.value", "active": "active"}
    user = {"userName": "Ann@X.com", "emails": [{"value": "ann@x.com"}, {"value": "a@y.org"}], "active": False}
    assert parse_filter('userName eq "ann@x.com"', attributes)(user)
    assert parse_filter('emails.value sw "a@y"', attributes)(user)
    assert parse_filter('emails.value ne "b@z"', attributes)(user)
    assert not parse_filter('emails.value ne "a@y.org"', attributes)(user)
    assert parse_filter('active eq false and username co "@x" or userName eq "nobody"', attributes)(user)
    assert not parse_filter('active eq true or userName eq "nobody"', attributes)(user)


@pytest.mark.usefixtures("people")
def test_paging_and_sorting(client: httpx.Client) -> None:
    everyone = sorted(user_names(client), reverse=True)
    r = client.get(f"{S}/Users", params={"sortBy": "userName", "sortOrder": "descending", "startIndex": 2, "count": 2})
    page = r.json()
    assert page["totalResults"] == len(everyone) and page["itemsPerPage"] == 2 and page["startIndex"] == 2
    assert [u["userName"] for u in page["Resources"]] == everyone[1:3]
    empty = client.get(f"{S}/Users", params={"count": 0}).json()
    assert empty["totalResults"] == len(everyone) and empty["itemsPerPage"] == 0 and "Resources" not in empty
    beyond = client.get(f"{S}/Users", params={"startIndex": 100}).json()
    assert beyond["itemsPerPage"] == 0 and beyond["startIndex"] == 100
    clamped = client.get(f"{S}/Users", params={"startIndex": 0, "count": 1}).json()
    assert clamped["startIndex"] == 1 and clamped["itemsPerPage"] == 1
    by_id = [u["id"] for u in client.get(f"{S}/Users").json()["Resources"]]
    assert by_id == sorted(by_id, key=int)
    assert_scim_error(client.get(f"{S}/Users", params={"sortBy": "shoeSize"}), 400)


@pytest.mark.usefixtures("people")
def test_attributes_and_excluded_attributes(client: httpx.Client) -> None:
    r = client.get(
        f"{S}/Users", params={"filter": 'userName eq "alice@example.com"', "attributes": "userName,emails.value"}
    )
    (alice,) = r.json()["Resources"]
    assert set(alice) == {"schemas", "id", "userName", "emails"} and alice["emails"] == [{"value": "alice@example.com"}]
    r = client.get(f"{S}/Users/{alice['id']}", params={"excludedAttributes": "emails,groups,id"})
    assert "emails" not in r.json() and "groups" not in r.json() and r.json()["id"] == alice["id"]


# --- service principals -----------------------------------------------------------------------------------------


def test_service_principal_lifecycle(client: httpx.Client) -> None:
    group = create_group(client, "automation")
    r = client.post(
        f"{S}/ServicePrincipals",
        json={
            "schemas": [SP_SCHEMA],
            "applicationId": APP_ID,
            "displayName": "test-service-principal",
            "groups": [{"value": group["id"]}],
            "entitlements": [{"value": "allow-cluster-create"}],
        },
    )
    assert r.status_code == 201, r.text
    sp = r.json()
    assert sp["applicationId"] == APP_ID and sp["active"] is True and sp["groups"][0]["display"] == "automation"
    members = client.get(f"{S}/Groups/{group['id']}").json()["members"]
    assert members == [
        {"value": sp["id"], "display": "test-service-principal", "$ref": f"ServicePrincipals/{sp['id']}"}
    ]
    dup = client.post(f"{S}/ServicePrincipals", json={"schemas": [SP_SCHEMA], "applicationId": APP_ID})
    assert_scim_error(dup, 409, "uniqueness")
    found = client.get(f"{S}/ServicePrincipals", params={"filter": f'applicationId eq "{APP_ID}"'}).json()
    assert found["totalResults"] == 1 and found["Resources"][0]["id"] == sp["id"]

    path = f"ServicePrincipals/{sp['id']}"
    r = patch(client, path, {"op": "remove", "path": "entitlements", "value": [{"value": "allow-cluster-create"}]})
    assert r.status_code == 200 and "entitlements" not in r.json()
    r = patch(client, path, {"op": "remove", "path": "groups", "value": [{"value": group["id"]}]})
    assert "groups" not in r.json()
    r = patch(client, path, {"op": "add", "path": "groups", "value": [{"value": group["id"]}]})
    assert [g["value"] for g in r.json()["groups"]] == [group["id"]]
    r = patch(client, path, {"op": "replace", "path": "applicationId", "value": "other"})
    assert_scim_error(r, 400, "mutability")

    r = client.put(f"{S}/{path}", json={"schemas": [SP_SCHEMA], "applicationId": APP_ID, "displayName": "renamed"})
    assert r.status_code == 200 and r.json()["displayName"] == "renamed" and "groups" not in r.json()
    r = client.put(f"{S}/{path}", json={"schemas": [SP_SCHEMA], "applicationId": "another-app"})
    assert_scim_error(r, 400, "mutability")

    assert client.delete(f"{S}/{path}").status_code == 204
    assert_scim_error(client.get(f"{S}/{path}"), 404)
    assert client.get(f"{S}/ServicePrincipals").json()["totalResults"] == 0


def test_service_principal_without_application_id_gets_one(client: httpx.Client) -> None:
    r = client.post(f"{S}/ServicePrincipals", json={"schemas": [SP_SCHEMA], "displayName": "aws-sp"})
    assert r.status_code == 201
    assert len(r.json()["applicationId"]) == 36


def test_service_principals_can_get_tokens_on_behalf(client: httpx.Client) -> None:
    """Token Management checks the SCIM service principals (service_principal_exists)."""
    body = {"application_id": APP_ID, "lifetime_seconds": 3600}
    assert client.post("/api/2.0/token-management/on-behalf-of/tokens", json=body).status_code == 400
    client.post(f"{S}/ServicePrincipals", json={"schemas": [SP_SCHEMA], "applicationId": APP_ID})
    assert client.post("/api/2.0/token-management/on-behalf-of/tokens", json=body).status_code == 200


# --- access -----------------------------------------------------------------------------------------------------


def test_non_admins_read_me_and_names_only(client: httpx.Client, user_client: httpx.Client) -> None:
    user = create_user(client, "seen@example.com", entitlements=[{"value": "allow-cluster-create"}])
    group = create_group(client, "visible", members=[{"value": user["id"]}])
    assert user_client.get(f"{S}/Me").json()["userName"] == USER
    users = user_client.get(f"{S}/Users").json()["Resources"]
    assert all(set(u) <= {"schemas", "id", "userName", "displayName"} for u in users)
    assert "seen@example.com" in {u["userName"] for u in users}
    groups = user_client.get(f"{S}/Groups", params={"filter": 'displayName eq "visible"'}).json()["Resources"]
    assert groups == [{"schemas": [GROUP_SCHEMA], "id": group["id"], "displayName": "visible"}]
    assert_scim_error(user_client.get(f"{S}/Users", params={"filter": "active eq true"}), 400, "invalidFilter")


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "Users/1", None),
        ("POST", "Users", {"schemas": [USER_SCHEMA], "userName": "x@example.com"}),
        ("DELETE", "Users/1", None),
        ("GET", "Groups/1", None),
        ("POST", "Groups", {"schemas": [GROUP_SCHEMA], "displayName": "x"}),
        ("GET", "ServicePrincipals", None),
        ("POST", "ServicePrincipals", {"schemas": [SP_SCHEMA], "applicationId": APP_ID}),
    ],
)
def test_everything_else_is_admin_only(
    client: httpx.Client, user_client: httpx.Client, method: str, path: str, body: dict[str, Any] | None
) -> None:
    r = user_client.request(method, f"{S}/{path}", json=body)
    assert_scim_error(r, 403)
    assert "x@example.com" not in user_names(client)
    assert client.get(f"{S}/ServicePrincipals").json()["totalResults"] == 0


def test_json_content_type_is_accepted(client: httpx.Client) -> None:
    r = client.post(
        f"{S}/Groups",
        content=b'{"schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"], "displayName": "plain"}',
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 201 and r.headers["content-type"].startswith("application/scim+json")
