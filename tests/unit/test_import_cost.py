"""``import dbrest`` keeps httpx's command-line module (click, rich, pygments) out: upstream imports it from
``httpx/__init__`` whenever those are installed (encode/httpx#3547), ~100 ms that dbrest never uses. Run in fresh
interpreters: what an import loads is per process."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_import_dbrest_and_a_workspace_load_no_cli_library_of_httpx() -> None:
    out = _run(
        """
        import sys, dbrest
        dbrest.Workspace(host="https://x.cloud.databricks.com", token="dapi-not-a-real-token")
        print(sorted(m for m in ("click", "rich", "pygments") if m in sys.modules))
        """
    )
    assert out == "[]"


def test_httpx_main_still_runs_httpx_command_line_when_called() -> None:
    # the stand-in imports httpx's real command line on first call (its --help exits through click)
    out = _run(
        """
        import contextlib, io, sys, dbrest, httpx
        shown = io.StringIO()
        try:
            with contextlib.redirect_stdout(shown):
                httpx.main(["--help"])
        except SystemExit as exc:
            print(exc.code, "click" in sys.modules, "Usage: httpx" in shown.getvalue())
        """
    )
    assert out == "0 True True"


def test_httpx_imported_first_is_left_alone() -> None:
    out = _run(
        """
        import httpx, sys
        real = sys.modules.get("httpx._main")
        import dbrest
        print(sys.modules.get("httpx._main") is real)
        """
    )
    assert out == "True"
