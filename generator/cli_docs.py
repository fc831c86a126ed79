"""The CLI reference page of the docs site: `dbrest --help` and every command's help (the hand-written ones and one
per operation of the spec), generated at `make docs` time.

Used as an mkdocs hook (`hooks:` in mkdocs.yml): `on_files` adds `cli-reference.md`, built from the parser the
console script itself uses (`dbrest.cli.build_parser`), so the reference cannot drift from the CLI. The help is
formatted at a fixed width so that the page does not depend on the terminal of whoever builds it.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator
from typing import Any

WIDTH = "88"  # what the content column of the Material theme shows without scrolling


def walk(parser: argparse.ArgumentParser, prefix: str = "dbrest") -> Iterator[tuple[str, str]]:
    """(command line, its help text) for the parser and every subcommand, depth first."""
    from dbrest.cli.parser import walk as commands

    for command, sub in commands(parser, prefix):
        yield command, sub.format_help()


def page() -> str:
    from dbrest.cli import build_parser

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH  # argparse's HelpFormatter reads the width from here
    try:
        helps = list(walk(build_parser()))
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    out = [
        "# CLI reference",
        "",
        "Every command's `--help`, generated from the `dbrest` parser when this site is built. The overview, the "
        "configuration and the exit codes are on [Command line](cli.md).",
        "",
    ]
    for command, text in helps:
        level = "#" * min(2 + command.count(" "), 4)
        out += [f"{level} `{command}`", "", "```text", text.rstrip(), "```", ""]
    return "\n".join(out)


def on_files(files: Any, config: Any, **_: Any) -> Any:
    """mkdocs hook: add the page to the build (in memory; nothing is written to docs/)."""
    from mkdocs.structure.files import File

    files.append(File.generated(config, "cli-reference.md", content=page()))
    return files
