"""The spec's own quality gates: structure, coverage, naming, examples, links, security, determinism."""

from __future__ import annotations

import re
from typing import Any

import jsonschema  # type: ignore[import-untyped]
from dbrest.coverage import load_endpoints
from dbrest_mock.spec import family
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.spec.conftest import ROOT, run

METHODS = ("get", "put", "post", "delete", "patch")


def operations(bundle: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m, item[m]) for p, item in bundle["paths"].items() for m in METHODS if m in item]


def test_bundle_is_a_valid_openapi_3_1_document(bundle: dict[str, Any]) -> None:
    assert bundle["openapi"] == "3.1.0"
    validate(bundle)


def test_bundle_is_deterministic() -> None:
    first = run("generator/bundle.py", "--out", "build/determinism-a.json")
    second = run("generator/bundle.py", "--out", "build/determinism-b.json")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert (ROOT / "build/determinism-a.json").read_bytes() == (ROOT / "build/determinism-b.json").read_bytes()


def test_coverage_is_complete() -> None:
    run("generator/bundle.py")
    result = run("generator/coverage.py")
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    n = len(load_endpoints())
    assert f"coverage: {n}/{n}" in result.stdout


def test_every_operation_is_named_tagged_described_and_secured(bundle: dict[str, Any]) -> None:
    tags = {t["name"] for t in bundle["tags"]}
    problems = []
    for path, method, op in operations(bundle):
        where = f"{method.upper()} {path}"
        if not re.fullmatch(r"[a-z][A-Za-z0-9]*", op.get("operationId", "")):
            problems.append(f"{where}: operationId {op.get('operationId')!r} is not camelCase")
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags:
            problems.append(f"{where}: needs exactly one declared tag, has {op.get('tags')}")
        if not op.get("summary") or len(op.get("description", "")) < 20:
            problems.append(f"{where}: needs a summary and a description of its Databricks behaviour")
        if op.get("security") != [{"bearerAuth": []}, {"basicAuth": []}]:
            problems.append(f"{where}: must accept bearer PAT and basic auth")
        if not any(s.startswith("2") for s in op.get("responses", {})):
            problems.append(f"{where}: no success response")
        for status in ("401", "403", "429", "500", "503"):
            if status not in op.get("responses", {}):
                problems.append(f"{where}: no {status} response")
        for param in op.get("parameters", []):
            if "$ref" not in param and method == "get" and param["in"] not in ("query", "path", "header"):
                problems.append(f"{where}: GET input {param['name']} must be a query parameter")
        if method == "get" and "requestBody" in op:
            problems.append(f"{where}: GET inputs are query parameters, not a body")
    assert not problems, "\n".join(problems)


def _resolve(bundle: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    return _resolve_ptr(bundle, node, "")[0]


def _resolve_ptr(bundle: dict[str, Any], node: dict[str, Any], ptr: str) -> tuple[dict[str, Any], str]:
    while "$ref" in node:
        ptr = node["$ref"][1:]
        target: Any = bundle
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node, ptr


def _esc(s: str) -> str:
    return s.replace("~", "~0").replace("/", "~1")


def test_every_body_has_an_example_valid_against_its_schema(bundle: dict[str, Any]) -> None:
    registry: Registry[Any] = Registry().with_resource("urn:b", Resource.from_contents(bundle, DRAFT202012))
    cls = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    problems = []
    checked = 0

    def check(where: str, media: dict[str, Any], ptr: str, required: bool) -> None:
        nonlocal checked
        examples = []
        if "example" in media:
            examples.append(media["example"])
        examples += [e.get("value") for e in media.get("examples", {}).values() if "value" in e]
        if not examples:
            if required:
                problems.append(f"{where}: no example")
            return
        for ex in examples:
            checked += 1
            for err in cls({"$ref": f"urn:b#{ptr}/schema"}, registry=registry).iter_errors(ex):
                problems.append(f"{where}: example invalid at {list(err.absolute_path)}: {err.message}")

    for path, method, op in operations(bundle):
        where = f"{method.upper()} {path}"
        base = f"/paths/{_esc(path)}/{method}"
        if "requestBody" in op:
            rb, rb_ptr = _resolve_ptr(bundle, op["requestBody"], f"{base}/requestBody")
            for ctype, media in rb["content"].items():
                check(f"{where} request {ctype}", media, f"{rb_ptr}/content/{_esc(ctype)}", True)
        for status, resp in op["responses"].items():
            node, r_ptr = _resolve_ptr(bundle, resp, f"{base}/responses/{status}")
            for ctype, media in node.get("content", {}).items():
                if "schema" in media:
                    # every body, in every content type and status (multipart forms, binary exports, errors)
                    check(f"{where} {status} {ctype}", media, f"{r_ptr}/content/{_esc(ctype)}", True)
    assert not problems, "\n".join(problems)
    assert checked > 0


def test_every_parameter_has_an_example_valid_against_its_schema(bundle: dict[str, Any]) -> None:
    registry: Registry[Any] = Registry().with_resource("urn:b", Resource.from_contents(bundle, DRAFT202012))
    cls = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    problems = []
    for path, method, op in operations(bundle):
        base = f"/paths/{_esc(path)}"
        params = [(p, f"{base}/parameters/{i}") for i, p in enumerate(bundle["paths"][path].get("parameters", []))]
        params += [(p, f"{base}/{method}/parameters/{i}") for i, p in enumerate(op.get("parameters", []))]
        for raw, ptr in params:
            param, ptr = _resolve_ptr(bundle, raw, ptr)
            schema, schema_ptr = _resolve_ptr(bundle, param.get("schema", {}), f"{ptr}/schema")
            examples = [param["example"]] if "example" in param else []
            examples += [e["value"] for e in param.get("examples", {}).values() if "value" in e]
            examples += [schema["example"]] if "example" in schema else []
            examples += list(schema.get("examples", []))
            where = f"{op['operationId']} parameter {param['name']}"
            if not examples:
                problems.append(f"{where}: no example")
            for ex in examples:
                for err in cls({"$ref": f"urn:b#{schema_ptr}"}, registry=registry).iter_errors(ex):
                    problems.append(f"{where}: example {ex!r} invalid: {err.message}")
    assert not problems, "\n".join(problems)


LINKED_RESOURCES = {
    # resource: (creating operation, operations its links must reach: read and delete)
    "cluster": ("clustersCreate", {"clustersGet", "clustersPermanentDelete"}),
    "job (2.2)": ("jobsCreate", {"jobsGet", "jobsDelete"}),
    "job (2.1)": ("jobs21Create", {"jobs21Get", "jobs21Delete"}),
    "job (2.0)": ("jobs20Create", {"jobs20Get", "jobs20Delete"}),
    "run (2.2)": ("jobsRunsSubmit", {"jobsRunsGet", "jobsRunsDelete"}),
    "run (2.1)": ("jobs21RunsSubmit", {"jobs21RunsGet", "jobs21RunsDelete"}),
    "run (2.0)": ("jobs20RunsSubmit", {"jobs20RunsGet", "jobs20RunsDelete"}),
    "DBFS handle": ("dbfsCreate", {"dbfsAddBlock", "dbfsClose"}),
    "DBFS file": ("dbfsPut", {"dbfsGetStatus", "dbfsDelete"}),
    "context": ("contextsCreate", {"contextsStatus", "contextsDestroy"}),
    "command": ("commandsExecute", {"commandsStatus", "commandsCancel"}),
    "secret scope": ("secretsScopesCreate", {"secretsList", "secretsScopesDelete"}),
    "token": ("tokenCreate", {"tokenManagementGet", "tokenDelete"}),
    "instance pool": ("instancePoolsCreate", {"instancePoolsGet", "instancePoolsDelete"}),
    "cluster policy": ("clusterPoliciesCreate", {"clusterPoliciesGet", "clusterPoliciesDelete"}),
    "group": ("groupsCreate", {"groupsListMembers", "groupsDelete"}),
    "SCIM group": ("scimGroupsCreate", {"scimGroupsGet", "scimGroupsDelete"}),
    "user": ("scimUsersCreate", {"scimUsersGet", "scimUsersDelete"}),
    "service principal": ("scimServicePrincipalsCreate", {"scimServicePrincipalsGet", "scimServicePrincipalsDelete"}),
    "global init script": ("globalInitScriptsCreate", {"globalInitScriptsGet", "globalInitScriptsDelete"}),
    "IP access list": ("ipAccessListsCreate", {"ipAccessListsGet", "ipAccessListsDelete"}),
    "repo": ("reposCreate", {"reposGet", "reposDelete"}),
    "notebook": ("workspaceImport", {"workspaceGetStatus", "workspaceDelete"}),
}


def test_creating_operations_link_to_read_and_delete(bundle: dict[str, Any]) -> None:
    by_id = {op["operationId"]: op for _, _, op in operations(bundle)}
    problems = []
    for resource, (creator, targets) in LINKED_RESOURCES.items():
        op = by_id.get(creator)
        if op is None:
            problems.append(f"{resource}: no operation {creator}")
            continue
        linked = {
            link["operationId"]
            for status, resp in op["responses"].items()
            if status.startswith("2")
            for link in _resolve(bundle, resp).get("links", {}).values()
        }
        if not targets <= linked:
            problems.append(f"{resource}: {creator} links to {sorted(linked)}, missing {sorted(targets - linked)}")
    assert not problems, "\n".join(problems)


_CLUSTER = {"spark_version": "7.3.x-scala2.12", "node_type_id": "Standard_DS3_v2"}
_AUTOSCALE = {"min_workers": 1, "max_workers": 4}
#: The "exactly one of" / "not both" rules of the API, encoded in the request schemas (the mock validates against
#: them, schemathesis generates from them): schema -> (payloads the spec must accept, payloads it must reject).
PRESENCE_RULES: dict[str, tuple[list[Any], list[Any]]] = {
    # Not both; neither is a cluster of 0 workers (the docs' Python 3 cluster example, conformance entry 142).
    "ClustersCreateRequest": (
        [
            {**_CLUSTER, "num_workers": 2},
            {**_CLUSTER, "autoscale": _AUTOSCALE},
            {**_CLUSTER, "num_workers": 0},
            {**_CLUSTER, "num_workers": None, "autoscale": _AUTOSCALE},
            _CLUSTER,
            {**_CLUSTER, "num_workers": None},
        ],
        [
            {**_CLUSTER, "num_workers": 2, "autoscale": _AUTOSCALE},
            {**_CLUSTER, "num_workers": 0, "autoscale": _AUTOSCALE},
        ],
    ),
    "ClustersEditRequest": (
        [
            {**_CLUSTER, "cluster_id": "c", "num_workers": 2},
            {**_CLUSTER, "cluster_id": "c", "autoscale": _AUTOSCALE},
            {**_CLUSTER, "cluster_id": "c"},
        ],
        [{**_CLUSTER, "cluster_id": "c", "num_workers": 1, "autoscale": _AUTOSCALE}],
    ),
    "ClustersResizeRequest": (
        [{"cluster_id": "c", "num_workers": 3}, {"cluster_id": "c", "autoscale": _AUTOSCALE}],
        [{"cluster_id": "c"}, {"cluster_id": "c", "num_workers": 3, "autoscale": _AUTOSCALE}],
    ),
    "LibrariesInstallRequest": (
        [{"cluster_id": "c", "libraries": [{"jar": "dbfs:/a.jar"}, {"pypi": {"package": "simplejson"}}]}],
        [
            {"cluster_id": "c", "libraries": [{}]},
            {"cluster_id": "c", "libraries": [{"jar": "dbfs:/a.jar", "egg": "e"}]},
        ],
    ),
    "LibrariesUninstallRequest": (
        [{"cluster_id": "c", "libraries": [{"maven": {"coordinates": "a:b:1"}}]}],
        [
            {"cluster_id": "c", "libraries": [{}]},
            {"cluster_id": "c", "libraries": [{"whl": "w.whl", "cran": {"package": "a"}}]},
        ],
    ),
    "GroupsMembershipRequest": (
        [{"parent_name": "p", "user_name": "u"}, {"parent_name": "p", "group_name": "g"}],
        [{"parent_name": "p"}, {"parent_name": "p", "user_name": "u", "group_name": "g"}],
    ),
    "ReposUpdateRequest": ([{"branch": "main"}, {"tag": "v1"}], [{}, {"branch": "main", "tag": "v1"}]),
    "JobsRunNowRequest": (
        [{"job_id": 1}, {"job_id": 1, "jar_params": ["a"]}, {"job_id": 1, "notebook_params": {"a": "b"}}],
        [{"job_id": 1, "jar_params": ["a"], "notebook_params": {"a": "b"}}],
    ),
    "JobsRunsRepairRequest": (
        [{"run_id": 1, "jar_params": ["a"], "python_params": ["b"]}],
        [{"run_id": 1, "jar_params": ["a"], "notebook_params": {"a": "b"}}],
    ),
}


def test_exactly_one_of_rules_are_in_the_request_schemas(bundle: dict[str, Any]) -> None:
    registry: Registry[Any] = Registry().with_resource("urn:b", Resource.from_contents(bundle, DRAFT202012))
    cls = jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"})
    problems = []
    for name, (valid, invalid) in PRESENCE_RULES.items():
        validator = cls({"$ref": f"urn:b#/components/schemas/{name}"}, registry=registry)
        problems += [
            f"{name} rejects {p}: {[e.message for e in validator.iter_errors(p)]}"
            for p in valid
            if not validator.is_valid(p)
        ]
        problems += [f"{name} accepts {p}" for p in invalid if validator.is_valid(p)]
    assert not problems, "\n".join(problems)


def test_presence_rules_name_the_databricks_message(bundle: dict[str, Any]) -> None:
    """Each rule carries x-error-message, the words Databricks (and the mock) answer a violation with."""
    schemas = bundle["components"]["schemas"]
    missing = []
    for name in PRESENCE_RULES:
        node = schemas[name]
        items = node.get("properties", {}).get("libraries", {}).get("items", {})
        carrier = items if "oneOf" in items else node
        if not any(k in carrier for k in ("oneOf", "anyOf", "not")) or "x-error-message" not in carrier:
            missing.append(name)
    assert not missing, f"no presence rule with x-error-message on {missing}"


#: The error body of each API family and the one content type it comes in.
ERROR_SHAPES = {
    "2.0": ("application/json", "#/components/schemas/Error"),
    "1.2": ("application/json", "#/components/schemas/Error12"),
    "scim": ("application/scim+json", "#/components/schemas/ScimError"),
}


def test_error_responses_have_the_error_shape_of_their_family(bundle: dict[str, Any]) -> None:
    problems = []
    for path, method, op in operations(bundle):
        ctype, schema = ERROR_SHAPES[family(path)]
        for status, resp in op["responses"].items():
            if status[0] not in "45":
                continue
            content = _resolve(bundle, resp).get("content", {})
            found = {c: m.get("schema", {}).get("$ref") for c, m in content.items()}
            if found != {ctype: schema}:
                problems.append(f"{method.upper()} {path} {status}: {found}, not {ctype} {schema}")
    assert not problems, "\n".join(problems)


def test_scim_bodies_are_application_scim_json(bundle: dict[str, Any]) -> None:
    problems = []
    for path, method, op in operations(bundle):
        if family(path) != "scim":
            continue
        bodies = {"request": _resolve(bundle, op["requestBody"])} if "requestBody" in op else {}
        bodies.update({status: _resolve(bundle, resp) for status, resp in op["responses"].items()})
        for what, node in bodies.items():
            if "content" in node and set(node["content"]) != {"application/scim+json"}:
                problems.append(f"{method.upper()} {path} {what}: {sorted(node['content'])}")
    assert not problems, "\n".join(problems)


def test_the_real_content_types(bundle: dict[str, Any]) -> None:
    for path in ("/api/2.0/dbfs/put", "/api/2.0/workspace/import", "/api/1.2/commands/execute"):
        body = _resolve(bundle, bundle["paths"][path]["post"]["requestBody"])
        assert {"application/json", "multipart/form-data"} <= set(body["content"]), path
    export = _resolve(bundle, bundle["paths"]["/api/2.0/workspace/export"]["get"]["responses"]["200"])
    assert list(export["content"]) == ["application/json", "application/octet-stream"]
    binary = export["content"]["application/octet-stream"]["schema"]
    assert (binary["type"], binary["format"]) == ("string", "binary")


#: What names an error in a description. 2.0/2.1: its error_code, by HTTP status (api-inventory §2.2; a 400 in
#: 2020-22 also for RESOURCE_ALREADY_EXISTS). 1.2 has no error codes and SCIM only a status and a scimType, so
#: there the status itself (or, for a SCIM 400/409, a scimType) is what a description names.
ERROR_CODES_BY_STATUS = {
    "400": {
        "INVALID_PARAMETER_VALUE",
        "MALFORMED_REQUEST",
        "INVALID_STATE",
        "BAD_REQUEST",
        "RESOURCE_ALREADY_EXISTS",
        "RESOURCE_LIMIT_EXCEEDED",
        "QUOTA_EXCEEDED",
        "MAX_BLOCK_SIZE_EXCEEDED",
        "MAX_READ_SIZE_EXCEEDED",
        "MAX_NOTEBOOK_SIZE_EXCEEDED",
        "MAX_REQUEST_SIZE_EXCEEDED",
        "DIRECTORY_NOT_EMPTY",
        "IO_ERROR",
    },
    "404": {"RESOURCE_DOES_NOT_EXIST", "ENDPOINT_NOT_FOUND", "NOT_FOUND"},
    "409": {"RESOURCE_CONFLICT", "RESOURCE_ALREADY_EXISTS", "ALREADY_EXISTS"},
}
COMMON_ERRORS = {
    "UNAUTHENTICATED",
    "PERMISSION_DENIED",
    "REQUEST_LIMIT_EXCEEDED",
    "INTERNAL_ERROR",
    "TEMPORARILY_UNAVAILABLE",
}
SCIM_TYPES = {
    "invalidFilter",
    "invalidSyntax",
    "invalidPath",
    "invalidValue",
    "mutability",
    "noTarget",
    "uniqueness",
    "tooMany",
}
COMMON_STATUSES = ("401", "403", "429", "500", "503")


def _names(description: str, words: set[str]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", description) for w in words)


def _names_error_of(family: str, status: str, description: str) -> bool:
    if family == "2.0":
        return _names(description, ERROR_CODES_BY_STATUS.get(status, set()))
    scim_types = SCIM_TYPES if family == "scim" and status in ("400", "409") else set()
    return _names(description, {status} | scim_types)


def test_every_operation_specific_error_status_is_named_in_the_description(bundle: dict[str, Any]) -> None:
    problems = []
    for path, _method, op in operations(bundle):
        fam, description = family(path), op.get("description", "")
        for status in op["responses"]:
            if status[0] in "45" and status not in COMMON_STATUSES and not _names_error_of(fam, status, description):
                problems.append(f"{op['operationId']}: declares {status} but its description names no such error")
    assert not problems, "\n".join(problems)


def test_every_description_names_an_error(bundle: dict[str, Any]) -> None:
    """Also an operation with only the common errors says so (the 2.0 codes), so a reader never has to guess."""
    problems = []
    for path, _method, op in operations(bundle):
        fam, description = family(path), op.get("description", "")
        if fam == "2.0":
            named = _names(description, set().union(*ERROR_CODES_BY_STATUS.values(), COMMON_ERRORS))
        else:
            named = bool(re.search(r"\b[45]\d\d\b", description))
        if not named:
            problems.append(op["operationId"])
    assert not problems, f"descriptions that name no error: {problems}"


def test_every_pinned_lint_rule_says_why() -> None:
    """redocly.yaml: a rule turned off is justified ("Off: ..."), a rule pinned to error says why it stays on."""
    lines = (ROOT / "redocly.yaml").read_text(encoding="utf-8").splitlines()
    problems = []
    for i, line in enumerate(lines):
        match = re.fullmatch(r"  ([A-Za-z0-9.-]+): (off|warn|error)", line)
        if not match:
            continue
        comment = []
        j = i - 1
        while j >= 0 and lines[j].strip().startswith("#"):
            comment.insert(0, lines[j].strip().lstrip("# "))
            j -= 1
        text = " ".join(comment)
        expected = "On:" if match[2] == "error" else "Off:" if match[2] == "off" else "Down:"
        if not text.startswith(expected) or len(text) < 40:
            problems.append(f"{match[1]}: {match[2]} needs a comment starting {expected!r} with its reason")
    assert not problems, "\n".join(problems)
