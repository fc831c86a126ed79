"""One documentation page per service, generated from the spec and the generated client at `make docs` time.

Used as an mkdocs hook (`hooks:` in mkdocs.yml): `on_files` adds `services/<tag>.md` for every tag of the bundled
spec shipped with the client (`generated/dbrest_client/openapi.json`, which `make check-generated` keeps equal to
`spec/`), plus `services/index.md`. Nothing is written to `docs/`, so the pages cannot go stale: they are made
from the same spec and the same generated facades as the code in every build.

Each page has the tag's description; for every operation its HTTP method and path, summary and description,
the signature of the facade method (read from `generated/dbrest_client/api/<tag>/__init__.py` with `ast`, so it
is exactly what the generator wrote), its parameters, request body and response fields with their descriptions;
and, where dbrest's overlay subclasses the facade (waiters, iterators, transfers), an mkdocstrings block for the
methods the overlay adds. `python generator/service_docs.py OUT_DIR` writes the same pages to a directory.
"""

from __future__ import annotations

import ast
import importlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "generated" / "dbrest_client" / "openapi.json"
GENERATED_API = ROOT / "generated" / "dbrest_client" / "api"
METHODS = ("get", "put", "post", "delete", "patch")


class ServiceDocsError(Exception):
    """The spec and the client disagree in a way the pages cannot describe (a tag without a facade, ...)."""


@dataclass(frozen=True)
class FacadeMethod:
    name: str
    signature: str  # "def get(self, *, cluster_id: str) -> ClusterInfo"


def module_name(tag: str) -> str:
    """The generated package of a tag (openapi-python-client's snake case of the tag): cluster-policies →
    cluster_policies. It is also the `Workspace` attribute that hands out the service."""
    return re.sub(r"[^0-9a-zA-Z]+", "_", tag).strip("_").lower()


def facade_methods(tag: str) -> dict[str, FacadeMethod]:
    """Endpoint module name → the sync facade method that calls it, from the generated source (the method
    imports its endpoint as ``from . import <endpoint> as _op``)."""
    source = (GENERATED_API / module_name(tag) / "__init__.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    found: dict[str, FacadeMethod] = {}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef) or cls.name.startswith("Async"):
            continue
        for fn in cls.body:
            if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
                continue
            for node in ast.walk(fn):
                if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module is None:
                    for alias in node.names:
                        if alias.asname == "_op":
                            returns = f" -> {ast.unparse(fn.returns)}" if fn.returns else ""
                            sig = f"def {fn.name}({ast.unparse(fn.args)}){returns}"
                            found[alias.name] = FacadeMethod(fn.name, sig)
    return found


def endpoint_name(operation_id: str) -> str:
    """The endpoint module openapi-python-client writes for an operationId (its own snake case)."""
    from openapi_python_client.strings import snake_case

    return str(snake_case(operation_id))


def workspace_classes(attribute: str) -> tuple[type, type]:
    """The classes `Workspace.<attribute>` and `AsyncWorkspace.<attribute>` hand out (the overlay subclass where
    there is one). Building a Workspace opens no connection."""
    import dbrest

    ws = dbrest.Workspace(host="http://127.0.0.1", token="docs")
    aws = dbrest.AsyncWorkspace(host="http://127.0.0.1", token="docs")
    try:
        if not hasattr(type(ws), attribute) or not hasattr(type(aws), attribute):
            raise ServiceDocsError(
                f"tag {attribute!r} has a generated facade but dbrest.Workspace has no attribute {attribute!r}: "
                "give its tag an x-dbrest-service extension in spec/openapi.yaml and run make generate"
            )
        return type(getattr(ws, attribute)), type(getattr(aws, attribute))
    finally:
        ws.close()


def overlay_members(cls: type, facade: type) -> list[str]:
    """Public names the overlay classes between ``cls`` and the generated ``facade`` define (helpers and
    overrides), in definition order."""
    names: list[str] = []
    for klass in cls.__mro__:
        if klass is facade or not issubclass(klass, facade):
            break
        for name in vars(klass):
            if not name.startswith("_") and name not in names:
                names.append(name)
    return names


class Spec:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            ref: str = node["$ref"]
            target: Any = self.doc
            for part in ref.removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
        return node

    def operations(self, tag: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path, item in sorted(self.doc["paths"].items()):
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict) and tag in op.get("tags", ()):
                    yield path, method, op

    def type_name(self, schema: Any, depth: int = 0) -> str:
        if not isinstance(schema, dict) or depth > 5:
            return "any"
        if "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        if "enum" in schema:
            values = ", ".join(f"`{v}`" for v in schema["enum"][:12])
            return f"{schema.get('type', 'enum')}: {values}" + (", ..." if len(schema["enum"]) > 12 else "")
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = " or ".join(str(k) for k in kind)
        if kind == "array":
            return f"list of {self.type_name(schema.get('items'), depth + 1)}"
        if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
            return f"map of {self.type_name(schema['additionalProperties'], depth + 1)}"
        for combinator in ("oneOf", "anyOf"):
            if combinator in schema:
                return " or ".join(self.type_name(s, depth + 1) for s in schema[combinator])
        return str(kind or "object")

    def properties(self, schema: Any, depth: int = 0) -> tuple[dict[str, Any], set[str]]:
        """The top-level properties of a schema (through $ref and allOf) and the required ones."""
        schema = self.resolve(schema)
        props: dict[str, Any] = {}
        required: set[str] = set()
        if not isinstance(schema, dict) or depth > 10:
            return props, required
        for part in schema.get("allOf", ()):
            more, req = self.properties(part, depth + 1)
            props.update(more)
            required |= req
        props.update(schema.get("properties", {}))
        required |= set(schema.get("required", ()))
        return props, required


def text(value: Any) -> str:
    """Spec prose as Markdown: `<id>` outside code spans is text, not an HTML tag."""
    parts = re.split(r"(`[^`]*`)", str(value or "").strip())
    return "".join(p if p.startswith("`") else p.replace("<", "&lt;").replace(">", "&gt;") for p in parts)


def cell(value: Any) -> str:
    return " ".join(text(value).split()).replace("|", "\\|")


def fields_table(spec: Spec, schema: Any) -> list[str]:
    props, required = spec.properties(schema)
    if not props:
        return []
    rows = ["| Field | Type | Required | Description |", "| --- | --- | --- | --- |"]
    for name, prop in props.items():
        described = prop.get("description") or spec.resolve(prop).get("description", "")
        rows.append(
            f"| `{name}` | {cell(spec.type_name(prop))} | {'yes' if name in required else ''} | {cell(described)} |"
        )
    return rows


def operation_section(spec: Spec, path: str, method: str, op: dict[str, Any], facade: FacadeMethod | None) -> str:
    title = facade.name if facade else op["operationId"]
    out = [f"### `{title}`", ""]
    if facade is not None:
        out += ["```python", facade.signature, "```", ""]
    out += [f"`{method.upper()} {path}` · operationId `{op['operationId']}`", ""]
    if op.get("summary"):
        out += [f"**{text(op['summary'])}.**" if not op["summary"].endswith(".") else f"**{text(op['summary'])}**", ""]
    if op.get("description"):
        out += [text(op["description"]), ""]
    params = [spec.resolve(p) for p in op.get("parameters", ())]
    if params:
        out += [
            "**Parameters**",
            "",
            "| Name | In | Type | Required | Description |",
            "| --- | --- | --- | --- | --- |",
        ]
        for p in params:
            out.append(
                f"| `{p['name']}` | {p['in']} | {cell(spec.type_name(p.get('schema')))} | "
                f"{'yes' if p.get('required') else ''} | {cell(p.get('description'))} |"
            )
        out.append("")
    body = spec.resolve(op.get("requestBody"))
    if isinstance(body, dict):
        for media, content in sorted(body.get("content", {}).items()):
            schema = content.get("schema")
            out += [f"**Request body** ({media}): {cell(spec.type_name(schema))}", ""]
            table = fields_table(spec, schema)
            out += [*table, ""] if table else []
            out += example(content, "Example request body")
    for status, response in sorted(op.get("responses", {}).items()):
        if not status.startswith("2"):
            continue
        response = spec.resolve(response)
        content = response.get("content", {})
        schema = next((c.get("schema") for c in content.values() if c.get("schema")), None)
        shape = f" {cell(spec.type_name(schema))}" if schema else ""
        out += [f"**Response {status}**{shape}: {cell(response.get('description'))}", ""]
        table = fields_table(spec, schema) if schema else []
        out += [*table, ""] if table else []
        for media in content.values():
            out += example(media, f"Example response {status}")
    return "\n".join(out)


def example(media: dict[str, Any], title: str) -> list[str]:
    """The spec's example of a body, folded (Material's collapsible admonition)."""
    if "example" not in media:
        return []
    value = media["example"]
    if isinstance(value, (dict, list)):
        body, language = json.dumps(value, indent=2, ensure_ascii=False), "json"
    else:
        body, language = str(value), "text"
    return [
        f'??? example "{title}"',
        "",
        f"    ```{language}",
        *("    " + line for line in body.splitlines()),
        "    ```",
        "",
    ]


def service_page(spec: Spec, tag: dict[str, Any]) -> str:
    name = tag["name"]
    attribute = module_name(name)
    methods = facade_methods(name)
    sync_cls, async_cls = workspace_classes(attribute)
    generated = importlib.import_module(f"dbrest_client.api.{attribute}")
    facade = next(c for c in sync_cls.__mro__ if c.__module__ == generated.__name__)
    operations = list(spec.operations(name))
    out = [
        f"# {name}",
        "",
        text(tag.get("description", "")),
        "",
        f"Reach it as `ws.{attribute}` on a `dbrest.Workspace` (a `{sync_cls.__module__}.{sync_cls.__name__}`) or "
        f"`aws.{attribute}` on a `dbrest.AsyncWorkspace` (`{async_cls.__module__}.{async_cls.__name__}`, the same "
        "methods as coroutines). The signatures below are the generated facade's; request bodies are the generated "
        "models of `dbrest_client.models` (`Model.from_dict({...})` builds one from JSON like the examples).",
        "",
        "| Method | HTTP | Summary |",
        "| --- | --- | --- |",
    ]
    sections: list[str] = []
    for path, method, op in operations:
        facade_method = methods.get(endpoint_name(op["operationId"]))
        if facade_method is None:
            raise ServiceDocsError(f"operation {op['operationId']} ({method.upper()} {path}) has no facade method")
        out.append(
            f"| [`{facade_method.name}`](#{facade_method.name}) | `{method.upper()} {path}` | {cell(op.get('summary'))} |"
        )
        sections.append(operation_section(spec, path, method, op, facade_method))
    out += ["", "## Operations", "", *("\n".join([s, ""]) for s in sections)]
    helpers = overlay_members(sync_cls, facade)
    if helpers:
        out += [
            "## What dbrest adds",
            "",
            f"`{sync_cls.__module__}.{sync_cls.__name__}` subclasses the generated facade with these "
            "(the async class has the same, as coroutines and async iterators):",
            "",
            f"::: {sync_cls.__module__}.{sync_cls.__name__}",
            "    options:",
            "      show_root_heading: false",
            "      show_root_toc_entry: false",
            "      heading_level: 3",
            "      inherited_members: true",  # the iterators and waiters generated from x-dbrest-* sit in a base class
            f"      members: [{', '.join(helpers)}]",
            "",
        ]
    return "\n".join(out)


def index_page(spec: Spec) -> str:
    out = [
        "# Services",
        "",
        "One page per service (a tag of the spec), generated at build time from the spec's descriptions and the "
        "generated client's signatures. `ws.<attribute>` is the service on a `dbrest.Workspace`.",
        "",
        "| Service | Attribute | Operations | Description |",
        "| --- | --- | --- | --- |",
    ]
    for tag in spec.doc.get("tags", ()):
        count = len(list(spec.operations(tag["name"])))
        out.append(
            f"| [{tag['name']}]({tag['name']}.md) | `ws.{module_name(tag['name'])}` | {count} | "
            f"{cell(tag.get('description'))} |"
        )
    return "\n".join(out) + "\n"


def pages(spec_path: Path = SPEC) -> dict[str, str]:
    """`services/...md` → its Markdown."""
    spec = Spec(json.loads(spec_path.read_text(encoding="utf-8")))
    result = {"services/index.md": index_page(spec)}
    for tag in spec.doc.get("tags", ()):
        result[f"services/{tag['name']}.md"] = service_page(spec, tag)
    return result


def on_files(files: Any, config: Any, **_: Any) -> Any:
    """mkdocs hook: add the generated pages to the build (in memory; nothing is written to docs/)."""
    from mkdocs.structure.files import File

    for uri, content in pages().items():
        files.append(File.generated(config, uri, content=content))
    return files


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python generator/service_docs.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    for uri, content in pages().items():
        target = out / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    print(f"wrote {len(pages())} pages under {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
