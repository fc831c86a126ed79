"""The codegen view: the bundled spec minus the few constructs openapi-python-client 0.29.1 mishandles.

The mock and the contract tests read the full bundle; only the generator reads this view. Every rewrite is a
rule below with its reason, and what each rule removed is printed (and checked by tests/unit). Nothing else
changes. What the rules remove is covered by the overlays (dbrest.dbfs, dbrest.workspace, dbrest.commands).
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

RULES: dict[str, str] = {
    "second-request-content-type": (
        "openapi-python-client #1451/#1276: an operation with a required body in two content types generates a "
        "module that fails to import; the view keeps application/json and the overlays send multipart "
        "(DBFS put, workspace import, 1.2 commands/execute)."
    ),
    "second-response-content-type": (
        "openapi-python-client #1248: only the first response content type is used; the view keeps the JSON one "
        "and the overlays read the binary alternative (workspace export with direct_download)."
    ),
    "error-responses": (
        "dbrest's transport raises a typed DatabricksError for every status >= 400 before a generated parser runs, "
        "so error schemas would only widen every return type to `Model | Error`."
    ),
    "exactly-one-of": (
        "an object with properties and oneOf/anyOf of `required` lists makes the generator drop the model silently "
        "(the body becomes Any); the view keeps the properties, the mock enforces the constraint."
    ),
}


def _ops(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, item[m]) for p, item in doc["paths"].items() for m in HTTP_METHODS if m in item]


def _strip_exactly_one_of(node: Any, where: str, removed: list[tuple[str, str]]) -> None:
    if isinstance(node, dict):
        if "properties" in node:
            for key in ("oneOf", "anyOf"):
                alts = node.get(key)
                if isinstance(alts, list) and all(
                    isinstance(a, dict) and set(a) <= {"required", "not", "description"} for a in alts
                ):
                    del node[key]
                    removed.append(("exactly-one-of", f"{where}/{key}"))
        for k, v in node.items():
            _strip_exactly_one_of(v, f"{where}/{k}", removed)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _strip_exactly_one_of(v, f"{where}/{i}", removed)


def codegen_view(bundle: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    doc = copy.deepcopy(bundle)
    removed: list[tuple[str, str]] = []
    for path, method, op in _ops(doc):
        where = f"{method.upper()} {path}"
        body = op.get("requestBody")
        if body and "content" in body and len(body["content"]) > 1:
            for ctype in [c for c in body["content"] if c not in ("application/json", "application/scim+json")]:
                del body["content"][ctype]
                removed.append(("second-request-content-type", f"{where} {ctype}"))
        responses = op.get("responses", {})
        for status in list(responses):
            if status == "default" or status[0] in "45":
                del responses[status]
                removed.append(("error-responses", f"{where} {status}"))
                continue
            content = responses[status].get("content")
            if content and len(content) > 1:
                for ctype in list(content)[1:]:
                    del content[ctype]
                    removed.append(("second-response-content-type", f"{where} {status} {ctype}"))
    # Response components that only errors used are now unused: drop them with their rule.
    used = json.dumps(doc["paths"])
    for name in list(doc.get("components", {}).get("responses", {})):
        if f'"#/components/responses/{name}"' not in used:
            del doc["components"]["responses"][name]
    _strip_exactly_one_of(doc.get("components", {}).get("schemas", {}), "#/components/schemas", removed)
    _strip_exactly_one_of(doc["paths"], "#/paths", removed)
    return doc, removed


def main(argv: list[str]) -> int:
    src, dst = Path(argv[1]), Path(argv[2])
    view, removed = codegen_view(json.loads(src.read_text(encoding="utf-8")))
    dst.write_text(json.dumps(view, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for rule, _ in removed:
        counts[rule] = counts.get(rule, 0) + 1
    print("codegen view: " + (", ".join(f"{rule} x{n}" for rule, n in sorted(counts.items())) or "no rewrites"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
