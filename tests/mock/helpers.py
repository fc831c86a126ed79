"""Helpers shared by the mock's HTTP tests: a client with another user's token, and response checks."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx
from dbrest_mock import MockServer

#: The token that the modules' ``mock_config`` give to a non-admin user (``user_client`` in conftest.py).
USER_TOKEN = "dapi-user-token"


def with_token(mock: MockServer, token: str) -> httpx.Client:
    """A client of the in-process mock that authenticates with ``token`` (close it, or use it in ``with``)."""
    return httpx.Client(
        base_url="http://mock", transport=mock.transport(), headers={"Authorization": f"Bearer {token}"}
    )


def ok(r: httpx.Response) -> Any:
    assert r.status_code == 200, r.text
    return r.json()


def created(r: httpx.Response) -> dict[str, Any]:
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def err(r: httpx.Response, status: int, code: str) -> None:
    assert r.status_code == status, r.text
    assert r.json()["error_code"] == code, r.text


def start_mock_cli(*args: str) -> subprocess.Popen[str]:
    """``python -m dbrest_mock ARGS`` in a child process, stdout (its "listening on URL" line) and stderr piped as
    text; the caller terminates it."""
    return subprocess.Popen(
        [sys.executable, "-m", "dbrest_mock", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
