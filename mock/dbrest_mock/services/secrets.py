"""Secrets API 2.0 (api-inventory §1.9): secret scopes, secrets and per-scope ACLs.

Rules: at most 100 scopes per workspace and 1000 secrets per scope (RESOURCE_LIMIT_EXCEEDED); scope and key
names of 1–128 characters from [A-Za-z0-9-_.] and values of at most 128 KB (INVALID_PARAMETER_VALUE); exactly
one of string_value and bytes_value (MALFORMED_REQUEST); unknown scopes, keys and ACLs give
RESOURCE_DOES_NOT_EXIST; an existing scope name gives RESOURCE_ALREADY_EXISTS.

Permissions: READ < WRITE < MANAGE. A caller's permission on a scope is the highest of its own ACL and those
of the groups it belongs to (directly or through nested groups; every user is in ``users``); workspace admins
have MANAGE everywhere. Listing secrets needs READ, putting and deleting them WRITE, ACL calls and scope
deletion MANAGE (PERMISSION_DENIED). Reading a value (``secrets/get``, what dbutils.secrets and databricks-sdk's
``get_secret`` call) needs READ and answers the stored bytes base64-encoded. A new scope gives MANAGE to its creator, or to ``users`` when
``initial_manage_principal`` is "users" (the only accepted value). Azure Key Vault-backed scopes keep their
secrets in the vault: puts and deletes through this API give BAD_REQUEST and their listing is empty here.
ACL principals must be known users or groups (the groups service) or service principals (the SCIM service,
when it offers ``service_principal_exists``); others give INVALID_PARAMETER_VALUE.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any, cast

from ..errors import ApiError
from ..service import Request, Service, operation
from .groups import USERS, GroupsService

MAX_SCOPES = 100
MAX_SECRETS_PER_SCOPE = 1000
MAX_VALUE_BYTES = 128 * 1024
LEVELS = {"READ": 1, "WRITE": 2, "MANAGE": 3}
DATABRICKS = "DATABRICKS"
AZURE_KEYVAULT = "AZURE_KEYVAULT"


@dataclass
class Secret:
    value: bytes
    #: "string" (stored from string_value, UTF-8) or "bytes" (stored from bytes_value)
    kind: str
    last_updated_timestamp: int


@dataclass
class Scope:
    name: str
    backend_type: str
    keyvault: dict[str, str] | None = None
    secrets: dict[str, Secret] = field(default_factory=dict)
    #: principal -> READ | WRITE | MANAGE, in the order the ACLs were first set
    acls: dict[str, str] = field(default_factory=dict)

    def info(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "backend_type": self.backend_type}
        if self.keyvault is not None:
            out["keyvault_metadata"] = dict(self.keyvault)
        return out


class SecretsService(Service):
    name = "secrets"

    def reset(self) -> None:
        self._scopes: dict[str, Scope] = {}

    @property
    def _groups(self) -> GroupsService:
        return cast(GroupsService, self.env.service("groups"))

    # --- Python API for other services --------------------------------------------------------------------

    def secret_value(self, scope: str, key: str) -> bytes | None:
        """The stored value of a secret (what dbutils.secrets.getBytes reads in a cluster); None if unknown."""
        found = self._scopes.get(scope)
        secret = found.secrets.get(key) if found is not None else None
        return secret.value if secret is not None else None

    def permission(self, user: str, scope: str) -> str | None:
        """The caller's effective permission on an existing scope (None: no access)."""
        found = self._scopes[scope]
        if self._groups.is_admin(user):
            return "MANAGE"
        principals = {user, *self._groups.groups_of(user)}
        levels = [LEVELS[p] for principal, p in found.acls.items() if principal in principals]
        if not levels:
            return None
        best = max(levels)
        return next(name for name, level in LEVELS.items() if level == best)

    # --- helpers ------------------------------------------------------------------------------------------

    def _scope(self, name: str) -> Scope:
        found = self._scopes.get(name)
        if found is None:
            raise ApiError.not_found(f"Scope {name} does not exist!")
        return found

    def _scope_for(self, req: Request, needed: str) -> Scope:
        """The request's scope (``scope`` parameter), which its user holds ``needed`` (or more) on."""
        scope = self._scope(req.params["scope"])
        self._require(req, scope, needed)
        return scope

    def _require(self, req: Request, scope: Scope, needed: str) -> None:
        have = self.permission(req.user, scope.name)
        if have is None or LEVELS[have] < LEVELS[needed]:
            raise ApiError.permission_denied(
                f"User {req.user} does not have {needed} permission on scope {scope.name}."
            )

    def _writable(self, scope: Scope) -> None:
        if scope.backend_type == AZURE_KEYVAULT:
            raise ApiError(
                400,
                "BAD_REQUEST",
                f"Scope {scope.name} is backed by Azure Key Vault and is read-only through the Databricks API; "
                "manage its secrets in Azure Key Vault.",
            )

    def _principal_exists(self, principal: str) -> bool:
        if self._groups.user_exists(principal) or self._groups.group_exists(principal):
            return True
        scim = self.env.services.get("scim")
        exists = getattr(scim, "service_principal_exists", None)
        return bool(exists(principal)) if exists is not None else False

    # --- scopes -------------------------------------------------------------------------------------------

    @operation("secretsScopesCreate")
    def create_scope(self, req: Request) -> dict[str, Any]:
        p = req.params
        name: str = p["scope"]
        backend = p.get("scope_backend_type") or DATABRICKS
        keyvault = p.get("backend_azure_keyvault")
        initial = p.get("initial_manage_principal")
        if initial is not None and initial != USERS:
            raise ApiError.invalid(
                f"Invalid initial_manage_principal {initial!r}: the only supported principal is 'users'."
            )
        if backend == AZURE_KEYVAULT and keyvault is None:
            raise ApiError.invalid("backend_azure_keyvault is required for an AZURE_KEYVAULT scope.")
        if backend == DATABRICKS and keyvault is not None:
            raise ApiError.invalid("backend_azure_keyvault is only valid with scope_backend_type AZURE_KEYVAULT.")
        if name in self._scopes:
            raise ApiError.already_exists(f"Scope {name} already exists!")
        if len(self._scopes) >= MAX_SCOPES:
            raise ApiError.limit_exceeded(f"Cannot create more than {MAX_SCOPES} scopes in a workspace.")
        scope = Scope(
            name=name,
            backend_type=backend,
            keyvault=(
                {"resource_id": keyvault["resource_id"], "dns_name": keyvault["dns_name"]}
                if keyvault is not None
                else None
            ),
        )
        scope.acls[USERS if initial == USERS else req.user] = "MANAGE"
        self._scopes[name] = scope
        return {}

    @operation("secretsScopesDelete")
    def delete_scope(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "MANAGE")
        del self._scopes[scope.name]
        return {}

    @operation("secretsScopesList")
    def list_scopes(self, req: Request) -> dict[str, Any]:
        scopes = [s.info() for s in self._scopes.values()]
        return {"scopes": scopes} if scopes else {}

    # --- secrets ------------------------------------------------------------------------------------------

    @operation("secretsPut")
    def put(self, req: Request) -> dict[str, Any]:
        p = req.params
        string_value = p.get("string_value")
        bytes_value = p.get("bytes_value")
        if (string_value is None) == (bytes_value is None):
            raise ApiError.malformed("Exactly one of string_value and bytes_value must be specified.")
        scope = self._scope(p["scope"])
        self._require(req, scope, "WRITE")
        self._writable(scope)
        if string_value is not None:
            value, kind = str(string_value).encode("utf-8"), "string"
        else:
            try:
                value, kind = base64.b64decode("".join(str(bytes_value).split()), validate=True), "bytes"
            except (binascii.Error, ValueError):
                raise ApiError.invalid("bytes_value is not valid base64.") from None
        if len(value) > MAX_VALUE_BYTES:
            raise ApiError.invalid(
                f"The secret value is {len(value)} bytes; the maximum allowed size is {MAX_VALUE_BYTES} bytes."
            )
        key: str = p["key"]
        if key not in scope.secrets and len(scope.secrets) >= MAX_SECRETS_PER_SCOPE:
            raise ApiError.limit_exceeded(f"Cannot store more than {MAX_SECRETS_PER_SCOPE} secrets in a scope.")
        scope.secrets[key] = Secret(value=value, kind=kind, last_updated_timestamp=self.clock.now_ms())
        return {}

    @operation("secretsDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "WRITE")
        self._writable(scope)
        key = req.params["key"]
        if key not in scope.secrets:
            raise ApiError.not_found(f"Secret {key} does not exist in scope {scope.name}!")
        del scope.secrets[key]
        return {}

    @operation("secretsList")
    def list_secrets(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "READ")
        secrets = [{"key": k, "last_updated_timestamp": s.last_updated_timestamp} for k, s in scope.secrets.items()]
        return {"secrets": secrets} if secrets else {}

    @operation("secretsGet")
    def get_secret(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "READ")
        key = req.params["key"]
        secret = scope.secrets.get(key)
        if secret is None:
            raise ApiError.not_found(f"Failed to get secret {key} for scope {scope.name}.")
        return {"key": key, "value": base64.b64encode(secret.value).decode("ascii")}

    # --- ACLs ---------------------------------------------------------------------------------------------

    @operation("secretsAclsPut")
    def put_acl(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "MANAGE")
        principal = req.params["principal"]
        if not self._principal_exists(principal):
            raise ApiError.invalid(f"Principal {principal} does not exist (not a user, group or service principal).")
        scope.acls[principal] = req.params["permission"]
        return {}

    @operation("secretsAclsDelete")
    def delete_acl(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "MANAGE")
        principal = req.params["principal"]
        if principal not in scope.acls:
            raise ApiError.not_found(f"No ACL for principal {principal} on scope {scope.name}.")
        del scope.acls[principal]
        return {}

    @operation("secretsAclsGet")
    def get_acl(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "MANAGE")
        principal = req.params["principal"]
        if principal not in scope.acls:
            raise ApiError.not_found(f"No ACL for principal {principal} on scope {scope.name}.")
        return {"principal": principal, "permission": scope.acls[principal]}

    @operation("secretsAclsList")
    def list_acls(self, req: Request) -> dict[str, Any]:
        scope = self._scope_for(req, "MANAGE")
        items = [{"principal": k, "permission": v} for k, v in scope.acls.items()]
        return {"items": items} if items else {}
