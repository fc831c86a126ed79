"""SCIM as Databricks answers it today: creates without `schemas` (databricks-sdk 0.162.0 sends none), Groups
PUT (GroupsAPI.update), unquoted filter values and Databricks' text for unsupported filters."""

from __future__ import annotations

import httpx
import pytest

from tests.mock.helpers import created, ok

S = "/api/2.0/preview/scim/v2"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"


def test_creates_without_schemas_are_accepted(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 UsersAPI/GroupsAPI/ServicePrincipalsAPI.create send `schemas` only when the caller
    # passes it, and Databricks accepts the request without it.
    user = created(client.post(f"{S}/Users", json={"userName": "nos@example.com"}))
    assert user["schemas"] == ["urn:ietf:params:scim:schemas:core:2.0:User"]
    group = created(client.post(f"{S}/Groups", json={"displayName": "no-schemas"}))
    assert group["schemas"] == [GROUP_SCHEMA] and group["meta"] == {"resourceType": "WorkspaceGroup"}
    sp = created(client.post(f"{S}/ServicePrincipals", json={"displayName": "etl"}))
    assert sp["applicationId"]
    # A `schemas` that names another resource is still refused.
    r = client.post(f"{S}/Groups", json={"schemas": ["urn:x"], "displayName": "g2"})
    assert r.status_code == 400, r.text


def test_group_put_replaces_members_and_attributes(client: httpx.Client) -> None:
    a = created(client.post(f"{S}/Users", json={"userName": "a@example.com"}))
    b = created(client.post(f"{S}/Users", json={"userName": "b@example.com"}))
    g = created(
        client.post(
            f"{S}/Groups",
            json={
                "displayName": "team",
                "members": [{"value": a["id"]}],
                "entitlements": [{"value": "allow-cluster-create"}],
            },
        )
    )
    body = ok(client.put(f"{S}/Groups/{g['id']}", json={"displayName": "squad", "members": [{"value": b["id"]}]}))
    assert body["displayName"] == "squad" and [m["value"] for m in body["members"]] == [b["id"]]
    assert body["members"][0]["$ref"] == f"Users/{b['id']}"
    assert "entitlements" not in body  # left out of a PUT: cleared
    got = client.get(f"{S}/Groups/{g['id']}").json()
    assert got["displayName"] == "squad" and [m["value"] for m in got["members"]] == [b["id"]]
    legacy = client.get("/api/2.0/groups/list-members", params={"group_name": "squad"}).json()
    assert legacy["members"] == [{"user_name": "b@example.com"}]


def test_group_put_refusals_change_nothing(client: httpx.Client) -> None:
    g = created(client.post(f"{S}/Groups", json={"displayName": "keep"}))
    created(client.post(f"{S}/Groups", json={"displayName": "taken"}))
    r = client.put(f"{S}/Groups/{g['id']}", json={"displayName": "taken"})
    assert r.status_code == 409, r.text
    r = client.put(f"{S}/Groups/{g['id']}", json={"displayName": "keep", "members": [{"value": "424242"}]})
    assert r.status_code == 404, r.text
    r = client.put(f"{S}/Groups/{g['id']}", json={"displayName": "keep", "members": [{"value": g["id"]}]})
    assert r.status_code == 400, r.text
    assert client.get(f"{S}/Groups/{g['id']}").json()["displayName"] == "keep"
    assert client.put(f"{S}/Groups/999999", json={"displayName": "x"}).status_code == 404
    admins = client.get(f"{S}/Groups", params={"filter": "displayName eq admins"}).json()["Resources"][0]
    assert client.put(f"{S}/Groups/{admins['id']}", json={"displayName": "root"}).status_code == 400


def test_unquoted_filter_values_are_answered(client: httpx.Client) -> None:
    created(client.post(f"{S}/Groups", json={"displayName": "foo"}))
    r = client.get(f"{S}/Groups", params={"filter": "displayName eq foo"})
    assert r.status_code == 200, r.text
    assert [g["displayName"] for g in r.json()["Resources"]] == ["foo"]


def test_an_unquoted_value_is_one_word_as_the_spec_reads_whitespace(client: httpx.Client) -> None:
    # The spec's filter pattern is ECMA-262, whose \s does not take U+0085 or U+001C: a value holding them is one
    # schema-valid word (the contract suite's live mode found the parser splitting it into two).
    name = "a\x85b\x1cc"
    created(client.post(f"{S}/Groups", json={"displayName": name}))
    r = client.get(f"{S}/Groups", params={"filter": f"displayName eq {name}"})
    assert r.status_code == 200, r.text
    assert [g["displayName"] for g in r.json()["Resources"]] == [name]


@pytest.mark.parametrize("flt", ["displayName gt foo", "displayName+eq+foo", "displayName pr"])
def test_unsupported_filters_get_databricks_text(client: httpx.Client, flt: str) -> None:
    # The answer databricks/databricks-sdk-py#90 shows for `displayName+eq+my_group`.
    r = client.get(f"{S}/Groups", params={"filter": flt})
    assert r.status_code == 400, r.text
    assert r.json()["detail"] == "Given filter operator is not supported."
    assert r.json()["scimType"] == "InvalidFilter"
    assert "^" not in r.text and "does not match" not in r.text


def test_sdk_shaped_bodies_with_id_meta_and_the_sdks_schema_urns(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0: GroupsAPI.create sends `id` and `meta`, GroupsAPI.update `meta`, UsersAPI.create
    # `id`; their `schemas` are iam.UserSchema (core User and the workspace extension), GroupSchema and
    # ServicePrincipalSchema. The workspace assigns ids and meta.
    workspace_ext = "urn:ietf:params:scim:schemas:extension:workspace:2.0:User"
    body = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", workspace_ext], "userName": "sdk@example.com"}
    user = created(client.post(f"{S}/Users", json={**body, "id": "1"}))
    assert user["id"] != "1" and user["userName"] == "sdk@example.com"
    group_body = {"schemas": [GROUP_SCHEMA], "displayName": "sdk", "id": "7", "meta": {"resourceType": "Group"}}
    group = created(client.post(f"{S}/Groups", json=group_body))
    assert group["id"] != "7" and group["meta"] == {"resourceType": "WorkspaceGroup"}
    sp_schema = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal"
    sp = created(client.post(f"{S}/ServicePrincipals", json={"schemas": [sp_schema], "displayName": "x", "id": "9"}))
    assert sp["id"] != "9" and sp["schemas"] == [sp_schema]
    r = client.put(f"{S}/Groups/{group['id']}", json={"displayName": "sdk2", "meta": {"resourceType": "Group"}})
    assert r.status_code == 200 and r.json()["meta"] == {"resourceType": "WorkspaceGroup"}, r.text
    # a URN that is not one of the resource's schemas is refused and creates nothing
    r = client.post(f"{S}/Users", json={"schemas": [*body["schemas"], "urn:x"], "userName": "no@example.com"})
    assert r.status_code == 400, r.text
    assert client.get(f"{S}/Users", params={"filter": "userName eq no@example.com"}).json()["totalResults"] == 0


def test_the_path_names_the_resource_not_a_body_id(client: httpx.Client) -> None:
    one = created(client.post(f"{S}/Groups", json={"displayName": "one"}))
    two = created(client.post(f"{S}/Groups", json={"displayName": "two"}))
    r = client.put(f"{S}/Groups/{one['id']}", json={"displayName": "uno", "id": two["id"]})
    assert r.status_code == 200 and r.json()["id"] == one["id"], r.text
    assert client.get(f"{S}/Groups/{two['id']}").json()["displayName"] == "two"


def test_get_user_takes_the_list_parameters_the_sdk_sends(client: httpx.Client) -> None:
    # databricks-sdk 0.162.0 UsersAPI.get(id, filter=, start_index=, count=, sort_by=, sort_order=, ...).
    user = created(client.post(f"{S}/Users", json={"userName": "get@example.com"}))
    query = {"filter": 'userName eq "other@example.com"', "startIndex": 5, "count": 0, "sortBy": "userName"}
    r = client.get(f"{S}/Users/{user['id']}", params={**query, "sortOrder": "descending"})
    assert r.status_code == 200 and r.json()["userName"] == "get@example.com", r.text
    r = client.get(f"{S}/Users/{user['id']}", params={"sortOrder": "sideways"})
    assert r.status_code == 400, r.text
