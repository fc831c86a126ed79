"""The bundled spec as the mock uses it: routing, parameter coercion and request/response validation."""

from __future__ import annotations

import binascii
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pybase64
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .errors import ApiError

SPEC_URN = "urn:dbrest:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


@cache
def default_spec() -> Spec:
    """The packaged spec, parsed once per process (routing tables and validators are reused by every mock)."""
    return Spec(load_spec())


def load_spec() -> dict[str, Any]:
    """The bundled spec, shipped inside dbrest_client (written by `make generate`)."""
    text = resources.files("dbrest_client").joinpath("openapi.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


def family(path: str) -> str:
    if path.startswith("/api/1.2/"):
        return "1.2"
    if path.startswith("/api/2.0/preview/scim/"):
        return "scim"
    return "2.0"


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _is_base64(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        pybase64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _in_range(bounds: tuple[int, int]) -> Any:
    def check(value: object) -> bool:
        if isinstance(value, bool) or not isinstance(value, int):
            return True
        return bounds[0] <= value <= bounds[1]

    return check


FORMATS = jsonschema.FormatChecker()
FORMATS.checks("byte")(_is_base64)
FORMATS.checks("int32")(_in_range(INT32))
FORMATS.checks("int64")(_in_range(INT64))

#: ECMA-262 WhiteSpace and LineTerminator: what `\s` means in a JSON Schema pattern. Python's `\s` also takes
#: \x1c-\x1f and \x85, and with re.ASCII drops \xa0 and the Unicode spaces.
ECMA_SPACE = "\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"


@cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` read as JSON Schema says (ECMA-262, no flags), compiled for Python's ``re``.

    The readings differ: ECMA's ``\\d``, ``\\w`` and ``\\b`` are ASCII (re.ASCII), its ``\\s`` is neither Python
    reading (spelled out), and its ``$`` is the end of the string, where Python's also matches before a final
    newline (``\\Z``). Test generators such as schemathesis draw values under ECMA's reading; a valid value
    must not be refused for a dialect difference (a URL with \\x1d in a ``[^/\\s]`` segment, ``name\\n`` for
    ``^\\w+$``).
    """
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt == "s":
                out.append(ECMA_SPACE if in_class else f"[{ECMA_SPACE}]")
            elif nxt == "S" and not in_class:
                out.append(f"[^{ECMA_SPACE}]")
            else:
                out.append(ch + nxt)
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            out.append(ch)
            # A ']' (or '^]') right after '[' is a literal member, not the end of the class.
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                out.append("]")
                i += 1
            i += 1
            continue
        elif ch == "$":
            ch = "\\Z"
        out.append(ch)
        i += 1
    return re.compile("".join(out), re.ASCII)


def _ecma_pattern(
    validator: jsonschema.protocols.Validator, pattern: str, instance: Any, schema: dict[str, Any]
) -> Iterator[jsonschema.ValidationError]:
    if validator.is_type(instance, "string") and not ecma_regex(pattern).search(instance):
        yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


#: Draft 2020-12 with patterns read as ECMA-262, as the dialect prescribes.
VALIDATOR = jsonschema.validators.extend(
    jsonschema.validators.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema"}),
    {"pattern": _ecma_pattern},
)


@dataclass
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    pointer: str


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    family: str
    parameters: list[Parameter]
    #: content type -> JSON pointer of the request body schema
    bodies: dict[str, str]
    body_required: bool
    #: status -> content type -> JSON pointer of the schema
    responses: dict[str, dict[str, str]]
    raw: dict[str, Any] = field(repr=False, default_factory=dict)


@dataclass
class Route:
    template: str
    regex: re.Pattern[str]
    operations: dict[str, Operation]


class Spec:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URN, Resource.from_contents(doc, default_specification=DRAFT202012)
        )
        self.operations: dict[str, Operation] = {}
        routes: list[Route] = []
        for template, item in doc["paths"].items():
            ops: dict[str, Operation] = {}
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = self._operation(template, method, item[method], shared)
                ops[method.upper()] = op
                self.operations[op.operation_id] = op
            regex = re.compile(
                "^" + re.sub(r"\\\{([A-Za-z_][A-Za-z0-9_]*)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
            )
            routes.append(Route(template, regex, ops))
        # Literal segments win over templated ones.
        routes.sort(key=lambda r: (r.template.count("{"), r.template))
        self.routes = routes

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        """The node a chain of local ``$ref`` s (``#/components/...``) from ``node`` ends at; ``node`` itself when it
        is no reference."""
        while "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _operation(self, template: str, method: str, op: dict[str, Any], shared: list[Any]) -> Operation:
        params = []
        for i, p in enumerate([*shared, *op.get("parameters", [])]):
            resolved = self.resolve(p)
            if "$ref" in p:
                pointer = p["$ref"][1:] + "/schema"
            elif i < len(shared):
                pointer = "/" + _pointer("paths", template, "parameters", str(i), "schema")
            else:
                pointer = "/" + _pointer("paths", template, method, "parameters", str(i - len(shared)), "schema")
            params.append(
                Parameter(resolved["name"], resolved["in"], bool(resolved.get("required")), resolved["schema"], pointer)
            )
        bodies: dict[str, str] = {}
        body_required = False
        if "requestBody" in op:
            rb_node = op["requestBody"]
            rb_base = (
                rb_node["$ref"][1:] if "$ref" in rb_node else "/" + _pointer("paths", template, method, "requestBody")
            )
            rb = self.resolve(rb_node)
            body_required = bool(rb.get("required"))
            for ctype in rb.get("content", {}):
                bodies[ctype] = rb_base + "/" + _pointer("content", ctype, "schema")
        responses: dict[str, dict[str, str]] = {}
        for status, resp_node in op.get("responses", {}).items():
            base = (
                resp_node["$ref"][1:]
                if "$ref" in resp_node
                else "/" + _pointer("paths", template, method, "responses", status)
            )
            resp = self.resolve(resp_node)
            responses[status] = {
                ctype: base + "/" + _pointer("content", ctype, "schema") for ctype in resp.get("content", {})
            }
        return Operation(
            op["operationId"], method.upper(), template, family(template), params, bodies, body_required, responses, op
        )

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            m = route.regex.match(path)
            if m:
                return route, m.groupdict()
        return None

    def schema_at(self, pointer: str) -> dict[str, Any]:
        target: Any = self.doc
        for part in pointer.lstrip("/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return self.resolve(target)

    @cache  # noqa: B019 - one Spec per process lifetime; the cache is the point
    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        validator: jsonschema.protocols.Validator = VALIDATOR(
            {"$ref": f"{SPEC_URN}#{pointer}"}, registry=self.registry, format_checker=FORMATS
        )
        return validator

    def errors(self, pointer: str, instance: Any) -> Iterator[jsonschema.ValidationError]:
        found: Iterator[jsonschema.ValidationError] = self.validator(pointer).iter_errors(instance)
        return found


# --- coercion of query/form strings to the types the spec declares -------------------------------------


def _expects(error: jsonschema.ValidationError, kind: str) -> bool:
    value = error.validator_value
    return kind in (value if isinstance(value, list) else [value])


def scalars_from_strings(errors: Callable[[Any], Iterable[jsonschema.ValidationError]], body: Any) -> Any:
    """``body`` with the strings that stand for a declared integer or boolean converted, as Databricks reads JSON.

    Databricks parses JSON bodies by protobuf rules: an integer may be a string of digits (int64s are strings in
    canonical proto JSON; databricks-cli sends ``"job_id": "1"``) and a boolean the string ``"true"`` or
    ``"false"`` (the docs' own examples send ``"recursive": "false"`` and ``"overwrite": "false"``, conformance
    examples 158 and 160). ``errors`` validates a body against the operation's schema; each type error on such
    a string is fixed in place, one at a time (a fix may uncover the next).
    """
    for _ in range(100):
        fixed = False
        for err in errors(body):
            if err.validator != "type" or not isinstance(err.instance, str) or not err.absolute_path:
                continue
            if _expects(err, "integer") and re.fullmatch(r"-?[0-9]{1,19}", err.instance):
                value: Any = int(err.instance)
            elif _expects(err, "boolean") and err.instance in ("true", "false"):
                value = err.instance == "true"
            else:
                continue
            parent = body
            *head, last = list(err.absolute_path)
            for key in head:
                parent = parent[key]
            parent[last] = value
            fixed = True
            break
        if not fixed:
            return body
    return body


def _types(schema: dict[str, Any]) -> list[str]:
    t = schema.get("type")
    if isinstance(t, list):
        return [str(x) for x in t]
    if isinstance(t, str):
        return [t]
    return []


#: What a query or form integer looks like: ASCII digits and an optional minus (Python's int() would also take
#: "١", "1_0", " 1" and "+1", which no Databricks parser does).
INTEGER_TEXT = re.compile(r"-?[0-9]+")
#: A JSON number (so no "nan", "inf", "1_0" or "0x10", which float() takes).
NUMBER_TEXT = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def coerce_scalar(value: str, schema: dict[str, Any], name: str) -> Any:
    types = _types(schema)
    if "boolean" in types:
        low = value.lower()
        if low in ("true", "false"):
            return low == "true"
    if "integer" in types and INTEGER_TEXT.fullmatch(value):
        try:
            return int(value)
        except ValueError:  # longer than Python's 4300-digit conversion limit
            raise ApiError.invalid(f"Invalid value for parameter {name}: the integer is out of range") from None
    if "number" in types and NUMBER_TEXT.fullmatch(value):
        number = float(value)
        if math.isfinite(number):
            return number
    if "string" in types or not types:
        return value
    raise ApiError.invalid(f"Invalid value for parameter {name}: {value!r} is not a valid {'/'.join(types)}")


def coerce_values(values: list[str], schema: dict[str, Any], name: str) -> Any:
    if "array" in _types(schema):
        items = schema.get("items", {})
        out: list[Any] = []
        for v in values:
            out.extend(coerce_scalar(x, items, name) for x in ([v] if "," not in v else v.split(",")))
        return out
    return coerce_scalar(values[-1], schema, name)


#: Upper limits of a size or count: x-error-code names the Databricks code for exceeding one
#: (MAX_READ_SIZE_EXCEEDED, MAX_BLOCK_SIZE_EXCEEDED ...). A value under a lower bound (a negative DBFS read
#: length) is plainly INVALID_PARAMETER_VALUE (api-inventory §1.5).
UPPER_LIMIT_VALIDATORS = {"maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties"}
LOWER_LIMIT_VALIDATORS = {"minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties"}
#: What x-error-message explains: a limit or a pattern.
BOUND_VALIDATORS = UPPER_LIMIT_VALIDATORS | LOWER_LIMIT_VALIDATORS | {"pattern"}
#: ... or a rule between fields (exactly one of, not both), which the spec writes as oneOf / anyOf / not.
COMBINATOR_VALIDATORS = {"oneOf", "anyOf", "not"}


def error_code_for(error: jsonschema.ValidationError) -> str:
    """The Databricks error code for a schema violation: x-error-code, else by kind of violation."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    code = schema.get("x-error-code")
    # x-error-code names the code for an exceeded upper bound (a size or count limit), not for a value under a
    # lower bound, a wrong type or a wrong format.
    if isinstance(code, str) and error.validator in UPPER_LIMIT_VALIDATORS:
        return code
    if error.validator == "type":
        return "MALFORMED_REQUEST"
    return "INVALID_PARAMETER_VALUE"


def describe(error: jsonschema.ValidationError, what: str) -> str:
    where = ".".join(str(p) for p in error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    custom = schema.get("x-error-message")
    # x-error-message says in Databricks' words what a violated pattern or bound means ("Path must be absolute"),
    # instead of echoing a regular expression at the user.
    if isinstance(custom, str) and error.validator in BOUND_VALIDATORS:
        if custom.endswith(".") or not isinstance(error.instance, str | int | float):
            return custom  # a whole sentence in Databricks' words ("Given filter operator is not supported.")
        return f"{custom}: {error.instance!r}"
    if isinstance(custom, str) and error.validator in COMBINATOR_VALIDATORS:
        return custom  # "exactly one of a and b": the whole object is not worth echoing
    # Without x-error-message, never echo the schema: a regular expression or the sub-schemas of a combinator
    # are validation internals that Databricks' answers do not contain and a user cannot act on.
    if error.validator == "pattern":
        return (
            f"Invalid value for {'field ' + where if where else what}: {error.instance!r} is not in the expected format"
        )
    if error.validator in COMBINATOR_VALIDATORS:
        return f"Invalid combination of fields in {'field ' + where if where else what}"
    if error.validator == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        field_name = ".".join([*map(str, error.absolute_path), *missing])
        return f"Missing required field: {field_name}"
    if error.validator == "format" and error.validator_value == "byte":
        return f"Invalid base64 data in field {where or what}"
    message = error.message if len(error.message) < 300 else error.message[:300] + "..."
    return f"Invalid value for {'field ' + where if where else what}: {message}"
