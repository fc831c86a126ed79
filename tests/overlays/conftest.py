"""Fixtures shared by the overlay tests that drive ``dbrest.Workspace`` against the in-process mock."""

from __future__ import annotations

import dbrest
import pytest
from dbrest_mock import MockServer

from tests.conftest import TOKEN
from tests.overlays.test_commands import Recorder


@pytest.fixture
def recorder(mock: MockServer) -> Recorder:
    """Every request the workspace sends, recorded on its way to the in-process mock."""
    return Recorder(mock.transport())


@pytest.fixture
def ws(recorder: Recorder) -> dbrest.Workspace:
    return dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=recorder)
