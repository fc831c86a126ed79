"""Merge the spec fragments into one self-contained OpenAPI document, deterministically.

Every file under ``spec/`` is a partial OpenAPI document (``paths`` and/or ``components``) whose ``$ref``s are
internal (``#/components/...``). The bundle is the root document with every fragment deep-merged into it
(a key defined twice with different values is an error), plus two mechanical completions that keep the
fragments short and uniform:

* every operation gets the root ``security`` requirement written out (openapi-python-client only looks at
  operation-level security);
* every operation gets the error responses common to its API family (401, 403, 429, 500, 503) unless it
  declares that status itself: the 2.0 shape, the 1.2 ``{"error"}`` shape on ``/api/1.2``, the SCIM shape on
  SCIM routes.

Output: ``build/openapi.json`` (JSON, sorted paths and components, two-space indent, trailing newline).
Usage: ``python generator/bundle.py [--out build/openapi.json]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

FAMILY_ERRORS: dict[str, dict[str, str]] = {
    "2.0": {
        "401": "Unauthorized",
        "403": "Forbidden",
        "429": "TooManyRequests",
        "500": "InternalError",
        "503": "Unavailable",
    },
    "1.2": {
        "401": "Unauthorized12",
        "403": "Forbidden12",
        "429": "TooManyRequests12",
        "500": "InternalError12",
        "503": "Unavailable12",
    },
    "scim": {
        "401": "ScimUnauthorized",
        "403": "ScimForbidden",
        "429": "ScimTooManyRequests",
        "500": "ScimInternalError",
        "503": "ScimUnavailable",
    },
}


class BundleError(Exception):
    pass


def family(path: str) -> str:
    """The API family of a route, which decides its error shape."""
    if path.startswith("/api/1.2/"):
        return "1.2"
    if path.startswith("/api/2.0/preview/scim/"):
        return "scim"
    return "2.0"


def load_yaml(path: Path) -> Any:
    # YAML 1.2 (ruamel, like the generator): `ON`/`NO`/`010` stay strings/decimal, not booleans/octal.
    yaml = YAML(typ="safe", pure=True)
    with path.open(encoding="utf-8") as f:
        return yaml.load(f)


def merge(dst: dict[str, Any], src: dict[str, Any], where: str) -> None:
    for key, value in src.items():
        if key not in dst:
            dst[key] = value
        elif isinstance(dst[key], dict) and isinstance(value, dict):
            merge(dst[key], value, f"{where}/{key}")
        elif dst[key] != value:
            raise BundleError(f"conflicting definitions at {where}/{key}")


def fragment_files(only: list[str] | None = None) -> list[Path]:
    services = sorted((SPEC / "services").glob("*.yaml"))
    if only:
        services = [p for p in services if p.stem in only]
    return [SPEC / "common.yaml", *services]


def resolve(doc: dict[str, Any], node: Any) -> Any:
    """``node`` with its internal ``$ref`` followed (JSON pointer, ``~1``/``~0`` unescaped) to what it names."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def flatten(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    """A schema with its ``$ref`` and ``allOf`` parts merged (``properties``, ``required``): enough to list the
    fields of an object; a schema that is not an object (``true``) gives ``{}``."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return {}
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


def iter_operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                out.append((path, method, item[method]))
    return out


def complete_operations(doc: dict[str, Any]) -> None:
    security = doc.get("security")
    for path, _method, op in iter_operations(doc):
        if security is not None and "security" not in op:
            op["security"] = json.loads(json.dumps(security))
        responses = op.setdefault("responses", {})
        for status, name in FAMILY_ERRORS[family(path)].items():
            responses.setdefault(status, {"$ref": f"#/components/responses/{name}"})
        op["responses"] = dict(sorted(responses.items()))


def check_refs(node: Any, doc: dict[str, Any], where: str = "#") -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith("#/"):
                raise BundleError(f"external $ref {ref!r} at {where}: fragments may only use internal refs")
            target: Any = doc
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    raise BundleError(f"dangling $ref {ref!r} at {where}")
                target = target[part]
        for key, value in node.items():
            check_refs(value, doc, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            check_refs(value, doc, f"{where}/{i}")


def check_operation_ids(doc: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for path, method, op in iter_operations(doc):
        op_id = op.get("operationId")
        if not op_id:
            raise BundleError(f"{method.upper()} {path} has no operationId")
        if op_id in seen:
            raise BundleError(f"operationId {op_id} used by {seen[op_id]} and {method.upper()} {path}")
        seen[op_id] = f"{method.upper()} {path}"
    for path, method, op in iter_operations(doc):
        for status, response in op.get("responses", {}).items():
            for name, link in (response.get("links") or {}).items():
                if link.get("operationId") not in seen:
                    raise BundleError(
                        f"link {name} of {method.upper()} {path} {status} targets unknown operation "
                        f"{link.get('operationId')!r}"
                    )


def bundle(only: list[str] | None = None) -> dict[str, Any]:
    doc = load_yaml(SPEC / "openapi.yaml")
    for frag in fragment_files(only):
        data = load_yaml(frag) or {}
        unknown = set(data) - {"paths", "components"}
        if unknown:
            raise BundleError(f"{frag.relative_to(ROOT)}: fragments hold only paths and components, not {unknown}")
        merge(doc, data, str(frag.relative_to(ROOT)))
    complete_operations(doc)
    doc["paths"] = dict(sorted(doc.get("paths", {}).items()))
    components = doc.setdefault("components", {})
    for section in sorted(components):
        components[section] = dict(sorted(components[section].items()))
    doc["components"] = dict(sorted(components.items()))
    check_refs(doc, doc)
    check_operation_ids(doc)
    return doc


def dump(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "openapi.json")
    parser.add_argument(
        "--only", nargs="+", metavar="SERVICE", help="bundle only these spec/services/<SERVICE>.yaml (while editing)"
    )
    args = parser.parse_args(argv)
    try:
        doc = bundle(args.only)
    except BundleError as exc:
        print(f"bundle: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = dump(doc)
    if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
        args.out.write_text(text, encoding="utf-8")
    print(
        f"bundle: {len(iter_operations(doc))} operations -> {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
