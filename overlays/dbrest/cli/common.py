"""What every command family shares: exit codes, the one-line error type, output (JSON or a table), notes on
stderr, the Workspace built from the global options, and request bodies from ``--json`` and flags."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import httpx

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FAILED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a writer whose reader went away

#: Truthy values of DBREST_ALLOW_INSECURE_HTTP.
TRUE_WORDS = ("1", "true", "yes", "on")


class CliError(Exception):
    """A user-facing failure: one line, and what to try."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


# --- output -----------------------------------------------------------------------------------------------


def to_plain(obj: Any) -> Any:
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    if isinstance(obj, list):
        return [to_plain(o) for o in obj]
    return obj


def output_format(args: argparse.Namespace, default: str = "table") -> str:
    """``-o`` if given, else ``default`` (the generated commands pass "json" when stdout is not a terminal)."""
    chosen: str | None = getattr(args, "output", None)
    return chosen or default


def emit(args: argparse.Namespace, data: Any, columns: Sequence[str] | None = None, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    plain = to_plain(data)
    if output_format(args) == "json" or columns is None:
        json.dump(plain, out, indent=2, sort_keys=True)
        out.write("\n")
        return
    rows = plain if isinstance(plain, list) else [plain]
    write_table(rows, columns, out)


#: C0 controls, DEL and C1 controls. A name or message the server chose (a DBFS file anyone in the workspace may
#: create, an error text), written to a terminal as it is, could carry escape sequences: set the title, rewrite
#: the line (\r), or write the clipboard (OSC 52). GNU ls escapes them on a terminal too, and the GitHub CLI
#: sanitises API text the same way.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def has_control_characters(text: str) -> bool:
    return _CONTROL.search(text) is not None


def escaped(text: str) -> str:
    """``text`` with each control character spelled as its escape (``\\x1b``, ``\\n``): for what is drawn only on a
    terminal (status lines, transfer bars)."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def visible(text: str, stream: TextIO | None = None, *, lines: bool = False) -> str:
    """``text`` for ``stream`` (stdout by default): on a terminal, each control character spelled as its escape
    (``\\x1b``, ``\\n``); to a pipe or a file unchanged, so that scripts get the names as they are (``-o json``
    escapes them in any case). With ``lines``, the line breaks of a text of several lines (a traceback) stay."""
    stream = stream if stream is not None else sys.stdout
    try:
        terminal = stream.isatty()
    except (AttributeError, ValueError):  # a stream without isatty, or a closed one
        terminal = False
    if not terminal:
        return text
    return "\n".join(escaped(line) for line in text.split("\n")) if lines else escaped(text)


def write_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    """Columns headed as the API spells the fields; times as local ISO time (see :func:`cell`)."""
    table = [[visible(cell(c, r.get(c)), out) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in table]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for row in table:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


#: Field names that hold epoch milliseconds in the Databricks API (created_time, start_time, modification_time,
#: last_state_loss_time, timestamp, ...): shown as local ISO time in tables, as JSON keeps the number.
TIME_FIELD = re.compile(r"(^|_)(time|timestamp)$")
#: 2001-09-09 in epoch ms: a smaller number in a time field is a duration or a relative value, shown as is.
EPOCH_MS_FLOOR = 1_000_000_000_000


def cell(column: str, value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True)
    if TIME_FIELD.search(column) and isinstance(value, int) and not isinstance(value, bool) and value >= EPOCH_MS_FLOOR:
        return local_time(value)
    return str(value)


def local_time(epoch_ms: int) -> str:
    moment = datetime.datetime.fromtimestamp(epoch_ms / 1000, tz=datetime.UTC).astimezone()
    return moment.isoformat(timespec="seconds")


def info(args: argparse.Namespace, text: str) -> None:
    if not args.quiet:
        print(visible(text, sys.stderr), file=sys.stderr)


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def warn(text: str) -> None:
    """A note that something was not done: shown even with --quiet."""
    print(f"warning: {visible(text, sys.stderr)}", file=sys.stderr)


# --- configuration --------------------------------------------------------------------------------------------


def _insecure_http_allowed(args: argparse.Namespace) -> bool:
    return bool(args.allow_insecure_http) or os.environ.get("DBREST_ALLOW_INSECURE_HTTP", "").lower() in TRUE_WORDS


def retry_printer(args: argparse.Namespace) -> Callable[[httpx.Request, int, float, str], None]:
    """The Workspace's on_retry: one line per retry on stderr, unless --quiet."""
    from .progress import note as print_note

    def note(request: httpx.Request, attempt: int, wait: float, why: str) -> None:
        if not args.quiet:
            print_note(
                f"retrying {request.method} {request.url.path} ({why} on attempt {attempt}), waiting {wait:.1f}s"
            )

    return note


def workspace(args: argparse.Namespace) -> Any:
    from .. import Workspace

    return Workspace(
        host=args.host,
        profile=args.profile,
        allow_insecure_http=_insecure_http_allowed(args),
        on_retry=retry_printer(args),
    )


# --- request bodies -------------------------------------------------------------------------------------------


def load_json(args: argparse.Namespace, *, required: bool = True) -> dict[str, Any]:
    """The body of ``--json JSON``, ``--json @FILE`` or ``--json-file FILE``; {} if none was given and not
    ``required``."""
    text = None
    if getattr(args, "json_file", None):
        text = Path(args.json_file).read_text(encoding="utf-8")
    elif getattr(args, "json", None):
        text = args.json
        if text.startswith("@"):
            text = Path(text[1:]).read_text(encoding="utf-8")
    if text is None:
        if not required:
            return {}
        raise CliError("give the request body with --json '{...}', --json @FILE or --json-file FILE", EXIT_USAGE)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise CliError(f"the JSON body is not valid JSON: {exc}", EXIT_USAGE) from None
    if not isinstance(data, dict):
        raise CliError("the JSON body must be an object", EXIT_USAGE)
    return data


def spec_document() -> dict[str, Any]:
    """The bundled OpenAPI document (shipped inside dbrest_client)."""
    from .spec_index import document

    return document()


_JSON_TYPES = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "null": "null",
}


def _json_type(value: Any) -> str:
    for kind, name in ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string")):
        if isinstance(value, kind):
            return name
    return "object" if isinstance(value, dict) else "array" if isinstance(value, list) else "null"


def _field_path(parts: Sequence[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def body_problems(model_name: str, data: dict[str, Any]) -> list[str]:
    """What is wrong with ``data`` as the request schema ``model_name`` of the spec, in a few words each.

    Needs jsonschema, which comes with the mock extra: without it, request_body reports the parse error alone."""
    import jsonschema  # type: ignore[import-untyped]
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    doc = spec_document()
    if model_name not in doc.get("components", {}).get("schemas", {}):
        return []
    urn = "urn:dbrest:openapi"
    registry: Registry[Any] = Registry().with_resource(
        urn, Resource.from_contents(doc, default_specification=DRAFT202012)
    )
    validator = jsonschema.Draft202012Validator({"$ref": f"{urn}#/components/schemas/{model_name}"}, registry=registry)
    problems: list[str] = []
    for error in sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        where = _field_path(list(error.absolute_path))
        if error.validator == "required":
            missing = re.findall(r"'([^']+)' is a required property", error.message)
            text = "missing field " + ".".join([where, *missing] if where else missing)
        elif error.validator == "type":
            wanted = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
            expected = " or ".join(_JSON_TYPES.get(str(w), str(w)) for w in wanted)
            text = f"{where or 'the body'} must be {expected}, not {_JSON_TYPES[_json_type(error.instance)]}"
        elif isinstance(error.schema, dict) and isinstance(error.schema.get("x-error-message"), str):
            # the spec's own words for a rule (e.g. "Exactly one of num_workers or autoscale must be specified")
            text = (f"{where}: " if where else "") + error.schema["x-error-message"]
        elif error.validator in ("oneOf", "anyOf") and error.context:
            best = jsonschema.exceptions.best_match(error.context)
            text = f"{where or 'the body'}: {best.message}"
        else:
            text = f"{where or 'the body'}: {error.message}"
        if text not in problems:
            problems.append(text)
    return problems


def request_body(model_name: str, data: dict[str, Any]) -> Any:
    """The generated request model ``model_name`` from a JSON body; a usage error naming what does not fit."""
    import dbrest_client.models as models

    cls = getattr(models, model_name)
    try:
        return cls.from_dict(data)
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        try:
            problems = body_problems(model_name, data)
        except Exception:  # the explanation is a nicety: never let it hide the error itself
            problems = []
        if not problems:
            problems = [f"missing field {exc.args[0]}" if isinstance(exc, KeyError) else str(exc)]
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")
        raise CliError(f"the JSON body does not fit {model_name}: {shown}", EXIT_USAGE) from None


# --- argument types -------------------------------------------------------------------------------------------


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is a number from 0 to 65535 (0 picks a free one), not {text!r}")
    return port


def dbfs_argument(text: str) -> str:
    """A path that is always on DBFS: ``dbfs:/x`` or ``/x``, never relative."""
    bare = text[5:] if text.startswith("dbfs:") else text
    if not bare.startswith("/"):
        raise argparse.ArgumentTypeError(
            f"DBFS paths are absolute: write dbfs:/{bare.lstrip('./')} or /{bare.lstrip('./')}, not {text!r}"
        )
    return text


def workspace_argument(text: str) -> str:
    if not text.startswith("/"):
        raise argparse.ArgumentTypeError(
            f"workspace paths are absolute, like /Users/me@example.com/{text} or /Shared/{text}: not {text!r}"
        )
    return text
