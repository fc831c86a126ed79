"""Shared fixtures: an in-process mock (manual virtual clock, response validation on) and clients bound to it."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

TOKEN = "dapi-test-token"
USER = "admin@example.com"
_started = time.monotonic()


@pytest.fixture
def mock_config() -> MockConfig:
    """Override in a test module to change durations, users or flags."""
    return MockConfig(tokens={TOKEN: USER}, admins={USER}, validate_responses=True)


@pytest.fixture
def mock(mock_config: MockConfig) -> Iterator[MockServer]:
    server = MockServer(mock_config)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def client(mock: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url="http://mock", transport=mock.transport(), headers={"Authorization": f"Bearer {TOKEN}"}
    ) as c:
        yield c


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """The contract suite's report (tests/contract/test_exercised.py, test_live.py), also when it runs inside the
    whole suite under xdist: the summary tests ran in workers and left their text in the run directory, which is this
    process's basetemp (the workers' basetemps are its children). Here, not in tests/contract/conftest.py, because
    the xdist controller of ``pytest tests`` never loads that one."""
    factory = getattr(config, "_tmp_path_factory", None)
    if factory is None:
        return
    summary = factory.getbasetemp() / "dbrest-contract" / "summary.txt"
    if summary.exists():
        terminalreporter.write_sep("-", "dbrest contract")
        for line in summary.read_text(encoding="utf-8").splitlines():
            terminalreporter.write_line(line)
        terminalreporter.write_line(
            f"dbrest contract: run time {time.monotonic() - _started:.1f} s (this pytest session)"
        )
