"""The commands generated from the spec: their arguments (from the operation's parameters and request body) and
the call, through the same keyword-call method of ``ws.<service>`` that Python users call, so retries, typed
errors and paging behave the same.

Required fields are positional (and also accepted as ``--flag``, as the databricks CLI takes ``--cluster-id``),
scalar fields are flags of their type, arrays of scalars repeatable flags, and everything else goes in
``--json JSON`` or ``--json @file.json``, which the flags are merged into (a flag wins over the same field of the
JSON). ``--all`` follows the pages of a paged list and prints one list.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from .common import EXIT_USAGE, CliError, emit, load_json, output_format, request_body, workspace, write_table
from .parser import GLOBAL_DESTS
from .spec_index import Field, Operation, Paging, operations

#: Destinations the command machinery itself uses: a field named like one gets another dest.
TAKEN = GLOBAL_DESTS | {"json", "json_file", "func", "group", "command", "all", "wait", "timeout", "op"}


def operation_names(service: str) -> list[str]:
    return list(operations().get(service, {}))


def operation(service: str, name: str) -> Operation:
    return operations()[service][name]


def texts(service: str, name: str) -> tuple[str, str, list[str]]:
    """(one-line help, description, examples) of a generated command."""
    op = operation(service, name)
    summary = op.summary or f"{op.http_method.upper()} {op.path}"
    description = f"{summary}.\n\n{op.description}\n\n{op.http_method.upper()} {op.path} ({op.operation_id})"
    required = [f.name.upper() for f in op.fields if f.required and f.scalar and f.kind != "array"]
    example = " ".join(["dbrest", service, name, *required])
    examples = [example]
    if op.paging:
        examples.append(f"{example} --all")
    return summary[:1].lower() + summary[1:], description, examples


def dest_of(f: Field) -> str:
    return f.keyword if f.keyword not in TAKEN else f"field_{f.keyword}"


def _type(kind: str | None) -> Any:
    return {"integer": int, "number": float}.get(kind or "", str)


def fill(p: argparse.ArgumentParser, service: str, name: str, field_help: dict[str, str] | None = None) -> None:
    """Give ``p`` the arguments of the operation and make it call it (unless the caller sets another func)."""
    op = operation(service, name)
    add_arguments(p, op, field_help or {})
    p.set_defaults(func=run, op=op)


def add_arguments(
    p: argparse.ArgumentParser, op: Operation, field_help: dict[str, str], *, every_page: bool = False
) -> None:
    """The operation's fields as arguments, and ``--all`` for a paged list; ``every_page``: a command that always
    reads every page gets neither ``--all`` nor the fields that say where a page starts."""
    _, schema, _ = op.body
    nested: list[str] = []
    skipped = set(op.paging.position) if every_page and op.paging else set()
    for f in op.fields:
        if f.name in skipped:
            continue
        text = field_help.get(f.name) or f.description or f.name
        dest = dest_of(f)
        if f.enum:
            text += f" (one of {', '.join(f.enum)})"
        if not f.scalar:
            nested.append(f.name)
            continue
        if f.kind == "array":
            p.add_argument(
                f.flag, dest=dest, action="append", type=_type(f.items), metavar="VALUE", help=f"{text} (repeatable)"
            )
        elif f.required:
            # positional, and also accepted as a flag (`--cluster-id ID`, as the databricks CLI takes it)
            p.add_argument(dest, nargs="?", type=_type(f.kind), metavar=f.name, help=f"{text} (or {f.flag})")
            p.add_argument(f.flag, dest=f"{dest}__flag", type=_type(f.kind), metavar="VALUE", help=argparse.SUPPRESS)
        elif f.kind == "boolean":
            p.add_argument(f.flag, dest=dest, action=argparse.BooleanOptionalAction, default=None, help=text)
        else:
            p.add_argument(f.flag, dest=dest, type=_type(f.kind), metavar=f.kind.upper(), help=text)
    if schema:
        what = f"the request ({schema}" + (f"; {', '.join(nested)} only here" if nested else "") + ")"
        g = p.add_mutually_exclusive_group()
        g.add_argument(
            "--json", metavar="JSON", help=f"{what} as JSON, or @FILE to read it from a file; flags are merged in"
        )
        g.add_argument("--json-file", metavar="FILE", help="the request from a JSON file (same as --json @FILE)")
    if op.paging and not every_page:
        p.add_argument("--all", action="store_true", help="follow every page and print one list")


def positional(args: argparse.Namespace, f: Field) -> Any:
    dest = dest_of(f)
    value = getattr(args, dest, None)
    flag = getattr(args, f"{dest}__flag", None)
    if value is not None and flag is not None and value != flag:
        raise CliError(f"{f.name} given twice ({value} and {f.flag} {flag}); give it once", EXIT_USAGE)
    return value if value is not None else flag


def arguments(args: argparse.Namespace, op: Operation) -> tuple[dict[str, Any], Any]:
    """(parameter keywords, request model or None) of the call, from the arguments."""
    params: dict[str, Any] = {}
    _, schema, body_required = op.body
    body = load_json(args, required=False) if schema else {}
    missing: list[str] = []
    for f in op.fields:
        value = (
            positional(args, f) if f.required and f.scalar and f.kind != "array" else getattr(args, dest_of(f), None)
        )
        if f.where == "body":
            if value is not None:
                body[f.name] = value
            continue
        if value is not None:
            params[f.keyword] = value
        elif f.required:
            missing.append(f.name)
    if missing:
        raise CliError(
            f"missing {', '.join(missing)}: give it as an argument (or --{missing[0].replace('_', '-')})", EXIT_USAGE
        )
    model = request_body(schema, body) if schema and (body or body_required) else None
    return params, model


def method_of(ws: Any, op: Operation) -> Any:
    """``ws.<service>.<operation>``; where an overlay replaced it with other arguments (ws.commands.execute
    takes code, not a request), the generated facade's method of the same object."""
    service = getattr(ws, op.attribute)
    for cls in type(service).__mro__:
        if cls.__module__.startswith("dbrest_client.api.") and op.method in vars(cls):
            overlay = getattr(service, op.method)
            if getattr(type(service), op.method) is vars(cls)[op.method]:
                return overlay
            import inspect

            accepted = inspect.signature(overlay).parameters
            takes_body = "body" in accepted or not op.body[1]
            if takes_body and all(f.keyword in accepted for f in op.fields if f.where != "body"):
                return overlay
            return vars(cls)[op.method].__get__(service)
    return getattr(service, op.method)


def call(args: argparse.Namespace, op: Operation, ws: Any = None) -> Any:
    """Call the operation with the arguments; with ``--all``, every page, as one answer."""
    ws = ws or workspace(args)
    method = method_of(ws, op)
    # enum values go as the strings given: the facades take `Enum | str` and the server judges an unknown one
    kwargs, model = arguments(args, op)
    if model is not None:
        kwargs["body"] = model
    if op.paging is None or not getattr(args, "all", False):
        return method(**kwargs)
    return every_item(ws, op, op.paging, kwargs)


def every_item(ws: Any, op: Operation, paging: Paging, kwargs: dict[str, Any]) -> dict[str, Any]:
    """``--all``: the items of every page as one list, read by the generated iterator the spec names for the
    operation (x-dbrest-paging), so that the command line pages as the library does: an item shifted onto a
    later page is listed once, and a server answering the same page token again is an error, not a loop."""
    keywords = {f.name: f.keyword for f in op.fields}
    given = dict(kwargs)
    body = given.pop("body", None)
    if body is not None:  # the iterator sets paging fields itself: the body's fields go in as keywords
        given.update({keywords[name]: value for name, value in body.to_dict().items()})
    started = [name for name in paging.position if keywords[name] in given]
    if started:
        flags = ", ".join(f.flag for f in op.fields if f.name in started)
        raise CliError(f"--all reads every page from the first: leave out {flags}", EXIT_USAGE)
    if paging.page_size is not None and keywords[paging.page_size] in given:
        given["page_size"] = given.pop(keywords[paging.page_size])
    from .common import to_plain

    items = getattr(getattr(ws, op.attribute), paging.iterator)(**given)
    return {paging.items: [to_plain(item) for item in items]}


def run(args: argparse.Namespace) -> int:
    op: Operation = args.op
    result = call(args, op)
    show(args, op, result)
    return 0


def show(args: argparse.Namespace, op: Operation | None, result: Any, out: Any = None) -> None:
    """JSON (the default when stdout is not a terminal) or a table of the answer's list (or of the answer)."""
    from .common import to_plain

    out = out or sys.stdout
    plain = to_plain(result)
    fmt = output_format(args, "table" if out.isatty() else "json")
    if fmt == "json":
        emit(argparse.Namespace(output="json"), plain, out=out)
        return
    if plain in (None, {}, []):
        return
    rows = rows_of(plain)
    write_table(rows, columns_of(rows), out)


def rows_of(plain: Any) -> list[dict[str, Any]]:
    if isinstance(plain, list):
        return [r if isinstance(r, dict) else {"value": r} for r in plain]
    if not isinstance(plain, dict):
        return [{"value": plain}]
    lists = [v for v in plain.values() if isinstance(v, list) and all(isinstance(i, dict) for i in v)]
    if len(lists) == 1 and all(not isinstance(v, list) or v is lists[0] for v in plain.values()):
        return list(lists[0])
    return [plain]


def columns_of(rows: Sequence[dict[str, Any]], limit: int = 8) -> list[str]:
    """The scalar fields of the rows, in the order they first appear, at most ``limit``."""
    columns: list[str] = []
    for row in rows:
        for key, value in row.items():
            if key not in columns and not isinstance(value, dict | list):
                columns.append(key)
    return columns[:limit] or sorted({k for row in rows for k in row})[:limit]
