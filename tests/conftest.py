"""Shared fixtures: an in-process mock (manual virtual clock, response validation on) and clients bound to it."""

from __future__ import annotations

import contextlib
import logging
import re
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
    # pytest keeps the session's TempPathFactory only in the private config._tmp_path_factory (a hook gets no
    # fixtures); pytest-xdist reads the same attribute to give the workers their basetemps (xdist/workermanage.py).
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


# --- no credential text in any log record or dbrest exception, in any test ---------------------------------------

#: Every token the tests and the mock use: dapi-<name> in the tests, dapi + 32 hex digits from token/create.
SECRET = re.compile(r"dapi(?:-[A-Za-z0-9][A-Za-z0-9-]*|[0-9a-f]{32})")
_seen: list[str] = []


class _Recorder(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):  # a record that cannot be formatted is not a leak
            _seen.append(f"log {record.name}: {record.getMessage()}")


def _record_exception_texts() -> None:
    import dbrest.errors as errors

    for cls in (errors.DatabricksError, errors.ConfigurationError, errors.OperationFailed, errors.OperationTimeout):
        original = cls.__init__

        def init(self: BaseException, *args: object, __original: object = original, **kwargs: object) -> None:
            __original(self, *args, **kwargs)  # type: ignore[operator]
            _seen.append(f"{type(self).__name__}: {self}")

        cls.__init__ = init  # type: ignore[method-assign]


def pytest_configure(config: pytest.Config) -> None:
    handler = _Recorder(level=logging.DEBUG)
    for name in ("dbrest", "dbrest_mock", "httpx"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    _record_exception_texts()


@pytest.fixture(autouse=True)
def _no_credentials_in_logs_or_errors() -> Iterator[None]:
    """Fails a test whose run put a token into a log record or into the text of a dbrest exception."""
    _seen.clear()
    yield
    leaks = [text for text in _seen if SECRET.search(text)]
    _seen.clear()
    if leaks:
        pytest.fail("credentials in logs or exception texts:\n" + "\n".join(leaks[:5]), pytrace=False)
