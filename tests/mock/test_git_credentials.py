"""Git credentials in the mock (databricks-sdk 0.162.0 GitCredentialsAPI: create, list, get, update, delete)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.mock.helpers import ADMIN, err, ok, users_config, with_token

ALICE = "alice@example.com"
B = "/api/2.0/git-credentials"


@pytest.fixture
def mock_config() -> MockConfig:
    return users_config({"dapi-alice": ALICE})


@pytest.fixture
def alice(mock: MockServer) -> Iterator[httpx.Client]:
    with with_token(mock, "dapi-alice") as c:
        yield c


def test_create_get_list_and_the_token_is_never_returned(client: httpx.Client, mock: MockServer) -> None:
    body = {
        "git_provider": "github",
        "git_username": "jsmith",
        "git_email": "j@x.com",
        "personal_access_token": "ghp_1",
    }
    created = ok(client.post(B, json=body))
    assert created["git_provider"] == "gitHub"  # case-insensitive, stored canonical
    assert created["git_username"] == "jsmith" and created["is_default_for_provider"] is True
    cid = created["credential_id"]
    got = ok(client.get(f"{B}/{cid}"))
    assert got == created and "personal_access_token" not in got
    assert ok(client.get(B)) == {"credentials": [created]}
    assert stored_token(mock, "gitHub") == "ghp_1"


def stored_token(mock: MockServer, provider: str) -> str | None:
    """The token the mock keeps for the admin (what a clone would use): never in an API answer."""
    service: Any = mock.env.services["git-credentials"]
    result: str | None = service.token_for(ADMIN, provider)
    return result


def test_one_credential_per_provider(client: httpx.Client) -> None:
    ok(client.post(B, json={"git_provider": "gitHub", "personal_access_token": "a"}))
    err(client.post(B, json={"git_provider": "GITHUB", "personal_access_token": "b"}), 400, "RESOURCE_ALREADY_EXISTS")
    gitlab = ok(client.post(B, json={"git_provider": "gitLab", "personal_access_token": "c"}))
    assert len(ok(client.get(B))["credentials"]) == 2
    # Moving the GitLab credential to GitHub would make a second GitHub one.
    r = client.patch(f"{B}/{gitlab['credential_id']}", json={"git_provider": "gitHub"})
    err(r, 400, "RESOURCE_ALREADY_EXISTS")
    assert ok(client.get(f"{B}/{gitlab['credential_id']}"))["git_provider"] == "gitLab"


def test_update_replaces_the_fields_and_keeps_a_token_left_out(client: httpx.Client, mock: MockServer) -> None:
    c = ok(
        client.post(B, json={"git_provider": "gitHub", "git_username": "a", "name": "n", "personal_access_token": "t"})
    )
    cid = c["credential_id"]
    assert ok(client.patch(f"{B}/{cid}", json={"git_provider": "gitHub", "git_email": "e@x.com"})) == {}
    got = ok(client.get(f"{B}/{cid}"))
    assert got["git_email"] == "e@x.com" and "git_username" not in got and "name" not in got
    assert stored_token(mock, "gitHub") == "t"


def test_users_see_only_their_own_credentials(client: httpx.Client, alice: httpx.Client) -> None:
    mine = ok(client.post(B, json={"git_provider": "gitHub", "personal_access_token": "a"}))
    assert ok(alice.get(B)) == {}
    err(alice.get(f"{B}/{mine['credential_id']}"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(alice.delete(f"{B}/{mine['credential_id']}"), 404, "RESOURCE_DOES_NOT_EXIST")
    # Alice may have her own GitHub credential: the rule is per user.
    ok(alice.post(B, json={"git_provider": "gitHub", "personal_access_token": "b"}))
    err(alice.get(B, params={"principal_id": 1}), 403, "PERMISSION_DENIED")


def test_delete_and_unknown_ids_and_providers(client: httpx.Client) -> None:
    c = ok(client.post(B, json={"git_provider": "awsCodeCommit", "git_username": "u", "personal_access_token": "p"}))
    assert ok(client.delete(f"{B}/{c['credential_id']}")) == {}
    err(client.get(f"{B}/{c['credential_id']}"), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.patch(f"{B}/999999", json={"git_provider": "gitHub"}), 404, "RESOURCE_DOES_NOT_EXIST")
    err(client.post(B, json={"git_provider": "sourceforge"}), 400, "INVALID_PARAMETER_VALUE")
    err(client.post(B, json={"git_username": "u"}), 400, "INVALID_PARAMETER_VALUE")
