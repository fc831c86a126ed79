"""What the contract tests of one run observed, shared between pytest-xdist workers through files.

Each worker writes its own ``<worker>.json`` (atomically, after every test that records something) into a
directory all workers of the run share. The summary tests (every operation exercised, the live report) run last
in collection order and read every worker's file; under xdist the other worker may still be finishing its last
tests, so they wait until every expected test has reported.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

WAIT_SECONDS = 600.0
#: The summary tests append their report here; the terminal summary prints it.
SUMMARY_FILE = "summary.txt"


def worker_id() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@dataclass
class OpStats:
    calls: int = 0
    #: Schema-valid requests the operation's handler answered (not 501 NOT_IMPLEMENTED, not an auth rejection).
    handled: int = 0
    statuses: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {"calls": self.calls, "handled": self.handled, "statuses": dict(sorted(self.statuses.items()))}

    def merge(self, data: dict[str, Any]) -> None:
        self.calls += data["calls"]
        self.handled += data["handled"]
        self.statuses.update(data["statuses"])


@dataclass
class RunLog:
    """This worker's observations; ``flush`` writes them for the summary tests."""

    directory: Path
    worker: str = field(default_factory=worker_id)
    done: list[str] = field(default_factory=list)
    ops: dict[str, OpStats] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)

    def record(self, op_id: str, status: int, *, handled: bool) -> None:
        stats = self.ops.setdefault(op_id, OpStats())
        stats.calls += 1
        stats.handled += int(handled)
        stats.statuses[str(status)] += 1

    def finding(self, **entry: Any) -> None:
        self.findings.append(entry)

    def finish(self, test_name: str) -> None:
        self.done.append(test_name)
        self.flush()

    def flush(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        data = {
            "done": self.done,
            "ops": {k: v.to_json() for k, v in sorted(self.ops.items())},
            "findings": self.findings,
        }
        tmp = self.directory / f".{self.worker}.json.tmp"
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.directory / f"{self.worker}.json")


@dataclass
class Gathered:
    done: set[str]
    ops: dict[str, OpStats]
    findings: list[dict[str, Any]]


def gather(directory: Path) -> Gathered:
    done: set[str] = set()
    ops: dict[str, OpStats] = {}
    findings: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        done.update(data["done"])
        for op_id, stats in data["ops"].items():
            ops.setdefault(op_id, OpStats()).merge(stats)
        findings.extend(data["findings"])
    return Gathered(done, ops, findings)


def wait_for(directory: Path, expected: set[str], timeout: float = WAIT_SECONDS) -> Gathered:
    """Everything the workers recorded, once every test in ``expected`` has reported (or the timeout passed)."""
    deadline = time.monotonic() + timeout
    while True:
        gathered = gather(directory) if directory.exists() else Gathered(set(), {}, [])
        if expected <= gathered.done or time.monotonic() > deadline:
            return gathered
        time.sleep(0.2)


def write_summary(directory: Path, text: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / SUMMARY_FILE).open("a", encoding="utf-8") as f:
        f.write(text.rstrip("\n") + "\n")


class CallRecorder:
    """Records every call schemathesis makes for ``schema`` into the running test's RunLog (the ``record_test``
    fixture): ``REC = CallRecorder(schema)`` then ``_recorded = REC.fixture()`` at module level."""

    def __init__(self, schema: Any, record: Any) -> None:
        self.log: RunLog | None = None

        @schema.hook
        def after_call(context: Any, case: Any, response: Any) -> None:
            if self.log is not None:
                record(self.log, case, response)

    def fixture(self) -> Any:
        import pytest

        @pytest.fixture(autouse=True)
        def _recorded(record_test: RunLog) -> Any:
            self.log = record_test
            yield
            self.log = None

        return _recorded
