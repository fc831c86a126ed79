"""Fault injection: answer matching requests with an error, latency or a dropped connection."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Fault:
    """One rule. A request matches when its method (any, if None) and path (fnmatch pattern) match.

    The first ``after`` matching requests pass untouched; the next ``times`` (None = forever) get the fault:
    ``delay_ms`` of latency, then a dropped connection if ``drop_connection``, else the error response
    ``status``/``error_code``/``message`` (with ``Retry-After: retry_after`` when given) if ``status`` is set,
    else the normal response (latency only).
    """

    path: str = "*"
    method: str | None = None
    status: int | None = None
    error_code: str | None = None
    message: str | None = None
    retry_after: float | None = None
    delay_ms: float = 0.0
    drop_connection: bool = False
    after: int = 0
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
    "after",
    "times",
}


class Faults:
    def __init__(self) -> None:
        self._rules: list[Fault] = []
        self._next = 1
        self._lock = threading.Lock()

    def add(self, **spec: Any) -> Fault:
        unknown = set(spec) - FAULT_FIELDS
        if unknown:
            raise ValueError(f"unknown fault fields: {sorted(unknown)}")
        fault = Fault(**spec)
        if fault.method is not None:
            fault.method = fault.method.upper()
        if fault.status is not None and not 400 <= fault.status <= 599:
            raise ValueError("status must be an HTTP error status (400-599)")
        if fault.after < 0 or (fault.times is not None and fault.times < 0) or fault.delay_ms < 0:
            raise ValueError("after, times and delay_ms must not be negative")
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
                if rule.times is not None and rule.fired >= rule.times:
                    continue
                rule.fired += 1
                return rule
        return None
