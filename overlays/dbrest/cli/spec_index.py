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
from dataclasses import dataclass, field
from typing import Any

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
SCALARS = {"string", "integer", "number", "boolean"}
#: The databricks CLI's `runs` family: the Jobs (2.2) operations whose ids start with "runs".
RUNS_SERVICE, RUNS_TAG, RUNS_PREFIX = "runs", "jobs", "runs-"
#: Names openapi-python-client renames with a trailing "_" (its strings.RESERVED_WORDS, and Python keywords).
RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


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
    binary: bool = False

    @property
    def scalar(self) -> bool:
        return self.kind in SCALARS or (self.kind == "array" and self.items in SCALARS)

    @property
    def keyword(self) -> str:
        return python_name(self.name)

    @property
    def flag(self) -> str:
        return "--" + kebab(self.name)


@dataclass
class Operation:
    service: str  # the CLI's service name
    name: str  # the CLI's operation name (kebab-case)
    operation_id: str
    tag: str
    http_method: str
    path: str
    summary: str
    description: str
    raw: dict[str, Any] = field(repr=False)

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

    @functools.cached_property
    def body(self) -> tuple[str | None, str | None, bool]:
        """(content type, request schema name, required) of the request body; (None, None, False) without one."""
        rb = self.raw.get("requestBody")
        if not rb:
            return None, None, False
        ctype, media = next(iter(rb["content"].items()))
        ref = media.get("schema", {}).get("$ref", "")
        return ctype, ref.rsplit("/", 1)[-1] or None, bool(rb.get("required"))

    @functools.cached_property
    def fields(self) -> list[Field]:
        doc = document()
        out: list[Field] = []
        for param in self.raw.get("parameters", []):
            param = resolve(doc, param)
            out.append(
                _field(
                    doc,
                    param["name"],
                    param["in"],
                    param.get("schema", {}),
                    param.get("required", False),
                    param.get("description"),
                )
            )
        _, schema_name, _ = self.body
        if schema_name:
            schema = flatten(doc, {"$ref": f"#/components/schemas/{schema_name}"})
            required = set(schema.get("required", []))
            for name, sub in schema.get("properties", {}).items():
                out.append(_field(doc, name, "body", sub, name in required, sub.get("description")))
        return out

    @functools.cached_property
    def paging(self) -> tuple[str, str, str] | None:
        """How `--all` follows pages: ("token"|"offset"|"scim", the request's page field, the response's list
        field), or None when the operation does not page."""
        names = {f.name for f in self.fields}
        response = self.response_schema()
        props = response.get("properties", {})
        lists = [n for n, s in props.items() if s.get("type") == "array"]
        if len(lists) != 1:
            return None
        if "page_token" in names and "next_page_token" in props:
            return "token", "page_token", lists[0]
        if "offset" in names and "has_more" in props:
            return "offset", "offset", lists[0]
        if "startIndex" in names and "totalResults" in props:
            return "scim", "startIndex", lists[0]
        return None

    def response_schema(self) -> dict[str, Any]:
        doc = document()
        for status in ("200", "201"):
            answer = self.raw.get("responses", {}).get(status)
            if answer:
                answer = resolve(doc, answer)
                for media in answer.get("content", {}).values():
                    return flatten(doc, media.get("schema", {}))
        return {}


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


def _kind(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[str, tuple[str, ...], bool]:
    schema = flatten(doc, schema)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind is None:
        variants = schema.get("oneOf") or schema.get("anyOf")
        kind = "object" if variants or "properties" in schema else "string"
    enum = tuple(str(v) for v in schema.get("enum", []) if v is not None)
    return str(kind), enum, schema.get("format") == "binary"


def _field(
    doc: dict[str, Any], name: str, where: str, schema: dict[str, Any], required: bool, text: str | None
) -> Field:
    kind, enum, binary = _kind(doc, schema)
    items = None
    if kind == "array":
        items = _kind(doc, flatten(doc, schema).get("items", {}))[0]
    description = text or resolve(doc, schema).get("description") or flatten(doc, schema).get("description") or ""
    return Field(name, where, kind, required, first_line(description), enum, items, binary)


@functools.cache
def operations() -> dict[str, dict[str, Operation]]:
    """service -> operation name -> Operation, for every operation of the spec (and the `runs` family)."""
    doc = document()
    services: dict[str, dict[str, Operation]] = {}
    for path, item in doc["paths"].items():
        for http_method, raw in item.items():
            if http_method not in HTTP_METHODS:
                continue
            shared = item.get("parameters", [])  # path-level parameters apply to every operation of the path
            if shared:
                own = {(p.get("name"), p.get("in"), p.get("$ref")) for p in raw.get("parameters", [])}
                raw = {
                    **raw,
                    "parameters": [p for p in shared if (p.get("name"), p.get("in"), p.get("$ref")) not in own]
                    + raw.get("parameters", []),
                }
            tag = raw["tags"][0]
            op_id = raw["operationId"]
            name = kebab(op_id[len(_camel_tag(tag)) :])
            op = Operation(
                tag,
                name,
                op_id,
                tag,
                http_method,
                path,
                first_line(raw.get("summary")),
                (raw.get("description") or "").strip(),
                raw,
            )
            services.setdefault(tag, {})[name] = op
            if tag == RUNS_TAG and name.startswith(RUNS_PREFIX):
                runs_name = name[len(RUNS_PREFIX) :]
                services.setdefault(RUNS_SERVICE, {})[runs_name] = Operation(
                    RUNS_SERVICE, runs_name, op_id, tag, http_method, path, op.summary, op.description, raw
                )
    return services


def service_help(service: str) -> str:
    if service == RUNS_SERVICE:
        return "job runs (Jobs API 2.2 runs/*): list, get, submit, cancel, wait, ..."
    for tag in document().get("tags", []):
        if tag["name"] == service:
            return first_line(tag.get("description")) or service
    return service


def service_names() -> list[str]:
    """The services in the order of the spec's tags, then `runs`."""
    ops = operations()
    names = [t["name"] for t in document().get("tags", []) if t["name"] in ops]
    return names + [s for s in ops if s not in names]
