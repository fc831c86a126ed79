"""The CLI pages cover the CLI as it is: the generated reference has every command's help, and the overview in
docs/cli.md names every command and subcommand of the parser."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

import pytest
from dbrest.cli import build_parser
from dbrest.cli.table import COMMANDS as TABLE

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("cli_docs", ROOT / "generator" / "cli_docs.py")
assert spec is not None and spec.loader is not None
cli_docs = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = cli_docs
spec.loader.exec_module(cli_docs)

COMMANDS = [command for command, _ in cli_docs.walk(build_parser())]


def test_the_walk_finds_every_level() -> None:
    assert {"dbrest", "dbrest fs", "dbrest fs cp", "dbrest spec drift", "dbrest exec"} <= set(COMMANDS)


def test_the_reference_has_every_commands_help() -> None:
    page = cli_docs.page()
    for command in COMMANDS:
        assert f"`{command}`\n\n```text\nusage: {command}" in page
    assert "exit codes: 0 ok" in page


def test_the_reference_does_not_depend_on_the_builders_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    wide = cli_docs.page()
    monkeypatch.setenv("COLUMNS", "40")
    assert cli_docs.page() == wide
    assert os.environ["COLUMNS"] == "40"  # restored after the build


HAND_WRITTEN = {f"dbrest {c.group} {c.name}" if c.name else f"dbrest {c.group}" for c in TABLE}


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.count(" ") >= 1], ids=str)
def test_the_overview_names_every_command(command: str) -> None:
    """Every family has a row; a hand-written command is named in its family's row (the generated operations are
    in the reference page, one per operation of the spec)."""
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    words = command.split()
    rows = [
        line
        for line in text.splitlines()
        if line.startswith("| ") and (f"`dbrest {words[1]}`" in line or f"`dbrest {words[1]} " in line)
    ]
    assert rows, f"docs/cli.md has no row for `dbrest {words[1]}`"
    if len(words) > 2 and command in HAND_WRITTEN:
        named = re.compile(rf"(?<![\w-]){re.escape(words[2])}(?![\w-])")
        assert any(named.search(row) for row in rows), f"docs/cli.md does not name `{command}`"
