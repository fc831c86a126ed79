"""The live mode's guard and report: a session that can only send read-only requests, and the text that says where a
live workspace's answers disagree with the spec."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import requests

from . import harness


class MutationBlocked(RuntimeError):
    """A request that is not one of the read-only operations was about to be sent to the live workspace."""


def read_only_routes() -> list[tuple[str, re.Pattern[str]]]:
    """(method, path regex) of every read-only operation: the only requests the live mode may send."""
    routes = []
    for op in harness.iter_ops(lambda op: op.read_only):
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        routes.append((op.method, re.compile(f"^{pattern}$")))
    return routes


class ReadOnlySession(requests.Session):
    """A requests session for the live mode that refuses, before anything leaves the process, every request that is
    not a GET or an explicitly listed read-only POST (harness.READ_ONLY_POSTS) of the spec."""

    def __init__(self) -> None:
        super().__init__()
        self.routes = read_only_routes()
        self.sent = 0

    def allows(self, method: str, url: str) -> bool:
        path = urlsplit(url).path
        return any(method.upper() == m and rx.match(path) for m, rx in self.routes)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if not self.allows(str(request.method), str(request.url)):
            raise MutationBlocked(
                f"refused to send {request.method} {urlsplit(str(request.url)).path} to a live workspace"
            )
        self.sent += 1
        return super().send(request, **kwargs)


def finding(op: harness.Op, failure: Any, *, status: int | None, curl: str) -> dict[str, Any]:
    return {
        "op_id": op.op_id,
        "label": op.label,
        "code": getattr(failure, "code", ""),
        "title": getattr(failure, "title", type(failure).__name__),
        "message": str(getattr(failure, "message", failure)),
        "status": status,
        "curl": curl,
    }


def render(
    url: str, findings: Iterable[dict[str, Any]], exercised: set[str], expected: set[str], requests_sent: int
) -> str:
    """The report: one block per operation that disagrees, one line per kind of disagreement (with a count and a
    reproducible request), then what was not exercised."""
    grouped: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for f in findings:
        grouped[f["op_id"]][(f["code"], f["title"])].append(f)
    lines = [
        f"live contract report for {url}: {len(exercised & expected)}/{len(expected)} read-only operations exercised, "
        f"{requests_sent} requests; disagreements with the spec: {sum(len(k) for k in grouped.values())} kinds "
        f"in {len(grouped)} operations",
    ]
    for op_id in sorted(grouped):
        lines.append(f"  {op_id} ({harness.OPERATIONS[op_id].label})")
        for (code, title), items in sorted(grouped[op_id].items()):
            first = items[0]
            message = " ".join(first["message"].split())[:300]
            status = f" [{first['status']}]" if first["status"] is not None else ""
            lines.append(f"    - {code} {title}{status} x{len(items)}: {message}")
            lines.append(f"      {first['curl'][:300]}")
    missing = sorted(expected - exercised)
    if missing:
        lines.append(f"  not exercised ({len(missing)}): {', '.join(missing)}")
    return "\n".join(lines)
