"""Helpers shared by the mock's HTTP tests (and the other suites that call the mock's API directly): mock
configurations with an admin and ordinary users, clients with another user's token, requests, response checks and
request-body encodings. One copy here instead of one per test module."""

from __future__ import annotations

import base64
import subprocess
import sys
from typing import Any

import httpx
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN
from tests.conftest import USER as ADMIN

#: The token that ``users_config`` (and the modules' own ``mock_config``) give to a non-admin user.
USER_TOKEN = "dapi-user-token"
#: The non-admin user of ``USER_TOKEN``.
USER = "user@example.com"
#: A valid Clusters API create body (one worker).
CLUSTER: dict[str, Any] = {
    "cluster_name": "c",
    "spark_version": "7.3.x-scala2.12",
    "node_type_id": "Standard_D3_v2",
    "num_workers": 1,
}

__all__ = [
    "ADMIN",
    "CLUSTER",
    "TOKEN",
    "USER",
    "USER_TOKEN",
    "b64",
    "call",
    "created",
    "err",
    "new_cluster",
    "ok",
    "start_mock_cli",
    "users_config",
    "with_token",
]


def users_config(tokens: dict[str, str] | None = None, **options: Any) -> MockConfig:
    """A mock configuration with the suite's admin (``TOKEN``), the non-admin ``USER`` (``USER_TOKEN``), the extra
    ``tokens`` (token -> user name, none of them admins) and ``options`` of MockConfig; responses are validated
    against the spec as in tests/conftest.py."""
    return MockConfig(
        tokens={TOKEN: ADMIN, USER_TOKEN: USER, **(tokens or {})},
        admins={ADMIN},
        validate_responses=True,
        **options,
    )


def with_token(mock: MockServer, token: str) -> httpx.Client:
    """A client of the in-process mock that authenticates with ``token`` (close it, or use it in ``with``)."""
    return httpx.Client(
        base_url="http://mock", transport=mock.transport(), headers={"Authorization": f"Bearer {token}"}
    )


def call(client: httpx.Client, method: str, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
    """``method path`` with ``body`` as the query string of a GET and as the JSON body of anything else."""
    if method == "GET":
        return client.get(path, params=body or {})
    return client.request(method, path, json=body or {})


def ok(r: httpx.Response) -> Any:
    """The JSON body of a 200 answer (the test fails with the answer's text on any other status)."""
    assert r.status_code == 200, r.text
    return r.json()


def created(r: httpx.Response) -> dict[str, Any]:
    """The JSON body of a 201 answer (SCIM creates)."""
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def err(r: httpx.Response, status: int, code: str) -> str:
    """Check a Databricks-shaped error answer (``status``, ``error_code``); its message."""
    assert r.status_code == status, r.text
    assert r.json()["error_code"] == code, r.text
    return str(r.json().get("message", ""))


def new_cluster(client: httpx.Client, **fields: Any) -> str:
    """Create a cluster of ``CLUSTER`` with ``fields`` over it; its id (PENDING until the clock passes the mock's
    ``clusters.start`` duration)."""
    cluster_id: str = ok(client.post("/api/2.0/clusters/create", json={**CLUSTER, **fields}))["cluster_id"]
    return cluster_id


def b64(data: str | bytes) -> str:
    """The base64 text of ``data`` (UTF-8 for text), as the DBFS, workspace and init-script APIs take contents."""
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


def start_mock_cli(*args: str) -> subprocess.Popen[str]:
    """``python -m dbrest_mock ARGS`` in a child process, stdout (its "listening on URL" line) and stderr piped as
    text; the caller terminates it."""
    return subprocess.Popen(
        [sys.executable, "-m", "dbrest_mock", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
