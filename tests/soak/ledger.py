"""What the soak counts and how it judges: operations by kind and outcome, client retries, and every loss.

An operation ends in one of four outcomes:

* ``ok``: it did what it was asked and every check passed (bytes by sha256, waited states, command output);
* ``surfaced``: it raised :class:`dbrest.NetworkError` because an injected dropped connection hit a call that
  is not safe to repeat (the client's documented behaviour), and the checks after the failure passed (no
  partial or foreign file left, nothing else touched);
* ``superseded`` (concurrent writers and readers of one path only): the writer's own check after writing found
  another writer's file there (``UPLOAD_SIZE_MISMATCH``): its bytes were replaced, as concurrent overwrites do;
  or the reader got one of :data:`READER_ERRORS`, the typed errors of a file replaced under it (instead of
  bytes of two versions);
* ``unexpected``: any other exception (a retry that should have happened, an untyped error, a wrong state);
* ``loss``: data was lost or corrupted: bytes that differ from what was written, a partial file left behind,
  a file that a successful writer wrote and someone else deleted, a torn read returned as a whole file.

The soak passes only with zero ``unexpected`` and zero ``loss``.
"""

from __future__ import annotations

import hashlib
import threading
import traceback
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import dbrest
import httpx

OUTCOMES = ("ok", "surfaced", "superseded", "unexpected", "loss")
#: The error code of an upload whose size check found another writer's file.
SUPERSEDED = "UPLOAD_SIZE_MISMATCH"
#: Errors a reader of a file that is being replaced may get: the file is gone for a moment, or the client
#: noticed that it changed under the reader (``dbrest.RemoteFileChanged``, FILE_CHANGED, or a download whose
#: size came out wrong): a typed error is the right answer; torn bytes are not.
READER_ERRORS = frozenset({"RESOURCE_DOES_NOT_EXIST", "FILE_CHANGED", "DOWNLOAD_SIZE_MISMATCH"})
#: How many losses and how many unexpected errors are kept with their details (all are counted).
MAX_PROBLEMS = 50


class Loss(Exception):
    """A check found lost or corrupted data; the message says what, where and how it differs."""


class Unexpected(Exception):
    """A check found a wrong state (not data): a waited state, a command's output, a missing error."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_bytes(what: str, expected_sha: str, data: bytes) -> None:
    """Raise :class:`Loss` unless ``data`` hashes to ``expected_sha``."""
    got = sha256(data)
    if got != expected_sha:
        raise Loss(f"{what}: sha256 {got[:16]}... ({len(data)} bytes), expected {expected_sha[:16]}...")


def check_one_of(what: str, allowed: dict[str, str], data: bytes) -> str:
    """The name of the writer whose whole content ``data`` is (``allowed``: sha256 -> writer); else Loss."""
    got = sha256(data)
    if got not in allowed:
        raise Loss(f"{what}: {len(data)} bytes (sha256 {got[:16]}...) are no writer's whole file")
    return allowed[got]


@dataclass
class Ledger:
    """Thread-safe counters for one soak run. ``on_retry`` is passed to every Workspace and AsyncWorkspace."""

    ops: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (kind, flavour, outcome)
    retries: Counter[str] = field(default_factory=Counter)
    problems: list[dict[str, str]] = field(default_factory=list)
    #: Every unexpected error and loss, by operation and error type (the details are kept for the first few).
    problem_types: Counter[str] = field(default_factory=Counter)
    #: The superseded operations by kind and error code (which writer checks and which reader errors fired).
    superseded: Counter[str] = field(default_factory=Counter)
    bytes_verified: int = 0
    states_verified: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def on_retry(self, request: httpx.Request, attempt: int, wait: float, why: str) -> None:
        with self._lock:
            self.retries[why] += 1

    def verified(self, nbytes: int = 0, states: int = 0) -> None:
        with self._lock:
            self.bytes_verified += nbytes
            self.states_verified += states

    def record(
        self, kind: str, flavour: str, exc: BaseException | None, *, concurrent: bool = False, reading: bool = False
    ) -> str:
        """Count one finished operation; ``exc`` is what it raised (None: ok); ``concurrent``: a writer racing
        others on one path; ``reading``: a reader of that path. Returns the outcome."""
        outcome = outcome_of(exc, concurrent=concurrent, reading=reading)
        with self._lock:
            self.ops[(kind, flavour, outcome)] += 1
            if outcome == "superseded":
                self.superseded[f"{kind} ({flavour}): {getattr(exc, 'error_code', '')}"] += 1
            if outcome in ("unexpected", "loss"):
                assert exc is not None
                code = getattr(exc, "error_code", None)
                self.problem_types[
                    f"{outcome}: {kind} ({flavour}): {type(exc).__name__}{f' {code}' if code else ''}"
                ] += 1
                if sum(p["outcome"] == outcome for p in self.problems) < MAX_PROBLEMS:
                    self.problems.append(
                        {
                            "kind": kind,
                            "flavour": flavour,
                            "outcome": outcome,
                            "error": f"{type(exc).__name__}: {exc}",
                            "where": "".join(traceback.format_tb(exc.__traceback__, limit=-3)).strip(),
                        }
                    )
        return outcome

    def count(self, outcome: str) -> int:
        with self._lock:
            return sum(n for (_, _, o), n in self.ops.items() if o == outcome)

    def by_kind(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        with self._lock:
            for (kind, flavour, outcome), n in sorted(self.ops.items()):
                row = out.setdefault(f"{kind} ({flavour})", dict.fromkeys(OUTCOMES, 0))
                row[outcome] += n
        return out

    def summary(self) -> dict[str, Any]:
        return {
            "operations": {o: self.count(o) for o in OUTCOMES},
            "by_kind": self.by_kind(),
            "retries": dict(sorted(self.retries.items())),
            "retries_total": sum(self.retries.values()),
            "bytes_verified": self.bytes_verified,
            "states_verified": self.states_verified,
            "superseded_by": dict(sorted(self.superseded.items())),
            "problem_types": dict(self.problem_types.most_common()),
            "problems": list(self.problems),
        }


def reader_error_ok(exc: BaseException) -> bool:
    return isinstance(exc, dbrest.DatabricksError) and exc.error_code in READER_ERRORS


def outcome_of(exc: BaseException | None, *, concurrent: bool = False, reading: bool = False) -> str:
    if exc is None:
        return "ok"
    if isinstance(exc, Loss):
        return "loss"
    if isinstance(exc, dbrest.NetworkError):
        return "surfaced"
    if concurrent and isinstance(exc, dbrest.DatabricksError) and exc.error_code == SUPERSEDED:
        return "superseded"
    if reading and reader_error_ok(exc):
        return "superseded"
    return "unexpected"
