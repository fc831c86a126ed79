"""`dbrest` end to end against a mock served on a loopback port: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbrest.cli import main
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
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("DATABRICKS_HOST", str(served.url))
    monkeypatch.setenv("DATABRICKS_TOKEN", TOKEN)
    for var in ("DATABRICKS_CONFIG_PROFILE", "DATABRICKS_CONFIG_FILE", "DATABRICKS_USERNAME", "DATABRICKS_PASSWORD"):
        monkeypatch.delenv(var, raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
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
    assert "moved.txt" in out and "TYPE" in out
    code, out, err = run(capsys, "fs", "rm", "dbfs:/x")
    assert code == 1 and "recursive" in err
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
    assert code == 0 and "coverage: 147/147" in out
