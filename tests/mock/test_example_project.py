"""The sample project (examples/pipeline_project) is what a user of the mock writes: its tests, run as its own
pytest session with the databricks_mock fixture, pass, and each takes under two seconds of real time although
the pipeline waits for a cluster start (300 virtual seconds), two task runs and a retry."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2] / "examples" / "pipeline_project"


def test_the_sample_projects_tests_pass_in_under_two_seconds_each(tmp_path: Path) -> None:
    report = tmp_path / "junit.xml"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABRICKS_", "PYTEST_"))}
    env["HOME"] = str(tmp_path)  # no ~/.databrickscfg or ~/.netrc of the machine
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:xdist",
            f"--junitxml={report}",
            "-o",
            "junit_duration_report=call",
        ],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    cases = ET.parse(report).getroot().iter("testcase")
    times = {case.get("name"): float(case.get("time", "nan")) for case in cases}
    assert len(times) == 5, times
    slow = {name: seconds for name, seconds in times.items() if not seconds < 2.0}
    assert not slow, f"tests of the sample project over 2 s of real time: {slow}"
