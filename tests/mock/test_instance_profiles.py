"""Instance profiles in the mock: admin-only registration, list for everyone, edit of the role, remove, 4xx answers.

Evidence: InstanceProfilesAPI of databricks-sdk 0.162.0 (service/compute.py docstrings) and the public "Instance
Profiles API 2.0" page (ARN shapes, admin-only add/edit/remove, list for all users).
"""

from __future__ import annotations

import httpx
import pytest
from dbrest_mock import MockConfig

from tests.mock.helpers import ok, users_config

ARN = "arn:aws:iam::123456789012:instance-profile/my-profile"
ROLE = "arn:aws:iam::123456789012:role/my-role"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config()


def listed(client: httpx.Client) -> list[dict[str, object]]:
    profiles: list[dict[str, object]] = ok(client.get("/api/2.0/instance-profiles/list")).get("instance_profiles", [])
    return profiles


def test_add_list_edit_remove(client: httpx.Client, user_client: httpx.Client) -> None:
    assert client.get("/api/2.0/instance-profiles/list").json() == {}
    r = client.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": ARN, "skip_validation": True})
    assert r.status_code == 200 and r.json() == {}, r.text
    other = "arn:aws:iam::123456789012:instance-profile/second"
    client.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": other, "iam_role_arn": ROLE})
    assert listed(user_client) == [
        {"instance_profile_arn": ARN, "is_meta_instance_profile": False},
        {"instance_profile_arn": other, "iam_role_arn": ROLE, "is_meta_instance_profile": False},
    ]
    r = client.post(
        "/api/2.0/instance-profiles/edit",
        json={"instance_profile_arn": ARN, "iam_role_arn": ROLE, "is_meta_instance_profile": True},
    )
    assert r.status_code == 200, r.text
    assert listed(client)[0] == {"instance_profile_arn": ARN, "iam_role_arn": ROLE, "is_meta_instance_profile": True}
    client.post("/api/2.0/instance-profiles/edit", json={"instance_profile_arn": ARN})  # no role: cleared
    assert "iam_role_arn" not in listed(client)[0]
    assert client.post("/api/2.0/instance-profiles/remove", json={"instance_profile_arn": ARN}).status_code == 200
    assert [p["instance_profile_arn"] for p in listed(client)] == [other]


def test_writes_are_admin_only_and_change_nothing(client: httpx.Client, user_client: httpx.Client) -> None:
    client.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": ARN})
    for op, body in (
        ("add", {"instance_profile_arn": "arn:aws:iam::123456789012:instance-profile/x"}),
        ("edit", {"instance_profile_arn": ARN, "iam_role_arn": ROLE}),
        ("remove", {"instance_profile_arn": ARN}),
    ):
        r = user_client.post(f"/api/2.0/instance-profiles/{op}", json=body)
        assert r.status_code == 403 and r.json()["error_code"] == "PERMISSION_DENIED", r.text
    assert listed(client) == [{"instance_profile_arn": ARN, "is_meta_instance_profile": False}]


@pytest.mark.parametrize(
    ("op", "body", "status", "code"),
    [
        ("add", {"instance_profile_arn": ARN}, 400, "RESOURCE_ALREADY_EXISTS"),
        ("add", {"instance_profile_arn": "my-profile"}, 400, "INVALID_PARAMETER_VALUE"),
        (
            "add",
            {"instance_profile_arn": "arn:aws:iam::123456789012:role/not-a-profile"},
            400,
            "INVALID_PARAMETER_VALUE",
        ),
        (
            "add",
            {"instance_profile_arn": ARN.replace("my", "x"), "iam_role_arn": "role"},
            400,
            "INVALID_PARAMETER_VALUE",
        ),
        ("add", {}, 400, "INVALID_PARAMETER_VALUE"),
        ("add", {"instance_profile_arn": 7}, 400, "MALFORMED_REQUEST"),
        ("edit", {"instance_profile_arn": ARN.replace("my", "unknown")}, 404, "RESOURCE_DOES_NOT_EXIST"),
        ("remove", {"instance_profile_arn": ARN.replace("my", "unknown")}, 404, "RESOURCE_DOES_NOT_EXIST"),
    ],
)
def test_bad_input_gets_a_databricks_shaped_4xx(
    client: httpx.Client, op: str, body: dict[str, object], status: int, code: str
) -> None:
    client.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": ARN})
    r = client.post(f"/api/2.0/instance-profiles/{op}", json=body)
    assert r.status_code == status and r.json()["error_code"] == code, r.text
    assert listed(client) == [{"instance_profile_arn": ARN, "is_meta_instance_profile": False}]


def test_a_removed_profile_no_longer_launches_new_clusters(client: httpx.Client) -> None:
    spec = {
        "cluster_name": "c",
        "spark_version": "15.4.x-scala2.12",
        "node_type_id": "Standard_DS3_v2",
        "aws_attributes": {"instance_profile_arn": ARN},
    }
    client.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": ARN})
    cid = client.post("/api/2.1/clusters/create", json=spec).json()["cluster_id"]
    client.post("/api/2.0/instance-profiles/remove", json={"instance_profile_arn": ARN})
    # existing clusters keep working (the SDK's remove docstring); new ones cannot name it
    assert client.get("/api/2.1/clusters/get", params={"cluster_id": cid}).status_code == 200
    r = client.post("/api/2.1/clusters/create", json=spec)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE"


def test_a_pool_names_only_a_registered_profile(client: httpx.Client) -> None:
    body = {
        "instance_pool_name": "p",
        "node_type_id": "Standard_D3_v2",
        "aws_attributes": {"availability": "SPOT", "instance_profile_arn": ARN},
    }
    r = client.post("/api/2.0/instance-pools/create", json=body)
    assert r.status_code == 400 and r.json()["error_code"] == "INVALID_PARAMETER_VALUE", r.text
    assert client.get("/api/2.0/instance-pools/list").json() == {}
    client.post("/api/2.0/instance-profiles/add", json={"instance_profile_arn": ARN})
    assert client.post("/api/2.0/instance-pools/create", json=body).status_code == 200
