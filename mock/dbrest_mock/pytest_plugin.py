"""pytest fixtures for your own test suites: a served dbrest_mock per test, reachable by every client.

Installed as a pytest plugin with dbrest (entry point ``dbrest_mock``)::

    def test_my_job(databricks_mock):
        ws = dbrest.Workspace.from_env()            # the fixture pointed DATABRICKS_HOST/TOKEN at the mock
        cluster_id = ws.clusters.create(body=...).cluster_id
        ws.clusters.wait_running(cluster_id)        # 300 virtual seconds; no real sleeping

The fixture is :func:`dbrest_mock.mock_databricks` for one test: the mock serves on a free loopback port, the
environment names it (restored after the test), and dbrest clients built for its URL wait on its virtual clock
(time travel). Realistic durations by default; override ``databricks_mock_config`` for others (``instant`` for
clients that sleep on their own, such as databricks-sdk).

pytest loads this plugin wherever dbrest is installed, also without the ``mock`` extra: the server stack is
imported when the fixture is used, which then fails with what to install (``pip install 'dbrest[mock]'``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from .context import mock_databricks
from .faults import Fault
from .requestlog import RequestLog
from .scenarios import Scenarios
from .service import MockConfig
from .timetravel import MockClock

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

    @property
    def clock(self) -> MockClock:
        """The mock's virtual clock in dbrest's clock protocol (``Workspace(clock=...)``)."""
        return self.server.clock

    @property
    def requests(self) -> RequestLog:
        """The API requests served so far (``filter``, ``assert_called``, ``assert_not_called``)."""
        return self.server.requests

    @property
    def scenarios(self) -> Scenarios:
        """Outcomes to force: a failing run, a cluster that fails to start, a library or command failure."""
        return self.server.scenarios

    def workspace(self, **kwargs: Any) -> Any:
        """A ``dbrest.Workspace`` for this mock, on its virtual clock."""
        return self.server.workspace(**kwargs)

    def async_workspace(self, **kwargs: Any) -> Any:
        """A ``dbrest.AsyncWorkspace`` for this mock, on its virtual clock."""
        return self.server.async_workspace(**kwargs)

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

    def load_state(self, source: dict[str, Any] | str | os.PathLike[str]) -> None:
        self.server.load_state(source)

    def export_state(self, path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
        return self.server.export_state(path)


@pytest.fixture
def databricks_mock_config() -> MockConfig:
    """Override to configure the mock (durations, tokens, state, execute_python ...)."""
    return MockConfig()


@pytest.fixture
def databricks_mock(databricks_mock_config: MockConfig) -> Iterator[DatabricksMock]:
    with mock_databricks(databricks_mock_config) as server:
        assert server.url is not None
        yield DatabricksMock(server, server.url, server.token)
