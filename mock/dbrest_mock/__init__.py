"""dbrest_mock: a stateful local Databricks workspace (REST API 1.2, 2.0 and Jobs 2.1) for tests.

Run it with ``python -m dbrest_mock --port 0`` or in-process with :class:`MockServer`; in pytest, the
``databricks_mock`` fixture (``dbrest_mock.pytest_plugin``) gives a served mock with its URL and token.

Serving needs the ``mock`` extra (``pip install 'dbrest[mock]'``). Importing this package does not: pytest loads
the plugin of every installed dbrest, so :class:`MockServer` (and its server stack) is imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ApiError
from .extra import MockExtraMissing, require_server_dependencies
from .service import MockConfig

if TYPE_CHECKING:
    from .server import MockServer

__all__ = ["ApiError", "MockConfig", "MockExtraMissing", "MockServer"]


def __getattr__(name: str) -> Any:  # PEP 562: the server stack on first use
    if name == "MockServer":
        require_server_dependencies()
        from .server import MockServer

        return MockServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
