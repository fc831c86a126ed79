"""The sample project's pipeline written with today's databricks-sdk (examples/pipeline_project/tests_sdk), run
unmodified by .venv-sdk's Python against ``dbrest_mock.mock_databricks(durations="instant")`` served by this
process: the subprocess inherits DATABRICKS_HOST, DATABRICKS_TOKEN and the empty DATABRICKS_CONFIG_FILE that
mock_databricks sets, so ``WorkspaceClient()`` reaches the mock without arguments. The SDK's waiters sleep for
real, so the instant durations are what keep the tests fast: each wait ends at its first poll."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from dbrest_mock import mock_databricks

from tests.interop.conftest import SDK_TODAY_PYTHON

PROJECT = Path(__file__).resolve().parents[2] / "examples" / "pipeline_project"


def test_the_sdk_variant_of_the_sample_project_passes_through_mock_databricks(
    sdk_today_installed: None, tmp_path: Path
) -> None:
    with mock_databricks(durations="instant") as mock:
        env = {**os.environ, "PYTHONPATH": str(PROJECT / "src"), "HOME": str(tmp_path)}
        started = time.perf_counter()
        result = subprocess.run(
            [str(SDK_TODAY_PYTHON), "-m", "unittest", "-v", "tests_sdk/test_pipeline_sdk.py"],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        elapsed = time.perf_counter() - started
        served = len(mock.requests)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-6000:]
    assert "Ran 5 tests" in result.stderr and "OK" in result.stderr
    assert served > 0  # the tests' last requests (each test resets the mock first)
    # Five tests, the SDK's interpreter start-up included: none of the SDK's waits slept.
    assert elapsed < 30, elapsed
