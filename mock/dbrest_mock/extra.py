"""The mock's server dependencies are dbrest's ``mock`` extra (``pip install 'dbrest[mock]'``), not its runtime
dependencies: the client stands alone. This module (stdlib only) says which of them are missing, so that importing
``dbrest_mock`` (the pytest plugin entry point does) never fails, and serving a mock fails with what to install.
"""

from __future__ import annotations

from importlib.util import find_spec

#: The import name of each server dependency, and the distribution that provides it (pyproject.toml, `mock`).
SERVER_MODULES = {
    "uvicorn": "uvicorn",
    "python_multipart": "python-multipart",
    "jsonschema": "jsonschema",
    "referencing": "referencing",
}
INSTALL_HINT = "pip install 'dbrest[mock]'"


class MockExtraMissing(ImportError):
    """Serving a mock needs the ``mock`` extra of dbrest, and some of it is not installed."""


def missing_server_dependencies() -> list[str]:
    """The distributions of the ``mock`` extra that are not installed (empty when the mock can serve)."""
    return [dist for module, dist in SERVER_MODULES.items() if find_spec(module) is None]


def require_server_dependencies() -> None:
    """Raise :class:`MockExtraMissing`, naming what to install, unless the mock's server stack is importable."""
    missing = missing_server_dependencies()
    if missing:
        raise MockExtraMissing(
            f"serving dbrest_mock needs its server dependencies, and {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} not installed: {INSTALL_HINT}"
        )
