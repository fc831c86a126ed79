"""`dbrest --help` and every subcommand's help: global options shown once, at the top; every argument explained;
examples and exit codes in each epilog; `mock serve` as complete as `python -m dbrest_mock`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator

import pytest
from dbrest.cli import build_parser
from dbrest.cli.parser import arguments, walk
from dbrest.cli.spec_index import operations
from dbrest.cli.table import COMMANDS

from tests.overlays import test_cli
from tests.overlays.test_cli import run

served, env = test_cli.served, test_cli.env  # the shared fixtures

GLOBAL_OPTIONS = ("--host", "--profile", "--output", "--quiet", "--debug", "--allow-insecure-http")


def commands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every command below `dbrest` itself, with its parser."""
    top, *below = walk(parser)
    assert top[0] == "dbrest" and below
    return iter(below)


def test_top_level_help_shows_the_global_options_the_commands_and_the_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for option in GLOBAL_OPTIONS:
        assert option in out
    for group in ("fs", "clusters", "jobs", "runs", "exec", "workspace", "mock", "spec"):
        assert f"\n    {group} " in out
    assert "DATABRICKS_TOKEN" in out and "~/.databrickscfg" in out and "~/.netrc" in out
    assert "examples:\n  dbrest " in out
    assert "0 ok, 1 error, 2 usage error, 3 run or command failed, 130" in " ".join(out.split())


def test_every_command_explains_every_argument_without_repeating_the_global_options() -> None:
    names = []
    for name, parser in commands(build_parser()):
        names.append(name)
        text = parser.format_help()
        for option in GLOBAL_OPTIONS:
            assert option not in text.split("global options")[0], (name, option)
        assert "examples:\n  dbrest " in text, name
        assert "exit codes: 0 ok, 1 error, 2 usage error, 3 run or command failed" in " ".join(text.split()), name
        for action in arguments(parser):
            if action.help == argparse.SUPPRESS:
                continue
            assert action.help, (name, action.dest)
    # every operation of the spec is a command, and so is every hand-written one (exec is a family of its own)
    expected = {f"dbrest {service} {name}" for service, ops in operations().items() for name in ops}
    expected |= {f"dbrest {c.group} {c.name}" if c.name else f"dbrest {c.group}" for c in COMMANDS}
    assert expected <= set(names) and len(names) == len(set(names))
    assert (
        len(expected) > 220
        and {"dbrest secrets scopes-list", "dbrest runs cancel", "dbrest clusters events"} <= expected
    )


def test_specific_help_texts(capsys: pytest.CaptureFixture[str]) -> None:
    def help_of(*argv: str) -> str:
        code, out, _ = run(capsys, *argv, "--help")
        assert code == 0
        return " ".join(out.split())

    assert "dbfs:/ marks the DBFS side" in help_of("fs", "cp")
    assert "-r, --recursive delete a directory and everything in it" in help_of("fs", "rm")
    assert "--state {RUNNING,TERMINATED} the state to wait for (default: RUNNING)" in help_of("clusters", "wait")
    assert "--language {python,scala,sql,r} language of the code (default: python)" in help_of("exec")
    text = help_of("workspace", "export")
    assert "--format {SOURCE,HTML,JUPYTER,DBC,R_MARKDOWN} SOURCE" in text and "--overwrite replace local" in text
    assert "--overwrite replace notebooks that exist" in help_of("workspace", "import")
    for positional in ("cluster_id cluster id", "job_id job id", "run_id run id"):
        assert positional in help_of("clusters", "get") + help_of("jobs", "get") + help_of("jobs", "runs-get")


def test_mock_serve_shows_its_defaults_and_every_option_of_python_m_dbrest_mock(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dbrest_mock.__main__ import build_parser as mock_parser

    code, out, _ = run(capsys, "mock", "serve", "--help")
    text = " ".join(out.split())
    assert code == 0 and "default 8080" in text and "default dapi-mock-token" in text
    assert "--durations {realistic,fast,instant}" in text and "--clock {realtime,manual}" in text
    ours = {s for a in arguments(dict(commands(build_parser()))["dbrest mock serve"]) for s in a.option_strings}
    theirs = {s for a in arguments(mock_parser()) for s in a.option_strings}
    assert theirs - {"--host"} <= ours and "--bind" in ours  # --host is the workspace's in dbrest


def test_global_options_are_still_accepted_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "fs", "mkdirs", "dbfs:/g/h")[0] == 0
    code, out, err = run(capsys, "fs", "ls", "dbfs:/g", "-o", "json", "--quiet")
    assert code == 0 and [f["path"] for f in json.loads(out)] == ["/g/h"], err


@pytest.mark.parametrize("argv", [["--help"], ["clusters", "create", "--help"], ["scim", "users-list", "--help"]])
def test_help_loads_nothing_but_the_cli_and_the_standard_library(argv: list[str]) -> None:
    """Startup: beyond `import dbrest`, the help of any command loads the CLI's own modules and a few standard
    library ones: not the spec (the command table is read instead), rich, jsonschema, the models or the mock."""
    import subprocess
    import sys

    code = (
        "import sys, io, contextlib, dbrest\n"
        "before = set(sys.modules)\n"
        "from dbrest.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "from dbrest.cli import spec_index\n"
        "print(spec_index.document.cache_info().currsize)\n"
        "print('\\n'.join(sorted(set(sys.modules) - before)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    spec_parsed, *loaded = done.stdout.split()
    assert spec_parsed == "0"  # the 1 MB spec was not parsed
    foreign = [m for m in loaded if not m.startswith("dbrest.cli") and m.split(".")[0] in _THIRD_PARTY]
    assert foreign == [], foreign


_THIRD_PARTY = {"rich", "jsonschema", "referencing", "dbrest_client", "dbrest_mock", "yaml", "uvicorn"}
