"""No validation internals in the mock's error messages: a value that breaks a spec pattern is answered in words
(x-error-message, or a plain "not in the expected format"), never with the regular expression or jsonschema's
"does not match '^...'" wording, which Databricks' answers never contain and a user cannot act on."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest
from dbrest_mock.spec import default_spec, ecma_regex

CANDIDATES = ("", " ", "relative/path", "bad value!", "..", "a" * 300, "\u00e9\u00e9", "-1")


def violating(pattern: str) -> str | None:
    return next((c for c in CANDIDATES if not ecma_regex(pattern).search(c)), None)


def pattern_cases() -> list[tuple[str, str, str, Any, str]]:
    """(operationId, method, path, request, pattern) for query parameters and top-level JSON body fields."""
    spec = default_spec()
    cases: list[tuple[str, str, str, Any, str]] = []
    for op in spec.operations.values():
        if "{" in op.path:
            continue  # path parameters need a live resource first; the query and body cases cover the wording
        for param in op.parameters:
            schema = spec.resolve(param.schema)
            if param.location == "query" and isinstance(schema.get("pattern"), str):
                bad = violating(schema["pattern"])
                if bad is not None:
                    cases.append((op.operation_id, op.method, op.path, {param.name: bad}, schema["pattern"]))
        pointer = op.bodies.get("application/json")
        example = op.raw.get("requestBody", {}).get("content", {}).get("application/json", {}).get("example")
        if pointer is None or not isinstance(example, dict):
            continue
        for name, sub in spec.schema_at(pointer).get("properties", {}).items():
            sub = spec.resolve(sub)
            if isinstance(sub.get("pattern"), str) and sub.get("type") == "string":
                bad = violating(sub["pattern"])
                if bad is not None:
                    body = copy.deepcopy(example)
                    body[name] = bad
                    cases.append((op.operation_id, op.method, op.path, body, sub["pattern"]))
    return cases


CASES = pattern_cases()


def test_the_spec_has_many_patterns_to_break() -> None:
    # Paths, Git URLs and providers, secret names, SCIM filters, IP lists ...: the check below covers them all.
    assert len({c[0] for c in CASES}) >= 10, [c[0] for c in CASES]


@pytest.mark.parametrize(("operation_id", "method", "path", "request_", "pattern"), CASES, ids=[c[0] for c in CASES])
def test_a_broken_pattern_is_answered_without_the_regex(
    client: httpx.Client, operation_id: str, method: str, path: str, request_: Any, pattern: str
) -> None:
    if method == "GET":
        r = client.get(path, params=request_)
    else:
        r = client.request(method, path, content=json.dumps(request_), headers={"Content-Type": "application/json"})
    assert r.status_code == 400, r.text
    text = r.text
    assert pattern not in text and json.dumps(pattern)[1:-1] not in text, text
    assert "does not match" not in text, text
