"""JSON in and out of the mock: one strict parser for request bodies and the JSON documents embedded in them
(policy definitions, Jupyter notebooks, HTML and DBC notebook models, page tokens), one serialiser.

:func:`loads` accepts only what a JSON parser on the Databricks side accepts, and fails with :class:`JsonError`
(a ``ValueError``) instead of anything else:

* text that is not UTF-8 (or UTF-16/32 with the RFC 8259 detection), or not JSON;
* ``NaN``, ``Infinity``, ``-Infinity`` (not JSON, although Python's json module takes them) and numbers that
  overflow a double (``1e400`` would become infinity);
* integers longer than Python's 4300-digit conversion limit;
* nesting deeper than :data:`MAX_DEPTH` levels: Databricks parses bodies into protobuf messages, whose JSON
  parser stops at 100 levels; Python's parser would otherwise raise RecursionError deep in the C scanner, and
  every recursive walk of the value afterwards (validation, deepcopy, serialisation) could fail the same way;
* strings (and keys) with lone surrogates (``"\\udc80"``), which no UTF-8 encoder can write back: a path like
  that would be stored, then break a zip export or a download.

The callers turn a :class:`JsonError` into the Databricks error of their context: MALFORMED_REQUEST for a
request body, INVALID_PARAMETER_VALUE for a document inside a field.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

#: Deepest nesting of arrays and objects accepted (protobuf's JSON parser default recursion limit).
MAX_DEPTH = 100

_SURROGATE = re.compile("[\ud800-\udfff]")


class JsonError(ValueError):
    """Not a JSON document the mock accepts; the message says why, in words fit for an error response."""


def _reject_constant(name: str) -> Any:
    raise JsonError(f"{name} is not a valid JSON value")


def _finite_float(text: str) -> float | int:
    value = float(text)
    if math.isinf(value):
        raise JsonError(f"the number {text[:40]} is out of range for a double")
    # An integral number written with a fraction or exponent (0.0, 1e3) is an integer to JSON Schema and to
    # protobuf's JSON parser (an int field takes it), so it is one here too: the services index, slice and
    # count with these values, and a float there was a TypeError (a 500 to a valid request).
    if value.is_integer() and abs(value) < 2**63:
        return int(value)
    return value


_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)


def has_lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds a surrogate code point (it cannot be encoded as UTF-8)."""
    return not text.isascii() and _SURROGATE.search(text) is not None


def _check_value(value: Any) -> None:
    """Depth and surrogate check without recursion (the value may be as deep as the parser allowed)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if has_lone_surrogate(node):
                raise JsonError("a string holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is not valid Unicode")
        elif isinstance(node, dict | list):
            if depth > MAX_DEPTH:
                raise JsonError(f"arrays and objects are nested deeper than {MAX_DEPTH} levels")
            if isinstance(node, dict):
                for key, item in node.items():
                    if has_lone_surrogate(key):
                        raise JsonError(
                            "an object key holds a lone UTF-16 surrogate (\\ud800-\\udfff), which is not valid Unicode"
                        )
                    stack.append((item, depth + 1))
            else:
                stack.extend((item, depth + 1) for item in node)


def loads(data: bytes | bytearray | str) -> Any:
    """Parse one JSON document strictly (module docstring); :class:`JsonError` says what is wrong.

    Example::

        loads(b'{"path": "/a"}')        # {'path': '/a'}
        loads('{"x": NaN}')             # JsonError: NaN is not a valid JSON value
    """
    if isinstance(data, str):
        text = data
        if has_lone_surrogate(text):
            raise JsonError("the text holds a lone UTF-16 surrogate, which is not valid Unicode")
    else:
        try:
            text = bytes(data).decode(json.detect_encoding(data))
        except UnicodeDecodeError as exc:
            raise JsonError(f"the text is not valid {exc.encoding.upper()} (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        value = _DECODER.decode(text)
    except JsonError:
        raise
    except json.JSONDecodeError as exc:
        raise JsonError(f"{exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise JsonError(f"arrays and objects are nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:  # e.g. an integer beyond the 4300-digit conversion limit
        raise JsonError(str(exc).split(";")[0]) from None
    # The walk costs per value, not per byte (a 1.4 MB DBFS block is one ASCII string, checked in O(1)); scanning
    # the text for brackets or \u escapes first would cost more than it saves.
    _check_value(value)
    return value


def dumps(value: Any, *, indent: int | None = None, ensure_ascii: bool = True) -> str:
    """Serialise as strict JSON: NaN and infinities raise ValueError instead of producing invalid JSON."""
    separators = (",", ":") if indent is None else None
    return json.dumps(value, separators=separators, indent=indent, ensure_ascii=ensure_ascii, allow_nan=False)
