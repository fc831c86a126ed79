"""The installed `dbrest` console script as a subprocess (entry point, exit codes, a closed pipe, a progress bar on
a real terminal), and the error cases of the `mock` and `spec` groups."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dbrest_mock import MockServer

from tests.overlays import test_cli
from tests.overlays.terminal import run_on_a_terminal
from tests.overlays.test_cli import run

served, env = test_cli.served, test_cli.env  # the shared fixtures

SCRIPT = Path(sys.executable).parent / "dbrest"
needs_script = pytest.mark.skipif(not SCRIPT.exists(), reason="the dbrest console script is not installed here")


def dbrest(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *argv], capture_output=True, text=True, timeout=60, check=False)


@needs_script
def test_console_script_exit_codes() -> None:
    done = dbrest("--help")
    assert done.returncode == 0 and done.stdout.startswith("usage: dbrest") and done.stderr == ""
    done = dbrest("fs", "ls", "dbfs:/no/such/dir")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith("Error: HTTP 404 RESOURCE_DOES_NOT_EXIST") and len(done.stderr.splitlines()) == 1
    done = dbrest("fs", "ls", "relative")
    assert done.returncode == 2 and "DBFS paths are absolute" in done.stderr
    done = dbrest("nope")
    assert done.returncode == 2 and "invalid choice: 'nope'" in done.stderr
    done = subprocess.run(
        [sys.executable, "-m", "dbrest.cli", "fs", "mkdirs", "dbfs:/via-m"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stderr == ""


@pytest.fixture
def big_remote(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Iterator[str]:
    f = tmp_path / "big.bin"
    f.write_bytes(os.urandom(4 * 1024 * 1024))
    assert run(capsys, "fs", "cp", str(f), "dbfs:/big.bin")[0] == 0
    yield "dbfs:/big.bin"


@needs_script
def test_fs_cat_into_head_is_silent(big_remote: str) -> None:
    proc = subprocess.Popen([str(SCRIPT), "fs", "cat", big_remote], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert len(proc.stdout.read(10)) == 10
    proc.stdout.close()  # what `| head -c 10` does
    err = proc.stderr.read()
    assert proc.wait(timeout=60) in (0, 141) and err == b""


@needs_script
@pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")
def test_progress_bar_on_a_real_terminal(tmp_path: Path) -> None:
    import pty

    f = tmp_path / "up.bin"
    f.write_bytes(os.urandom(2 * 1024 * 1024))
    code, _, seen = run_on_a_terminal([str(SCRIPT), "fs", "cp", str(f), "dbfs:/up.bin"])
    assert code == 0
    text = re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen).decode()
    # the last frame: name, bar, bytes, rate and time left
    assert re.search(r"up\.bin ━+ 2\.1/2\.1 MB [0-9.]+ [kMG]?B/s 0:00:00", text), text
    # the same command with --quiet on the same kind of terminal: nothing
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(SCRIPT), "-q", "fs", "cp", "--overwrite", str(f), "dbfs:/up.bin"], stderr=slave)
    os.close(slave)
    assert proc.wait(timeout=60) == 0
    os.set_blocking(master, False)
    with contextlib.suppress(BlockingIOError, OSError):  # raised when nothing was written
        assert os.read(master, 4096) == b""
    os.close(master)


def test_mock_serve_on_a_port_in_use(capsys: pytest.CaptureFixture[str], served: MockServer) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, out, err = run(capsys, "mock", "serve", "--port", str(port))
    assert code == 1 and out == ""
    assert (
        err
        == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use; choose another --port (0 picks a free one)\n"
    )


def test_mock_serve_with_a_bad_port(capsys: pytest.CaptureFixture[str]) -> None:
    for port in ("99999", "-1", "eighty"):
        code, out, err = run(capsys, "mock", "serve", "--port", port)
        assert code == 2 and out == "" and "argument --port: a port is a number from 0 to 65535" in err


def test_spec_coverage_with_a_bad_endpoints_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "spec", "coverage", "--endpoints", str(tmp_path / "missing.tsv"))
    assert code == 1 and err == f"Error: No such file or directory: {tmp_path / 'missing.tsv'}\n"
    bad = tmp_path / "bad.tsv"
    bad.write_text("service\tmethod\tpath\nclusters GET /api/2.0/clusters/list\n")
    code, _, err = run(capsys, "spec", "coverage", "--endpoints", str(bad))
    assert code == 2 and err.startswith(f"Error: {bad} line 2 is not `service<TAB>METHOD<TAB>/api/path`")
    partial = tmp_path / "partial.tsv"
    partial.write_text("service\tmethod\tpath\nclusters\tGET\t/api/2.0/clusters/list\nnew\tGET\t/api/9.9/not-there\n")
    code, out, _ = run(capsys, "spec", "coverage", "--endpoints", str(partial))
    assert code == 3 and "coverage: 1/2" in out
