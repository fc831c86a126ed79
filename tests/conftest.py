"""Shared fixtures: an in-process mock (manual virtual clock, response validation on) and clients bound to it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from dbrest_mock import MockConfig, MockServer

TOKEN = "dapi-test-token"
USER = "admin@example.com"


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
