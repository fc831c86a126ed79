"""`dbrest` end to end against a mock served on a loopback port: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbrest.cli import main
from dbrest.coverage import load_endpoints
from dbrest_mock import MockConfig, MockServer

TOKEN = "dapi-cli-token"


@pytest.fixture(scope="module")
def served() -> Iterator[MockServer]:
    server = MockServer(MockConfig(tokens={TOKEN: "admin@example.com"}, durations="instant"))
    server.serve("127.0.0.1", 0)
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def env(served: MockServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    served.reset()
    served.clear_faults()
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("DATABRICKS_HOST", str(served.url))
    monkeypatch.setenv("DATABRICKS_TOKEN", TOKEN)
    for var in (
        "DATABRICKS_CONFIG_PROFILE",
        "DATABRICKS_CONFIG_FILE",
        "DATABRICKS_USERNAME",
        "DATABRICKS_PASSWORD",
        "DBREST_ALLOW_INSECURE_HTTP",
        "NETRC",
    ):
        monkeypatch.delenv(var, raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run `dbrest argv` in-process: (exit code, stdout, stderr); a usage error from argparse is exit code 2."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_reads_well(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for group in ("fs", "clusters", "jobs", "runs", "exec", "workspace", "mock", "spec"):
        assert group in out
    with pytest.raises(SystemExit):
        main(["fs", "cp", "--help"])
    assert "--recursive" in capsys.readouterr().out


def test_fs_recursive_copy_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub" / "deeper").mkdir(parents=True)
    files = {"a.txt": b"alpha", "sub/b.bin": os.urandom(3 * 1024 * 1024 + 1), "sub/deeper/c": b""}
    for name, data in files.items():
        (src / name).write_bytes(data)
    code, _, err = run(capsys, "fs", "cp", "-r", str(src), "dbfs:/data/tree")
    assert code == 0, err
    code, out, _ = run(capsys, "fs", "ls", "dbfs:/data/tree")
    assert out.split() == ["a.txt", "sub/"]
    code, out, _ = run(capsys, "-o", "json", "fs", "ls", "dbfs:/data/tree/sub")
    listing = json.loads(out)
    assert {f["path"]: f["file_size"] for f in listing} == {
        "/data/tree/sub/b.bin": 3 * 1024 * 1024 + 1,
        "/data/tree/sub/deeper": 0,
    }
    back = tmp_path / "back"
    code, _, err = run(capsys, "fs", "cp", "-r", "dbfs:/data/tree", str(back))
    assert code == 0, err
    assert {str(p.relative_to(back)): p.read_bytes() for p in back.rglob("*") if p.is_file()} == files


def test_fs_single_files_mv_rm_mkdirs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "hello.txt"
    f.write_bytes(b"hello world\n")
    assert run(capsys, "fs", "mkdirs", "dbfs:/x/y")[0] == 0
    assert run(capsys, "fs", "cp", str(f), "dbfs:/x/y/")[0] == 0
    code, out, err = run(capsys, "fs", "cp", str(f), "dbfs:/x/y/hello.txt")
    assert code == 1 and "RESOURCE_ALREADY_EXISTS" in err and "overwrite" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, "fs", "cp", "--overwrite", str(f), "dbfs:/x/y/hello.txt")[0] == 0
    assert run(capsys, "fs", "mv", "dbfs:/x/y/hello.txt", "dbfs:/x/moved.txt")[0] == 0
    code, out, _ = run(capsys, "-o", "table", "fs", "ls", "-l", "dbfs:/x")
    assert out.splitlines()[0].split() == ["type", "size", "modification_time", "path"] and "moved.txt" in out
    code, out, err = run(capsys, "fs", "rm", "dbfs:/x")
    assert code == 1 and "Pass -r" in err and "recursive=True" not in err
    assert run(capsys, "fs", "rm", "-r", "dbfs:/x")[0] == 0
    code, out, err = run(capsys, "fs", "ls", "dbfs:/x")
    assert code == 1 and err.startswith("Error: HTTP 404 RESOURCE_DOES_NOT_EXIST") and "Traceback" not in err


def test_fs_cat_writes_the_bytes(capfdbinary: pytest.CaptureFixture[bytes], tmp_path: Path) -> None:
    f = tmp_path / "data.bin"
    f.write_bytes(bytes(range(256)))
    assert main(["fs", "cp", str(f), "dbfs:/c/data.bin"]) == 0
    capfdbinary.readouterr()
    assert main(["fs", "cat", "dbfs:/c/data.bin"]) == 0
    assert capfdbinary.readouterr().out == bytes(range(256))


def test_usage_and_configuration_errors(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run(capsys, "fs", "cp", "a", "b")
    assert code == 2 and "dbfs:/" in err
    monkeypatch.delenv("DATABRICKS_TOKEN")
    code, _, err = run(capsys, "fs", "ls")
    assert code == 1 and err.startswith("Error: configuration: no credentials") and TOKEN not in err


def test_bad_token_says_what_to_do(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABRICKS_TOKEN", "dapi-wrong")
    code, _, err = run(capsys, "fs", "ls")
    assert code == 1 and "UNAUTHENTICATED" in err and "DATABRICKS_TOKEN" in err and "dapi-wrong" not in err


def test_spec_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "spec", "coverage")
    assert "service" in out and "TOTAL" in out and "coverage:" in out
    n = len(load_endpoints())
    assert code == 0 and f"coverage: {n}/{n}" in out


CLUSTER_SPEC = {
    "cluster_name": "cli",
    "spark_version": "11.3.x-scala2.12",
    "node_type_id": "Standard_DS3_v2",
    "num_workers": 1,
}


def create_cluster(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run(capsys, "-o", "json", "clusters", "create", "--json", json.dumps(CLUSTER_SPEC), "--wait")
    assert code == 0, err
    info = json.loads(out)
    assert info["state"] == "RUNNING"
    return str(info["cluster_id"])


def test_clusters_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cluster_id = create_cluster(capsys)
    code, out, _ = run(capsys, "clusters", "list")
    assert code == 0 and out.startswith("cluster_id ") and cluster_id in out and "RUNNING" in out
    code, out, _ = run(capsys, "-o", "json", "clusters", "get", cluster_id)
    assert json.loads(out)["cluster_name"] == "cli"
    code, out, _ = run(capsys, "-o", "json", "clusters", "delete", cluster_id, "--wait")
    assert code == 0 and json.loads(out)["state"] == "TERMINATED"
    code, out, _ = run(capsys, "-o", "json", "clusters", "start", cluster_id, "--wait")
    assert code == 0 and json.loads(out)["state"] == "RUNNING"
    code, out, _ = run(capsys, "-o", "json", "clusters", "wait", cluster_id)
    assert code == 0 and json.loads(out)["state"] == "RUNNING"
    code, _, err = run(capsys, "clusters", "wait", cluster_id, "--state", "TERMINATED", "--timeout", "0")
    assert code == 3 and err.rstrip().endswith("last seen: RUNNING. Raise --timeout to wait longer.")
    assert run(capsys, "clusters", "delete", cluster_id)[0] == 0
    code, out, _ = run(capsys, "-o", "json", "clusters", "wait", cluster_id, "--state", "TERMINATED")
    assert code == 0 and json.loads(out)["state"] == "TERMINATED"
    spec_file = tmp_path / "c.json"
    spec_file.write_text(json.dumps(CLUSTER_SPEC))
    code, out, _ = run(capsys, "-o", "json", "clusters", "create", "--json-file", str(spec_file))
    assert code == 0 and "cluster_id" in json.loads(out)
    # error cases: an unknown id, and a body that is not JSON
    code, _, err = run(capsys, "clusters", "get", "0000-000000-nope")
    assert code == 1 and "does not exist" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "clusters", "create", "--json", "{nope")
    assert code == 2 and "not valid JSON" in err


def _create_job(served: MockServer, task: dict[str, object]) -> int:
    import httpx

    r = httpx.post(
        f"{served.url}/api/2.1/jobs/create",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"name": "cli-job", "tasks": [task]},
    )
    assert r.status_code == 200, r.text
    return int(r.json()["job_id"])


def test_jobs_and_runs_commands(capsys: pytest.CaptureFixture[str], served: MockServer, tmp_path: Path) -> None:
    cluster_id = create_cluster(capsys)
    task: dict[str, object] = {
        "task_key": "main",
        "existing_cluster_id": cluster_id,
        "notebook_task": {"notebook_path": "/Shared/etl"},
    }
    job_id = _create_job(served, task)
    code, out, _ = run(capsys, "jobs", "list")
    assert code == 0 and "cli-job" in out and str(job_id) in out
    code, out, _ = run(capsys, "-o", "json", "jobs", "get", str(job_id))
    assert json.loads(out)["settings"]["name"] == "cli-job"
    code, out, err = run(capsys, "-o", "json", "jobs", "run-now", str(job_id), "--wait")
    assert code == 0, err
    run_info = json.loads(out)
    assert run_info["result_state"] == "SUCCESS"
    code, out, _ = run(capsys, "-o", "json", "jobs", "runs-get", str(run_info["run_id"]))
    assert json.loads(out)["life_cycle_state"] == "TERMINATED"
    code, out, _ = run(capsys, "-o", "json", "jobs", "run-now", str(job_id))
    started = json.loads(out)["run_id"]
    code, out, _ = run(capsys, "-o", "json", "jobs", "runs-wait", str(started))
    assert code == 0 and json.loads(out)["result_state"] == "SUCCESS"
    # a failing one-time run: exit 3 and the state message
    submit = tmp_path / "run.json"
    submit.write_text(
        json.dumps(
            {
                "run_name": "fails",
                "tasks": [
                    {
                        "task_key": "t",
                        "existing_cluster_id": cluster_id,
                        "notebook_task": {
                            "notebook_path": "/Shared/etl",
                            "base_parameters": {"dbrest_mock_result": "FAILED"},
                        },
                    }
                ],
            }
        )
    )
    code, _, err = run(capsys, "runs", "submit", "--json-file", str(submit), "--wait")
    assert code == 3 and "failed" in err.lower()
    ok = tmp_path / "ok.json"
    ok.write_text(json.dumps({"run_name": "ok", "tasks": [dict(task)]}))
    code, out, err = run(capsys, "-o", "json", "runs", "submit", "--json-file", str(ok), "--wait")
    assert code == 0 and json.loads(out)["result_state"] == "SUCCESS", err
    code, _, err = run(capsys, "jobs", "get", "987654")
    assert code == 1 and "does not exist" in err


def test_exec(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cluster_id = create_cluster(capsys)
    code, out, err = run(capsys, "exec", "--cluster", cluster_id, "print('hi there')")
    assert code == 0 and out.strip() == "hi there", err
    script = tmp_path / "s.py"
    script.write_text("print(42)\n")
    code, out, _ = run(capsys, "exec", "--cluster", cluster_id, "--file", str(script))
    assert code == 0 and out.strip() == "42"
    code, out, _ = run(capsys, "exec", "--cluster", cluster_id, "--language", "sql", "SELECT 1 AS one")
    assert code == 0 and out.split() == ["one", "1"]  # the column as the query names it, not upper-cased
    code, _, err = run(capsys, "exec", "--cluster", cluster_id, "def broken(:")
    assert code == 3 and err.startswith("Error: ")
    code, _, err = run(capsys, "exec", "--cluster", "0000-000000-nope", "print(1)")
    assert code == 1 and "Error:" in err


def test_workspace_import_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    nb = tmp_path / "etl.py"
    nb.write_text("# Databricks notebook source\nprint(1)\n")
    code, _, err = run(capsys, "workspace", "import", str(nb), "/Shared/etl")
    assert code == 0, err
    out_file = tmp_path / "back.py"
    code, _, err = run(capsys, "workspace", "export", "/Shared/etl", str(out_file))
    assert code == 0, err
    assert "print(1)" in out_file.read_text()
    code, _, err = run(capsys, "workspace", "import", str(nb), "/Shared/etl")
    assert code == 1 and "RESOURCE_ALREADY_EXISTS" in err
    assert run(capsys, "workspace", "import", "--overwrite", str(nb), "/Shared/etl")[0] == 0
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.py").write_text("print('a')\n")
    (tree / "sub" / "b.sql").write_text("SELECT 1\n")
    code, _, err = run(capsys, "workspace", "import", str(tree), "/Shared/tree")
    assert code == 0, err
    back = tmp_path / "tree-back"
    code, _, err = run(capsys, "workspace", "export", "/Shared/tree", str(back))
    assert code == 0, err
    assert sorted(str(p.relative_to(back)) for p in back.rglob("*") if p.is_file()) == ["a.py", "sub/b.sql"]
    code, _, err = run(capsys, "workspace", "export", "/Shared/nothing", str(tmp_path / "x"))
    assert code == 1 and "RESOURCE_DOES_NOT_EXIST" in err


def test_mock_serve_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["mock", "serve", "--help"])
    assert e.value.code == 0 and "--port" in capsys.readouterr().out


def test_mock_serve_runs_the_mock() -> None:
    import subprocess
    import sys

    import httpx

    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from dbrest.cli import main; sys.exit(main())",
            "mock",
            "serve",
            "--port",
            "0",
            "--token",
            "dapi-serve",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("dbrest_mock listening on http://127.0.0.1:")
        url = line.split()[-1]
        r = httpx.get(f"{url}/api/2.0/clusters/list", headers={"Authorization": "Bearer dapi-serve"})
        assert r.status_code == 200
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
