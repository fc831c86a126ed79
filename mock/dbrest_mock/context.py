"""``mock_databricks()``: a mock that every client in the process reaches, and the clock that makes waits instant.

Like moto's ``mock_aws``: one context manager (or decorator) serves a mock on a free loopback port and points the
environment at it (``DATABRICKS_HOST``, ``DATABRICKS_TOKEN``, an empty ``DATABRICKS_CONFIG_FILE``; every other
``DATABRICKS_*``/Azure/Google credential variable unset), so ``dbrest.Workspace.from_env()`` and databricks-sdk's
``WorkspaceClient()`` reach it without arguments. Everything is restored on exit.

Time travel: a dbrest ``Workspace``/``AsyncWorkspace`` built for the mock's URL (``from_env()`` included) waits
on :class:`MockClock`, registered with :func:`dbrest.virtual_time.register_clock` for that loopback origin only:
when a waiter polls again or a retry backs off, the mock's virtual clock advances by the interval instead of the
process sleeping, so a cluster that takes 300 virtual seconds to start is RUNNING after a few milliseconds of
real time, through the same sequence of states. Clients that sleep on their own (databricks-sdk) cannot be
sped up this way: give them ``durations="instant"``.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .extra import require_server_dependencies
from .service import DurationMode, MockConfig

if TYPE_CHECKING:
    from .server import MockServer  # imported on first use: the server stack is the `mock` extra

F = TypeVar("F", bound=Callable[..., Any])

#: Variables that would give a client another host, profile or credential than the mock's (databricks-sdk
#: 0.162.0 config attributes, dbrest's config): unset while a mock_databricks() is active.
CREDENTIAL_VARIABLES = (
    "DATABRICKS_HOST",
    "DATABRICKS_TOKEN",
    "DATABRICKS_CONFIG_FILE",
    "DATABRICKS_CONFIG_PROFILE",
    "DATABRICKS_ACCOUNT_ID",
    "DATABRICKS_AUTH_TYPE",
    "DATABRICKS_AZURE_RESOURCE_ID",
    "DATABRICKS_AZURE_SP_MANAGEMENT_TOKEN",
    "DATABRICKS_CLIENT_ID",
    "DATABRICKS_CLIENT_SECRET",
    "DATABRICKS_CLUSTER_ID",
    "DATABRICKS_GOOGLE_SERVICE_ACCOUNT",
    "DATABRICKS_METADATA_SERVICE_URL",
    "DATABRICKS_OIDC_TOKEN_ENV",
    "DATABRICKS_OIDC_TOKEN_FILEPATH",
    "DATABRICKS_PASSWORD",
    "DATABRICKS_SERVERLESS_COMPUTE_ID",
    "DATABRICKS_USERNAME",
    "DATABRICKS_WAREHOUSE_ID",
    "DATABRICKS_WORKSPACE_ID",
    "ARM_CLIENT_ID",
    "ARM_CLIENT_SECRET",
    "ARM_TENANT_ID",
    "ARM_USE_MSI",
    "GOOGLE_CREDENTIALS",
)


_active: list[MockServer] = []
_active_lock = threading.Lock()


def active_mock() -> MockServer:
    """The innermost mock started by :func:`mock_databricks` (for code decorated with it); RuntimeError if none."""
    with _active_lock:
        if not _active:
            raise RuntimeError("no mock_databricks() is active: use it as a context manager, decorator or fixture")
        return _active[-1]


@contextlib.contextmanager
def _environment(url: str, token: str) -> Iterator[Path]:
    saved = {name: os.environ.get(name) for name in CREDENTIAL_VARIABLES}
    folder = Path(tempfile.mkdtemp(prefix="dbrest-mock-cfg-"))
    config_file = folder / "databrickscfg"
    config_file.write_text("")  # empty: no profile can name another workspace or credential
    try:
        for name in CREDENTIAL_VARIABLES:
            os.environ.pop(name, None)
        os.environ["DATABRICKS_HOST"] = url
        os.environ["DATABRICKS_TOKEN"] = token
        os.environ["DATABRICKS_CONFIG_FILE"] = str(config_file)
        yield config_file
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folder, ignore_errors=True)


class mock_databricks:  # named like moto's mock_aws: used as a function, a context manager and a decorator
    """Serve a mock Databricks workspace for the duration, reachable by any client in the process.

    As a context manager (the mock is the ``as`` target)::

        with dbrest_mock.mock_databricks() as mock:
            ws = dbrest.Workspace.from_env()                 # or databricks.sdk.WorkspaceClient()
            cid = ws.clusters.create(body=...).cluster_id
            ws.clusters.wait_running(cid)                    # 300 virtual seconds, a few ms of real time

    As a decorator (``dbrest_mock.active_mock()`` gives the mock inside)::

        @dbrest_mock.mock_databricks(durations="instant")
        def test_with_the_sdk(): ...

    ``config`` (a :class:`MockConfig`) or the shortcuts ``durations`` (``"realistic"``, the default, with time
    travel for dbrest clients; ``"instant"`` for clients that sleep on their own, such as databricks-sdk;
    ``"fast"``) and ``state`` (a dict or a JSON/YAML file to preload, see :mod:`dbrest_mock.state`).
    """

    def __init__(
        self,
        config: MockConfig | None = None,
        *,
        durations: DurationMode | None = None,
        state: dict[str, Any] | str | os.PathLike[str] | None = None,
    ) -> None:
        self._config = config
        self._durations = durations
        self._state = state
        self._stack: list[contextlib.ExitStack] = []

    def _make_config(self) -> MockConfig:
        import copy

        config = copy.deepcopy(self._config) if self._config is not None else MockConfig()
        if self._durations is not None:
            config.durations = self._durations
        if self._state is not None:
            config.state = self._state if isinstance(self._state, dict) else Path(self._state)
        return config

    def __enter__(self) -> MockServer:
        from dbrest.virtual_time import register_clock

        stack = contextlib.ExitStack()
        try:
            require_server_dependencies()
            from .server import MockServer

            server = stack.enter_context(MockServer(self._make_config()))
            url = server.serve("127.0.0.1", 0)
            stack.enter_context(_environment(url, server.token))
            stack.callback(register_clock(url, server.clock))
            with _active_lock:
                _active.append(server)

            def leave() -> None:
                with _active_lock:
                    _active.remove(server)

            stack.callback(leave)
        except BaseException:
            stack.close()
            raise
        self._stack.append(stack)
        return server

    def __exit__(self, *exc: object) -> None:
        self._stack.pop().close()

    def __call__(self, func: F) -> F:
        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def run_async(*args: Any, **kwargs: Any) -> Any:
                with self._fresh():
                    return await func(*args, **kwargs)

            return run_async  # type: ignore[return-value]

        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            with self._fresh():
                return func(*args, **kwargs)

        return run  # type: ignore[return-value]

    def _fresh(self) -> mock_databricks:
        """A new context of the same settings: a decorated function gets a fresh mock on every call."""
        return mock_databricks(self._config, durations=self._durations, state=self._state)


__all__ = ["active_mock", "mock_databricks"]
