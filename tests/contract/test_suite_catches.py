"""The contract suite fails when the mock breaks the contract: a response that violates its schema, and an
invalid request that is accepted. Each runs the real suite (test_operations.py) in a subprocess, for one
operation, on a mock broken by ``breakage.py``; the same run on the intact mock passes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from . import harness
from .breakage import broken_body

#: Operations whose contract holds on the intact mock: a list (always 200, a schema with required fields and
#: nested objects) and a create with required fields and bounds.
RESPONSE_OP = "ipAccessListsList"
REQUEST_OP = "globalInitScriptsCreate"


def run_suite(op_id: str, breakage: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "DBREST_CONTRACT_BREAK"))}
    env.update(CI="true", DBREST_CONTRACT_OPS=op_id)
    if breakage:
        env["DBREST_CONTRACT_BREAK"] = f"{breakage}:{op_id}"
    cmd = [
        sys.executable, "-m", "pytest", "tests/contract/test_operations.py",
        "-p", "tests.contract.breakage", "-p", "no:cacheprovider", "-p", "no:xdist", "-q",
    ]  # fmt: skip
    return subprocess.run(cmd, cwd=harness.ROOT, env=env, capture_output=True, text=True, timeout=300)


def _output(done: subprocess.CompletedProcess[str]) -> str:
    return done.stdout[-4000:] + done.stderr[-2000:]


def test_broken_body_violates_the_schema() -> None:
    example = {"path": "/a.cpp", "is_dir": False, "file_size": 261}
    assert broken_body(example) == {"path": "/a.cpp", "is_dir": "False", "file_size": 261}
    assert broken_body({"items": [{"id": 1}]}) == {"items": ["not", "the", "documented", "shape"]}


@pytest.mark.parametrize("op_id", [RESPONSE_OP, REQUEST_OP])
def test_the_intact_mock_passes(op_id: str) -> None:
    done = run_suite(op_id)
    assert done.returncode == 0 and "1 passed" in done.stdout, _output(done)


def test_schema_violating_response_fails_the_suite() -> None:
    done = run_suite(RESPONSE_OP, "response")
    assert done.returncode == 1 and "1 failed" in done.stdout, _output(done)
    assert "Response violates schema" in done.stdout, _output(done)


def test_accepted_invalid_request_fails_the_suite() -> None:
    done = run_suite(REQUEST_OP, "request")
    assert done.returncode == 1 and "1 failed" in done.stdout, _output(done)
    assert "Schema-violating request accepted" in done.stdout, _output(done)
