"""Fault injection: answer matching requests with an error, latency or a dropped connection."""

from __future__ import annotations

import fnmatch
import math
import re
import threading
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Fault:
    """One rule. A request matches when its method (any, if None) and path (fnmatch pattern) match.

    The first ``after`` matching requests pass untouched; the next ``times`` (None = forever) get the fault:
    ``delay_ms`` of latency, then a dropped connection if ``drop_connection`` (before the request is processed:
    nothing happened) or ``drop_request`` (over a socket: closed part way through reading the request body, at
    most 64 KiB in, so a client still sending sees its write fail; nothing happened), else the error response ``status``/``error_code``/``message`` (with
    ``Retry-After: retry_after`` when given) if ``status`` is set, else the normal response (latency only) or,
    with ``drop_response``, the request is processed and the connection dropped part way through the response
    (it happened, but the client never hears so). With ``every`` = N only every Nth of those matching requests
    gets the fault (the others pass to the next rule), so one rule injects at a steady rate.
    """

    path: str = "*"
    method: str | None = None
    status: int | None = None
    error_code: str | None = None
    message: str | None = None
    retry_after: float | None = None
    delay_ms: float = 0.0
    drop_connection: bool = False
    drop_request: bool = False
    drop_response: bool = False
    after: int = 0
    every: int = 1
    times: int | None = None
    id: int = 0
    seen: int = field(default=0)
    fired: int = field(default=0)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


FAULT_FIELDS = {
    "path",
    "method",
    "status",
    "error_code",
    "message",
    "retry_after",
    "delay_ms",
    "drop_connection",
    "drop_request",
    "drop_response",
    "after",
    "every",
    "times",
}
#: Bounds that keep an injected fault answerable: an hour of latency, a year of Retry-After.
MAX_DELAY_MS = 3_600_000
MAX_RETRY_AFTER = 365 * 86400
_METHOD = re.compile(r"[A-Za-z]+")


def _number(name: str, value: object, *, upper: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, not {type(value).__name__}")
    if (isinstance(value, float) and not math.isfinite(value)) or not 0 <= value <= upper:
        raise ValueError(f"{name} must be a finite number from 0 to {upper:g}: {value!r}")
    return value


def _count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be a whole number, not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"{name} must not be negative: {value}")
    return value


def checked_text(name: str, value: object) -> str:
    """``value`` where it is a string (a control-API field ``name``); a ValueError naming the field if not."""
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string, not {type(value).__name__}")
    return value


def validated(spec: dict[str, Any]) -> Fault:
    """A Fault from the fields of POST /__mock/faults or MockServer.add_fault; ValueError names a bad field."""
    unknown = set(spec) - FAULT_FIELDS
    if unknown:
        raise ValueError(f"unknown fault fields: {sorted(unknown)}; use {', '.join(sorted(FAULT_FIELDS))}")
    fault = Fault()
    if "path" in spec:
        fault.path = checked_text("path", spec["path"])
        if not fault.path:
            raise ValueError("path must not be empty (a path or fnmatch pattern such as /api/2.0/dbfs/*)")
    if spec.get("method") is not None:
        method = checked_text("method", spec["method"])
        if not _METHOD.fullmatch(method):
            raise ValueError(f"method must be an HTTP method such as GET or POST: {method!r}")
        fault.method = method.upper()
    if spec.get("status") is not None:
        status = spec["status"]
        if isinstance(status, bool) or not isinstance(status, int):
            raise ValueError(f"status must be an integer HTTP status, not {type(status).__name__}")
        if not 400 <= status <= 599:
            raise ValueError(f"status must be an HTTP error status (400-599): {status}")
        fault.status = status
    for name in ("error_code", "message"):
        if spec.get(name) is not None:
            setattr(fault, name, checked_text(name, spec[name]))
    if spec.get("retry_after") is not None:
        fault.retry_after = _number("retry_after", spec["retry_after"], upper=MAX_RETRY_AFTER)
    if "delay_ms" in spec:
        fault.delay_ms = _number("delay_ms", spec["delay_ms"], upper=MAX_DELAY_MS)
    drops = ("drop_connection", "drop_request", "drop_response")
    for name in drops:
        if name in spec:
            if not isinstance(spec[name], bool):
                raise ValueError(f"{name} must be true or false, not {type(spec[name]).__name__}")
            setattr(fault, name, spec[name])
    chosen = [name for name in drops if getattr(fault, name)]
    if len(chosen) > 1 or (chosen and fault.status is not None):
        others = ", ".join([*chosen[1:], *(["status"] if fault.status is not None else [])])
        raise ValueError(f"{chosen[0]} replaces the answer: do not combine it with {others}")
    if "after" in spec:
        fault.after = _count("after", spec["after"])
    if "every" in spec:
        fault.every = _count("every", spec["every"])
        if fault.every < 1:
            raise ValueError("every must be at least 1 (1: every matching request)")
    if spec.get("times") is not None:
        fault.times = _count("times", spec["times"])
    return fault


class Faults:
    def __init__(self) -> None:
        self._rules: list[Fault] = []
        self._next = 1
        self._lock = threading.Lock()

    def add(self, **spec: Any) -> Fault:
        """Add a rule (fields as :class:`Fault`); ValueError for an unknown field or a value of the wrong type or
        range, and nothing is added."""
        fault = validated(spec)
        with self._lock:
            fault.id = self._next
            self._next += 1
            self._rules.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._rules)

    def match(self, method: str, path: str) -> Fault | None:
        """The first rule that fires for this request (counting it), or None."""
        with self._lock:
            for rule in self._rules:
                if rule.method is not None and rule.method != method.upper():
                    continue
                if not fnmatch.fnmatchcase(path, rule.path):
                    continue
                rule.seen += 1
                if rule.seen <= rule.after:
                    continue
                if (rule.seen - rule.after - 1) % rule.every:
                    continue
                if rule.times is not None and rule.fired >= rule.times:
                    continue
                rule.fired += 1
                return rule
        return None
