"""`make generate` step: the CLI's command table, ``generated/dbrest_client/cli_commands.json``.

`dbrest <service> <operation>` commands are built from this table (overlays/dbrest/cli/spec_index.py reads it):
per service (the spec's tags, plus ``runs``, the databricks CLI's name for the Jobs runs operations), per operation
(its id without the tag, kebab-case) the fields with their kinds, flags and keywords, the request schema, and how
``--all`` reads every page. Everything here is a fact of the spec, so it is computed once, here, rather than at
every start of the CLI: the keywords and method names are openapi-python-client's (through
:mod:`extensions`, which names them for the generated overlays too), and the paging is the operation's
``x-dbrest-paging``, which ``--all`` follows through the generated iterator it names (``ws.jobs.iter_jobs``), so
the command line pages exactly as the library does. ``generate.py --check`` compares the table like every
generated file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import extensions  # generator/extensions.py (the generator's modules run with this directory on sys.path)
from bundle import flatten, resolve

#: The file the CLI reads from the dbrest_client package (overlays/dbrest/cli/spec_index.py names it too).
TABLE_FILE = "cli_commands.json"
#: The databricks CLI's `runs` family: the Jobs (2.2) operations whose ids start with "runs".
RUNS_SERVICE, RUNS_TAG, RUNS_PREFIX = "runs", "jobs", "runs-"
RUNS_HELP = "job runs (API 2.2 runs/*): list, get, submit, cancel, wait, get-output, ..."
#: The request field that sets the page size when x-dbrest-paging names none (offset: limit; SCIM: count).
PAGE_SIZE_BY_STYLE = {"offset": "limit", "scim": "count"}
#: The request fields that say where a page starts: ``--all`` starts at the first page and sets them itself.
POSITION_BY_STYLE = {"token": "request_token", "offset": "offset", "scim": "start"}


def words(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name))
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def kebab(name: str) -> str:
    return "-".join(words(name))


def first_line(text: str | None) -> str:
    return (text or "").strip().split("\n\n")[0].replace("\n", " ").strip()


def _kind(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[str, list[str]]:
    schema = flatten(doc, schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind is None:
        variants = schema.get("oneOf") or schema.get("anyOf")
        kind = "object" if variants or "properties" in schema else "string"
    return str(kind), [str(v) for v in schema.get("enum", []) if v is not None]


def _field(
    doc: dict[str, Any], name: str, where: str, schema: dict[str, Any], required: bool, text: str | None
) -> list[Any]:
    """[wire name, where, kind, required, help, enum values, item kind, keyword, flag]: the CLI's Field."""
    kind, enum = _kind(doc, schema)
    items = None
    if kind == "array":  # an array of scalars is a repeatable flag: its items' values are the ones to name
        items, enum = _kind(doc, flatten(doc, schema).get("items", {}))
    description = text or resolve(doc, schema).get("description") or flatten(doc, schema).get("description") or ""
    return [name, where, kind, required, first_line(description), enum, items, extensions.py(name), "--" + kebab(name)]


def _fields(doc: dict[str, Any], raw: dict[str, Any], schema_name: str | None) -> list[list[Any]]:
    out = []
    for param in raw.get("parameters", []):
        param = resolve(doc, param)
        schema = param.get("schema", {})
        out.append(
            _field(doc, param["name"], param["in"], schema, param.get("required", False), param.get("description"))
        )
    if schema_name:
        schema = flatten(doc, {"$ref": f"#/components/schemas/{schema_name}"})
        required = set(schema.get("required", []))
        for name, sub in schema.get("properties", {}).items():
            out.append(_field(doc, name, "body", sub, name in required, sub.get("description")))
    return out


def _body(raw: dict[str, Any]) -> list[Any]:
    rb = raw.get("requestBody")
    if not rb:
        return [None, None, False]
    ctype, media = next(iter(rb["content"].items()))
    ref = media.get("schema", {}).get("$ref", "")
    return [ctype, ref.rsplit("/", 1)[-1] or None, bool(rb.get("required"))]


def _paging(paging: extensions.Paging) -> dict[str, Any]:
    """How ``--all`` reads a list: the generated iterator, the answer's list field (as the API spells it), the
    request fields the iterator sets (a command given one of them with --all is a usage error), and the one
    that sets the page size (its value becomes the iterator's ``page_size``)."""
    raw = paging.op.raw["x-dbrest-paging"]
    page_size = (raw.get("page_size") or {}).get("param") or PAGE_SIZE_BY_STYLE.get(paging.style)
    position = POSITION_BY_STYLE.get(paging.style)
    return {
        "iterator": paging.method,
        "items": raw["items"],
        "position": [raw[position]] if position else [],
        "page_size": page_size,
    }


def build_index(doc: dict[str, Any], ext: extensions.Extensions) -> dict[str, Any]:
    """{"services": {service: help}, "operations": {service: {name: operation as plain values}}}."""
    services = {t["name"]: first_line(t.get("description")) or t["name"] for t in doc.get("tags", [])}
    attributes = {s.tag: s.attribute for s in ext.services}
    paged = {p.op.op_id: _paging(p) for s in ext.services for p in s.pagings if p.style != "inner"}
    table: dict[str, dict[str, Any]] = {}
    for op in extensions.operations(doc).values():
        raw = {**op.raw, "parameters": op.parameters}
        camel_tag = "".join(p if i == 0 else p[:1].upper() + p[1:] for i, p in enumerate(op.tag.split("-")))
        name = kebab(op.op_id[len(camel_tag) :])
        body = _body(raw)
        entry = {
            "operation_id": op.op_id,
            "tag": op.tag,
            "attribute": attributes[op.tag],
            "method": op.method,
            "http_method": op.http,
            "path": op.path,
            "summary": first_line(raw.get("summary")),
            "description": (raw.get("description") or "").strip(),
            "fields": _fields(doc, raw, body[1]),
            "body": body,
            "paging": paged.get(op.op_id),
        }
        table.setdefault(op.tag, {})[name] = entry
        services.setdefault(op.tag, op.tag)
        if op.tag == RUNS_TAG and name.startswith(RUNS_PREFIX):
            table.setdefault(RUNS_SERVICE, {})[name[len(RUNS_PREFIX) :]] = entry
    services[RUNS_SERVICE] = RUNS_HELP
    return {"services": {s: services[s] for s in services if s in table}, "operations": table}


def render(doc: dict[str, Any], ext: extensions.Extensions) -> str:
    header = {"_generated": "by generator/cli_table.py from the bundled spec (make generate); do not edit"}
    table = build_index(doc, ext)
    return json.dumps({**header, **table}, indent=None, separators=(",", ":"), sort_keys=False) + "\n"


def write(doc: dict[str, Any], ext: extensions.Extensions, out_pkg: Path) -> None:
    (out_pkg / TABLE_FILE).write_text(render(doc, ext), encoding="utf-8")
