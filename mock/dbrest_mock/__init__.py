"""dbrest_mock: a stateful local Databricks workspace (REST API 1.2, 2.0 and Jobs 2.1) for tests.

Run it with ``python -m dbrest_mock --port 0`` or in-process with :class:`MockServer`; in pytest, the
``databricks_mock`` fixture (``dbrest_mock.pytest_plugin``) gives a served mock with its URL and token.
"""

from .errors import ApiError
from .server import MockServer
from .service import MockConfig

__all__ = ["ApiError", "MockConfig", "MockServer"]
