"""SCIM as Databricks answers it today: creates without `schemas` (databricks-sdk 0.162.0 sends none), Groups
PUT (GroupsAPI.update), unquoted filter values and Databricks' text for unsupported filters."""

from __future__ import annotations

import httpx
import pytest

from tests.mock.helpers import created

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
    r = client.put(f"{S}/Groups/{g['id']}", json={"displayName": "squad", "members": [{"value": b["id"]}]})
    assert r.status_code == 200, r.text
    body = r.json()
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
