"""Every documented payload in reference/examples.jsonl (request and response bodies of the public docs, each
entry's ``source`` naming its page or repository)
validates against the schema of its operation, kind and status — except the entries whose source flags a doc
problem, which get an explicit decision here: accept (the spec is lenient on purpose) or reject (the doc is
wrong; the spec keeps the documented type), and the test checks that decision both ways — a rejection only for
the errors its row names."""

from __future__ import annotations

import copy
import re
from typing import Any, NamedTuple

import jsonschema  # type: ignore[import-untyped]
import pytest
from dbrest_mock.spec import FORMATS, scalars_from_strings
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.spec.conftest import ROOT, load_examples

EXAMPLES = load_examples()


class Decision(NamedTuple):
    """What the test does with an entry whose `source` flags a doc problem, and why."""

    verdict: str  # "accept": the spec takes the payload as is; "reject": the spec must refuse it
    reason: str
    #: for "reject": fragments of the expected validation messages (JSON path and message). Every problem found
    #: must match one of them and every fragment must match a problem, so a rejection is for the stated reason.
    expect: tuple[str, ...] = ()


_STRING_BOOL = (
    'the docs\' own example sends the boolean as the string "false"; Databricks reads JSON bodies by protobuf '
    'rules, which take "true"/"false" for a boolean, and so does the mock (spec.scalars_from_strings, checked '
    "here as the mock reads the request)"
)
_TYPO_FIXED = (
    "the doc's JSON did not parse (a typo the corpus fixed and names); the fixed payload is what a server sends "
    "and follows the documented schema"
)

#: line index in examples.jsonl -> Decision, for every entry whose `source` flags a doc problem
#: (DOC_PROBLEM below; test_every_flagged_entry_has_a_decision keeps the two in step).
DECISIONS: dict[int, Decision] = {
    3: Decision(
        "reject",
        'curl placeholders: `path: "PATH"` is not an absolute DBFS path (the spec\'s path pattern) and '
        '`contents: "BASE64"` is not base64 (format: byte)',
        ("path: 'PATH' does not match", "contents: 'BASE64' is not a 'byte'"),
    ),
    37: Decision("accept", _TYPO_FIXED + " (a trailing comma)"),
    38: Decision("accept", "the odd spelling 'ScaleExampleNotebook' is the doc's own; a workspace path is any string"),
    44: Decision(
        "reject",
        "library status ERROR is not a LibraryInstallStatus value (servers send FAILED); the enum stays",
        ("statuses/1/library_statuses/0/status: 'ERROR' is not one of",),
    ),
    45: Decision("accept", _TYPO_FIXED + " (two trailing commas after the pypi/cran objects)"),
    47: Decision(
        "reject",
        "`cran` is an object {package, repo}; the doc's bare string is a doc error",
        ("libraries/1/cran: 'ada' is not of type 'object'",),
    ),
    82: Decision(
        "accept",
        'default_tags was an unparsable array of {"k", "v"} pairs in the doc; the corpus rewrote it as the '
        "documented ClusterTag map, which the spec keeps",
    ),
    83: Decision("accept", _TYPO_FIXED + " (a missing comma between the two policies)"),
    85: Decision("accept", _TYPO_FIXED + " (a trailing comma)"),
    88: Decision(
        "accept",
        "the doc put the object ACL under /api/2.0/preview/.../permissionLevels; the body is the object ACL of "
        "GET /api/2.0/permissions/cluster-policies/{id}, filed there, and the spec serves the 2.0 base path only "
        "(its two trailing commas are fixed by the corpus)",
    ),
    99: Decision(
        "accept",
        "<username>/<firstname lastname> are placeholders in string fields the spec leaves free (userName is a "
        "non-empty string; the API, not the schema, decides whether a user of that name can be created)",
    ),
    103: Decision(
        "accept",
        "<user-id> is a placeholder for an opaque member id string; whether that principal exists is state (404), "
        "not shape",
    ),
    104: Decision(
        "accept",
        "<user-id> is a placeholder inside a SCIM filter path, a free string; an unknown member is state, not shape",
    ),
    142: Decision(
        "accept",
        "besides its fixed trailing comma, the doc's Python 3 example leaves out the cluster size, and the API takes "
        "it: a create with neither num_workers nor autoscale makes a cluster of 0 workers (the SDK's CreateCluster "
        "leaves both optional; only giving both is refused, the spec's `not` on the create request)",
    ),
    147: Decision(
        "reject",
        'spark_jar_task.parameters is an array of strings; the doc\'s "10" is a doc error',
        ("spark_jar_task/parameters: '10' is not of type 'array'",),
    ),
    153: Decision("accept", "a partial ClusterInfo excerpt: every ClusterInfo field is optional in responses"),
    154: Decision("accept", "a partial ClusterInfo excerpt: every ClusterInfo field is optional in responses"),
    158: Decision("accept", _STRING_BOOL),
    160: Decision("accept", _STRING_BOOL),
    161: Decision("accept", _TYPO_FIXED + " (a trailing comma)"),
    163: Decision(
        "accept",
        "the spec answers Empty (`{}`, as later docs say) and Empty tolerates unknown fields, so the 2020 echo of "
        "the settings still parses: lenient on purpose",
    ),
    165: Decision(
        "reject",
        'list_id "<list-id>" is a doc placeholder, not the uuid the API returns',
        ("ip_access_list/list_id: '<list-id>' is not a 'uuid'",),
    ),
    166: Decision("accept", _STRING_BOOL),
    177: Decision(
        "reject",
        "the Redoc-style sample fills every parameter kind; jar_params and notebook_params are mutually exclusive "
        "(the spec's `not` on the run-now request)",
        ("should not be valid under {'required': ['jar_params', 'notebook_params']",),
    ),
    187: Decision(
        "reject",
        "the Redoc-style sample fills every parameter kind; jar_params and notebook_params are mutually exclusive "
        "(the spec's `not` on the runs/repair request)",
        ("should not be valid under {'required': ['jar_params', 'notebook_params']",),
    ),
    190: Decision("accept", "error_code is an open string: PERMISSION_DENIED on a 401 is what the Jobs 2.1 spec shows"),
    192: Decision("accept", "a verbatim copy of the Jobs 2.1 spec's 400 example; the Error shape takes it as is"),
}

#: How the corpus's `source` notes flag a doc problem, in its own words: doc placeholders, verbatim (uncorrected)
#: doc values, "note:"/"NOTE:", partial bodies ("excerpt:"), fixed typos, a mislabelled endpoint, "later docs say".
#: `\bnote\b` so that "notebook" does not count; `excerpt:` because "via pages corpus excerpt" names where a
#: complete payload was read, not a partial body.
DOC_PROBLEM = re.compile(
    r"placeholder|verbatim|\bnote\b|excerpt:|typo|mislabel|later docs|\berror\b|wrong|invalid", re.IGNORECASE
)


def _errors(bundle: dict[str, Any], pointer: str, instance: Any, *, request: bool = False) -> list[str]:
    registry: Registry[Any] = Registry().with_resource("urn:b", Resource.from_contents(bundle, DRAFT202012))
    cls = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    # formats are checked as the mock checks them (uuid, int32/int64 ranges, base64 `byte`)
    validator = cls({"$ref": f"urn:b#{pointer}"}, registry=registry, format_checker=FORMATS)
    if request:
        # A JSON request body is read as Databricks (and the mock) read it: "1" for an integer, "false" for a
        # boolean (protobuf JSON rules).
        instance = scalars_from_strings(validator.iter_errors, copy.deepcopy(instance))
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
        return _errors(bundle, f"{rb_base}/content/{_esc(ctypes[0])}/schema", body, request=True)
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
    decision = DECISIONS.get(index, Decision("accept", ""))
    what = f"{entry['kind']} {entry['status']} of {entry['method']} {entry['path']}"
    if decision.verdict == "accept":
        assert not found, f"{what} rejected: {found}"
        return
    assert found, f"decided to reject ({decision.reason}) but the spec accepts it"
    unexplained = [p for p in found if not any(f in p for f in decision.expect)]
    assert not unexplained, f"{what} rejected for other reasons than {decision.expect}: {unexplained}"
    unseen = [f for f in decision.expect if not any(f in p for p in found)]
    assert not unseen, f"{what}: expected errors {unseen} not among {found}"


def test_decisions_cover_only_real_entries() -> None:
    assert all(0 <= i < len(EXAMPLES) for i in DECISIONS)
    assert len(EXAMPLES) == 195


def test_every_decision_states_its_reason_and_a_rejection_its_expected_error() -> None:
    for index, decision in DECISIONS.items():
        assert decision.verdict in ("accept", "reject"), index
        assert len(decision.reason) > 20, f"E{index}: the reason must say why"
        assert bool(decision.expect) == (decision.verdict == "reject"), (
            f"E{index}: a reject row names its expected error (and only a reject row does)"
        )


def test_every_flagged_entry_has_a_decision() -> None:
    flagged = {i for i, entry in enumerate(EXAMPLES) if DOC_PROBLEM.search(entry["source"])}
    assert sorted(flagged - DECISIONS.keys()) == [], "entries whose source flags a doc problem need a decision row"
    assert sorted(DECISIONS.keys() - flagged) == [], "decision rows for entries whose source flags nothing"


def test_reference_corpus_is_the_shared_one() -> None:
    shared = ROOT.parent / "shared" / "conformance" / "examples.jsonl"
    if not shared.exists():
        pytest.skip(f"{shared} is not checked out here")
    assert (ROOT / "reference" / "examples.jsonl").read_bytes() == shared.read_bytes(), (
        "reference/examples.jsonl differs from ../shared/conformance/examples.jsonl: copy it again"
    )
