"""The client stands alone (issue 15, item 5): ``import dbrest``, every `dbrest` command but `mock serve`, and
pytest with the dbrest_mock plugin work where the mock's server stack (the ``mock`` extra) is not installed.

Each check runs in a subprocess in which that stack cannot be imported: a meta-path finder refuses it (what an
environment without the extra looks like to Python), and the subprocess reports what it tried to import.
tests/packaging/test_wheel.py checks the same on a built wheel in a fresh venv, for a few commands.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbrest_mock import MockConfig, MockServer
from dbrest_mock.extra import SERVER_MODULES

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "dapi-standalone"
#: The modules an environment without the extra lacks, and dbrest_mock's modules that need them.
MOCK_STACK = (*SERVER_MODULES, "dbrest_mock.server", "dbrest_mock.app", "dbrest_mock.spec")

# Prepended to every script: the path finder no longer finds the mock stack, as in an environment without it.
BLOCKER = textwrap.dedent(
    f"""
    import importlib.machinery, json, sys
    STACK = {MOCK_STACK!r}

    class WithoutMockExtra(importlib.machinery.PathFinder):
        @classmethod
        def find_spec(cls, name, path=None, target=None):
            if name in STACK or name.split(".")[0] in STACK:
                return None
            return super().find_spec(name, path, target)

    sys.meta_path[:] = [WithoutMockExtra if f is importlib.machinery.PathFinder else f for f in sys.meta_path]

    def loaded():
        return sorted(m for m in sys.modules if m in STACK or m.split(".")[0] in STACK)
    """
)


def run(script: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER + textwrap.dedent(script)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_importing_dbrest_and_dbrest_mock_needs_no_server_stack(tmp_path: Path) -> None:
    report = run(
        """
        import dbrest, dbrest.cli, dbrest_client, dbrest_mock, dbrest_mock.pytest_plugin, dbrest_mock.__main__
        parser = dbrest.cli.build_parser()   # with the options of `mock serve`, read from dbrest_mock
        try:
            dbrest_mock.MockServer
        except ImportError as exc:
            hint = str(exc)
        print(json.dumps({"loaded": loaded(), "hint": hint}))
        """,
        tmp_path,
    )
    assert report["loaded"] == []
    assert "pip install 'dbrest[mock]'" in str(report["hint"])
    assert "uvicorn" in str(report["hint"])


@pytest.fixture
def served() -> Iterator[MockServer]:
    server = MockServer(
        MockConfig(tokens={TOKEN: "admin@example.com"}, admins={"admin@example.com"}, durations="instant")
    )
    try:
        server.serve("127.0.0.1", 0)
        yield server
    finally:
        server.stop()


def test_every_command_but_mock_serve_runs_without_the_server_stack(tmp_path: Path, served: MockServer) -> None:
    """Each command runs to the end (against a served mock where it talks to one) in one process that cannot
    import the mock stack; `mock serve` says what to install instead."""
    (tmp_path / "local.txt").write_text("hello\n")
    (tmp_path / "nb.py").write_text("# Databricks notebook source\nprint(1)\n")
    (tmp_path / "run.json").write_text(
        json.dumps(
            {
                "run_name": "standalone",
                "tasks": [
                    {
                        "task_key": "t",
                        "new_cluster": {
                            "spark_version": "13.3.x-scala2.12",
                            "node_type_id": "Standard_DS3_v2",
                            "num_workers": 1,
                        },
                        "notebook_task": {"notebook_path": "/Users/admin@example.com/nb"},
                    }
                ],
            }
        )
    )
    cluster = json.dumps(
        {"cluster_name": "s", "spark_version": "13.3.x-scala2.12", "node_type_id": "Standard_DS3_v2", "num_workers": 1}
    )
    commands: list[list[str]] = [
        ["fs", "mkdirs", "dbfs:/s"],
        ["fs", "cp", "local.txt", "dbfs:/s/a.txt"],
        ["fs", "ls", "dbfs:/s"],
        ["fs", "cat", "dbfs:/s/a.txt"],
        ["fs", "mv", "dbfs:/s/a.txt", "dbfs:/s/b.txt"],
        ["fs", "cp", "dbfs:/s/b.txt", "back.txt"],
        ["fs", "rm", "dbfs:/s/b.txt"],
        ["workspace", "import", "--language", "PYTHON", "nb.py", "/Users/admin@example.com/nb"],
        ["workspace", "export", "/Users/admin@example.com/nb", "exported.py"],
        ["clusters", "create", "--json", cluster, "--wait"],
        ["clusters", "list"],
        ["jobs", "list"],
        ["runs", "submit", "--json-file", "run.json", "--wait"],
        ["spec", "coverage"],
        # reaches the point of reading the SDK (after importing dbrest.drift), which is not there: a usage error
        ["spec", "drift", "--sdk-python", str(tmp_path / "no-python")],
        ["mock", "serve", "--port", "0"],
    ]
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DATABRICKS_HOST": served.url,
        "DATABRICKS_TOKEN": TOKEN,
        "NO_PROXY": "*",
    }
    report = run(
        f"""
        import contextlib, io
        from dbrest.cli import main
        codes, outputs = [], []
        for argv in {commands!r}:
            out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                codes.append(main(["-q", *argv]))
            out.flush()
            outputs.append(out.buffer.getvalue().decode() + err.getvalue())
        print(json.dumps({{"loaded": loaded(), "codes": codes, "outputs": outputs}}))
        """,
        tmp_path,
        env=env,
    )
    codes, outputs = report["codes"], report["outputs"]
    assert isinstance(codes, list) and isinstance(outputs, list)
    by_command = {" ".join(argv[:2]): (code, out) for argv, code, out in zip(commands, codes, outputs, strict=True)}
    expected = {name: 0 for name in by_command}
    expected["spec coverage"] = by_command["spec coverage"][0]  # 3 while some target operations are not specified
    expected["spec drift"] = 2
    expected["mock serve"] = 1
    assert {name: code for name, (code, _) in by_command.items()} == expected, json.dumps(by_command, indent=1)
    assert expected["spec coverage"] in (0, 3)
    assert "hello" in by_command["fs cat"][1]
    assert (tmp_path / "back.txt").read_text() == "hello\n"
    assert "print(1)" in (tmp_path / "exported.py").read_text()
    assert "pip install 'dbrest[mock]'" in by_command["mock serve"][1]
    assert report["loaded"] == []


def test_pytest_with_the_plugin_runs_without_the_server_stack(tmp_path: Path) -> None:
    """pytest loads dbrest_mock.pytest_plugin (a pytest11 entry point) wherever dbrest is installed: without the
    extra the session still runs, and a test using the fixture errors with what to install."""
    (tmp_path / "test_user.py").write_text(
        "def test_plain():\n    assert 1 + 1 == 2\n\n\ndef test_fixture(databricks_mock):\n    pass\n"
    )
    report = run(
        """
        import contextlib, io, pytest
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:xdist", "test_user.py"])
        print(json.dumps({"loaded": loaded(), "code": int(code), "out": out.getvalue()}))
        """,
        tmp_path,
    )
    out = str(report["out"])
    assert report["code"] == 1, out
    assert "1 passed, 1 error" in out
    assert "pip install 'dbrest[mock]'" in out
    assert report["loaded"] == []
