"""Workspace configuration keys (api-inventory §1.16 rows 7–8): a fixed set of known keys with string values.

Admin only. Unknown keys and invalid values give INVALID_PARAMETER_VALUE and change nothing. Other services
read the configuration through :meth:`WorkspaceConfService.get` (``self.env.service("workspace-conf")``).
Turning enableIpAccessLists on while the enabled lists would block the caller gives INVALID_STATE, like the
IP access list calls themselves (asked of the ``ip-access-lists`` service when it is loaded).
"""

from __future__ import annotations

from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation

#: Switches: "true" or "false".
BOOLEAN_KEYS: dict[str, str] = {
    "enableIpAccessLists": "false",
    "enableTokensConfig": "true",
    "enableDeprecatedGlobalInitScripts": "false",
    "enableDeprecatedClusterNamedInitScripts": "false",
    "enableExportNotebook": "true",
    "enableNotebookTableClipboard": "true",
    "enableResultsDownloading": "true",
    "enableUploadDataUis": "true",
    "enableWebTerminal": "false",
    "enableDcs": "false",
    "enableJobViewAcls": "false",
    "enforceUserIsolation": "false",
    "enableVerboseAuditLogs": "false",
    "enableWorkspaceFilesystem": "true",
    "enableProjectTypeInWorkspace": "true",
    "storeInteractiveNotebookResultsInCustomerAccount": "false",
}
#: A positive number of days, or "" for no maximum.
DAY_KEYS: dict[str, str] = {"maxTokenLifetimeDays": ""}
DEFAULTS: dict[str, str] = {**BOOLEAN_KEYS, **DAY_KEYS}


def caller_ip(req: Request) -> str:
    """The caller's IP as the mock sees it: the first X-Forwarded-For hop, else the socket peer (127.0.0.1
    in-process); the app works it out once (``Request.client_ip``)."""
    return req.client_ip


class WorkspaceConfService(Service):
    name = "workspace-conf"

    def reset(self) -> None:
        self.values: dict[str, str] = dict(DEFAULTS)

    # --- Python API for other services -----------------------------------------------------------------

    def get(self, key: str) -> str:
        """The current value of a known key (KeyError for an unknown key)."""
        return self.values[key]

    def is_true(self, key: str) -> bool:
        return self.values.get(key, "").lower() == "true"

    # --- operations -------------------------------------------------------------------------------------

    def _check_admin(self, req: Request) -> None:
        if not self.env.is_admin(req.user):
            raise ApiError.permission_denied("Only workspace admins can read or change the workspace configuration.")

    @operation("workspaceConfGet")
    def get_conf(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        keys = [k.strip() for k in str(req.params["keys"]).split(",")]
        if any(not k for k in keys):
            raise ApiError.invalid(f"Invalid keys parameter: {req.params['keys']!r}")
        unknown = [k for k in keys if k not in self.values]
        if unknown:
            raise ApiError.invalid(f"Invalid keys: {unknown}")
        return {k: self.values[k] for k in keys}

    @operation("workspaceConfSet")
    def set_conf(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        body = req.body if isinstance(req.body, dict) else {}
        updates: dict[str, str] = {}
        for key, value in body.items():
            updates[key] = self._validated(key, value)
        if updates.get("enableIpAccessLists") == "true" and not self.is_true("enableIpAccessLists"):
            lists = self.env.services.get("ip-access-lists")
            would_block = getattr(lists, "would_block", None)
            ip = caller_ip(req)
            if would_block is not None and would_block(ip):
                raise ApiError.invalid_state(
                    f"Your current IP {ip} will not be allowed to access the workspace under the current "
                    "IP access lists; enabling them would lock you out."
                )
        self.values.update(updates)
        return {}

    @staticmethod
    def _validated(key: str, value: object) -> str:
        if key not in DEFAULTS:
            raise ApiError.invalid(f"Invalid keys: ['{key}']")
        if not isinstance(value, str):
            raise ApiError.invalid(f"Invalid value for {key}: values are strings")
        if key in BOOLEAN_KEYS:
            if value.lower() not in ("true", "false"):
                raise ApiError.invalid(f'Invalid value for {key}: {value!r}; use "true" or "false"')
            return value.lower()
        if value == "":
            return value
        if not (value.isascii() and value.isdigit()) or int(value) <= 0:
            raise ApiError.invalid(f"Invalid value for {key}: {value!r}; use a positive number of days")
        return str(int(value))
