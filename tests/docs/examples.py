"""The code blocks of the documentation (docs/**/*.md), as the docs tests run them.

A fenced block tagged ``python`` is a standalone script; one whose first line is ``# test_<name>.py`` is a pytest
file of that name. Blocks in other languages (console, bash, text, toml ...) are shown, not run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\n]*)$")
_PYTEST_NAME = re.compile(r"#\s*(test_[A-Za-z0-9_]+\.py)\s*$")


class UnclosedFence(ValueError):
    """A fence is opened and never closed: everything after it would render as code."""


@dataclass(frozen=True)
class Block:
    file: str  # relative to docs/
    line: int  # of the opening fence, 1-based
    language: str
    code: str

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def pytest_name(self) -> str | None:
        """``test_x.py`` when the block's first line names it a pytest file."""
        first = self.code.lstrip("\n").split("\n", 1)[0]
        match = _PYTEST_NAME.fullmatch(first.strip())
        return match.group(1) if match else None


def blocks_of(text: str, file: str) -> list[Block]:
    """Every fenced block of one Markdown text, indented ones (inside lists, admonitions) dedented."""
    found: list[Block] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, fence = opening.group("indent"), opening.group("fence")
        info = opening.group("info").strip()
        language = info.split()[0].lstrip(".{").rstrip("}") if info else ""
        body: list[str] = []
        j = i + 1
        while j < len(lines):
            stripped = lines[j].strip()
            if stripped.startswith(fence[0] * len(fence)) and stripped.strip(fence[0]) == "":
                break
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        else:
            raise UnclosedFence(f"{file}:{i + 1}: the {fence} fence opened here is never closed")
        found.append(Block(file, i + 1, language, "\n".join(body) + "\n"))
        i = j + 1
    return found


def doc_blocks(docs: Path = DOCS) -> list[Block]:
    found: list[Block] = []
    for path in sorted(docs.rglob("*.md")):
        found += blocks_of(path.read_text(encoding="utf-8"), path.relative_to(docs).as_posix())
    return found


def python_blocks(docs: Path = DOCS) -> list[Block]:
    return [b for b in doc_blocks(docs) if b.language in ("python", "py", "python3")]
