"""pytest wiring of the contract suite: the live-mode options, the run log shared by xdist workers, test order.

Two modes:

* default: every operation against the in-process mock (``make contract``, part of ``make test``);
* live, with ``--live-url URL --live-token TOKEN``: the read-only subset against a workspace (``make contract
  URL=... TOKEN=...``); every other contract test is skipped, nothing is ever sent that could mutate.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from dbrest.config import is_loopback

from . import harness
from .runlog import RunLog, worker_id

HERE = Path(__file__).resolve().parent


def _spec_driven_generation() -> None:
    """Hypothesis mixes string and number literals of every *local* module loaded so far (here: dbrest_mock,
    dbrest_client, dbrest) into generated data. Which modules are loaded depends on which tests ran before in the
    process, i.e. on pytest-xdist's timing-dependent scheduling, so generation would differ between two runs of
    the same code. Off for this process: the spec alone drives generation (as with schemathesis' own constants
    analysis, switched off in harness.config). Hypothesis has no public switch for it (local constants came with
    HypothesisWorks/hypothesis#4356 and #4366), so this replaces the private providers._get_local_constants: the
    guard leaves a Hypothesis without it untouched."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover - a Hypothesis without local constants
        return
    if hasattr(providers, "_get_local_constants") and hasattr(providers, "CONSTANTS_CACHE"):
        empty = providers.Constants()
        providers._get_local_constants = lambda: empty
        providers.CONSTANTS_CACHE.cache.clear()


_spec_driven_generation()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("dbrest-contract", "dbrest contract tests (tests/contract)")
    group.addoption(
        "--live-url",
        default=None,
        help="run the read-only contract subset against this workspace (https://adb-....azuredatabricks.net)",
    )
    group.addoption(
        "--live-token",
        default=os.environ.get("DATABRICKS_TOKEN") or None,
        help="personal access token for --live-url (default: $DATABRICKS_TOKEN, which keeps it off the command line)",
    )
    group.addoption(
        "--live-rate",
        default="10/s",
        help="request rate limit of the live mode (default 10/s; Databricks allows 30/s per workspace)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "live: contract test of the live mode (--live-url); skipped otherwise")
    config.addinivalue_line("markers", "contract_summary: runs after every other test and reads the run log")
    url = config.getoption("live_url", default=None)
    token = config.getoption("live_token", default=None)
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise pytest.UsageError(f"--live-url must be an http(s) URL, not {url!r}")
        if parts.scheme == "http" and not is_loopback(url):
            raise pytest.UsageError("--live-url: refusing to send a token over plain http to a non-loopback host")
        if not token:
            raise pytest.UsageError("--live-url needs a token: set DATABRICKS_TOKEN (or pass --live-token)")
        harness.LIVE.url = url.rstrip("/")
        harness.LIVE.token = token
        harness.LIVE.rate = config.getoption("live_rate", default="10/s")


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    live = harness.LIVE.enabled
    ours = [item for item in items if HERE in Path(str(item.path)).parents]
    for item in ours:
        is_live = item.get_closest_marker("live") is not None
        if live and not is_live:
            item.add_marker(pytest.mark.skip(reason="live mode runs only the read-only subset"))
        elif not live and is_live:
            item.add_marker(pytest.mark.skip(reason="live mode only: make contract URL=https://... TOKEN=..."))
    # The summaries read what the other tests recorded: they go last (xdist sends items in this order).
    summaries = [item for item in ours if item.get_closest_marker("contract_summary") is not None]
    items[:] = [item for item in items if item not in summaries] + summaries


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory every xdist worker of this run shares (the workers' basetemps are siblings)."""
    base = tmp_path_factory.getbasetemp()
    return (base.parent if worker_id() != "main" else base) / "dbrest-contract"


@pytest.fixture(scope="session")
def run_log(run_dir: Path) -> RunLog:
    return RunLog(run_dir)


@pytest.fixture
def record_test(run_log: RunLog, request: pytest.FixtureRequest) -> Iterator[RunLog]:
    """Tell the summaries that this test ran (whatever its outcome), with what it recorded."""
    try:
        yield run_log
    finally:
        run_log.finish(request.node.name)
