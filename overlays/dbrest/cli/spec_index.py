"""The commands generated from the bundled OpenAPI spec, indexed at run time and only as far as needed.

`dbrest <service> <operation>`: services are the spec's tags (plus ``runs``, the databricks CLI's name for the
Jobs runs operations), operations their operation ids without the tag (kebab-case). The index reads the bundled
spec once (about 1 MB of JSON, ~15 ms) and resolves an operation's fields only when its parser is built, so
``dbrest --help`` and ``dbrest <service> <operation> --help`` stay well under the 0.3 s startup budget.
"""

from __future__ import annotations

import builtins
import functools
import json
import keyword
import re
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
SCALARS = {"string", "integer", "number", "boolean"}
#: The databricks CLI's `runs` family: the Jobs (2.2) operations whose ids start with "runs".
RUNS_SERVICE, RUNS_TAG, RUNS_PREFIX = "runs", "jobs", "runs-"
RUNS_HELP = "job runs (API 2.2 runs/*): list, get, submit, cancel, wait, get-output, ..."
#: Names openapi-python-client renames with a trailing "_" (its strings.RESERVED_WORDS, and Python keywords).
RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
#: The file `make generate` writes into dbrest_client (generator/cli_table.py).
TABLE_FILE = "cli_commands.json"


@functools.cache
def document() -> dict[str, Any]:
    """The bundled OpenAPI document (shipped inside dbrest_client as package data)."""
    from importlib import resources

    doc: dict[str, Any] = json.loads(
        resources.files("dbrest_client").joinpath("openapi.json").read_text(encoding="utf-8")
    )
    return doc


def words(name: str) -> list[str]:
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name))
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def kebab(name: str) -> str:
    return "-".join(words(name))


def python_name(name: str) -> str:
    """The keyword the generated client gives a parameter or field (openapi-python-client's rules)."""
    snake = "_".join(words(name))
    if keyword.iskeyword(snake) or snake in RESERVED:
        snake += "_"
    return snake


def _camel_tag(tag: str) -> str:
    parts = tag.split("-")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def first_line(text: str | None) -> str:
    return (text or "").strip().split("\n\n")[0].replace("\n", " ").strip()


@dataclass(frozen=True)
class Field:
    """A path or query parameter, or a top-level field of the request body."""

    name: str  # as the API spells it
    where: str  # "path", "query" or "body"
    kind: str  # "string", "integer", "number", "boolean", "array", "object"
    required: bool
    description: str = ""
    enum: tuple[str, ...] = ()
    items: str | None = None  # the scalar type of an array's items

    @property
    def scalar(self) -> bool:
        return self.kind in SCALARS or (self.kind == "array" and self.items in SCALARS)

    @property
    def keyword(self) -> str:
        return python_name(self.name)

    @property
    def flag(self) -> str:
        return "--" + kebab(self.name)


@dataclass(frozen=True)
class Operation:
    service: str  # the CLI's service name
    name: str  # the CLI's operation name (kebab-case)
    operation_id: str
    tag: str
    http_method: str
    path: str
    summary: str
    description: str
    fields: tuple[Field, ...]
    #: (content type, request schema name, required) of the request body; (None, None, False) without one
    body: tuple[str | None, str | None, bool]
    #: How `--all` follows pages: ("token"|"offset"|"scim", the request's page field, the response's list
    #: field), or None when the operation does not page.
    paging: tuple[str, str, str] | None

    @property
    def attribute(self) -> str:
        """The Workspace attribute of the service (ws.<attribute>)."""
        return self.tag.replace("-", "_")

    @property
    def method(self) -> str:
        """The keyword-call method of the generated service facade."""
        # a method may shadow a builtin (`list`); only a Python keyword gets the "_" (`import_`)
        name = "_".join(words(self.operation_id[len(_camel_tag(self.tag)) :]))
        return name + "_" if keyword.iskeyword(name) else name


# --- the index, from the spec ---------------------------------------------------------------------------------


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def flatten(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A schema with its $ref and allOf parts merged (properties and required), enough to list fields."""
    schema = resolve(doc, schema)
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for part in schema["allOf"]:
        sub = flatten(doc, part)
        props = {**sub.get("properties", {}), **props}
        required += sub.get("required", [])
    merged["properties"], merged["required"] = props, required
    return merged


def _kind(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    schema = flatten(doc, schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind is None:
        variants = schema.get("oneOf") or schema.get("anyOf")
        kind = "object" if variants or "properties" in schema else "string"
    return str(kind), tuple(str(v) for v in schema.get("enum", []) if v is not None)


def _field(
    doc: dict[str, Any], name: str, where: str, schema: dict[str, Any], required: bool, text: str | None
) -> list[Any]:
    kind, enum = _kind(doc, schema)
    items = _kind(doc, flatten(doc, schema).get("items", {}))[0] if kind == "array" else None
    description = text or resolve(doc, schema).get("description") or flatten(doc, schema).get("description") or ""
    return [name, where, kind, required, first_line(description), list(enum), items]


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


def _paging(doc: dict[str, Any], raw: dict[str, Any], fields: list[list[Any]]) -> list[str] | None:
    response: dict[str, Any] = {}
    for status in ("200", "201"):
        answer = raw.get("responses", {}).get(status)
        if answer:
            for media in resolve(doc, answer).get("content", {}).values():
                response = flatten(doc, media.get("schema", {}))
                break
            break
    props = response.get("properties", {})
    lists = [n for n, sub in props.items() if flatten(doc, sub).get("type") == "array"]
    names = {f[0] for f in fields}
    if len(lists) != 1:
        return None
    if "page_token" in names and "next_page_token" in props:
        return ["token", "page_token", lists[0]]
    if "offset" in names and "has_more" in props:
        return ["offset", "offset", lists[0]]
    if "startIndex" in names and "totalResults" in props:
        return ["scim", "startIndex", lists[0]]
    return None


def build_index(doc: dict[str, Any]) -> dict[str, Any]:
    """{"services": {service: help}, "operations": {service: {name: operation as a list of plain values}}}."""
    services = {t["name"]: first_line(t.get("description")) or t["name"] for t in doc.get("tags", [])}
    table: dict[str, dict[str, Any]] = {}
    for path, item in doc["paths"].items():
        shared = item.get("parameters", [])  # path-level parameters apply to every operation of the path
        for http_method, raw in item.items():
            if http_method not in HTTP_METHODS:
                continue
            own = {(p.get("name"), p.get("in"), p.get("$ref")) for p in raw.get("parameters", [])}
            inherited = [p for p in shared if (p.get("name"), p.get("in"), p.get("$ref")) not in own]
            raw = {**raw, "parameters": inherited + raw.get("parameters", [])}
            tag = raw["tags"][0]
            op_id = raw["operationId"]
            name = kebab(op_id[len(_camel_tag(tag)) :])
            body = _body(raw)
            fields = _fields(doc, raw, body[1])
            entry = {
                "operation_id": op_id,
                "tag": tag,
                "http_method": http_method,
                "path": path,
                "summary": first_line(raw.get("summary")),
                "description": (raw.get("description") or "").strip(),
                "fields": fields,
                "body": body,
                "paging": _paging(doc, raw, fields),
            }
            table.setdefault(tag, {})[name] = entry
            services.setdefault(tag, tag)
            if tag == RUNS_TAG and name.startswith(RUNS_PREFIX):
                table.setdefault(RUNS_SERVICE, {})[name[len(RUNS_PREFIX) :]] = entry
    services[RUNS_SERVICE] = RUNS_HELP
    return {"services": {s: services[s] for s in services if s in table}, "operations": table}


@functools.cache
def index() -> dict[str, Any]:
    """The table `make generate` wrote, else the same built from the bundled spec."""
    from importlib import resources

    table = resources.files("dbrest_client").joinpath(TABLE_FILE)
    if table.is_file():
        data: dict[str, Any] = json.loads(table.read_text(encoding="utf-8"))
        return data
    return build_index(document())


@functools.cache
def operations() -> dict[str, dict[str, Operation]]:
    """service -> operation name -> Operation, for every operation of the spec (and the `runs` family)."""
    out: dict[str, dict[str, Operation]] = {}
    for service, ops in index()["operations"].items():
        for name, e in ops.items():
            fields = tuple(Field(f[0], f[1], f[2], f[3], f[4], tuple(f[5]), f[6]) for f in e["fields"])
            p = e["paging"]
            paging = (str(p[0]), str(p[1]), str(p[2])) if p else None
            out.setdefault(service, {})[name] = Operation(
                service,
                name,
                e["operation_id"],
                e["tag"],
                e["http_method"],
                e["path"],
                e["summary"],
                e["description"],
                fields,
                (e["body"][0], e["body"][1], bool(e["body"][2])),
                paging,
            )
    return out


def service_help(service: str) -> str:
    help_text: str = index()["services"].get(service, service)
    return help_text


def service_names() -> list[str]:
    """The services in the order of the spec's tags, then `runs`."""
    return list(index()["services"])
