"""Keyword calls (issue 15 item 1): every operation of the spec, called as people write them, through the generated
service facades, sync and async, against the mock.

The keywords are built from the spec itself, not from a hand list: path parameters, required query parameters and
the request body's required fields, each valued from the spec's examples (the operation's request example first,
then the property's own example) or else from its schema (enum's first value, const, a placeholder). The test
checks that each call reaches the mock with exactly those fields on the wire and ends in a parsed answer or a typed
DatabricksError (a made-up id is not found), never a TypeError or an unparsed answer."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import keyword
from collections.abc import Callable
from typing import Any

import dbrest
import httpx
import pytest
from dbrest_mock import MockServer
from dbrest_mock.spec import Operation, default_spec
from openapi_python_client.strings import fix_reserved_words, pascal_case, snake_case

from tests.conftest import TOKEN

SPEC = default_spec()


def _resolve(node: Any) -> Any:
    return SPEC.resolve(node) if isinstance(node, dict) else node


def _properties(schema: dict[str, Any], alternatives: bool = True) -> tuple[dict[str, Any], list[str]]:
    """Declared properties and required names of an object schema, its allOf members included (with
    ``alternatives``, also the first alternative of a presence rule)."""
    schema = _resolve(schema)
    props = dict(schema.get("properties", {}))
    required = list(schema.get("required", []))
    # "exactly one of" / "at least one of" (secrets/put: string_value or bytes_value): the first alternative's
    for key in ("oneOf", "anyOf") if alternatives else ():
        alts = schema.get(key, [])
        if alts and all(set(a) <= {"required", "not", "description"} for a in alts):
            required += [n for n in alts[0].get("required", []) if n not in required]
    for member in schema.get("allOf", []):
        p, r = _properties(member, alternatives)
        props.update(p)
        required += [n for n in r if n not in required]
    return props, required


def _value(schema: Any, example: Any = None, depth: int = 0) -> Any:
    """A minimal valid value: the example if any, else from the schema (objects with their required fields)."""
    if example is not None:
        return example
    schema = _resolve(schema)
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        for alt in schema.get(key, []):
            if _resolve(alt).get("type") != "null":
                return _value(alt, None, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema or "allOf" in schema:
        props, required = _properties(schema)
        return {name: _value(props.get(name, {}), None, depth + 1) for name in required} if depth < 8 else {}
    if kind == "array":
        return [_value(schema.get("items", {}), None, depth + 1)] if schema.get("minItems") else []
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    return "x" * max(1, int(schema.get("minLength", 1)))


def _python_name(name: str) -> str:
    """The model attribute name of a wire name, as the generator makes it (reserved words get a ``_``)."""
    return fix_reserved_words(snake_case(name))


def _method_names() -> dict[str, tuple[str, str]]:
    """operationId -> (tag module, facade method name), derived as the facade template derives them: the module
    name without the words every operation of its tag starts with."""
    by_tag: dict[str, list[str]] = {}
    for op in SPEC.operations.values():
        by_tag.setdefault(op.raw["tags"][0], []).append(op.operation_id)
    names: dict[str, tuple[str, str]] = {}
    for tag, ids in by_tag.items():
        words = [snake_case(i).split("_") for i in ids]
        prefix = 0
        for i in range(min(len(w) for w in words) - 1):
            if prefix == i and len({w[i] for w in words}) == 1:
                prefix = i + 1
        for op_id, w in zip(ids, words, strict=True):
            method = "_".join(w[prefix:])
            names[op_id] = (snake_case(tag), method + "_" if keyword.iskeyword(method) else method)
    return names


METHODS = _method_names()


def _call_plan(op: Operation) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """The keywords of a minimal call, and the JSON body that call must send (None: no body)."""
    kwargs: dict[str, Any] = {}
    for p in op.parameters:
        if p.location == "path" or (p.location == "query" and p.required):
            raw = next((_resolve(q) for q in op.raw.get("parameters", []) if _resolve(q).get("name") == p.name), {})
            kwargs[_python_name(p.name)] = _value(p.schema, raw.get("example"))
    if "application/json" not in op.bodies and "application/scim+json" not in op.bodies:
        return kwargs, None
    ctype = "application/json" if "application/json" in op.bodies else "application/scim+json"
    content = _resolve(op.raw["requestBody"])["content"][ctype]
    example = content.get("example") if isinstance(content.get("example"), dict) else {}
    props, required = _properties(content["schema"])
    # the required fields, and those of the documented example (secrets/put needs one of string_value and
    # bytes_value, a rule the mock enforces beyond the schema; the example carries it)
    wanted = required + [n for n in example if n in props and n not in required]
    body = {name: _value(props.get(name, {}), example.get(name)) for name in wanted}
    if any(_python_name(name) in kwargs or _python_name(name) in ("body", "self") for name in body):
        # a body field named like a parameter is not a keyword (the facade template leaves it to body=)
        kwargs[BODY_DICT] = body
        return kwargs, body
    for name, value in body.items():
        kwargs[_python_name(name)] = value
    return kwargs, body


#: In a call plan: the body as a dict, to be sent as body=<the operation's model>.from_dict(...).
BODY_DICT = "<body>"


def _bind(method: Callable[..., Any], kwargs: dict[str, Any]) -> Callable[[], Any]:
    kwargs = dict(kwargs)
    if BODY_DICT in kwargs:
        import dbrest_client.models

        annotation = str(inspect.signature(method).parameters["body"].annotation)
        model = getattr(dbrest_client.models, annotation.split(" | ")[0])
        kwargs["body"] = model.from_dict(kwargs.pop(BODY_DICT))
    return lambda: method(**kwargs)


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self, mock: MockServer) -> None:
        self.sync, self.async_ = mock.transport(), mock.async_transport()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.async_.handle_async_request(request)


def _facade(tag_module: str, client: Any, flavour: str) -> Any:
    module = importlib.import_module(f"dbrest_client.api.{tag_module}")
    return getattr(module, f"{flavour}{pascal_case(tag_module)}Service")(client)


def _check(op: Operation, recorder: Recorder, run: Callable[[], Any]) -> None:
    kwargs, body = _call_plan(op)
    try:
        run()
    except dbrest.DatabricksError as exc:  # a made-up id: not found, wrong state ... but the request was well formed
        assert exc.error_code != "MALFORMED_REQUEST" or body is None, f"{op.operation_id}: {exc}"
    sent = recorder.requests[-1]
    assert sent.method == op.method, op.operation_id
    if body is not None and sent.content:
        assert json.loads(sent.content) == body, f"{op.operation_id} sent {sent.content!r} for {kwargs}"
    elif body is not None:
        assert body == {} and not op.body_required, f"{op.operation_id}: no body sent for {kwargs}"


OPERATIONS = sorted(SPEC.operations.values(), key=lambda o: o.operation_id)


def test_the_walk_covers_every_operation() -> None:
    assert len(OPERATIONS) == len(METHODS) >= 150


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda o: o.operation_id)
def test_every_operation_takes_keywords_sync(mock: MockServer, op: Operation) -> None:
    recorder = Recorder(mock)
    with dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=recorder) as ws:
        tag_module, method = METHODS[op.operation_id]
        kwargs, _ = _call_plan(op)
        bound = getattr(_facade(tag_module, ws.api_client, ""), method)
        _check(op, recorder, _bind(bound, kwargs))


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda o: o.operation_id)
def test_every_operation_takes_keywords_async(mock: MockServer, op: Operation) -> None:
    recorder = Recorder(mock)

    async def run_one() -> None:
        async with dbrest.AsyncWorkspace(host="http://127.0.0.1", token=TOKEN, transport=recorder) as ws:
            tag_module, method = METHODS[op.operation_id]
            kwargs, _ = _call_plan(op)
            bound = getattr(_facade(tag_module, ws.api_client, "Async"), method)
            outcome: list[BaseException] = []
            try:
                await _bind(bound, kwargs)()
            except dbrest.DatabricksError as exc:
                outcome.append(exc)

            def replay() -> None:
                if outcome:
                    raise outcome[0]

            _check(op, recorder, replay)

    asyncio.run(run_one())


def test_bad_keyword_calls_are_type_errors_naming_the_fix(mock: MockServer) -> None:
    from dbrest_client.models.clusters_id_request import ClustersIdRequest

    with dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=mock.transport()) as ws:
        with pytest.raises(TypeError, match=r"unexpected keyword argument 'clusterid'; did you mean 'cluster_id'"):
            ws.clusters.get(clusterid="c")  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="not both"):
            ws.clusters.start("c", body=ClustersIdRequest(cluster_id="c"))
        with pytest.raises(TypeError, match="pass it as body="):
            ws.clusters.start(ClustersIdRequest(cluster_id="c"))  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="missing the required field 'cluster_id'"):
            ws.clusters.start()
        # a misspelled field of a plain nested dict: Databricks would ignore it silently
        task = {"task_key": "t", "notebook_task": {"notebook_path": "/x", "base_paramters": {}}}
        with pytest.raises(
            TypeError, match=r"tasks\[0\]\.notebook_task: unknown field 'base_paramters'.*base_parameters"
        ):
            ws.jobs.create(name="x", tasks=[task])
        # a map field takes any key
        assert ws.jobs.create(name="x", tags={"any-key": "v"}).job_id


def test_a_model_the_caller_built_is_sent_as_built_even_inside_a_plain_list(mock: MockServer) -> None:
    """A field this client does not know yet goes out through a model's additional_properties; only plain dicts
    are checked for misspellings."""
    from dbrest_client.models import InitScriptInfo

    recorder = Recorder(mock)
    script = InitScriptInfo.from_dict({"workspace": {"destination": "/Users/a/init.sh"}})
    script["field_from_the_future"] = 1
    with dbrest.Workspace(host="http://127.0.0.1", token=TOKEN, transport=recorder) as ws:
        ws.clusters.create(
            spark_version=ws.clusters.spark_versions().versions[0].key,  # type: ignore[index]
            node_type_id=ws.clusters.list_node_types().node_types[0].node_type_id,  # type: ignore[index]
            num_workers=0,
            init_scripts=[script, {"workspace": {"destination": "/Users/a/second.sh"}}],
        )
    sent = json.loads(recorder.requests[-1].content)
    assert sent["init_scripts"] == [
        {"workspace": {"destination": "/Users/a/init.sh"}, "field_from_the_future": 1},
        {"workspace": {"destination": "/Users/a/second.sh"}},
    ]


def test_positional_order_is_path_then_required_query_then_required_body_fields() -> None:
    """``ws.clusters.get("0101-...")``, ``ws.secrets.put("s", "k", string_value="v")``: the positional parameters
    of every operation, from the spec: path parameters, required query parameters, then the body's required
    fields in the order the schema declares its properties; everything else is keyword-only."""
    from dbrest_client.client import AuthenticatedClient

    client = AuthenticatedClient(base_url="https://example.invalid", token="dapi-unused")
    for op in OPERATIONS:
        tag_module, method = METHODS[op.operation_id]
        signature = inspect.signature(getattr(_facade(tag_module, client, ""), method))
        positional = [n for n, p in signature.parameters.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
        expected = [_python_name(p.name) for p in op.parameters if p.location == "path"]
        expected += [_python_name(p.name) for p in op.parameters if p.location == "query" and p.required]
        if op.bodies:
            ctype = next(iter(op.bodies))
            props, required = _properties(_resolve(op.raw["requestBody"])["content"][ctype]["schema"], False)
            names = [_python_name(n) for n in props if n in required]
            expected += [n for n in names if n not in expected and n not in ("body", "self")]
        assert positional == expected, op.operation_id
        assert "body" not in positional


def test_help_shows_the_spec_summary_and_every_field_description() -> None:
    from dbrest_client.client import AuthenticatedClient

    client = AuthenticatedClient(base_url="https://example.invalid", token="dapi-unused")
    checked = 0
    for op in OPERATIONS:
        tag_module, method = METHODS[op.operation_id]
        doc = " ".join((getattr(_facade(tag_module, client, ""), method).__doc__ or "").split())
        assert " ".join(op.raw["summary"].split()) in doc, op.operation_id
        for ctype in [c for c in op.bodies if c.endswith("json")][:1]:  # the content type the client sends
            props, _ = _properties(_resolve(op.raw["requestBody"])["content"][ctype]["schema"], False)
            body = _resolve(_resolve(op.raw["requestBody"])["content"][ctype]["schema"])
            # Known gap: a description written beside a $ref inside a schema that the request body takes in
            # through allOf (jobs create/reset: JobSettings' `continuous`, ...) is not in the generated model's
            # raw data, so help() shows the referenced schema's own description there; only the fields the body
            # schema declares itself (or in inline allOf members) are checked for the text beside the $ref.
            inherited = {
                name
                for member in body.get("allOf", [])
                if "$ref" in member
                for name, raw in _properties(member, False)[0].items()
                if "$ref" in raw and "description" in raw
            }
            for name, schema in props.items():
                if name in inherited:
                    continue
                text = _resolve(schema).get("description") or schema.get("description")
                if text:
                    words = " ".join(text.split())[:40]
                    assert f"{_python_name(name)} (" in doc and words in doc, f"{op.operation_id}: {name}"
                    checked += 1
    assert checked > 400  # 447 field descriptions on this spec
