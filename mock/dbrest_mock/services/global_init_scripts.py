"""Global Init Scripts API 2.0 (api-inventory §1.15): admin-only, ordered scripts with 16-hex ids.

Positions are always 0..n-1 (the order scripts run in). Create inserts at ``position`` (omitted or too large:
last) and shifts the script there and every later one by +1; update moves a script (shifting the ones in
between); delete closes the gap. Scripts are at most 64 KB decoded (RESOURCE_LIMIT_EXCEEDED; the limit the
Databricks Terraform provider enforces before calling the API).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation

MAX_SCRIPT_BYTES = 64 * 1024


@dataclass
class Script:
    script_id: str
    name: str
    script: bytes
    enabled: bool
    created_at: int
    created_by: str
    updated_at: int
    updated_by: str


def decode_script(data: str) -> bytes:
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError.invalid("Invalid base64 data in field script") from None
    if len(raw) > MAX_SCRIPT_BYTES:
        raise ApiError(
            400,
            "RESOURCE_LIMIT_EXCEEDED",
            f"The script is {len(raw)} bytes; a global init script may be at most {MAX_SCRIPT_BYTES} bytes.",
        )
    return raw


class GlobalInitScriptsService(Service):
    name = "global-init-scripts"

    def reset(self) -> None:
        #: In position order: index == position.
        self.scripts: list[Script] = []

    # --- Python API (e.g. for cluster start) ------------------------------------------------------------

    def enabled_scripts(self) -> list[tuple[str, bytes]]:
        """(name, contents) of the enabled scripts in the order they run."""
        return [(s.name, s.script) for s in self.scripts if s.enabled]

    # --- helpers ------------------------------------------------------------------------------------------

    def _check_admin(self, req: Request) -> None:
        if not self.env.is_admin(req.user):
            raise ApiError.permission_denied("Only workspace admins can manage global init scripts.")

    def _index(self, script_id: str) -> int:
        for i, s in enumerate(self.scripts):
            if s.script_id == script_id:
                return i
        raise ApiError.not_found(f"Global init script {script_id} does not exist.")

    def _details(self, position: int, *, content: bool = False) -> dict[str, Any]:
        s = self.scripts[position]
        out: dict[str, Any] = {
            "script_id": s.script_id,
            "name": s.name,
            "position": position,
            "enabled": s.enabled,
            "created_at": s.created_at,
            "created_by": s.created_by,
            "updated_at": s.updated_at,
            "updated_by": s.updated_by,
        }
        if content:
            out["script"] = base64.b64encode(s.script).decode("ascii")
        return out

    def _new_id(self) -> str:
        while True:
            n = self.env.next_id("global-init-scripts")
            script_id = hashlib.sha256(f"global-init-script-{n}".encode()).hexdigest()[:16].upper()
            if all(s.script_id != script_id for s in self.scripts):
                return script_id

    # --- operations ---------------------------------------------------------------------------------------

    @operation("globalInitScriptsList")
    def list_scripts(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        if not self.scripts:
            return {}
        return {"scripts": [self._details(i) for i in range(len(self.scripts))]}

    @operation("globalInitScriptsCreate")
    def create(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        p = req.params
        raw = decode_script(p["script"])
        position = p.get("position")
        now = self.clock.now_ms()
        script = Script(self._new_id(), p["name"], raw, bool(p.get("enabled", False)), now, req.user, now, req.user)
        at = len(self.scripts) if position is None else min(position, len(self.scripts))
        self.scripts.insert(at, script)
        return {"script_id": script.script_id}

    @operation("globalInitScriptsGet")
    def get(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        return self._details(self._index(req.params["script_id"]), content=True)

    @operation("globalInitScriptsUpdate")
    def update(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        index = self._index(req.params["script_id"])
        p = req.params
        raw = decode_script(p["script"]) if "script" in p else None
        script = self.scripts[index]
        if "name" in p:
            script.name = p["name"]
        if raw is not None:
            script.script = raw
        if "enabled" in p:
            script.enabled = bool(p["enabled"])
        script.updated_at = self.clock.now_ms()
        script.updated_by = req.user
        if "position" in p:
            del self.scripts[index]
            self.scripts.insert(min(p["position"], len(self.scripts)), script)
        return {}

    @operation("globalInitScriptsDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        del self.scripts[self._index(req.params["script_id"])]
        return {}
