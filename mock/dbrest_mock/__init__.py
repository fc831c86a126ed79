"""dbrest_mock: a stateful local Databricks workspace (REST API 1.2 and 2.0, Clusters 2.1, Jobs 2.1/2.2) for tests.

Run it with ``python -m dbrest_mock --port 0`` or in-process with :class:`MockServer`; ``mock_databricks()``
serves one that every client in the process reaches (context manager or decorator); in pytest, the
``databricks_mock`` fixture (``dbrest_mock.pytest_plugin``) does the same per test.

Serving needs the ``mock`` extra (``pip install 'dbrest[mock]'``). Importing this package does not: pytest loads
the plugin of every installed dbrest, so :class:`MockServer` (and its server stack) is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .context import active_mock, mock_databricks
from .errors import ApiError
from .extra import MockExtraMissing, require_server_dependencies
from .requestlog import LoggedRequest, RequestLog
from .scenarios import Scenarios
from .service import MockConfig
from .state import StateError
from .timetravel import AsyncMockClock, MockClock

if TYPE_CHECKING:
    from .server import MockServer

__all__ = [
    "ApiError",
    "AsyncMockClock",
    "LoggedRequest",
    "MockClock",
    "MockConfig",
    "MockExtraMissing",
    "MockServer",
    "RequestLog",
    "Scenarios",
    "StateError",
    "active_mock",
    "mock_databricks",
]


def __getattr__(name: str) -> Any:  # PEP 562: the server stack on first use
    if name == "MockServer":
        require_server_dependencies()
        from .server import MockServer

        return MockServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
