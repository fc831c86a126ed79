"""One ``python -m dbrest_mock`` process on a free loopback port, its control API, and the soak's fault plan.

Control calls send the mock token and JSON bodies (``Authorization: Bearer``, ``Content-Type:
application/json``), as a locked-down control API requires. The faults are the mock's own
(``dbrest_mock.faults``): each rule of :data:`FAULT_PLAN` fires on every Nth request it sees (``every``), and
the mock counts how often each fired, so the injected numbers come from the server side.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

TOKEN = "dapi-soak-token"
PREFIX = "dbrest_mock listening on "


class MockError(RuntimeError):
    pass


#: (kind, rule). Rules match in this order and the first that fires wins, so each rate is "of the requests the
#: rules above let through". 429 and the API's 503 are retried by the client for every call; a dropped
#: connection only where repeating is safe (GET, idempotent POSTs) — elsewhere it surfaces as NetworkError.
FAULT_PLAN: tuple[tuple[str, dict[str, Any]], ...] = (
    ("latency", {"path": "/api/*", "delay_ms": 60, "every": 6}),
    (
        "429 Retry-After",
        {"path": "/api/*", "status": 429, "error_code": "REQUEST_LIMIT_EXCEEDED", "retry_after": 1, "every": 15},
    ),
    ("503", {"path": "/api/*", "status": 503, "error_code": "TEMPORARILY_UNAVAILABLE", "every": 12}),
    ("drop before processing (GET)", {"path": "/api/*", "method": "GET", "drop_connection": True, "every": 17}),
    ("drop mid-response (GET)", {"path": "/api/*", "method": "GET", "drop_response": True, "every": 19}),
    ("drop before processing (POST)", {"path": "/api/*", "method": "POST", "drop_connection": True, "every": 67}),
    ("drop mid-request (POST)", {"path": "/api/*", "method": "POST", "drop_request": True, "every": 61}),
    ("drop mid-response (POST)", {"path": "/api/*", "method": "POST", "drop_response": True, "every": 59}),
)
#: The kinds after which the client must not repeat a non-idempotent call (it surfaces as NetworkError).
POST_DROPS = ("drop before processing (POST)", "drop mid-request (POST)", "drop mid-response (POST)")


def scaled_plan(rate: float) -> list[tuple[str, dict[str, Any]]]:
    """:data:`FAULT_PLAN` with every rule firing ``rate`` times as often."""
    return [(kind, {**rule, "every": max(2, round(rule["every"] / rate))}) for kind, rule in FAULT_PLAN]


class MockProcess:
    """``python -m dbrest_mock --port 0`` with fast durations on a realtime clock (the standalone defaults)."""

    def __init__(self, workdir: Path, python: str = sys.executable) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        self.stderr_path = workdir / "mock.stderr"
        self._stderr = self.stderr_path.open("w+b")
        self.proc = subprocess.Popen(
            [python, "-m", "dbrest_mock", "--host", "127.0.0.1", "--port", "0", "--token", TOKEN],
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            cwd=workdir,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if not line.startswith(PREFIX):
            self.stop()
            raise MockError(f"the mock did not start: {line!r} {self.stderr_tail()}")
        self.url = line[len(PREFIX) :]
        if not self.url.startswith("http://127.0.0.1:"):
            self.stop()
            raise MockError(f"the mock is not on loopback: {self.url}")
        self.fault_ids: dict[int, str] = {}

    def stderr_tail(self, n: int = 2000) -> str:
        self._stderr.flush()
        return self.stderr_path.read_bytes().decode("utf-8", "replace")[-n:]

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body if body is not None else {}).encode() if method != "GET" else None
        req = urllib.request.Request(self.url + path, data=data, method=method)
        req.add_header("Authorization", f"Bearer {TOKEN}")
        req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            raise MockError(f"{method} {path}: HTTP {exc.code} {exc.read()[:300]!r}") from None
        return json.loads(raw) if raw else {}

    def install_faults(self, rate: float = 1.0) -> None:
        """Install :data:`FAULT_PLAN`, each rule firing ``rate`` times as often (a short run raises it so that
        every kind fires)."""
        for kind, rule in scaled_plan(rate):
            self.fault_ids[int(self.control("POST", "/__mock/faults", rule)["id"])] = kind

    def faults_fired(self) -> dict[str, int]:
        """Injected faults per kind, as the mock counted them."""
        fired = dict.fromkeys((kind for kind, _ in FAULT_PLAN), 0)
        for f in self.control("GET", "/__mock/faults")["faults"]:
            kind = self.fault_ids.get(int(f["id"]))
            if kind is not None:
                fired[kind] += int(f["fired"])
        return fired

    def requests_seen(self) -> int:
        """Requests to /api/* the first rule saw: every API request of the run."""
        faults = self.control("GET", "/__mock/faults")["faults"]
        return int(faults[0]["seen"]) if faults else 0

    def clear_faults(self) -> None:
        self.control("DELETE", "/__mock/faults")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._stderr.close()
