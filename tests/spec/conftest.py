from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle() -> dict[str, Any]:
    """The bundle built from spec/ as it is now (not the committed copy)."""
    sys.path.insert(0, str(ROOT / "generator"))
    import bundle as bundler

    doc: dict[str, Any] = bundler.bundle()
    return doc


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)


def load_examples() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (ROOT / "reference" / "examples.jsonl").read_text().splitlines() if line]
