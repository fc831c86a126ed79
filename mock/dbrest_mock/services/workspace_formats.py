"""The notebook formats of the Workspace API (workspace.py): a notebook is its language and its commands, and every
format is a rendering of that (SOURCE, HTML, JUPYTER, the DBC model, R_MARKDOWN); AUTO import detection too.

Split out of workspace.py (the service and its tree) so that each reads on its own.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import re
import urllib.parse
import uuid
from dataclasses import dataclass
from typing import Any

from .. import jsonio
from ..errors import ApiError

COMMENT = {"PYTHON": "#", "SCALA": "//", "SQL": "--", "R": "#"}
SOURCE_EXT = {"PYTHON": "py", "SCALA": "scala", "SQL": "sql", "R": "r"}
DBC_EXT = {"PYTHON": "python", "SCALA": "scala", "SQL": "sql", "R": "r"}
LANG_BY_NAME = {"python": "PYTHON", "scala": "SCALA", "sql": "SQL", "r": "R"}
FILE_TYPE = {"HTML": "html", "JUPYTER": "ipynb", "DBC": "dbc", "R_MARKDOWN": "Rmd"}
#: What AUTO reads a file extension as: a notebook language, or JUPYTER for .ipynb.
AUTO_EXTENSIONS = {".py": "PYTHON", ".scala": "SCALA", ".sql": "SQL", ".r": "R", ".ipynb": "JUPYTER"}
#: The formats in which a workspace file exports (as its bytes).
FILE_EXPORT_FORMATS = ("SOURCE", "AUTO", "RAW")
MODEL_RE = re.compile(r"__DATABRICKS_NOTEBOOK_MODEL\s*=\s*'([^']*)'")


@dataclass
class Notebook:
    """A parsed notebook before it is placed in the tree."""

    language: str
    cells: list[str]


def render_source(nb: Notebook) -> str:
    c = COMMENT[nb.language]

    def render(cell: str) -> str:
        if cell.startswith("%"):
            return "\n".join(f"{c} MAGIC {line}" if line else f"{c} MAGIC" for line in cell.split("\n"))
        return cell

    separator = f"\n\n{c} COMMAND ----------\n\n"
    return f"{c} Databricks notebook source\n" + separator.join(render(cell) for cell in nb.cells)


def parse_source(text: str, language: str) -> Notebook:
    c = COMMENT[language]
    header = f"{c} Databricks notebook source"
    if text == header or text.startswith(header + "\n"):
        text = text[len(header) + 1 :]
    parts = re.split(rf"\n*^{re.escape(c)} COMMAND -{{10}}[ \t]*(?:\n\n?|\Z)", text, flags=re.M)
    cells = []
    magic = f"{c} MAGIC"
    for part in parts:
        part = part.rstrip("\n")
        lines = part.split("\n")
        if part and all(line == magic or line.startswith(magic + " ") for line in lines):
            part = "\n".join(line[len(magic) + 1 :] for line in lines)
        cells.append(part)
    return Notebook(language, cells)


def notebook_model(nb: Notebook, name: str, object_id: int) -> dict[str, Any]:
    """The NotebookV1 JSON of DBC archives and HTML exports."""

    def guid(*parts: object) -> str:
        return str(uuid.UUID(bytes=hashlib.sha256("-".join(map(str, parts)).encode()).digest()[:16], version=4))

    return {
        "version": "NotebookV1",
        "origId": object_id,
        "name": name,
        "language": nb.language.lower(),
        "commands": [
            {
                "version": "CommandV1",
                "origId": object_id * 1000 + i + 1,
                "guid": guid(object_id, i),
                "subtype": "command",
                "commandType": "auto",
                "position": float(i + 1),
                "command": cell,
                "commandTitle": "",
                "showCommandTitle": False,
                "hideCommandCode": False,
                "hideCommandResult": False,
            }
            for i, cell in enumerate(nb.cells)
        ],
        "dashboards": [],
        "guid": guid(object_id),
        "globalVars": {},
        "inputWidgets": {},
    }


def notebook_from_model(model: object, fallback_language: str | None) -> Notebook:
    if not isinstance(model, dict) or not isinstance(model.get("commands"), list):
        raise ApiError.invalid("Invalid notebook: no commands found")
    language = LANG_BY_NAME.get(str(model.get("language", "")).lower()) or fallback_language
    if language is None:
        raise ApiError.invalid("Invalid notebook: unknown language")
    commands = [cmd for cmd in model["commands"] if isinstance(cmd, dict)]
    commands.sort(key=lambda cmd: cmd.get("position", 0) if isinstance(cmd.get("position"), int | float) else 0)
    cells = [cmd.get("command") if isinstance(cmd.get("command"), str) else "" for cmd in commands]
    return Notebook(language, [str(cell) for cell in cells] or [""])


def render_html(nb: Notebook, name: str, object_id: int) -> str:
    model = json.dumps(notebook_model(nb, name, object_id), separators=(",", ":"))
    encoded = base64.b64encode(urllib.parse.quote(model).encode("ascii")).decode("ascii")
    body = "\n".join(f'<pre class="command">{html.escape(cell)}</pre>' for cell in nb.cells)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        '<meta name="databricks-html-version" content="1">\n'
        f"<title>{html.escape(name)} - Databricks</title>\n"
        '<meta charset="utf-8">\n'
        "</head>\n<body>\n"
        f"<script>\nwindow.__DATABRICKS_NOTEBOOK_MODEL = '{encoded}';\n</script>\n"
        f"{body}\n</body>\n</html>\n"
    )


def parse_html(text: str, fallback_language: str | None) -> Notebook:
    m = MODEL_RE.search(text)
    if m is None:
        raise ApiError.invalid("The content is not a Databricks HTML notebook export (no notebook model found).")
    try:
        model = jsonio.loads(
            urllib.parse.unquote(base64.b64decode(m.group(1), validate=True).decode("ascii"), errors="strict")
        )
    except (binascii.Error, ValueError):  # JsonError and UnicodeDecodeError are ValueErrors
        raise ApiError.invalid("The notebook model of the HTML export is corrupt.") from None
    return notebook_from_model(model, fallback_language)


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def markdown_of(cell: str) -> str | None:
    """The markdown text of a ``%md`` command (the text may start on the magic's line), else None."""
    first, _, rest = cell.partition("\n")
    words = first.split(maxsplit=1)
    if not words or words[0] != "%md":
        return None
    inline = words[1] if len(words) > 1 else ""
    return inline + ("\n" + rest if inline and rest else rest)


def render_jupyter(nb: Notebook, name: str) -> str:
    cells: list[dict[str, Any]] = []
    for cell in nb.cells:
        md = markdown_of(cell)
        if md is not None:
            cells.append({"cell_type": "markdown", "metadata": {}, "source": _lines(md)})
        else:
            cells.append(
                {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": _lines(cell)}
            )
    lang = nb.language.lower()
    doc = {
        "cells": cells,
        "metadata": {
            "application/vnd.databricks.v1+notebook": {
                "notebookName": name,
                "language": lang,
                "dashboards": [],
                "notebookMetadata": {},
                "widgets": {},
            },
            "language_info": {"name": lang},
        },
        "nbformat": 4,
        "nbformat_minor": 0,
    }
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def parse_jupyter(text: str, fallback_language: str | None) -> Notebook:
    try:
        doc = jsonio.loads(text)
    except jsonio.JsonError as exc:
        raise ApiError.invalid(f"The content is not a Jupyter notebook (invalid JSON: {exc}).") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("cells"), list):
        raise ApiError.invalid("The content is not a Jupyter notebook (no cells).")
    meta = doc.get("metadata")
    if not isinstance(meta, dict):
        meta = {}
    names = []
    for key, sub in (("application/vnd.databricks.v1+notebook", "language"), ("language_info", "name")):
        section = meta.get(key)
        if isinstance(section, dict):
            names.append(section.get(sub))
    kernelspec = meta.get("kernelspec")
    if isinstance(kernelspec, dict):
        names.append(kernelspec.get("language"))
    language = next((LANG_BY_NAME[n.lower()] for n in names if isinstance(n, str) and n.lower() in LANG_BY_NAME), None)
    cells = []
    for cell in doc["cells"]:
        if not isinstance(cell, dict):
            continue
        source = cell.get("source", "")
        text_ = "".join(s for s in source if isinstance(s, str)) if isinstance(source, list) else str(source)
        if cell.get("cell_type") == "markdown":
            cells.append("%md\n" + text_)
        elif cell.get("cell_type") == "code":
            cells.append(text_)
    return Notebook(language or fallback_language or "PYTHON", cells or [""])


def render_rmarkdown(nb: Notebook, name: str) -> str:
    out = [f'---\ntitle: "{name}"\noutput: html_document\n---\n']
    for cell in nb.cells:
        md = markdown_of(cell)
        if md is not None:
            out.append(md + "\n")
        else:
            out.append(f"```{{r}}\n{cell}\n```\n")
    return "\n".join(out)


def parse_rmarkdown(text: str) -> Notebook:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end >= 0:
            text = text[end + 4 :].lstrip("\n")
    cells: list[str] = []
    pos = 0
    for m in re.finditer(r"^```\{r[^}]*\}[ \t]*\n(.*?)\n?^```[ \t]*$", text, flags=re.M | re.S):
        prose = text[pos : m.start()].strip("\n")
        if prose.strip():
            cells.append("%md\n" + prose)
        cells.append(m.group(1))
        pos = m.end()
    prose = text[pos:].strip("\n")
    if prose.strip():
        cells.append("%md\n" + prose)
    return Notebook("R", cells or [""])


def auto_detect(path: str, data: bytes, language: str | None) -> Notebook | None:
    """What an AUTO import of ``data`` at ``path`` is: the notebook it holds, or None for a workspace file.

    A notebook needs a notebook extension and matching content: source whose first line is the
    ``Databricks notebook source`` header in the extension's comment syntax, or a Jupyter notebook (.ipynb).
    """
    _, dot, ext = path.rsplit("/", 1)[-1].rpartition(".")
    kind = AUTO_EXTENSIONS.get(f".{ext.lower()}") if dot else None
    if kind is None:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if kind == "JUPYTER":
        try:
            return parse_jupyter(text, language)
        except ApiError:
            return None
    first = text.lstrip().split("\n", 1)[0].strip()
    if first != f"{COMMENT[kind]} Databricks notebook source":
        return None
    return parse_source(text, kind)


def decode_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApiError.invalid("The content is not UTF-8 text.") from None
