"""Fixtures shared by the mock's HTTP tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from dbrest_mock import MockServer

from tests.mock.helpers import USER_TOKEN, with_token


@pytest.fixture
def user_client(mock: MockServer) -> Iterator[httpx.Client]:
    """A client with ``USER_TOKEN``: the module's ``mock_config`` gives that token to a non-admin user."""
    with with_token(mock, USER_TOKEN) as c:
        yield c
