"""Policy families in the mock: a fixed catalogue, paged list, get by id and version, and cluster policies that
inherit a family's definition.

Evidence: PolicyFamiliesAPI of databricks-sdk 0.162.0 (list with max_results/page_token, get with version) and the
public "Default policies and policy families" page (the four default families; policies created from a family
inherit its definition, overrides override or extend it).
"""

from __future__ import annotations

import json

import httpx


def test_list_pages_through_the_catalogue_by_id(client: httpx.Client) -> None:
    everything = client.get("/api/2.0/policy-families").json()
    ids = [f["policy_family_id"] for f in everything["policy_families"]]
    assert ids == sorted(ids) and {"personal-vm", "power-user", "job-cluster", "shared-compute"} <= set(ids)
    assert "next_page_token" not in everything
    seen: list[str] = []
    params: dict[str, object] = {"max_results": 2}
    for _ in range(len(ids)):
        page = client.get("/api/2.0/policy-families", params=params).json()
        seen += [f["policy_family_id"] for f in page["policy_families"]]
        if "next_page_token" not in page:
            break
        params["page_token"] = page["next_page_token"]
    assert seen == ids
    for family in everything["policy_families"]:
        assert isinstance(json.loads(family["definition"]), dict) and family["name"] and family["description"]


def test_get_by_id_and_version(client: httpx.Client) -> None:
    r = client.get("/api/2.0/policy-families/personal-vm")
    assert r.status_code == 200 and r.json()["name"] == "Personal Compute"
    assert client.get("/api/2.0/policy-families/personal-vm", params={"version": 1}).json() == r.json()
    for path, params in (
        ("/api/2.0/policy-families/no-such-family", {}),
        ("/api/2.0/policy-families/personal-vm", {"version": 2}),
    ):
        r = client.get(path, params=params)
        assert r.status_code == 404 and r.json()["error_code"] == "RESOURCE_DOES_NOT_EXIST", r.text


def test_bad_paging_input_gets_a_400(client: httpx.Client) -> None:
    for params in ({"page_token": "nope"}, {"max_results": 0}, {"max_results": "many"}):
        r = client.get("/api/2.0/policy-families", params=params)
        assert r.status_code == 400 and r.json()["error_code"] in ("INVALID_PARAMETER_VALUE", "MALFORMED_REQUEST"), (
            r.text
        )
    r = client.get("/api/2.0/policy-families/personal-vm", params={"version": 0})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_a_policy_of_a_family_inherits_its_definition_with_the_overrides(client: httpx.Client) -> None:
    family = json.loads(client.get("/api/2.0/policy-families/personal-vm").json()["definition"])
    overrides = {
        "autotermination_minutes": {"type": "fixed", "value": 30},
        "custom_tags.team": {"type": "fixed", "value": "a"},
    }
    r = client.post(
        "/api/2.0/policies/clusters/create",
        json={
            "name": "Mine",
            "policy_family_id": "personal-vm",
            "policy_family_definition_overrides": json.dumps(overrides),
        },
    )
    assert r.status_code == 200, r.text
    policy = client.get("/api/2.0/policies/clusters/get", params={"policy_id": r.json()["policy_id"]}).json()
    assert json.loads(policy["definition"]) == {**family, **overrides}
    assert policy["policy_family_id"] == "personal-vm"
    r = client.post("/api/2.0/policies/clusters/create", json={"name": "Other", "policy_family_id": "no-such-family"})
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"
    assert "does not exist" in r.json()["message"]


def test_policy_libraries_round_trip(client: httpx.Client) -> None:
    libraries = [{"pypi": {"package": "simplejson"}}, {"jar": "dbfs:/a.jar"}]
    r = client.post("/api/2.0/policies/clusters/create", json={"name": "With libs", "libraries": libraries})
    assert r.status_code == 200, r.text
    got = client.get("/api/2.0/policies/clusters/get", params={"policy_id": r.json()["policy_id"]}).json()
    assert got["libraries"] == libraries
