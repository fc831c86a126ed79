"""Every documented payload in reference/examples.jsonl (a copy of ../shared/conformance/examples.jsonl)
validates against the schema of its operation, kind and status — except the entries whose source flags a doc
error, which get an explicit decision here: accept (the spec is lenient on purpose) or reject (the doc is
wrong; the spec keeps the documented type), and the test checks that decision both ways."""

from __future__ import annotations

from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest
from dbrest_mock.spec import FORMATS
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.spec.conftest import load_examples

EXAMPLES = load_examples()

#: line index in examples.jsonl -> (decision, reason). Only entries whose `source` flags a doc problem.
DECISIONS: dict[int, tuple[str, str]] = {
    3: ("reject", '`contents: "BASE64"` is a doc placeholder, not base64 (the spec checks format: byte)'),
    44: ("reject", "library status ERROR is not a LibraryInstallStatus value (servers send FAILED); the enum stays"),
    47: ("reject", "`cran` is an object {package, repo}; the doc's bare string is a doc error"),
    147: ("reject", 'spark_jar_task.parameters is an array of strings; the doc\'s "10" is a doc error'),
    158: ("reject", 'booleans are JSON booleans; the 2020 server\'s coercion of "false" is not part of the contract'),
    160: ("reject", 'booleans are JSON booleans; the 2020 server\'s coercion of "false" is not part of the contract'),
    166: ("reject", 'booleans are JSON booleans; the 2020 server\'s coercion of "false" is not part of the contract'),
    165: ("reject", 'list_id "<list-id>" is a doc placeholder, not the uuid the API returns'),
    190: ("accept", "error_code is an open string: PERMISSION_DENIED on a 401 is what the Jobs 2.1 spec shows"),
    154: ("accept", "a partial ClusterInfo excerpt: every ClusterInfo field is optional in responses"),
}


def _errors(bundle: dict[str, Any], pointer: str, instance: Any) -> list[str]:
    registry: Registry[Any] = Registry().with_resource("urn:b", Resource.from_contents(bundle, DRAFT202012))
    cls = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    # formats are checked as the mock checks them (uuid, int32/int64 ranges, base64 `byte`)
    validator = cls({"$ref": f"urn:b#{pointer}"}, registry=registry, format_checker=FORMATS)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(instance)]


def _esc(s: str) -> str:
    return s.replace("~", "~0").replace("/", "~1")


def _resolve(bundle: dict[str, Any], node: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    ref = None
    while "$ref" in node:
        ref = node["$ref"]
        target: Any = bundle
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, ref


def _find_path(bundle: dict[str, Any], path: str) -> str | None:
    """The spec path of a documented path: itself, or the templated path it instantiates
    (e.g. /api/2.0/permissions/clusters/{cluster_id} is /api/2.0/permissions/{request_object_type}/{request_object_id})."""
    if path in bundle["paths"]:
        return path
    parts = path.split("/")
    for candidate in sorted(bundle["paths"], key=lambda p: p.count("{")):
        cparts = candidate.split("/")
        if len(cparts) == len(parts) and all(
            c == p or (c.startswith("{") and c.endswith("}")) for c, p in zip(cparts, parts, strict=True)
        ):
            return candidate
    return None


def problems(bundle: dict[str, Any], entry: dict[str, Any]) -> list[str]:
    method = entry["method"].lower()
    path = _find_path(bundle, entry["path"])
    item = bundle["paths"].get(path) if path else None
    if path is None or item is None or method not in item:
        return [f"no operation {entry['method']} {entry['path']} in the spec"]
    op = item[method]
    base = f"/paths/{_esc(path)}/{method}"
    body = entry["body"]
    if entry["kind"] == "request" and method == "get":
        params: dict[str, tuple[dict[str, Any], str]] = {}
        for j, p in enumerate(op.get("parameters", [])):
            resolved, ref = _resolve(bundle, p)
            params[resolved["name"]] = (resolved, (ref[1:] if ref else f"{base}/parameters/{j}") + "/schema")
        out = [f"unknown query parameter {k}" for k in body if k not in params]
        out += [
            f"missing required parameter {n}" for n, (p, _) in params.items() if p.get("required") and n not in body
        ]
        for k, v in body.items():
            if k in params:
                out += [f"{k}: {e}" for e in _errors(bundle, params[k][1], v)]
        return out
    if entry["kind"] == "request":
        rb = op.get("requestBody")
        if rb is None:
            return ["the spec declares no request body"]
        rb_node, ref = _resolve(bundle, rb)
        rb_base = ref[1:] if ref else f"{base}/requestBody"
        ctypes = [c for c in rb_node["content"] if c.endswith("json")]
        if not ctypes:
            return ["no JSON request content type"]
        return _errors(bundle, f"{rb_base}/content/{_esc(ctypes[0])}/schema", body)
    status = str(entry["status"])
    resp = op["responses"].get(status)
    if resp is None:
        return [f"status {status} not documented"]
    resp_node, ref = _resolve(bundle, resp)
    resp_base = ref[1:] if ref else f"{base}/responses/{status}"
    ctypes = [c for c in resp_node.get("content", {}) if c.endswith("json")]
    if not ctypes:
        return [f"status {status} has no JSON body in the spec"]
    return _errors(bundle, f"{resp_base}/content/{_esc(ctypes[0])}/schema", body)


@pytest.mark.parametrize(
    "index", range(len(EXAMPLES)), ids=lambda i: f"E{i}-{EXAMPLES[i]['method']}-{EXAMPLES[i]['path']}"
)
def test_documented_payload(bundle: dict[str, Any], index: int) -> None:
    entry = EXAMPLES[index]
    found = problems(bundle, entry)
    decision, reason = DECISIONS.get(index, ("accept", ""))
    if decision == "accept":
        assert not found, f"{entry['kind']} {entry['status']} of {entry['method']} {entry['path']} rejected: {found}"
    else:
        assert found, f"decided to reject ({reason}) but the spec accepts it"


def test_decisions_cover_only_real_entries() -> None:
    assert all(0 <= i < len(EXAMPLES) for i in DECISIONS)
    assert len(EXAMPLES) == 195
