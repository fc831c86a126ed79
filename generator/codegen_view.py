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
        "an object with properties and oneOf/anyOf of `required` lists (exactly one of, at least one of) makes the "
        "generator drop the model silently (the body becomes Any; verified on 0.29.1), and it ignores a `not` (not "
        "both); the view "
        "keeps the properties and removes these presence constraints, which the bundle keeps for the mock's "
        "validation, the conformance test and schemathesis (on requests: the libraries of libraries install/"
        "uninstall, num_workers/autoscale of clusters create/edit (not both) and resize (exactly one), groups add/remove-member, repos update "
        "branch/tag, jar_params/notebook_params of run-now and runs/repair)."
    ),
}


def _ops(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, item[m]) for p, item in doc["paths"].items() for m in HTTP_METHODS if m in item]


#: What a presence constraint may say: which declared properties are present, nested in not/oneOf/anyOf, and
#: (under `properties`) a test of a declared property's value, e.g. that a null num_workers counts as absent.
CONSTRAINT_KEYS = {"required", "not", "oneOf", "anyOf", "properties", "description"}


def _presence_constraint(node: Any, declared: set[str]) -> bool:
    """Whether ``node`` only constrains which of the ``declared`` properties are given (no new structure)."""
    if not isinstance(node, dict) or not set(node) <= CONSTRAINT_KEYS or not node:
        return False
    if not set(node.get("required", [])) <= declared or not set(node.get("properties", {})) <= declared:
        return False
    if "not" in node and not _presence_constraint(node["not"], declared):
        return False
    return all(
        isinstance(node.get(key, []), list) and all(_presence_constraint(a, declared) for a in node.get(key, []))
        for key in ("oneOf", "anyOf")
    )


def _declared(node: dict[str, Any], doc: dict[str, Any], depth: int = 0) -> set[str]:
    """The properties an object schema declares: its own, and those of its $ref and allOf members."""
    names = set(node.get("properties", {})) if isinstance(node.get("properties"), dict) else set()
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/") and depth < 20:
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        if isinstance(target, dict):
            names |= _declared(target, doc, depth + 1)
    for member in node.get("allOf", []) if isinstance(node.get("allOf"), list) else []:
        if isinstance(member, dict):
            names |= _declared(member, doc, depth + 1)
    return names


def _strip_exactly_one_of(node: Any, where: str, removed: list[tuple[str, str]], doc: dict[str, Any]) -> None:
    if isinstance(node, dict):
        declared = _declared(node, doc)
        if declared:
            for key in ("oneOf", "anyOf"):
                alts = node.get(key)
                if isinstance(alts, list) and alts and all(_presence_constraint(a, declared) for a in alts):
                    del node[key]
                    removed.append(("exactly-one-of", f"{where}/{key}"))
            if "not" in node and _presence_constraint(node["not"], declared):
                del node["not"]
                removed.append(("exactly-one-of", f"{where}/not"))
        for k, v in node.items():
            _strip_exactly_one_of(v, f"{where}/{k}", removed, doc)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _strip_exactly_one_of(v, f"{where}/{i}", removed, doc)


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
    _strip_exactly_one_of(doc.get("components", {}).get("schemas", {}), "#/components/schemas", removed, doc)
    _strip_exactly_one_of(doc["paths"], "#/paths", removed, doc)
    return doc, removed


#: Rules whose removals are too many to list one by one (one per error status of every operation).
COUNTED_ONLY = {"error-responses"}


def summary(removed: list[tuple[str, str]]) -> str:
    """Each rule that fired with its reason and count, and each of its removals (error responses only counted)."""
    counts: dict[str, int] = {}
    for rule, _ in removed:
        counts[rule] = counts.get(rule, 0) + 1
    if not counts:
        return "codegen view: no rewrites"
    lines = ["codegen view: " + ", ".join(f"{rule} x{n}" for rule, n in sorted(counts.items()))]
    for rule in sorted(counts):
        lines.append(f"  {rule} ({counts[rule]}): {RULES[rule]}")
        if rule not in COUNTED_ONLY:
            lines += [f"    - {where}" for r, where in removed if r == rule]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    src, dst = Path(argv[1]), Path(argv[2])
    view, removed = codegen_view(json.loads(src.read_text(encoding="utf-8")))
    dst.write_text(json.dumps(view, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(summary(removed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
