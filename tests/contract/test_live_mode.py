"""The live mode (``make contract URL=... TOKEN=...``), tested against the mock served by ``python -m dbrest_mock``
in a separate process on a loopback port: it passes on a mock that keeps the contract, reports the disagreements of
one that does not, and never sends anything that could mutate."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import requests

from . import harness
from .live_report import MutationBlocked, ReadOnlySession

TOKEN = "dapi-live-mode-test"


@pytest.fixture(scope="module")
def served_mock() -> Iterator[str]:
    cmd = [sys.executable, "-m", "dbrest_mock", "--port", "0", "--token", TOKEN, "--clock", "manual"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("dbrest_mock listening on http://127.0.0.1:"), line + (
            proc.stderr.read() if proc.stderr else ""
        )
        yield line.rsplit(" ", 1)[-1].strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def run_live(url: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "DBREST_CONTRACT_"))}
    env["CI"] = "true"
    cmd = [
        sys.executable, "-m", "pytest", "tests/contract/test_live.py", "-p", "no:cacheprovider", "-p", "no:xdist",
        "-q", "--live-url", url, "--live-token", TOKEN, "--live-rate", "10000/s",
    ]  # fmt: skip
    return subprocess.run(cmd, cwd=harness.ROOT, env=env, capture_output=True, text=True, timeout=600)


def snapshot(url: str) -> dict[str, Any]:
    """What every parameterless read-only GET answers: equal before and after means nothing was changed."""
    out: dict[str, Any] = {}
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        for op in harness.iter_ops(lambda op: op.method == "GET" and "{" not in op.path):
            required = [p for p in op.raw.get("parameters", []) if harness.deref(p).get("required")]
            if not required:
                r = client.get(op.path)
                out[op.op_id] = (r.status_code, r.text)
    return out


def test_live_mode_passes_and_mutates_nothing(served_mock: str) -> None:
    before = snapshot(served_mock)
    done = run_live(served_mock)
    out = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 0, out
    read_only = sum(1 for _ in harness.iter_ops(lambda op: op.read_only))
    assert f"{read_only}/{read_only} read-only operations exercised" in done.stdout, out
    assert "disagreements with the spec: 0 kinds in 0 operations" in done.stdout, out
    assert snapshot(served_mock) == before


def test_live_mode_reports_disagreements(served_mock: str) -> None:
    fault = {"method": "GET", "path": "/api/2.0/clusters/list", "status": 418, "error_code": "TEAPOT"}
    control = {"Authorization": f"Bearer {TOKEN}"}  # the control API takes the mock's token too
    assert httpx.post(f"{served_mock}/__mock/faults", json=fault, headers=control).status_code == 200
    try:
        done = run_live(served_mock)
    finally:
        httpx.delete(f"{served_mock}/__mock/faults", headers=control)
    out = done.stdout[-6000:] + done.stderr[-2000:]
    assert done.returncode == 1, out
    assert "  clusters20List (GET /api/2.0/clusters/list)\n    - ST103 Undocumented status code [418]" in done.stdout, (
        out
    )


def test_read_only_session_refuses_mutations() -> None:
    session = ReadOnlySession()
    assert session.allows("GET", "https://h/api/2.0/clusters/list")
    assert session.allows("POST", "https://h/api/2.0/clusters/events")
    assert session.allows("GET", "https://h/api/2.0/global-init-scripts/ABC123")
    assert not session.allows("POST", "https://h/api/2.0/clusters/create")
    assert not session.allows("DELETE", "https://h/api/2.0/global-init-scripts/ABC123")
    assert not session.allows("PATCH", "https://h/api/2.0/workspace-conf")
    request = requests.Request("POST", "https://adb.example/api/2.0/clusters/permanent-delete", json={}).prepare()
    with pytest.raises(MutationBlocked):
        session.send(request)


def test_live_mode_generates_only_read_only_requests() -> None:
    cfg = harness.config(live=True)
    assert not cfg.projects.default.phases.stateful.enabled
    assert cfg.projects.default.phases.coverage.unexpected_methods == set()
    for op in harness.iter_ops(lambda op: op.read_only):
        assert op.method == "GET" or op.op_id in harness.READ_ONLY_POSTS
    assert all(harness.OPERATIONS[op_id].method == "POST" for op_id in harness.READ_ONLY_POSTS)
