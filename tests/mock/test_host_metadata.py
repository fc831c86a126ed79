"""/.well-known/databricks-config: the host metadata that databricks-sdk 0.162.0 fetches, without credentials,
when a WorkspaceClient is configured (databricks/sdk/config.py, Config._resolve_host_metadata; oauth.py,
HostMetadata: oidc_endpoint, account_id, workspace_id, cloud). A workspace host answers with its workspace id;
the mock names no OIDC endpoint because it takes no OAuth tokens."""

from __future__ import annotations

import httpx
from dbrest_mock import MockServer
from dbrest_mock.app import WORKSPACE_ID


def test_host_metadata_is_public_and_names_the_workspace(mock: MockServer) -> None:
    with httpx.Client(base_url="http://mock", transport=mock.transport()) as anonymous:
        r = anonymous.get("/.well-known/databricks-config")
        assert r.status_code == 200, r.text
        assert r.json() == {"workspace_id": WORKSPACE_ID, "host_type": "workspace"}
        assert "oidc_endpoint" not in r.json()
        # everything else still wants credentials
        assert anonymous.get("/api/2.0/dbfs/list", params={"path": "/"}).status_code == 401


def test_host_metadata_is_read_only(mock: MockServer) -> None:
    with httpx.Client(base_url="http://mock", transport=mock.transport()) as anonymous:
        r = anonymous.post("/.well-known/databricks-config", json={})
        assert r.status_code == 405 and r.headers["allow"] == "GET"
        assert r.json()["error_code"] == "METHOD_NOT_ALLOWED"


def test_the_workspace_id_header_the_sdks_then_send_is_accepted(client: httpx.Client) -> None:
    r = client.get("/api/2.0/dbfs/list", params={"path": "/"}, headers={"X-Databricks-Workspace-Id": WORKSPACE_ID})
    assert r.status_code == 200, r.text
