"""dbrest_mock: a stateful local Databricks workspace (REST API 1.2, 2.0 and Jobs 2.1) for tests.

Run it with ``python -m dbrest_mock --port 0`` or in-process with :class:`MockServer`; ``mock_databricks()``
serves one that every client in the process reaches (context manager or decorator); in pytest, the
``databricks_mock`` fixture (``dbrest_mock.pytest_plugin``) does the same per test.
"""

from .context import active_mock, mock_databricks
from .errors import ApiError
from .requestlog import LoggedRequest, RequestLog
from .scenarios import Scenarios
from .server import MockServer
from .service import MockConfig
from .state import StateError
from .timetravel import AsyncMockClock, MockClock

__all__ = [
    "ApiError",
    "AsyncMockClock",
    "LoggedRequest",
    "MockClock",
    "MockConfig",
    "MockServer",
    "RequestLog",
    "Scenarios",
    "StateError",
    "active_mock",
    "mock_databricks",
]
