"""reference/drift.md is what `make drift` writes for the spec as it is now and databricks-sdk 0.162.0 (.venv-sdk,
installed by `make test` through `make peers-sdk`): after a spec change, `make drift` must be run and its report
committed, so the report always tells the drift of the tree it is in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from dbrest.drift import compare, render, sdk_dir_of_python

ROOT = Path(__file__).resolve().parents[2]
SDK_PYTHON = ROOT / ".venv-sdk" / "bin" / "python"
SDK_VERSION = "0.162.0"


@pytest.fixture(scope="module")
def sdk_dir() -> Path:
    if not SDK_PYTHON.exists():
        pytest.fail(
            f"{SDK_PYTHON} is missing: run `make peers-sdk` (a venv with databricks-sdk=={SDK_VERSION})",
            pytrace=False,
        )
    return sdk_dir_of_python(SDK_PYTHON)


def test_committed_drift_report_is_current(bundle: dict[str, Any], sdk_dir: Path) -> None:
    report = compare(bundle, sdk_dir)
    assert report.sdk_version == SDK_VERSION, (
        f".venv-sdk holds databricks-sdk {report.sdk_version}: run `make peers-sdk`"
    )
    committed = (ROOT / "reference" / "drift.md").read_text(encoding="utf-8")
    assert committed == render(report), "reference/drift.md is stale: run `make drift` and commit it"
