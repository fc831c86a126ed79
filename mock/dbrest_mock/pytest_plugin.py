"""pytest fixtures for your own test suites: a served dbrest_mock per test.

Enable with ``-p dbrest_mock.pytest_plugin`` or ``pytest_plugins = ["dbrest_mock.pytest_plugin"]``::

    def test_my_job(databricks_mock):
        ws = dbrest.Workspace(host=databricks_mock.url, token=databricks_mock.token)
        cluster_id = ws.clusters.create(...).cluster_id
        databricks_mock.advance(600)   # the cluster is RUNNING now; no sleeping

The fixture serves the mock on a free loopback port (instant durations off: realistic lifecycles on a
manual virtual clock), so any client, dbrest or not, can talk to it over HTTP.

pytest loads this plugin wherever dbrest is installed, also without the ``mock`` extra: the server stack is
imported when the fixture is used, which then fails with what to install (``pip install 'dbrest[mock]'``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from .extra import require_server_dependencies
from .faults import Fault
from .service import MockConfig

if TYPE_CHECKING:
    from .server import MockServer


@dataclass
class DatabricksMock:
    """What the fixture hands out: the URL and token to configure a client with, and the controls."""

    server: MockServer
    url: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        """The Authorization header for this mock's API and control API (``/__mock/*`` takes a credential too)."""
        return {"Authorization": f"Bearer {self.token}"}

    def advance(self, seconds: float) -> int:
        return self.server.advance(seconds)

    def reset(self) -> None:
        self.server.reset()

    def add_fault(self, **spec: Any) -> Fault:
        return self.server.add_fault(**spec)

    def list_faults(self) -> list[Fault]:
        return self.server.list_faults()

    def clear_faults(self) -> None:
        self.server.clear_faults()


@pytest.fixture
def databricks_mock_config() -> MockConfig:
    """Override to configure the mock (durations, tokens, execute_python ...)."""
    return MockConfig()


@pytest.fixture
def databricks_mock(databricks_mock_config: MockConfig) -> Iterator[DatabricksMock]:
    require_server_dependencies()
    from .server import MockServer

    server = MockServer(databricks_mock_config)
    url = server.serve("127.0.0.1", 0)
    try:
        yield DatabricksMock(server, url, server.token)
    finally:
        server.stop()
