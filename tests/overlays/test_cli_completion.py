"""Shell completion: the candidates `dbrest __complete` gives (families, operations, flags, DBFS paths) and the
bash, zsh and fish scripts of `dbrest completion SHELL` (bash sourced and driven through COMP_LINE/COMP_POINT as
bash's programmable completion sets them; zsh and fish checked by the shells themselves where installed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from dbrest.cli.completion import complete

from tests.overlays import test_cli
from tests.overlays.test_cli import run

served, env = test_cli.served, test_cli.env  # the shared fixtures

BIN = Path(sys.executable).parent


def test_families_operations_and_flags() -> None:
    assert {"fs", "clusters", "runs", "secrets", "workspace-conf", "completion"} <= set(complete("bash", "dbrest "))
    assert complete("bash", "dbrest clu") == ["cluster-policies", "clusters", "clusters20"]
    assert complete("bash", "dbrest clusters ev") == ["events"]
    assert complete("bash", "dbrest --profile dev clusters ev") == ["events"]  # the option's value is skipped
    assert complete("bash", "dbrest clusters create --num") == ["--num-workers"]
    assert complete("bash", "dbrest clusters wait --st") == ["--state"]
    assert complete("bash", "dbrest -o j") == ["json"]
    assert complete("bash", "dbrest --ver") == ["--version"]
    assert complete("bash", "dbrest nosuch ") == []


def test_remote_paths_for_fs(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "fs", "mkdirs", "dbfs:/zz-data/sub")[0] == 0
    assert run(capsys, "fs", "mkdirs", "dbfs:/zz-dance")[0] == 0
    assert complete("zsh", "dbrest fs ls dbfs:/zz") == ["dbfs:/zz-dance/", "dbfs:/zz-data/"]
    assert complete("zsh", "dbrest fs ls dbfs:/zz-data/") == ["dbfs:/zz-data/sub/"]
    assert complete("zsh", "dbrest fs rm /zz-dat") == ["/zz-data/"]
    # bash splits words at ":", and replaces only what follows it
    assert complete("bash", "dbrest fs ls dbfs:/zz") == ["/zz-dance/", "/zz-data/"]


def test_remote_paths_leave_out_names_with_control_characters(capsys: pytest.CaptureFixture[str]) -> None:
    # bash prints the candidates on a second TAB as they are: a name with an escape sequence (any workspace user
    # may create one) would reach the terminal raw, and a newline would split it into two candidates.
    assert run(capsys, "fs", "mkdirs", "dbfs:/zz-ok")[0] == 0
    assert run(capsys, "fs", "mkdirs", "dbfs:/zz-\x1b]0;title\x07")[0] == 0
    assert run(capsys, "fs", "mkdirs", "dbfs:/zz-two\nlines")[0] == 0
    assert complete("zsh", "dbrest fs ls dbfs:/zz") == ["dbfs:/zz-ok/"]


def test_remote_paths_never_show_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABRICKS_TOKEN")
    assert complete("bash", "dbrest fs ls dbfs:/da") == []


def _script(capsys: pytest.CaptureFixture[str], shell: str) -> str:
    code, out, _ = run(capsys, "completion", shell)
    assert code == 0
    return out


def test_the_bash_script_completes_a_service_an_operation_and_a_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "fs", "mkdirs", "dbfs:/zz-data")[0] == 0
    script = tmp_path / "dbrest.bash"
    script.write_text(_script(capsys, "bash"))
    driver = (
        f"source {script}\n"
        'for line in "dbrest clu" "dbrest clusters ev" "dbrest fs ls dbfs:/zz"; do\n'
        "  COMP_LINE=$line; COMP_POINT=${#line}; COMPREPLY=()\n"
        "  _dbrest_complete\n"
        '  echo "${COMPREPLY[*]}"\n'
        "done\n"
        "complete -p dbrest\n"
    )
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-c", driver], capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "cluster-policies clusters clusters20",
        "events",
        "/zz-data/",
        "complete -o default -F _dbrest_complete dbrest",
    ]


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_the_zsh_and_fish_scripts(capsys: pytest.CaptureFixture[str], tmp_path: Path, shell: str) -> None:
    text = _script(capsys, shell)
    assert "dbrest __complete " + shell in text
    if shell == "zsh":
        assert text.startswith("#compdef dbrest\n") and "compadd" in text
    else:
        assert "complete -c dbrest -f -a '(__dbrest_complete)'" in text
    if shutil.which(shell) is None:
        return  # the shell is not installed here: the text above is what can be checked
    script = tmp_path / f"dbrest.{shell}"
    script.write_text(text)
    check = [shell, "-n", str(script)] if shell == "zsh" else [shell, "--no-execute", str(script)]
    done = subprocess.run(check, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


def test_complete_entry_point(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "__complete", "bash", "dbrest runs can")
    assert code == 0 and out == "cancel\ncancel-all\n"
