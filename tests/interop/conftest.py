"""Interoperability harness: real third-party clients, unmodified, against a served dbrest_mock.

The peers (databricks-sdk 0.29.0, databricks-cli 0.18.0) live in their own virtual environment, ``.venv-peers``
(``make peers``), never in the dev venv; today's databricks-sdk (0.162.0), which cannot share it, lives in
``.venv-sdk`` (``make peers-sdk``). Each test serves the mock on a loopback port in this process and runs a
peer as a subprocess with a clean environment: ``DATABRICKS_HOST``/``DATABRICKS_TOKEN`` and an empty ``HOME`` so
that no ``~/.databrickscfg`` or ``~/.netrc`` of the machine leaks in.

databricks-cli 0.18.0 builds its base URL from the host's scheme and *hostname* only
(``databricks_cli/sdk/api_client.py``: ``"%s://%s/api/" % (scheme, hostname)``), so it can only talk to a
workspace on the default port, as a real one is. It reaches the mock the standard way such a client reaches a
host it cannot address directly: through ``HTTP_PROXY`` pointing at the mock's port. A proxied request carries
its target in absolute form (``GET http://workspace.invalid/api/2.0/...``), which every HTTP/1.1 server must
accept (RFC 9112 §3.2.2); the mock is served behind a small ASGI shim that reduces that form to its path.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

from tests.conftest import TOKEN, USER
from tests.mock.helpers import with_token

ROOT = Path(__file__).resolve().parents[2]
PEERS_VENV = ROOT / ".venv-peers"
PEERS_PYTHON = PEERS_VENV / "bin" / "python"
PEERS_CLI = PEERS_VENV / "bin" / "databricks"
SDK_TODAY_PYTHON = ROOT / ".venv-sdk" / "bin" / "python"
SDK_TODAY_VERSION = "0.162.0"
PEER_SCRIPTS = Path(__file__).resolve().parent / "peers"
#: The host the CLI is configured with; it resolves nowhere, every request goes through HTTP_PROXY (the mock).
CLI_HOST = "http://workspace.invalid"
PEER_TIMEOUT = 120.0

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def accept_absolute_form(app: ASGIApp) -> ASGIApp:
    """Serve ``app`` to proxied requests too: ``GET http://host/api/...`` is handled as ``GET /api/...``."""

    async def shim(scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope.get("type") == "http" and path.startswith(("http://", "https://")):
            target = urlsplit(path).path or "/"
            scope = {**scope, "path": target, "raw_path": target.encode("ascii")}
        await app(scope, receive, send)

    return shim


@dataclass
class PeerResult:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    def check(self) -> PeerResult:
        assert self.returncode == 0, (
            f"peer failed ({self.returncode}): {' '.join(self.args)}\n"
            f"--- stdout ---\n{self.stdout[-4000:]}\n--- stderr ---\n{self.stderr[-6000:]}"
        )
        return self

    def json(self) -> Any:
        """The JSON document the peer printed on stdout (peer scripts print one; logs go to stderr)."""
        self.check()
        try:
            return json.loads(self.stdout)
        except ValueError:
            raise AssertionError(f"peer printed no JSON: {' '.join(self.args)}\n{self.stdout[-4000:]}") from None


@dataclass
class Peers:
    """Runs peer scripts and CLI commands against the served mock."""

    mock: MockServer
    url: str
    home: Path

    def _env(self, extra: dict[str, str]) -> dict[str, str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PYTHONUNBUFFERED": "1",
            "PYTHONDONTWRITEBYTECODE": "1",
            "DATABRICKS_TOKEN": TOKEN,
        }
        env.update(extra)
        return env

    def _run(self, args: list[str], env: dict[str, str], cwd: Path) -> PeerResult:
        proc = subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=PEER_TIMEOUT, check=False)
        return PeerResult(args, proc.returncode, proc.stdout, proc.stderr)

    def sdk(self, script: str, *args: str) -> PeerResult:
        """Run ``tests/interop/peers/<script>.py`` with the peers' Python (databricks-sdk)."""
        env = self._env({"DATABRICKS_HOST": self.url})
        return self._run([str(PEERS_PYTHON), str(PEER_SCRIPTS / f"{script}.py"), *args], env, self.home)

    def sdk_today(self, script: str, *args: str) -> PeerResult:
        """Run ``tests/interop/peers/<script>.py`` with .venv-sdk's Python (databricks-sdk 0.162.0)."""
        env = self._env({"DATABRICKS_HOST": self.url})
        return self._run([str(SDK_TODAY_PYTHON), str(PEER_SCRIPTS / f"{script}.py"), *args], env, self.home)

    def cli(self, *args: str, jobs_api_version: str | None = None) -> PeerResult:
        """Run ``databricks <args>`` (databricks-cli), reaching the mock through HTTP_PROXY."""
        extra = {"DATABRICKS_HOST": CLI_HOST, "HTTP_PROXY": self.url, "http_proxy": self.url}
        if jobs_api_version is not None:
            extra["DATABRICKS_JOBS_API_VERSION"] = jobs_api_version
        return self._run([str(PEERS_CLI), *args], self._env(extra), self.home)


@pytest.fixture(scope="session")
def peers_installed() -> None:
    missing = [p for p in (PEERS_PYTHON, PEERS_CLI) if not p.exists()]
    if missing:
        pytest.fail(
            f"the interoperability peers are not installed ({', '.join(map(str, missing))} missing): "
            "run `make peers` (creates .venv-peers with databricks-sdk==0.29.0 and databricks-cli==0.18.0)",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def sdk_today_installed() -> None:
    if not SDK_TODAY_PYTHON.exists():
        pytest.fail(
            f"today's databricks-sdk is not installed ({SDK_TODAY_PYTHON} missing): run `make peers-sdk` "
            f"(creates .venv-sdk with databricks-sdk=={SDK_TODAY_VERSION})",
            pytrace=False,
        )


@pytest.fixture
def mock_config() -> MockConfig:
    # instant: every lifecycle step that is due happens before the next request, so the peers' waiters see the
    # target state on their first poll and never sleep.
    # The CLI's requests come through HTTP_PROXY naming CLI_HOST as their Host: a name the mock must accept.
    return MockConfig(
        tokens={TOKEN: USER},
        admins={USER},
        durations="instant",
        validate_responses=True,
        allowed_hosts={urlsplit(CLI_HOST).hostname or ""},
    )


def _serve(mock: MockServer, tmp_path: Path) -> Peers:
    mock.app = accept_absolute_form(mock.app)
    url = mock.serve("127.0.0.1", 0)
    home = tmp_path / "home"
    home.mkdir()
    return Peers(mock, url, home)


@pytest.fixture
def peers(peers_installed: None, mock: MockServer, tmp_path: Path) -> Peers:
    return _serve(mock, tmp_path)


@pytest.fixture
def today(sdk_today_installed: None, mock: MockServer, tmp_path: Path) -> Peers:
    """The served mock, for peers running today's databricks-sdk (``Peers.sdk_today``)."""
    return _serve(mock, tmp_path)


@pytest.fixture
def api(mock: MockServer) -> Iterator[httpx.Client]:
    """In-process client to inspect the mock's state through its API (no peer involved)."""
    with with_token(mock, TOKEN) as c:
        yield c


def call(api: httpx.Client, method: str, path: str, **kwargs: Any) -> Any:
    r = api.request(method, path, **kwargs)
    assert r.status_code == 200, f"{method} {path}: {r.status_code} {r.text}"
    return r.json()


def dbfs_bytes(api: httpx.Client, path: str) -> bytes:
    """A DBFS file's content as the mock stores it, read through its API in 1 MB windows (no peer involved)."""
    size = call(api, "GET", "/api/2.0/dbfs/get-status", params={"path": path})["file_size"]
    out = bytearray()
    while len(out) < size:
        window = call(api, "GET", "/api/2.0/dbfs/read", params={"path": path, "offset": len(out), "length": 1 << 20})
        assert window["bytes_read"] > 0, f"{path}: read nothing at offset {len(out)} of {size}"
        out += base64.b64decode(window["data"])
    return bytes(out)
