"""SCIM list queries as Databricks answers them: filters (RFC 7644 §3.4.2.2, the subset Databricks documents),
``attributes`` / ``excludedAttributes`` projection, and the SCIM error helpers the SCIM modules share.

Split out of scim.py (the service) so the parser and the projection read, and are tested, on their own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError

_CODES = {400: "INVALID_PARAMETER_VALUE", 403: "PERMISSION_DENIED", 404: "RESOURCE_DOES_NOT_EXIST"}


def scim_error(status: int, detail: str, scim_type: str | None = None) -> ApiError:
    code = "RESOURCE_ALREADY_EXISTS" if status == 409 else _CODES.get(status, "INVALID_PARAMETER_VALUE")
    return ApiError(status, code, detail, scim_type=scim_type)


def invalid_filter(detail: str) -> ApiError:
    return scim_error(400, detail, "invalidFilter")


def unsupported_operator() -> ApiError:
    # Databricks' scimType here is spelled InvalidFilter (databricks/databricks-sdk-py#90), not RFC 7644's casing.
    return scim_error(400, UNSUPPORTED_OPERATOR, "InvalidFilter")


def invalid_value(detail: str) -> ApiError:
    return scim_error(400, detail, "invalidValue")


# --- filters -------------------------------------------------------------------------------------------------

Predicate = Callable[[Mapping[str, Any]], bool]
COMPARISONS = ("eq", "ne", "co", "sw")
#: Databricks' words for a filter whose operator it does not support (databricks/databricks-sdk-py#90).
UNSUPPORTED_OPERATOR = "Given filter operator is not supported."
#: Whitespace as the spec's filter pattern reads it (ECMA-262 \s, the dialect of the spec's patterns): Python's \s
#: also takes U+001C..U+001F and U+0085, which would split a value the spec accepts as one word.
_WS = "\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_TOKEN = re.compile(f'[{_WS}]*(?:(?P<str>"(?:[^"\\\\]|\\\\.)*")|(?P<word>[^{_WS}"]+))')


def attribute_values(resource: Mapping[str, Any], path: str) -> list[Any]:
    """The values at ``path`` (``userName``, ``emails.value``), multi-valued attributes flattened."""
    current: list[Any] = [resource]
    for part in path.split("."):
        found: list[Any] = []
        for node in current:
            if isinstance(node, Mapping) and part in node:
                value = node[part]
                found.extend(value if isinstance(value, list) else [value])
        current = found
    return [v for v in current if v is not None]


def _compare(op: str, actual: Any, expected: Any) -> bool:
    if isinstance(expected, bool):
        if op not in ("eq", "ne"):
            raise invalid_filter(f"Operator {op} cannot compare a boolean")
        return actual is expected
    if not isinstance(actual, str):
        return False
    a, e = actual.lower(), expected.lower()
    return bool({"eq": a == e, "co": e in a, "sw": a.startswith(e)}[op])


@dataclass
class _Token:
    kind: str
    text: str


class FilterParser:
    """The SCIM filters Databricks documents: ``<attribute> <op> <value>`` joined by ``and`` / ``or``.

    ``op`` is ``eq``, ``ne``, ``co`` (contains) or ``sw`` (starts with), case-insensitive, as are ``and``
    (which binds tighter) and ``or``; values are JSON strings or unquoted words (``displayName eq foo``, which
    Databricks answers: compared ignoring case), or ``true`` / ``false``. ``attributes`` maps the lower-cased
    attribute paths that may be filtered on to their canonical spelling; any other attribute or a syntax error
    raises 400 scimType ``invalidFilter``, and an operator Databricks does not support (``gt``, ``pr``, or the
    literal ``displayName+eq+x`` a client that double-encodes sends) its 400 "Given filter operator is not
    supported." (databricks/databricks-sdk-py#90 shows that answer).
    """

    def __init__(self, text: str, attributes: Mapping[str, str]) -> None:
        self.text = text
        self.attributes = attributes
        self.tokens = self._tokenize(text)
        self.pos = 0

    @staticmethod
    def _tokenize(text: str) -> list[_Token]:
        tokens: list[_Token] = []
        pos = 0
        while re.search(f"[^{_WS}]", text[pos:]):
            m = _TOKEN.match(text, pos)
            if m is None:
                raise invalid_filter(f"Invalid filter near position {pos}: {text!r}")
            kind = m.lastgroup or ""
            tokens.append(_Token(kind, m.group(kind)))
            pos = m.end()
        return tokens

    def parse(self) -> Predicate:
        if not self.tokens:
            raise invalid_filter("Empty filter")
        predicate = self._or()
        if self.pos != len(self.tokens):
            raise invalid_filter(f"Unexpected {self.tokens[self.pos].text!r} in filter {self.text!r}")
        return predicate

    def _peek_word(self) -> str | None:
        if self.pos < len(self.tokens) and self.tokens[self.pos].kind == "word":
            return self.tokens[self.pos].text.lower()
        return None

    def _next(self, what: str) -> _Token:
        if self.pos >= len(self.tokens):
            raise invalid_filter(f"Filter {self.text!r} ends where {what} was expected")
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def _or(self) -> Predicate:
        parts = [self._and()]
        while self._peek_word() == "or":
            self.pos += 1
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else (lambda r: any(p(r) for p in parts))

    def _and(self) -> Predicate:
        parts = [self._comparison()]
        while self._peek_word() == "and":
            self.pos += 1
            parts.append(self._comparison())
        return parts[0] if len(parts) == 1 else (lambda r: all(p(r) for p in parts))

    def _comparison(self) -> Predicate:
        token = self._next("an attribute")
        path = self.attributes.get(token.text.lower()) if token.kind == "word" else None
        if path is None:
            raise invalid_filter(f"Filtering on {token.text!r} is not supported")
        if self.pos >= len(self.tokens):
            raise unsupported_operator()
        op = self._next("an operator").text.lower()
        if op not in COMPARISONS:
            raise unsupported_operator()
        expected = self._value()
        if op == "ne":
            return lambda r: not any(_compare("eq", v, expected) for v in attribute_values(r, path))
        return lambda r: any(_compare(op, v, expected) for v in attribute_values(r, path))

    def _value(self) -> str | bool:
        token = self._next("a value")
        if token.kind == "str":
            try:
                value = json.loads(token.text, strict=False)
            except ValueError:
                raise invalid_filter(f"Invalid string {token.text} in filter {self.text!r}") from None
            return str(value)
        if token.text.lower() in ("true", "false"):
            return token.text.lower() == "true"
        return token.text


def parse_filter(text: str, attributes: Mapping[str, str]) -> Predicate:
    return FilterParser(text, attributes).parse()


# --- projection ------------------------------------------------------------------------------------------------


def _attr_list(text: str | None) -> list[str]:
    if not text:
        return []
    out = []
    for item in text.split(","):
        item = item.strip()
        if item.lower().startswith("urn:"):
            item = item.rsplit(":", 1)[-1]
        if item:
            out.append(item)
    return out


def _pick(value: Any, subs: set[str], *, keep: bool) -> Any:
    """Keep (or drop) the sub-attributes ``subs`` of a complex or multi-valued attribute.

    The ``value`` of a multi-valued element always stays: it identifies the element.
    """

    def one(element: Any) -> Any:
        if not isinstance(element, dict):
            return element
        return {k: v for k, v in element.items() if k == "value" or (k.lower() in subs) == keep}

    if isinstance(value, list):
        return [e for e in (one(e) for e in value) if e]
    return one(value)


def project(resource: dict[str, Any], attributes: str | None, excluded: str | None) -> dict[str, Any]:
    """Apply ``attributes`` / ``excludedAttributes`` (``id`` and ``schemas`` are always returned)."""
    always = ("schemas", "id")
    include = _attr_list(attributes)
    if include:
        keys = {k.lower(): k for k in resource}
        whole: set[str] = set()
        subs: dict[str, set[str]] = {}
        for item in include:
            top, _, sub = item.partition(".")
            key = keys.get(top.lower())
            if key is None:
                continue
            if sub:
                subs.setdefault(key, set()).add(sub.lower())
            else:
                whole.add(key)
        out: dict[str, Any] = {}
        for key, value in resource.items():
            if key in always or key in whole:
                out[key] = value
            elif key in subs:
                picked = _pick(value, subs[key], keep=True)
                if picked:
                    out[key] = picked
        resource = out
    for item in _attr_list(excluded):
        top, _, sub = item.partition(".")
        key = {k.lower(): k for k in resource}.get(top.lower())
        if key is None or key in always:
            continue
        if not sub:
            del resource[key]
            continue
        picked = _pick(resource[key], {sub.lower()}, keep=False)
        if picked:
            resource[key] = picked
        else:
            del resource[key]
    return resource
