"""What the contract suite is made of: the spec as bundled now, the mock it runs against, the schemathesis
configuration, the Databricks-specific checks and the RPC resource model derived from the spec's links.

The test modules only wire these together; everything a reader needs to judge what "passes the contract"
means is here:

* ``SPEC`` is bundled from ``spec/`` at import (the same code as ``make spec``), so the suite always tests the
  spec as it is on disk, never a stale copy.
* ``CHECKS`` are the built-in schemathesis checks the issue asks for, ``positive_data_acceptance`` is configured
  per operation (``expected_statuses``) and narrowed by ``databricks_state_errors`` to the 400s that express a
  state conflict or a missing resource, and ``generated_client_roundtrip`` puts the generated client in the loop.
* ``Resource`` turns the spec's OpenAPI links into the create → read → delete → read model of this RPC API.
"""

from __future__ import annotations

import base64
import importlib
import importlib.util
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import schemathesis
from dbrest.coverage import load_endpoints
from schemathesis.config import SchemathesisConfig

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "dapi-contract-token"
USER = "admin@example.com"
#: The target surface, overlays/dbrest/data/endpoints.tsv (Permissions counted as 4 templated operations).
EXPECTED_OPERATIONS = len(load_endpoints())
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass
class Live:
    """The live mode's target, set by conftest from --live-url/--live-token before the tests are collected."""

    url: str | None = None
    token: str | None = None
    rate: str = "10/s"

    @property
    def enabled(self) -> bool:
        return self.url is not None


LIVE = Live()

#: POST operations that only read; the live mode may call them (every other POST/PUT/PATCH/DELETE mutates).
READ_ONLY_POSTS = frozenset({"clustersEvents", "clusters20Events"})


# --- the spec ----------------------------------------------------------------------------------------------


def _load_bundler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dbrest_contract_bundler", ROOT / "generator" / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load_spec() -> dict[str, Any]:
    """The spec bundled from spec/ now; DBREST_CONTRACT_SPEC=<bundle.json> tests a given bundle instead."""
    given = os.environ.get("DBREST_CONTRACT_SPEC")
    if given:
        doc: dict[str, Any] = json.loads(Path(given).read_text(encoding="utf-8"))
        return doc
    bundled: dict[str, Any] = _load_bundler().bundle()
    return bundled


SPEC: dict[str, Any] = _load_spec()


@dataclass(frozen=True)
class Op:
    """One operation of the bundled spec."""

    op_id: str
    method: str
    path: str
    tag: str
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def family(self) -> str:
        from dbrest_mock.spec import family

        return family(self.path)

    @property
    def read_only(self) -> bool:
        return self.method == "GET" or self.op_id in READ_ONLY_POSTS

    @property
    def description(self) -> str:
        return f"{self.raw.get('summary', '')}\n{self.raw.get('description', '')}"

    @property
    def statuses(self) -> set[str]:
        return set(self.raw.get("responses", {}))


def _index(doc: dict[str, Any]) -> dict[str, Op]:
    ops: dict[str, Op] = {}
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                raw = item[method]
                ops[raw["operationId"]] = Op(raw["operationId"], method.upper(), path, raw["tags"][0], raw)
    return dict(sorted(ops.items()))


OPERATIONS: dict[str, Op] = _index(SPEC)
BY_LABEL: dict[str, Op] = {op.label: op for op in OPERATIONS.values()}


def op_of(case: Any) -> Op:
    """The Op a schemathesis case belongs to."""
    return OPERATIONS[case.operation.definition.raw["operationId"]]


# --- which 400s a valid request may get: state conflicts and missing resources -------------------------------

#: error_code -> why a schema-valid request may still get it (the request is fine, the workspace state is not).
STATE_ERROR_CODES: dict[str, str] = {
    "RESOURCE_DOES_NOT_EXIST": "the referenced resource does not exist",
    "RESOURCE_ALREADY_EXISTS": "a resource with that name/path exists already",
    "INVALID_STATE": "the resource is not in a state that allows the operation",
    "RESOURCE_CONFLICT": "a concurrent change or conflicting resource",
    "QUOTA_EXCEEDED": "a per-workspace or per-user count limit is reached",
    "RESOURCE_LIMIT_EXCEEDED": "a per-workspace or per-scope count limit is reached",
    "DIRECTORY_NOT_EMPTY": "the directory has children (workspace delete without recursive)",
    "IO_ERROR": "the DBFS directory has children (dbfs delete without recursive)",
}
#: A missing resource, as the messages of Databricks' 400 INVALID_PARAMETER_VALUE for unknown clusters/jobs/runs and of
#: API 1.2 errors say it (api-inventory §2.1).
MISSING_MESSAGE = re.compile(r"does not exist|not found|doesn't exist", re.IGNORECASE)
#: INVALID_PARAMETER_VALUE messages that describe the workspace's state, not the request: regex -> why.
STATE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (MISSING_MESSAGE, "a referenced resource does not exist (Databricks answers 400 for unknown clusters/jobs/runs)"),
    (
        re.compile(
            r"^Invalid (spark version|node type|zone|instance type)\b|^Node type .* is not supported", re.I | re.S
        ),
        "a referenced catalog entry (spark version, node type, zone) is not offered by this workspace",
    ),
    (
        re.compile(r"^Invalid (next_)?page_token\b", re.IGNORECASE),
        "the continuation token was not issued by this workspace",
    ),
    (
        re.compile(
            r"Cannot read a directory|is a directory|is not a directory|Folders can only be exported"
            r"|A workspace file exports only"
        ),
        "the path names a resource of another kind (a directory where a file is needed)",
    ),
    (re.compile(r"^Cannot (delete|move) the root directory"), "the root directory is a protected resource"),
    (
        re.compile(r"^Sparse checkout is not enabled for repo"),
        "the repo was created without a sparse checkout, which only its creation can turn on",
    ),
    (
        re.compile(r"by the workspace's maxTokenLifetimeDays setting"),
        "the workspace configuration (maxTokenLifetimeDays) limits token lifetimes",
    ),
)
#: Constraints between fields: "exactly one of" and "not both" are in the request schemas (oneOf / not, stripped
#: for the generator by the codegen view), but "a requires b", "a >= b" and the rules on shared or nested
#: structures are only in the operation's text, and schemathesis' data may break them. A rejection is taken as
#: one of them when its message names two fields the operation declares, or says "one of".
EXACTLY_ONE = re.compile(r"^(Exactly )?one of\b|^Exactly one\b|\bexactly one of\b", re.IGNORECASE)


def _names_two_fields(message: str, fields: frozenset[str]) -> bool:
    named = {f for f in fields if len(f) > 2 and re.search(rf"(?<![\w.]){re.escape(f)}(?!\w)", message)}
    return len(named) >= 2


@cache
def request_fields(op_id: str) -> frozenset[str]:
    """Every parameter and request-body property name the operation declares (nested objects included)."""
    op = OPERATIONS[op_id]
    names: set[str] = {deref(p).get("name", "") for p in op.raw.get("parameters", [])}
    seen: set[int] = set()

    def walk(node: Any) -> None:
        node = deref(node)
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        for name, sub in (node.get("properties") or {}).items():
            names.add(name)
            walk(sub)
        for key in ("items", "additionalProperties"):
            walk(node.get(key))
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(key, []):
                walk(sub)

    for media in deref(op.raw.get("requestBody", {})).get("content", {}).values():
        walk(media.get("schema"))
    return frozenset(names - {""})


#: Per-operation rules the schema cannot carry, each documented in the operation's description:
#: (operationId, message regex) -> why.
DOCUMENTED_CONSTRAINTS: dict[tuple[str, str], str] = {
    **{
        (op_id, r"^Permission level \S+ is not supported for .* objects"): (
            "the permission levels depend on the object type in the path (permissionsGetLevels lists them);"
            " one enum per request_object_type cannot be written on a templated path"
        )
        for op_id in ("permissionsSet", "permissionsUpdate")
    },
    **{
        (op_id, r"^Invalid policy (definition|policy_family_definition_overrides)\b"): (
            "the definition is a JSON document inside a string, with the rule grammar the operation describes;"
            " neither the generator nor schemathesis reads a schema of a string's content (contentSchema)"
        )
        for op_id in ("clusterPoliciesCreate", "clusterPoliciesEdit")
    },
    **{
        (op_id, r"^Automatic termination must be between 10 and 10000 minutes, or 0"): (
            "autotermination_minutes is 0 or 10-10000: the schema states 0-10000 (a gap cannot be written without"
            " `not`, which the generator drops), the description the gap"
        )
        for op_id in ("clustersCreate", "clustersEdit", "clustersUpdate", "clusters20Create", "clusters20Edit")
    },
    (
        "workspaceImport",
        r"^The content is not (UTF-8 text|a DBC archive|a Jupyter notebook|a Databricks HTML notebook|valid)",
    ): (
        "the content must be in the given format (text for SOURCE/HTML, a notebook for JUPYTER, a zip for DBC);"
        " `content` is bytes for all of them"
    ),
}
#: SCIM 400s whose scimType (RFC 7644 §3.12) depends on the stored resource, not on the request alone.
SCIM_STATE_TYPES = {
    "mutability": "the request changes an immutable attribute of the stored resource",
    "uniqueness": "another resource has that unique value",
    "noTarget": "the PATCH path names nothing in the stored resource",
}
#: API 1.2 has no error codes: its state errors are recognised by their message.
STATE_MESSAGE_12 = re.compile(
    r"does not exist|not found|already exists|is not running|is terminat|is not in .*state", re.IGNORECASE
)


def positive_expected_statuses(op: Op) -> list[str]:
    """positive_data_acceptance's accepted statuses for ``op``: the default set, plus 400 when the operation
    documents a 400. Databricks answers missing resources and state conflicts with 400 (RESOURCE_ALREADY_EXISTS,
    INVALID_STATE, INVALID_PARAMETER_VALUE "... does not exist"); ``databricks_state_errors`` then checks that
    such a 400 says exactly that, so no other 400 passes for valid data."""
    statuses = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]
    if "400" in op.statuses:
        statuses.append("400")
    return statuses


def error_of(status: int, body: Any, family: str) -> tuple[str, str]:
    """(error_code, message) of an error body in any of the three shapes ("" when absent)."""
    if not isinstance(body, dict):
        return "", ""
    if family == "1.2":
        return "", str(body.get("error", ""))
    if family == "scim":
        return f"SCIM_{body.get('status', status)}", f"{body.get('detail', '')} {body.get('scimType', '')}".strip()
    return str(body.get("error_code", "")), str(body.get("message", ""))


def state_error_reason(op: Op, status: int, body: Any) -> str | None:
    """Why an error answer to a schema-valid request is acceptable, or None when it is not."""
    code, message = error_of(status, body, op.family)
    if op.family == "1.2":
        return "1.2 state error" if status in (400, 404) and STATE_MESSAGE_12.search(message) else None
    if op.family == "scim":
        if status == 404:
            return "SCIM resource not found"
        if status == 409:
            return "SCIM uniqueness conflict"
        scim_type = body.get("scimType") if isinstance(body, dict) else None
        return SCIM_STATE_TYPES.get(str(scim_type)) if status == 400 else None
    if code in STATE_ERROR_CODES:
        return STATE_ERROR_CODES[code]
    if code == "INVALID_PARAMETER_VALUE":
        for pattern, reason in STATE_MESSAGES:
            if pattern.search(message):
                return reason
    if code in ("INVALID_PARAMETER_VALUE", "MALFORMED_REQUEST") and (
        EXACTLY_ONE.search(message) or _names_two_fields(message, request_fields(op.op_id))
    ):
        return "a constraint between fields, which the spec describes in text (exactly one of, requires, excludes)"
    for (op_id, pattern_text), reason in DOCUMENTED_CONSTRAINTS.items():
        if op_id == op.op_id and re.search(pattern_text, message):
            return reason
    return None


# --- schemathesis configuration ----------------------------------------------------------------------------

#: The checks of issue 7. Everything else schemathesis has is off, so the list says exactly what is verified.
CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "positive_data_acceptance",
    "ignored_auth",
    "missing_required_header",
)
ALL_BUILTIN_CHECKS = (
    *CHECKS,
    "response_headers_conformance",
    "use_after_free",
    "ensure_resource_availability",
    "object_level_authorization",
    "unsupported_method",
    "allow_header_conformance",
)
#: Ours (registered below): on in every mode.
CUSTOM_CHECKS = ("databricks_state_errors", "generated_client_roundtrip")

#: Fuzzing examples per operation and mode; the whole suite must stay under 6 minutes on 2 cores.
MAX_EXAMPLES = 12
#: Per read-only operation against a live workspace (rate-limited: keep the run to minutes).
LIVE_MAX_EXAMPLES = 5
STATEFUL_SCENARIOS = 100
STATEFUL_STEPS = 10


def config(*, live: bool = False) -> SchemathesisConfig:
    """The schemathesis configuration, with positive_data_acceptance configured per operation."""
    checks: dict[str, Any] = {name: {"enabled": name in CHECKS} for name in ALL_BUILTIN_CHECKS}
    data: dict[str, Any] = {
        "generation": {
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
            # NUL bytes in strings only test the HTTP stack, not this API.
            "allow-x00": False,
        },
        # Constants scraped from the mock's Python source would make generation depend on the mock's code (and on
        # set order, i.e. PYTHONHASHSEED): the spec alone drives generation.
        "analysis": {"constants": {"enabled": False}},
        "checks": checks,
        "phases": {
            "examples": {"enabled": True},
            # Unexpected methods would be sent to the live workspace too (a DELETE on a GET path mutates).
            "coverage": {"enabled": True, "unexpected-methods": []},
            "fuzzing": {"enabled": True},
            # Chains of valid requests along the spec's links only (negative data is the other phases' job).
            "stateful": {
                "enabled": not live,
                "max-steps": STATEFUL_STEPS,
                "generation": {"mode": "positive"},
                "inference": {"algorithms": []},
            },
        },
        "operations": [operation_config(op) for op in OPERATIONS.values() if operation_config(op)],
    }
    if live:
        data["generation"]["max-examples"] = LIVE_MAX_EXAMPLES
        data["request-timeout"] = 30
        data["rate-limit"] = LIVE.rate
    return SchemathesisConfig.from_dict(data)


#: Request bodies that hold whole job settings or tasks (today's: ~40 task kinds and settings, each an object).
#: The coverage phase's cases grow with every property of every nested object: jobs/create alone took ~8000
#: cases (7 minutes) once the settings gained today's fields, ~2000 with positive cases only. So the Jobs 2.2
#: operations keep the coverage phase's positive cases (every enum value and optional field is accepted), and
#: their 2.1 and 2.0 twins, which send the same settings to the same handlers, skip the coverage phase; all keep
#: the examples, the fuzzing phase (negative data too) and the stateful phase.
BIG_BODY_SCHEMAS = frozenset({"Jobs21TaskSettings", "Jobs21RunSubmitTaskSettings"})


def _refs(node: Any, seen: set[str]) -> set[str]:
    """Every schema name ``node`` reaches through $refs (transitively)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name not in seen:
                seen.add(name)
                _refs(SPEC["components"]["schemas"][name], seen)
        for value in node.values():
            _refs(value, seen)
    elif isinstance(node, list):
        for value in node:
            _refs(value, seen)
    return seen


def has_big_body(op: Op) -> bool:
    return bool(_refs(op.raw.get("requestBody", {}), set()) & BIG_BODY_SCHEMAS)


def operation_config(op: Op) -> dict[str, Any]:
    """The per-operation schemathesis settings of ``op`` ({} when it has none)."""
    out: dict[str, Any] = {}
    if "400" in positive_expected_statuses(op):
        out["checks"] = {"positive_data_acceptance": {"expected-statuses": positive_expected_statuses(op)}}
    if has_big_body(op):
        latest = op.path.startswith("/api/2.2/")
        out["phases"] = {"coverage": {"generation": {"mode": "positive"}} if latest else {"enabled": False}}
    return {"include-operation-id": op.op_id, **out} if out else {}


def load_schema(*, live: bool = False) -> Any:
    """The schemathesis schema of the bundled spec (the live mode keeps only read-only operations).
    DBREST_CONTRACT_OPS=<operationId>,... keeps only those operations (to debug one; the self-tests use it)."""
    schema = schemathesis.openapi.from_dict(json.loads(json.dumps(SPEC)), config=config(live=live))
    only = {name for name in os.environ.get("DBREST_CONTRACT_OPS", "").split(",") if name}
    # exclude, not include: schemathesis ORs includes, and the per-operation config entries add one of their own.
    left_out = [
        op.op_id for op in OPERATIONS.values() if (live and not op.read_only) or (only and op.op_id not in only)
    ]
    if left_out:
        schema = schema.exclude(operation_id=left_out)
    return schema


def record_call(log: Any, case: Any, response: Any) -> None:
    """What the run log keeps of one call: its operation, status and whether a handler answered valid data."""
    log.record(op_of(case).op_id, response.status_code, handled=handled(case, response))


def add_bearer_auth(schema: Any, token: str) -> None:
    @schema.auth()
    class BearerToken:
        def get(self, case: Any, context: Any) -> str:
            return token

        def set(self, case: Any, data: str, context: Any) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {data}"}


# --- the mock ----------------------------------------------------------------------------------------------


def new_mock() -> Any:
    """An in-process mock of the bundled spec: instant lifecycles (a cluster is RUNNING at the next request), and
    no response validation inside the mock, so a bad response reaches schemathesis instead of raising."""
    from dbrest_mock import MockConfig, MockServer

    cfg = MockConfig(tokens={TOKEN: USER}, admins={USER}, durations="instant", validate_responses=False)
    return MockServer(cfg, spec_doc=json.loads(json.dumps(SPEC)))


def implemented(mock: Any) -> set[str]:
    return set(mock.core.handlers)


# --- custom checks -----------------------------------------------------------------------------------------


def response_json(response: Any) -> Any:
    """The JSON body of an httpx or schemathesis response, None if it has none."""
    try:
        return json.loads(response.content) if response.content else None
    except (ValueError, UnicodeDecodeError):
        return None


_json_or_none = response_json


def _is_positive(case: Any) -> bool:
    meta = case.meta
    return meta is not None and meta.generation.mode.is_positive and not _is_probe(case)


def _is_probe(case: Any) -> bool:
    """Coverage probes that change the request shape (no auth, missing header ...) are not positive data."""
    meta = case.meta
    if meta is None:
        return False
    from schemathesis.generation.meta import CoveragePhaseData

    data = meta.phase.data
    return isinstance(data, CoveragePhaseData) and data.scenario is not None and "MISSING" in str(data.scenario)


def handled(case: Any, response: Any) -> bool:
    """Whether the operation's handler answered a schema-valid request: not 501 NOT_IMPLEMENTED (no handler), not an
    authentication rejection (the handler never ran)."""
    return _is_positive(case) and response.status_code not in (401, 501)


@schemathesis.check
def databricks_state_errors(ctx: Any, response: Any, case: Any) -> bool | None:
    """A schema-valid request may fail only because of the workspace's state: a missing resource or a state
    conflict, with the error code that says so (``STATE_ERROR_CODES``). Anything else means the spec allows a
    request the API rejects: the spec is too loose or the mock too strict."""
    if not _is_positive(case) or response.status_code not in (400, 404, 409):
        return None
    op = op_of(case)
    body = _json_or_none(response)
    if state_error_reason(op, response.status_code, body) is None:
        code, message = error_of(response.status_code, body, op.family)
        raise AssertionError(
            f"{op.op_id}: a schema-valid request was rejected with {response.status_code} {code or '-'}: {message!r}. "
            "Only missing resources and state conflicts may reject valid data; tighten the spec (pattern, enum, "
            "bounds) or relax the mock."
        )
    return None


@cache
def generated_module(op_id: str) -> ModuleType:
    """The generated endpoint module of an operation (openapi-python-client's naming)."""
    from openapi_python_client.strings import snake_case

    op = OPERATIONS[op_id]
    return importlib.import_module(f"dbrest_client.api.{snake_case(op.tag)}.{snake_case(op.op_id)}")


def _canonical(value: Any) -> str:
    # json.dumps tells 1 from 1.0 from true, which == does not.
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def roundtrip_problem(op: Op, status: int, headers: list[tuple[str, str]], content: bytes) -> str | None:
    """Parse one response with the client (generated models for successes, dbrest's typed errors otherwise) and
    serialise it back; the text of the first discrepancy, or None."""
    from dbrest_client.client import AuthenticatedClient
    from dbrest_client.types import File

    request = httpx.Request(op.method, f"http://mock{op.path}")
    # `content` is the decoded body (the mock gzips for clients that accept it): its Content-Encoding no longer
    # applies, and httpx would try to decode it again.
    headers = [(k, v) for k, v in headers if k.lower() != "content-encoding"]
    response = httpx.Response(status, headers=headers, content=content, request=request)
    body = _json_or_none(response)
    if status >= 400:
        from dbrest.errors import error_from_response

        err = error_from_response(response, request)
        code, message = error_of(status, body, op.family)
        if op.family == "2.0" and (err.error_code, err.message) != (code, message):
            return f"error {status} parsed as ({err.error_code}, {err.message!r}), body says ({code}, {message!r})"
        if op.family == "1.2" and err.message != message:
            return f"1.2 error parsed as {err.message!r}, body says {message!r}"
        if op.family == "scim" and (err.error_code != code or str(body.get("detail", "")) not in err.message):
            return f"SCIM error parsed as ({err.error_code}, {err.message!r}), body is {body!r}"
        return None
    ctype = response.headers.get("content-type", "").split(";")[0].strip()
    declared = op.raw.get("responses", {}).get(str(status), {}).get("content", {})
    if ctype == "application/octet-stream" and ctype in declared and len(declared) > 1:
        # The binary alternative of a JSON response (workspace export with direct_download): the codegen view
        # keeps the JSON one only (openapi-python-client #1248) and the overlays read the bytes
        # (WorkspaceService.export_file / download), so the generated parser is not the client that reads it.
        return None
    client = AuthenticatedClient(base_url="http://mock", token="-", raise_on_unexpected_status=True)
    try:
        parsed = generated_module(op.op_id).parse_response(client=client, response=response)
    except Exception as exc:
        return f"the generated client cannot parse {status} {content[:200]!r}: {type(exc).__name__}: {exc}"
    if isinstance(parsed, File):
        again = parsed.payload.read()
        return None if again == content else f"binary body came back as {again[:80]!r}, not {content[:80]!r}"
    if isinstance(parsed, str):
        return None if parsed == response.text else f"text body came back as {parsed[:80]!r}"
    if parsed is None:
        return None if not content else f"the generated client dropped the {status} body {content[:200]!r}"
    if isinstance(parsed, list):
        again_json: Any = [item.to_dict() if hasattr(item, "to_dict") else item for item in parsed]
    elif hasattr(parsed, "to_dict"):
        again_json = parsed.to_dict()
    else:
        again_json = parsed
    if _canonical(again_json) != _canonical(body):
        return (
            f"{type(parsed).__name__}.to_dict() does not reproduce the response:\n"
            f"  response: {_canonical(body)[:600]}\n  client:   {_canonical(again_json)[:600]}"
        )
    return None


@schemathesis.check
def generated_client_roundtrip(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every response parses with the generated models (errors with dbrest's typed errors) and serialises back to
    the same JSON."""
    headers = [(k, v) for k, values in response.headers.items() for v in values]
    problem = roundtrip_problem(op_of(case), response.status_code, headers, response.content)
    if problem is not None:
        raise AssertionError(f"{op_of(case).op_id}: {problem}")
    return None


# --- the RPC resource model, from the spec's links ------------------------------------------------------------

_EXPR = re.compile(
    r"^\$(?:(?P<side>request|response)\.body#(?P<pointer>/.*)?|request\.(?P<loc>path|query)\.(?P<name>.+))$"
)


def is_expression(value: Any) -> bool:
    return isinstance(value, str) and _EXPR.match(value) is not None


def _pointer_get(doc: Any, pointer: str) -> Any:
    for part in [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]:
        if isinstance(doc, dict) and part in doc:
            doc = doc[part]
        elif isinstance(doc, list) and part.isdigit() and int(part) < len(doc):
            doc = doc[int(part)]
        else:
            raise KeyError(pointer)
    return doc


@dataclass
class Exchange:
    """A request as sent and the JSON of its answer: what a link's runtime expressions read."""

    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    response: Any


def evaluate(value: Any, exchange: Exchange) -> Any:
    """A link value: a runtime expression ($request.body#/x, $response.body#/x, $request.path.x,
    $request.query.x) or a literal (recursively). KeyError when the exchange lacks it."""
    if isinstance(value, str):
        m = _EXPR.match(value)
        if m is None:
            return value
        if m.group("side"):
            doc = exchange.body if m.group("side") == "request" else exchange.response
            return _pointer_get(doc, m.group("pointer") or "")
        source = exchange.path if m.group("loc") == "path" else exchange.query
        return source[m.group("name")]
    if isinstance(value, dict):
        return {k: evaluate(v, exchange) for k, v in value.items()}
    if isinstance(value, list):
        return [evaluate(v, exchange) for v in value]
    return value


@dataclass
class Call:
    """A request to send: an operation with its path parameters, query and JSON body."""

    op: Op
    path_params: dict[str, Any]
    query: dict[str, Any]
    body: Any

    @property
    def path(self) -> str:
        path = self.op.path
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", str(value))
        return path

    def send(self, client: httpx.Client) -> httpx.Response:
        params = {k: _wire(v) for k, v in self.query.items()}
        if self.op.method == "GET" or self.body is None:
            return client.request(self.op.method, self.path, params=params)
        return client.request(self.op.method, self.path, params=params, json=self.body)

    def exchange(self, response: httpx.Response) -> Exchange:
        return Exchange(self.path_params, self.query, self.body, response_json(response))

    def __str__(self) -> str:
        return f"{self.op.op_id} {self.op.method} {self.path} query={self.query} body={self.body}"


def _wire(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


@dataclass(frozen=True)
class Link:
    name: str
    source: str
    target: str
    parameters: dict[str, Any]
    body: Any

    def request(self, exchange: Exchange) -> Call:
        """The request this link describes after ``exchange``."""
        path: dict[str, Any] = {}
        query: dict[str, Any] = {}
        for key, value in self.parameters.items():
            location, _, name = key.partition(".")
            {"path": path, "query": query}.get(location, {})[name] = evaluate(value, exchange)
        body = evaluate(self.body, exchange) if self.body is not None else None
        return Call(OPERATIONS[self.target], path, query, body)

    def identity(self, exchange: Exchange, *, expressions_only: bool = False) -> dict[tuple[str, str], str]:
        """(location, name) -> wire value of what the link sends; ``expressions_only`` leaves out literals (a
        delete's ``recursive: true`` is an option, not the resource)."""
        items = [(tuple(k.split(".", 1)), v) for k, v in self.parameters.items()]
        if isinstance(self.body, dict):
            items += [(("body", k), v) for k, v in self.body.items()]
        return {
            (loc, name): str(_wire(evaluate(value, exchange)))
            for (loc, name), value in items
            if not expressions_only or is_expression(value)
        }


def links() -> list[Link]:
    out: list[Link] = []
    for op in OPERATIONS.values():
        for status, response in op.raw.get("responses", {}).items():
            if not status.startswith("2"):
                continue
            for name, link in sorted((response.get("links") or {}).items()):
                target = link.get("operationId")
                if target in OPERATIONS:
                    out.append(Link(name, op.op_id, target, dict(link.get("parameters", {})), link.get("requestBody")))
    return out


def is_delete_link(link: Link) -> bool:
    """Links named Delete*/Destroy* remove what the source created (TerminateCluster, Uninstall ... do not)."""
    return link.name.startswith(("Delete", "Destroy")) and OPERATIONS[link.target].method != "GET"


@dataclass(frozen=True)
class Resource:
    """What a creating operation makes, as its links describe it: how to read it and how to delete it."""

    create: Op
    reads: tuple[Link, ...]
    delete: Link | None


def resources() -> list[Resource]:
    by_source: dict[str, list[Link]] = {}
    for link in links():
        by_source.setdefault(link.source, []).append(link)
    out = []
    for source, items in sorted(by_source.items()):
        reads = tuple(link for link in items if OPERATIONS[link.target].method == "GET")
        deletes = [link for link in items if is_delete_link(link)]
        if reads:
            out.append(Resource(OPERATIONS[source], reads, deletes[0] if deletes else None))
    return out


def missing_resource_problem(op: Op, response: httpx.Response) -> str | None:
    """None when ``response`` is the documented missing-resource error of ``op``, else what is wrong."""
    status = str(response.status_code)
    body = _json_or_none(response)
    if status not in op.statuses or not status.startswith("4"):
        return f"{op.op_id} answered {status}, which it does not document as an error: {response.text[:300]}"
    code, message = error_of(response.status_code, body, op.family)
    if op.family == "2.0":
        if code == "RESOURCE_DOES_NOT_EXIST" and response.status_code == 404:
            return None
        if code == "INVALID_PARAMETER_VALUE" and response.status_code == 400 and MISSING_MESSAGE.search(message):
            return None
        return f"{op.op_id} answered {status} {code}: {message!r}, not a missing-resource error"
    if op.family == "scim":
        return None if response.status_code == 404 else f"{op.op_id} answered {status}, expected SCIM 404"
    return None if MISSING_MESSAGE.search(message) else f"{op.op_id} answered {status} {message!r}"


# --- request data for creating operations: spec examples with their ids resolved ------------------------------


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@cache
def producers() -> dict[str, tuple[str, str]]:
    """Id name (snake_case) -> (creating operation, JSON pointer of the id in its response), from the links."""
    out: dict[str, tuple[str, str]] = {}
    for link in links():
        items = [(k.partition(".")[2], v) for k, v in link.parameters.items()]
        if isinstance(link.body, dict):
            items += list(link.body.items())
        for name, value in items:
            m = _EXPR.match(value) if isinstance(value, str) else None
            # Ids only: a link may also carry a created resource's other fields (an IP list's label ...).
            if m and m.group("side") == "response" and (snake(name).endswith("_id") or name == "handle"):
                out.setdefault(snake(name), (link.source, m.group("pointer") or ""))
    return out


#: Fields of example bodies that name an id produced elsewhere under another name.
ID_ALIASES = {"existing_cluster_id": "cluster_id"}


def request_example(op: Op) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """(path parameters, query, body) from the operation's documented examples."""
    path: dict[str, Any] = {}
    query: dict[str, Any] = {}
    for param in [*SPEC["paths"][op.path].get("parameters", []), *op.raw.get("parameters", [])]:
        param = deref(param)
        target = {"path": path, "query": query}.get(param.get("in", ""))
        if target is None:
            continue
        if "example" in param:
            target[param["name"]] = param["example"]
        elif "example" in param.get("schema", {}):
            target[param["name"]] = param["schema"]["example"]
    body = None
    content = deref(op.raw.get("requestBody", {})).get("content", {})
    for media in ("application/json", "application/scim+json", *content):
        if media in content and "example" in content[media]:
            body = json.loads(json.dumps(content[media]["example"]))
            break
    return path, query, body


def deref(node: Any) -> Any:
    """The node a chain of ``$ref`` s from ``node`` ends at in the bundled spec (``node`` when it is no reference)."""
    while isinstance(node, dict) and "$ref" in node:
        node = _pointer_get(SPEC, node["$ref"][1:])
    return node


class Provisioner:
    """Creates what an example request refers to (a cluster for a context, a context for a command ...), through
    the API itself, and substitutes the new ids into the example."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client
        self.ids: dict[str, Any] = {}

    def resolve(self, value: Any, key: str | None = None, *, skip: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: self.resolve(v, k, skip=skip) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v, key, skip=skip) for v in value]
        name = ID_ALIASES.get(snake(key), snake(key)) if key else None
        if name and name in producers() and producers()[name][0] != skip:
            return self.id_of(name)
        return value

    def id_of(self, name: str) -> Any:
        if name not in self.ids:
            source, pointer = producers()[name]
            response = self.create(OPERATIONS[source])
            self.ids[name] = _pointer_get(response.json(), pointer)
        return self.ids[name]

    def prepare(self, op: Op) -> Call:
        path_params, query, body = request_example(op)
        call = Call(
            op,
            self.resolve(path_params, skip=op.op_id),
            self.resolve(query, skip=op.op_id),
            self.resolve(body, skip=op.op_id),
        )
        if op.op_id in PREREQUISITES:
            PREREQUISITES[op.op_id](self, call)
        return call

    def create(self, op: Op) -> httpx.Response:
        call = self.prepare(op)
        response = call.send(self.client)
        if not response.is_success:
            raise AssertionError(f"could not create a prerequisite with {call}: {response.status_code} {response.text}")
        return response


def _post(provisioner: Provisioner, path: str, body: dict[str, Any]) -> Any:
    r = provisioner.client.post(path, json=body)
    assert r.is_success, f"prerequisite POST {path} {body}: {r.status_code} {r.text}"
    return r.json()


def _once(provisioner: Provisioner, key: str, make: Callable[[], Any]) -> Any:
    if key not in provisioner.ids:
        provisioner.ids[key] = make()
    return provisioner.ids[key]


def scim_user(provisioner: Provisioner, user_name: str) -> str:
    body = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": user_name}
    made = _once(provisioner, f"user:{user_name}", lambda: _post(provisioner, "/api/2.0/preview/scim/v2/Users", body))
    return str(made["id"])


def group(provisioner: Provisioner, name: str) -> None:
    _once(provisioner, f"group:{name}", lambda: _post(provisioner, "/api/2.0/groups/create", {"group_name": name}))


def secret_scope(provisioner: Provisioner, name: str) -> None:
    _once(provisioner, f"scope:{name}", lambda: _post(provisioner, "/api/2.0/secrets/scopes/create", {"scope": name}))


def service_principal(provisioner: Provisioner, application_id: str) -> None:
    body = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal"],
        "applicationId": application_id,
        "displayName": "contract-test",
    }
    _once(
        provisioner,
        f"sp:{application_id}",
        lambda: _post(provisioner, "/api/2.0/preview/scim/v2/ServicePrincipals", body),
    )


def _principals(provisioner: Provisioner, acl: list[dict[str, Any]]) -> None:
    for entry in acl:
        if "user_name" in entry:
            scim_user(provisioner, entry["user_name"])
        if "group_name" in entry:
            group(provisioner, entry["group_name"])
        if "service_principal_name" in entry:
            service_principal(provisioner, entry["service_principal_name"])


def _workspace_parent(provisioner: Provisioner, call: Call) -> None:
    parent = str(call.body["path"]).rsplit("/", 1)[0] or "/"
    _post(provisioner, "/api/2.0/workspace/mkdirs", {"path": parent})


def _group_member(provisioner: Provisioner, call: Call) -> None:
    scim_user(provisioner, call.body["user_name"])
    group(provisioner, call.body["parent_name"])


def _scim_members(provisioner: Provisioner, call: Call) -> None:
    members = call.body.get("members", [])
    call.body["members"] = [{"value": scim_user(provisioner, f"member{i}@example.com")} for i in range(len(members))]


def _scope_of(provisioner: Provisioner, call: Call) -> None:
    secret_scope(provisioner, call.body["scope"])


def _scope_and_principal(provisioner: Provisioner, call: Call) -> None:
    secret_scope(provisioner, call.body["scope"])
    group(provisioner, call.body["principal"])


def _obo_principal(provisioner: Provisioner, call: Call) -> None:
    service_principal(provisioner, call.body["application_id"])


def _permissions(provisioner: Provisioner, call: Call) -> None:
    # The example's object: a cluster (its ACL levels are the example's CAN_RESTART / CAN_ATTACH_TO).
    call.path_params = {"request_object_type": "clusters", "request_object_id": provisioner.id_of("cluster_id")}
    _principals(provisioner, call.body.get("access_control_list", []))


def _instance_profile(provisioner: Provisioner, call: Call) -> None:
    # instance-profiles edit and remove name a registered profile (the example's ARN); add registers it.
    arn = call.body["instance_profile_arn"]
    _once(
        provisioner,
        f"profile:{arn}",
        lambda: _post(provisioner, "/api/2.0/instance-profiles/add", {"instance_profile_arn": arn}),
    )


def _repair(provisioner: Provisioner, call: Call) -> None:
    # A finished multi-task run of a multi-task job (the run_id producer, jobs20RunNow, makes single-task runs);
    # 2.1 and 2.2 share the job store, so one setup serves the repair of both versions.
    job_id = provisioner.create(OPERATIONS["jobsCreate"]).json()["job_id"]
    run_id = _post(provisioner, "/api/2.2/jobs/run-now", {"job_id": job_id})["run_id"]
    for _ in range(50):
        r = provisioner.client.get("/api/2.2/jobs/runs/get", params={"run_id": run_id})
        if r.json()["state"]["life_cycle_state"] in ("TERMINATED", "SKIPPED", "INTERNAL_ERROR"):
            break
    call.body = {k: v for k, v in call.body.items() if k != "latest_repair_id"} | {"run_id": run_id}


#: What an example request needs besides ids produced by links (operationId -> setup that may edit the call).
PREREQUISITES: dict[str, Callable[[Provisioner, Call], None]] = {
    "workspaceImport": _workspace_parent,
    "groupsAddMember": _group_member,
    "scimGroupsCreate": _scim_members,
    "secretsPut": _scope_of,
    "secretsAclsPut": _scope_and_principal,
    "tokenManagementCreateOboToken": _obo_principal,
    "permissionsSet": _permissions,
    "permissionsUpdate": _permissions,
    "jobsRunsRepair": _repair,
    "instanceProfilesEdit": _instance_profile,
    "instanceProfilesRemove": _instance_profile,
    "jobs21RunsRepair": _repair,
}


def mock_client(mock: Any) -> httpx.Client:
    return httpx.Client(
        base_url="http://mock", transport=mock.transport(), headers={"Authorization": f"Bearer {TOKEN}"}
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def iter_ops(predicate: Callable[[Op], bool] = lambda op: True) -> Iterator[Op]:
    yield from (op for op in OPERATIONS.values() if predicate(op))


# --- RPC checks inside schemathesis' stateful phase -----------------------------------------------------------


def _case_value(case: Any, location: str, name: str) -> Any:
    source = {"path": case.path_parameters, "query": case.query}.get(location, case.body)
    return source.get(name, _ABSENT) if isinstance(source, dict) else _ABSENT


_ABSENT = object()
#: Query parameters that select a revision of the resource a read link names, not the resource: a read that sets
#: one the link does not may answer "missing" for a resource that exists (policy-families get `version`).
REVISION_PARAMS = frozenset({"version"})


def _matches(case: Any, identity: dict[tuple[str, str], str]) -> bool:
    return all(str(_wire(_case_value(case, loc, name))) == value for (loc, name), value in identity.items())


def reads_the_deleted(read: dict[tuple[str, str], str], delete: dict[tuple[str, str], str]) -> bool:
    """Whether a read names everything the delete named: then it reads the deleted resource itself, not its
    parent (secrets/list {scope} still answers after secrets/delete {scope, key})."""
    return set(delete.values()) <= set(read.values())


@dataclass
class _Tracked:
    """One resource the scenario created: the requests that read it and the one that deletes it."""

    reads: list[tuple[str, dict[tuple[str, str], str]]]
    delete: tuple[str, dict[tuple[str, str], str]] | None
    deleted: bool = False


class RpcTracker:
    """The create → read → delete → read rules of this RPC API, applied to whatever sequence the stateful phase
    runs (schemathesis' use_after_free / ensure_resource_availability need REST paths and never fire here):

    * a read link of a created resource does not answer "missing" (nor 5xx); other state errors are possible
      (exporting a Scala notebook as JUPYTER reads an existing notebook and fails);
    * after the delete link answered 2xx, every read link that names the resource answers the documented
      missing-resource error.

    Any other successful mutation may change what exists (a recursive delete of a parent, a move ...), so it ends
    the tracking of everything created before it.
    """

    def __init__(self) -> None:
        self.resources = {r.create.op_id: r for r in resources()}
        self.tracked: list[_Tracked] = []

    def observe(self, case: Any, response: Any) -> None:
        op = op_of(case)
        ok = 200 <= response.status_code < 300
        if op.op_id in self.resources and ok:
            exchange = Exchange(
                dict(case.path_parameters or {}), dict(case.query or {}), case.body, response_json(response)
            )
            self._created(self.resources[op.op_id], exchange)
            return
        if op.method == "GET":
            if _is_positive(case):
                self._check_read(op, case, response)
            return
        if not ok or op.read_only:
            return
        deleted = [t for t in self.tracked if t.delete and t.delete[0] == op.op_id and _matches(case, t.delete[1])]
        for t in deleted:
            t.deleted = True
        self.tracked = deleted  # anything else may have changed

    def _created(self, resource: Resource, exchange: Exchange) -> None:
        try:
            reads = [(link.target, link.identity(exchange)) for link in resource.reads]
            delete = resource.delete and (
                resource.delete.target,
                resource.delete.identity(exchange, expressions_only=True),
            )
        except KeyError:
            return  # the response lacks what the link needs; response_schema_conformance reports that
        self.tracked.append(_Tracked(reads, delete or None))

    def _check_read(self, op: Op, case: Any, response: Any) -> None:
        answer = httpx.Response(response.status_code, content=response.content)
        for t in self.tracked:
            for target, identity in t.reads:
                if target != op.op_id or not _matches(case, identity):
                    continue
                if any(("query", name) not in identity for name in REVISION_PARAMS & set(case.query or {})):
                    continue  # a read of another revision of the resource may find none (policy family versions)
                if t.deleted and t.delete and reads_the_deleted(identity, t.delete[1]):
                    problem = missing_resource_problem(op, answer)
                    if problem:
                        raise AssertionError(f"delete then read: {problem}")
                elif (
                    not t.deleted
                    and not answer.is_success
                    and (answer.status_code >= 500 or missing_resource_problem(op, answer) is None)
                ):
                    raise AssertionError(
                        f"create then read: {op.op_id} answered {answer.status_code} {answer.text[:300]} for a "
                        "resource created in this scenario"
                    )
