"""The hand-written commands added with the generated ones: the databricks CLI's words (aliases, `runs`,
`workspace ls|rm|import-dir|export-dir`, `-` for stdin/stdout, `secrets put`, `libraries install --wait`,
`runs cancel --wait`), `--version`, `fs ls -l`, and the state line of waits on a terminal."""

from __future__ import annotations

import datetime
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbrest_mock import MockServer

from tests.overlays import test_cli
from tests.overlays.terminal import run_on_a_terminal
from tests.overlays.test_cli import create_cluster, run

served, env = test_cli.served, test_cli.env  # the shared fixtures

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    code, out, err = run(capsys, "--version")
    assert code == 0 and out == f"dbrest {version('dbrest')}\n" and err == ""


def test_the_databricks_cli_id_flags_are_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    cluster_id = create_cluster(capsys)
    code, out, _ = run(capsys, "-o", "json", "clusters", "get", "--cluster-id", cluster_id)
    assert code == 0 and json.loads(out)["cluster_id"] == cluster_id
    code, out, _ = run(capsys, "-o", "json", "clusters", "wait", "--cluster-id", cluster_id)
    assert code == 0 and json.loads(out)["state"] == "RUNNING"
    code, out, err = run(capsys, "exec", "--cluster-id", cluster_id, "print(42)")
    assert code == 0 and out.strip() == "42", err
    code, out, _ = run(capsys, "jobs", "create", "--name", "j")
    job_id = str(json.loads(out)["job_id"])
    code, out, _ = run(capsys, "-o", "json", "jobs", "get", "--job-id", job_id)
    assert code == 0 and json.loads(out)["job_id"] == int(job_id)
    code, _, err = run(capsys, "clusters", "wait")
    assert code == 2 and "missing cluster_id" in err and "--cluster-id" in err


def test_fs_ls_long_shows_sizes_modification_times_and_relative_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"12345")
    assert run(capsys, "fs", "cp", str(f), "dbfs:/l/a.txt")[0] == 0
    assert run(capsys, "fs", "mkdirs", "dbfs:/l/sub")[0] == 0
    code, out, _ = run(capsys, "fs", "ls", "-l", "dbfs:/l")
    lines = [line.split() for line in out.splitlines()]
    assert lines[0] == ["type", "size", "modification_time", "path"]
    rows = {row[-1]: row for row in lines[1:]}
    assert set(rows) == {"a.txt", "sub/"} and rows["a.txt"][:2] == ["file", "5"]
    assert datetime.datetime.fromisoformat(rows["a.txt"][2]).tzinfo is not None  # local ISO time
    code, out, _ = run(capsys, "fs", "ls", "--absolute", "dbfs:/l")
    assert code == 0 and out.split() == ["/l/a.txt", "/l/sub/"]


def test_workspace_ls_rm_mkdirs_and_the_dir_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.py").write_text("print('a')\n")
    (tree / "sub" / "b.sql").write_text("SELECT 1\n")
    code, _, err = run(capsys, "workspace", "import-dir", str(tree), "/Shared/p")
    assert code == 0 and "imported 2 notebooks" in err
    assert run(capsys, "workspace", "mkdirs", "/Shared/p/empty")[0] == 0  # generated
    code, out, _ = run(capsys, "workspace", "ls", "/Shared/p")
    assert out.split() == ["a", "empty/", "sub/"]
    code, out, _ = run(capsys, "workspace", "ls", "-l", "/Shared/p")
    assert out.splitlines()[0].split() == ["object_type", "language", "object_id", "modified_at", "path"]
    assert "NOTEBOOK" in out and "PYTHON" in out
    back = tmp_path / "back"
    code, _, err = run(capsys, "workspace", "export-dir", "/Shared/p", str(back))
    assert code == 0 and sorted(str(p.relative_to(back)) for p in back.rglob("*") if p.is_file()) == [
        "a.py",
        "sub/b.sql",
    ]
    code, _, err = run(capsys, "workspace", "import-dir", str(tree / "a.py"), "/Shared/q")
    assert code == 2 and "not a directory" in err
    code, _, err = run(capsys, "workspace", "rm", "/Shared/p")
    assert code == 1 and "DIRECTORY_NOT_EMPTY" in err and "Pass -r" in err, err
    assert run(capsys, "workspace", "rm", "-r", "/Shared/p")[0] == 0
    code, _, err = run(capsys, "workspace", "ls", "/Shared/p")
    assert code == 1 and "RESOURCE_DOES_NOT_EXIST" in err


def test_workspace_export_to_stdout_and_import_from_stdin(
    capfdbinary: pytest.CaptureFixture[bytes], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import io

    from dbrest.cli import main

    source = b"# Databricks notebook source\nprint('from stdin')\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source)))
    assert main(["workspace", "import", "--language", "PYTHON", "-", "/Shared/in"]) == 0
    capfdbinary.readouterr()
    assert main(["workspace", "export", "/Shared/in", "-"]) == 0
    assert b"print('from stdin')" in capfdbinary.readouterr().out
    assert not Path("-").exists()  # `-` is stdout, not a file named "-"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source)))
    assert main(["workspace", "import", "-", "/Shared/in2"]) == 2
    assert "needs --language" in capfdbinary.readouterr().err.decode()


@pytest.fixture
def secret_scope(capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "secrets", "scopes-create", "team")[0] == 0
    return "team"


def test_secrets_put_reads_the_value_from_stdin_a_file_or_a_prompt_and_never_echoes_it(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    served: MockServer,
    secret_scope: str,
    tmp_path: Path,
) -> None:
    import io

    ws = served.workspace()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"from-stdin")))
    code, out, err = run(capsys, "secrets", "put", secret_scope, "a")
    assert code == 0 and out == err == "" and ws.secrets.get_secret(secret_scope, "a") == b"from-stdin"
    blob = tmp_path / "cert.bin"
    blob.write_bytes(b"\xff\x00binary")
    code, out, err = run(capsys, "secrets", "put", secret_scope, "b", "--file", str(blob))
    assert code == 0 and ws.secrets.get_secret(secret_scope, "b") == b"\xff\x00binary"
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return "typed-secret"

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", fake_getpass)
    code, out, err = run(capsys, "secrets", "put", secret_scope, "c")
    assert code == 0 and prompts == ["value of team/c (not shown): "]
    assert "typed-secret" not in out + err and ws.secrets.get_secret(secret_scope, "c") == b"typed-secret"
    code, _, err = run(capsys, "secrets", "put", secret_scope, "d", "the-value")
    assert code == 2 and "unrecognized arguments" in err  # never on the command line


# --- waits, on the mock's virtual clock (realistic durations, no sleeping) -------------------------------------


@pytest.fixture
def virtual(monkeypatch: pytest.MonkeyPatch) -> Iterator[MockServer]:
    """A mock with realistic durations whose Workspace waits on the mock's virtual clock: the CLI's waits see
    the states a cluster or run goes through, without sleeping."""
    from dbrest.cli import clusters, common, execution, jobs

    mock = MockServer()
    for module in (clusters, common, execution, jobs):
        monkeypatch.setattr(module, "workspace", lambda args: mock.workspace())
    yield mock


CLUSTER = {
    "cluster_name": "w",
    "spark_version": "13.3.x-scala2.12",
    "node_type_id": "Standard_DS3_v2",
    "num_workers": 1,
}


def test_a_wait_on_a_terminal_shows_the_state_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, virtual: MockServer
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, "-o", "json", "clusters", "create", "--json", json.dumps(CLUSTER), "--wait")
    assert code == 0 and json.loads(out)["state"] == "RUNNING"
    frames = [ANSI.sub("", f).strip() for f in re.split(r"\r|\n", err) if ANSI.sub("", f).strip()]
    cluster_id = json.loads(out)["cluster_id"]
    # spinner, what, state, state message (cut to the terminal's width), elapsed time
    pending = [f for f in frames if re.match(rf"[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] cluster {cluster_id}: PENDING - Finding instances", f)]
    assert pending and all(len(f) <= 80 for f in frames), frames
    assert re.fullmatch(rf"cluster {cluster_id}: RUNNING( - .*)? \(\d+s\)", frames[-1]), frames  # the final state


def test_exec_on_a_terminal_shows_the_command_state_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, virtual: MockServer
) -> None:
    code, out, _ = run(capsys, "-o", "json", "clusters", "create", "--json", json.dumps(CLUSTER), "--wait")
    cluster_id = json.loads(out)["cluster_id"]
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, "exec", "--cluster-id", cluster_id, "print('hi there')")
    assert code == 0 and out.strip() == "hi there", err
    frames = [ANSI.sub("", f).strip() for f in re.split(r"\r|\n", err) if ANSI.sub("", f).strip()]
    # the 1.2 command's states as the mock's life cycle walks them (Queued/Running), ending with Finished
    assert any(re.match(rf"[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] command on {cluster_id}: (Queued|Running)", f) for f in frames), frames
    assert re.fullmatch(rf"command on {cluster_id}: Finished \(\d+s\)", frames[-1]), frames


def test_a_wait_on_a_pipe_or_with_quiet_shows_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, virtual: MockServer
) -> None:
    code, _, err = run(capsys, "clusters", "create", "--json", json.dumps(CLUSTER), "--wait")
    assert code == 0 and err == ""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _, err = run(capsys, "-q", "clusters", "create", "--json", json.dumps(CLUSTER), "--wait")
    assert code == 0 and err == ""


def test_runs_cancel_wait_and_runs_wait(capsys: pytest.CaptureFixture[str], virtual: MockServer) -> None:
    code, out, _ = run(capsys, "-o", "json", "clusters", "create", "--json", json.dumps(CLUSTER), "--wait")
    cluster_id = json.loads(out)["cluster_id"]
    task = {"task_key": "t", "existing_cluster_id": cluster_id, "notebook_task": {"notebook_path": "/Shared/x"}}
    code, out, err = run(capsys, "-o", "json", "runs", "submit", "--json", json.dumps({"tasks": [task]}))
    assert code == 0, err
    run_id = str(json.loads(out)["run_id"])
    code, out, err = run(capsys, "-o", "json", "runs", "cancel", run_id, "--wait")
    assert code == 0, err
    assert json.loads(out)["life_cycle_state"] == "TERMINATED" and json.loads(out)["result_state"] == "CANCELED"
    code, _, err = run(capsys, "runs", "wait", "--run-id", run_id)
    assert code == 3 and "CANCELED" in err.upper()


def test_libraries_install_wait(capsys: pytest.CaptureFixture[str], virtual: MockServer) -> None:
    code, out, _ = run(capsys, "-o", "json", "clusters", "create", "--json", json.dumps(CLUSTER), "--wait")
    cluster_id = json.loads(out)["cluster_id"]
    libraries = {"libraries": [{"pypi": {"package": "simplejson==3.8.0"}}]}
    code, out, err = run(capsys, "libraries", "install", cluster_id, "--json", json.dumps(libraries), "--wait")
    assert code == 0, err
    assert out.splitlines()[0].split() == ["library", "status"] and "INSTALLED" in out and "simplejson" in out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_a_wait_on_a_real_terminal() -> None:
    script = Path(sys.executable).parent / "dbrest"
    code, out, seen = run_on_a_terminal([str(script), "clusters", "create", "--json", json.dumps(CLUSTER), "--wait"])
    assert code == 0
    assert "RUNNING" in out.decode()
    text = ANSI.sub("", seen.decode())
    assert re.search(r"cluster \S+: RUNNING.* \(\d+s\)", text), text
