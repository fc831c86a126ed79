"""The control API, outside ``/api``: the virtual clock, reset, fault injection, the request log, scenarios,
health.

Every route takes a credential (a configured token or the control token), refuses a browser's cross-site
request, and reads JSON object bodies only (415 for another content type, 400 for a bad value): a control call
can change the workspace's time and wipe its state, so nothing but a deliberate client may make one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any, Protocol

from . import jsonio
from .auth import check_control_access
from .errors import ApiError
from .faults import Faults
from .requestlog import RequestLog
from .service import Env, MockConfig


class ControlTarget(Protocol):
    config: MockConfig
    env: Env
    faults: Faults
    requests: RequestLog

    def advance(self, seconds: float) -> int: ...

    def reset(self) -> None: ...


@dataclass
class ControlReply:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def too_large(limit: int) -> str:
    # Not the body's size: the transports stop reading a body once it passes the limit.
    return f"The request body is larger than {limit} bytes, the limit for this request."


def _error(status: int, code: str, message: str, **headers: str) -> ControlReply:
    return ControlReply(status, {"error_code": code, "message": message}, headers)


class ControlApi:
    def __init__(self, core: ControlTarget) -> None:
        self.core = core
        self.routes: dict[str, dict[str, Callable[[dict[str, Any]], ControlReply]]] = {
            "/__mock/clock": {"GET": self.clock},
            "/__mock/clock/advance": {"POST": self.advance},
            "/__mock/reset": {"POST": self.reset},
            "/__mock/faults": {"GET": self.faults, "POST": self.add_fault, "DELETE": self.clear},
            "/__mock/health": {"GET": self.health},
            "/__mock/requests": {"GET": self.list_requests, "DELETE": self.clear_requests},
            "/__mock/scenarios": {"GET": self.scenarios, "POST": self.add_scenario, "DELETE": self.clear_scenarios},
        }

    def handle(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        body: IO[bytes] | None,
        body_size: int,
        server_host: str | None,
    ) -> ControlReply:
        config = self.core.config
        try:
            check_control_access(config, headers, server_host)
        except ApiError as err:
            return _error(err.status, err.error_code, err.message)
        methods = self.routes.get(path.rstrip("/"))
        if methods is None:
            return _error(404, "ENDPOINT_NOT_FOUND", f"No control route {path}")
        action = methods.get(method.upper())
        if action is None:
            allow = ", ".join(sorted(methods))
            return _error(405, "METHOD_NOT_ALLOWED", f"{method} is not supported on {path}; use {allow}", Allow=allow)
        ctype = headers.get("content-type")
        has_body = body is not None and body_size > 0
        if (has_body or ctype is not None) and (ctype or "").split(";")[0].strip().lower() != "application/json":
            return _error(
                415,
                "MALFORMED_REQUEST",
                "The control API reads JSON only: send the body with 'Content-Type: application/json'.",
            )
        if body_size > config.max_body_bytes:
            return _error(400, "MAX_REQUEST_SIZE_EXCEEDED", too_large(config.max_body_bytes))
        parsed: Any = {}
        if has_body:
            assert body is not None
            try:
                parsed = jsonio.loads(body.read())
            except jsonio.JsonError as exc:
                return _error(400, "MALFORMED_REQUEST", f"Invalid JSON: {exc}")
            if not isinstance(parsed, dict):
                return _error(
                    400, "MALFORMED_REQUEST", f"Send a JSON object as the body, not a JSON {type(parsed).__name__}."
                )
        try:
            return action(parsed)
        except ValueError as exc:
            return _error(400, "INVALID_PARAMETER_VALUE", str(exc))

    # --- routes ---------------------------------------------------------------------------------------------

    def clock(self, body: dict[str, Any]) -> ControlReply:
        clock = self.core.env.clock
        return ControlReply(200, {"now_ms": clock.now_ms(), "mode": clock.mode})

    def advance(self, body: dict[str, Any]) -> ControlReply:
        if "seconds" not in body:
            raise ValueError('Missing field seconds: send {"seconds": N}')
        fired = self.core.advance(body["seconds"])
        return ControlReply(200, {"now_ms": self.core.env.clock.now_ms(), "fired": fired})

    def reset(self, body: dict[str, Any]) -> ControlReply:
        self.core.reset()
        return ControlReply(200, {})

    def faults(self, body: dict[str, Any]) -> ControlReply:
        return ControlReply(200, {"faults": [f.to_dict() for f in self.core.faults.list()]})

    def add_fault(self, body: dict[str, Any]) -> ControlReply:
        return ControlReply(200, self.core.faults.add(**body).to_dict())

    def clear(self, body: dict[str, Any]) -> ControlReply:
        self.core.faults.clear()
        return ControlReply(200, {})

    def list_requests(self, body: dict[str, Any]) -> ControlReply:
        return ControlReply(200, {"requests": [r.to_dict() for r in self.core.requests]})

    def clear_requests(self, body: dict[str, Any]) -> ControlReply:
        self.core.requests.clear()
        return ControlReply(200, {})

    def scenarios(self, body: dict[str, Any]) -> ControlReply:
        return ControlReply(200, {"scenarios": [r.to_dict() for r in self.core.env.scenarios.all()]})

    def add_scenario(self, body: dict[str, Any]) -> ControlReply:
        fields = dict(body)
        kind = fields.pop("kind", None)
        if not isinstance(kind, str):
            raise ValueError('Missing field kind: send {"kind": "run_result", ...}')
        return ControlReply(200, self.core.env.scenarios.add(kind, **fields).to_dict())

    def clear_scenarios(self, body: dict[str, Any]) -> ControlReply:
        self.core.env.scenarios.clear()
        return ControlReply(200, {})

    def health(self, body: dict[str, Any]) -> ControlReply:
        return ControlReply(200, {"status": "ok"})
