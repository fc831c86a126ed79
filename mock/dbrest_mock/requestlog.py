"""What the code under test asked the mock: a bounded log of the API requests served, secrets elided.

``mock.requests`` (and ``GET /__mock/requests``) lists them oldest first: method, path, query, the JSON body with
secret values and base64 contents replaced by ``"<elided: N characters>"``, the status answered and the error
code, if any. The log keeps the last ``MockConfig.request_log_size`` requests (0 turns it off); the control API
(``/__mock/*``) is not logged.
"""

from __future__ import annotations

import collections
import contextlib
import fnmatch
import json
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

#: Body fields whose values are secrets or file contents: secrets/put (string_value, bytes_value), dbfs/put and
#: add-block (contents, data), workspace/import (content), token values, passwords, git credentials.
ELIDED_FIELDS = frozenset(
    {
        "string_value",
        "bytes_value",
        "contents",
        "content",
        "data",
        "token_value",
        "password",
        "personal_access_token",
        "client_secret",
    }
)
#: JSON bodies up to this size are parsed for the log; a larger one is logged as its size only.
MAX_LOGGED_BODY = 16 * 1024 * 1024


def elide(value: Any) -> Any:
    """``value`` with every secret or contents field (:data:`ELIDED_FIELDS`, at any depth) replaced."""
    if isinstance(value, dict):
        return {
            # A list or object where a secret goes (a client's mistake, refused with a 400) is elided whole too: its
            # strings are as secret as the string that belonged there.
            k: (_elided(v) if k in ELIDED_FIELDS and v is not None else elide(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [elide(v) for v in value]
    return value


def _elided(value: Any) -> str:
    return f"<elided: {len(str(value))} characters>"


@dataclass(frozen=True)
class LoggedRequest:
    """One request the mock answered."""

    method: str
    path: str
    #: Query parameters (the last value of a repeated name).
    query: dict[str, str]
    #: The JSON body with secrets elided; None without a JSON body (multipart parts are not logged).
    body: Any
    status: int
    #: The error_code of an error answer (2.0 and SCIM shapes), else None.
    error_code: str | None
    #: Virtual time of the request, in epoch milliseconds.
    time_ms: int
    #: The request body's size in bytes.
    body_size: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}{' ' + self.error_code if self.error_code else ''}"


def parse_body(data: bytes, content_type: str) -> Any:
    """The JSON body of a request for the log (secrets elided), or None."""
    if not data or content_type.startswith("multipart/"):
        return None
    if len(data) > MAX_LOGGED_BODY:
        return None
    try:
        return elide(json.loads(data))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def error_code_of(status: int, body: bytes) -> str | None:
    if status < 400 or not body.lstrip().startswith(b"{") or len(body) > 1024 * 1024:
        return None
    try:
        parsed = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(parsed, dict):
        return None
    code = parsed.get("error_code") or parsed.get("scimType")
    return str(code) if code is not None else None


@dataclass
class RequestLog:
    """The last ``size`` requests, oldest first. Iterable; ``filter`` and the assertions help tests."""

    size: int = 1000
    _items: collections.deque[LoggedRequest] = field(init=False, repr=False)
    _lock: threading.Lock = field(init=False, repr=False, default_factory=threading.Lock)
    _paused: int = field(init=False, repr=False, default=0)

    def __post_init__(self) -> None:
        if self.size < 0:
            raise ValueError(f"request_log_size must be 0 or more, not {self.size}")
        self._items = collections.deque(maxlen=self.size)

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Nothing is logged inside (the mock's own requests, e.g. loading a state file)."""
        self._paused += 1
        try:
            yield
        finally:
            self._paused -= 1

    def record(self, entry: LoggedRequest) -> None:
        if self.size and not self._paused:
            with self._lock:
                self._items.append(entry)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def all(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._items)

    def __iter__(self) -> Iterator[LoggedRequest]:
        return iter(self.all())

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> LoggedRequest:
        return self.all()[index]

    def filter(
        self, path: str | None = None, method: str | None = None, status: int | None = None
    ) -> list[LoggedRequest]:
        """The requests whose path matches ``path`` (a glob: ``/api/2.*/jobs/run-now``, ``*/dbfs/*``), whose
        method is ``method`` (any case) and whose status is ``status``; None matches anything."""
        return [
            r
            for r in self.all()
            if (path is None or fnmatch.fnmatchcase(r.path, path))
            and (method is None or r.method.upper() == method.upper())
            and (status is None or r.status == status)
        ]

    def assert_called(
        self, path: str, method: str | None = None, *, times: int | None = None, body: dict[str, Any] | None = None
    ) -> list[LoggedRequest]:
        """AssertionError unless a request matching ``path``/``method`` was served (exactly ``times`` of them when
        given; with ``body``, only requests whose body contains those fields with those values count). Returns
        the matching requests."""
        found = [r for r in self.filter(path, method) if body is None or _contains(r.body, body)]
        what = f"{method.upper() + ' ' if method else ''}{path}{f' with body {body}' if body else ''}"
        if times is None and not found:
            raise AssertionError(f"expected a request {what}; the mock served: {self._summary()}")
        if times is not None and len(found) != times:
            raise AssertionError(
                f"expected {times} request(s) {what}, got {len(found)}; the mock served: {self._summary()}"
            )
        return found

    def assert_not_called(self, path: str, method: str | None = None) -> None:
        """AssertionError if a request matching ``path``/``method`` was served."""
        found = self.filter(path, method)
        if found:
            what = f"{method.upper() + ' ' if method else ''}{path}"
            raise AssertionError(f"expected no request {what}, got {len(found)}: {', '.join(map(str, found))}")

    def _summary(self) -> str:
        items = self.all()
        if not items:
            return "nothing"
        shown = ", ".join(str(r) for r in items[-20:])
        return shown if len(items) <= 20 else f"... {shown} (last 20 of {len(items)})"


def _contains(actual: Any, expected: dict[str, Any]) -> bool:
    return isinstance(actual, dict) and all(k in actual and actual[k] == v for k, v in expected.items())
