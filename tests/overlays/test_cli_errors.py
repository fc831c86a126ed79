"""`dbrest` errors: one line in the CLI's words (flags and commands, never Python keywords or exception names),
the right exit code, retries reported on stderr, and a traceback only with --debug."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from dbrest_mock import MockServer

from tests.overlays import test_cli
from tests.overlays.test_cli import create_cluster, run

served, env = test_cli.served, test_cli.env  # the shared fixtures

PYTHONISMS = re.compile(r"\w+=(True|False|\.\.\.)|\bws\.|RetryPolicy|Workspace\(|KeyError|ValueError|Traceback")


def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and err.startswith("Error: ")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["clusters", "create", "--json", '{"cluster_name": "x"}'],
            "the JSON body does not fit ClustersCreateRequest: missing field spark_version",
        ),
        (
            ["jobs", "run-now", "1", "--json", '{"notebook_params": "oops"}'],
            "the JSON body does not fit JobsRunNowRequest: notebook_params must be an object, not a string",
        ),
        (
            ["runs", "submit", "--json", '{"tasks": "x"}'],
            "the JSON body does not fit JobsRunsSubmitRequest: tasks must be an array, not a string",
        ),
    ],
)
def test_a_body_that_does_not_fit_the_request_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert one_line(err) and err.startswith(f"Error: {expected}"), err
    assert not PYTHONISMS.search(err)


def test_workspace_import_of_a_file_without_a_language_names_the_flag(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    readme = tmp_path / "readme.txt"
    readme.write_text("hello\n")
    code, _, err = run(capsys, "workspace", "import", str(readme), "/Users/me/dir/readme")
    assert code == 2 and one_line(err) and "--language PYTHON|SCALA|SQL|R" in err and "--format" in err
    assert not PYTHONISMS.search(err) and "language=" not in err
    # with the language given, it imports
    code, _, err = run(capsys, "workspace", "import", "--language", "PYTHON", str(readme), "/Shared/readme")
    assert code == 0, err


def test_relative_workspace_paths_and_bad_ports_are_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    nb = tmp_path / "f.py"
    nb.write_text("print(1)\n")
    code, _, err = run(capsys, "workspace", "import", str(nb), "relative/path")
    assert code == 2 and "workspace paths are absolute" in err and "ValueError" not in err
    code, _, err = run(capsys, "workspace", "export", "Shared/x", str(tmp_path / "x.py"))
    assert code == 2 and "workspace paths are absolute" in err
    code, _, err = run(capsys, "mock", "serve", "--port", "99999")
    assert code == 2 and "a port is a number from 0 to 65535" in err and "OverflowError" not in err
    code, _, err = run(capsys, "mock", "serve", "--port", "http")
    assert code == 2 and "not 'http'" in err


def test_an_existing_dbfs_file_says_pass_overwrite(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "f.txt"
    f.write_text("x")
    assert run(capsys, "fs", "cp", str(f), "dbfs:/f.txt")[0] == 0
    code, _, err = run(capsys, "fs", "cp", str(f), "dbfs:/f.txt")
    assert (
        code == 1 and one_line(err) and err.rstrip().endswith("Pass --overwrite to replace it, or choose another name.")
    )
    assert "overwrite=True" not in err


def test_an_existing_local_file_on_export_says_pass_overwrite(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.py").write_text("print('a')\n")
    assert run(capsys, "workspace", "import", str(tree), "/Shared/tree")[0] == 0
    assert run(capsys, "workspace", "export", "/Shared/tree", str(tmp_path / "back"))[0] == 0
    code, _, err = run(capsys, "workspace", "export", "/Shared/tree", str(tmp_path / "back"))
    assert code == 1 and one_line(err) and "pass --overwrite" in err and "overwrite=True" not in err
    assert run(capsys, "workspace", "export", "--overwrite", "/Shared/tree", str(tmp_path / "back"))[0] == 0


def test_fs_rm_of_a_non_empty_directory_says_pass_r(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "fs", "mkdirs", "dbfs:/d/e")[0] == 0
    code, _, err = run(capsys, "fs", "rm", "dbfs:/d")
    assert code == 1 and one_line(err) and "Pass -r to delete the directory" in err
    assert "recursive=True" not in err and "Check the request parameters" not in err


def test_configuration_errors_name_flags_and_variables(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABRICKS_HOST")
    code, _, err = run(capsys, "fs", "ls")
    assert code == 1 and one_line(err) and "pass --host URL, set DATABRICKS_HOST" in err and "--profile" in err
    assert not PYTHONISMS.search(err)
    monkeypatch.setenv("DATABRICKS_HOST", "https://adb-1.2.azuredatabricks.net")
    monkeypatch.delenv("DATABRICKS_TOKEN")
    code, _, err = run(capsys, "fs", "ls")
    assert code == 1 and one_line(err) and "set DATABRICKS_TOKEN (or DATABRICKS_USERNAME" in err and "--profile" in err
    assert not PYTHONISMS.search(err)
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-x")
    monkeypatch.setenv("DATABRICKS_HOST", "http://10.1.2.3")
    code, _, err = run(capsys, "fs", "ls")
    assert code == 1 and one_line(err) and "--allow-insecure-http" in err and "DBREST_ALLOW_INSECURE_HTTP=1" in err
    assert "allow_insecure_http" not in err and "dapi-x" not in err


def _failing_run(tmp_path: Path, cluster_id: str) -> Path:
    submit = tmp_path / "run.json"
    task = {
        "task_key": "t",
        "existing_cluster_id": cluster_id,
        "notebook_task": {"notebook_path": "/Shared/etl", "base_parameters": {"dbrest_mock_result": "FAILED"}},
    }
    submit.write_text(json.dumps({"run_name": "fails", "tasks": [task]}))
    return submit


def test_a_failed_run_says_so_once_and_names_the_command_that_shows_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cluster_id = create_cluster(capsys)
    code, out, err = run(capsys, "runs", "submit", "--json-file", str(_failing_run(tmp_path, cluster_id)), "--wait")
    assert code == 3 and out == "" and one_line(err)
    run_id = int(re.search(r"run (\d+) ended", err).group(1))  # type: ignore[union-attr]
    assert err.count(f"run {run_id}") == 1 and "failed: run" not in err
    assert f"see `dbrest jobs runs-get {run_id} --task-output` for the error and trace" in err
    assert not PYTHONISMS.search(err)
    # and that command shows the error and its trace
    code, out, _ = run(capsys, "jobs", "runs-get", str(run_id), "--task-output")
    assert code == 0 and "FAILED" in out and "error: Exception: the task failed" in out and "trace:" in out
    code, out, _ = run(capsys, "-o", "json", "jobs", "runs-get", str(run_id), "--task-output")
    outputs = json.loads(out)["task_output"]
    assert [o["task_key"] for o in outputs] == ["t"] and "the task failed" in outputs[0]["error"]


def test_exec_on_a_terminated_cluster_suggests_starting_it(capsys: pytest.CaptureFixture[str]) -> None:
    cluster_id = create_cluster(capsys)
    assert run(capsys, "clusters", "delete", cluster_id, "--wait")[0] == 0
    code, _, err = run(capsys, "exec", "--cluster", cluster_id, "print(1)")
    assert code == 1 and one_line(err), err
    assert f"Start it with `dbrest clusters start {cluster_id} --wait`, then run the command again." in err


def test_api_1_2_errors_have_no_made_up_error_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "exec", "--cluster", "0000-000000-nope", "print(1)")
    assert code == 1 and one_line(err)
    assert err.startswith("Error: HTTP 400: Cluster 0000-000000-nope does not exist (POST /api/1.2/contexts/create)")
    assert "HTTP_400" not in err and "BAD_REQUEST" not in err


def test_api_1_2_errors_name_the_exception_once(capsys: pytest.CaptureFixture[str], served: MockServer) -> None:
    served.add_fault(path="/api/1.2/contexts/create", status=400, message="IllegalStateException: the REPL died")
    code, _, err = run(capsys, "exec", "--cluster", "c-1", "print(1)")
    assert code == 1 and one_line(err)
    assert err.startswith("Error: HTTP 400: IllegalStateException: the REPL died (POST /api/1.2/contexts/create)")
    assert err.count("IllegalStateException") == 1


def test_exec_says_what_is_missing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "exec", "--cluster", "c")
    assert code == 2 and "no code to run" in err and "--file" in err and "not both" not in err
    script = tmp_path / "s.py"
    script.write_text("print(1)\n")
    code, _, err = run(capsys, "exec", "--cluster", "c", "--file", str(script), "print(2)")
    assert code == 2 and "not both" in err


def test_every_library_hint_reads_as_cli_advice(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from dbrest import DatabricksError
    from dbrest.cli import cli_hint, cli_words
    from dbrest.jobs import HINTS

    def subclasses(cls: type[DatabricksError]) -> list[type[DatabricksError]]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    args = argparse.Namespace(group="fs", command="cp", overwrite=False, cluster="c-1", run_id=7)
    for cls in subclasses(DatabricksError):
        hint = cli_hint(cls("boom", error_code="X", status=400, method="GET", path="/api/2.0/x"), args)
        assert not PYTHONISMS.search(hint), (cls.__name__, hint)
    for hint in HINTS.values():
        assert not PYTHONISMS.search(cli_words(hint, args)), hint


def test_retries_are_reported_on_stderr_unless_quiet(capsys: pytest.CaptureFixture[str], served: MockServer) -> None:
    served.add_fault(path="/api/2.1/clusters/list", status=429, retry_after=0, times=2)
    code, out, err = run(capsys, "clusters", "list")
    assert code == 0 and out.startswith("cluster_id ")
    assert err.splitlines() == [
        "retrying GET /api/2.1/clusters/list (HTTP 429 on attempt 1), waiting 0.0s",
        "retrying GET /api/2.1/clusters/list (HTTP 429 on attempt 2), waiting 0.0s",
    ]
    served.add_fault(path="/api/2.1/clusters/list", status=503, retry_after=0, times=1)
    code, _, err = run(capsys, "-q", "clusters", "list")
    assert code == 0 and err == ""


def test_debug_shows_the_traceback_and_its_absence_hides_it(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "clusters", "get", "0000-000000-nope")
    assert code == 1 and one_line(err) and "Traceback" not in err
    code, _, err = run(capsys, "--debug", "clusters", "get", "0000-000000-nope")
    assert code == 1 and "Traceback (most recent call last)" in err and "ResourceDoesNotExist" in err
    assert err.strip().splitlines()[-1].startswith("Error: HTTP 400 INVALID_PARAMETER_VALUE: Cluster")
    code, _, err = run(capsys, "--debug", "clusters", "list")
    assert code == 0 and "httpx: HTTP Request: GET" in err  # --debug also logs the HTTP requests
    code, _, err = run(capsys, "clusters", "list")
    assert code == 0 and err == ""  # for that call only


def test_cli_wording_rules_are_linear_on_server_text() -> None:
    """cli_words runs over server text too (run state messages): a crafted one must not take quadratic time. The
    subprocess bound is ~100 times what linear rewriting needs; the former `[^\\]]+` took minutes at 512 KB."""
    import subprocess
    import sys

    code = "from dbrest.cli import cli_words; cli_words('to [' * 131072); cli_words('to [x] in ' + 'a' * 524288)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 0, done.stderr


def test_a_token_in_the_host_url_is_refused_without_echoing_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", "/nonexistent")
    code, out, err = run(capsys, "--host", "https://token:dapi-in-url@adb.example.com", "clusters", "list")
    assert code == 1 and out == "" and one_line(err)
    assert "dapi-in-url" not in err and "carries credentials" in err and "DATABRICKS_TOKEN" in err
    assert not PYTHONISMS.search(err), err


def test_debug_output_escapes_what_the_server_chose_on_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # httpx logs the reason phrase and the traceback quotes the server's message: both are the server's text.
    import sys

    from tests.overlays.http_servers import QuietHandler, serving

    class Hostile(QuietHandler):
        def do_GET(self) -> None:
            if self.path.startswith("/api/2.1/clusters/list"):
                status, reason, body = 200, "OK\x1b[2J", b'{"clusters": []}'
            else:
                status, reason, body = (
                    404,
                    "Not Found",
                    b'{"error_code": "NOT_FOUND", "message": "gone\\u001b]0;x\\u0007"}',
                )
            self.send_response(status, reason)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with serving(Hostile) as port:
        monkeypatch.setenv("DATABRICKS_HOST", f"http://127.0.0.1:{port}")
        code, _, logged = run(capsys, "--debug", "clusters", "list")
        assert code == 0 and "/api/2.1/clusters/list" in logged
        code, _, err = run(capsys, "--debug", "clusters", "get", "0000-000000-nope")
    assert code == 1 and "Traceback (most recent call last):\n" in err
    assert "\x1b" not in logged + err and "\x07" not in err, repr(logged + err)
    assert "OK\\x1b[2J" in logged and "gone\\x1b]0;x\\x07" in err
