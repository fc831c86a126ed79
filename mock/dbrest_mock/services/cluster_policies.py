"""Cluster Policies API 2.0: admin-managed policies whose definitions are validated like Databricks does.

Rules (api-inventory §1.2): create/edit/delete are admin-only (PERMISSION_DENIED); names are unique
(RESOURCE_ALREADY_EXISTS) and 1–100 characters (spec); ``definition`` is a JSON object serialised as a string
whose values are policy rules ``{"type": fixed|forbidden|allowlist|blocklist|regex|range|unlimited, ...}`` with
the fields their type needs, else INVALID_PARAMETER_VALUE; with ``policy_family_id`` the definition comes from
the family and ``definition`` must be absent. ``list`` shows every policy to admins and, to other users, the
policies on which the Permissions service grants them CAN_USE. Unknown ids give RESOURCE_DOES_NOT_EXIST (404).

Other services may call :meth:`ClusterPoliciesService.get_policy` (e.g. clusters, to check a ``policy_id``).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from .. import jsonio
from ..errors import ApiError
from ..service import Request, Service, operation

RULE_TYPES = ("fixed", "forbidden", "allowlist", "blocklist", "regex", "range", "unlimited")
#: A 16-hex-digit base so that ids look like Databricks policy ids; the counter makes them unique.
ID_BASE = 0xD0C5A1E000000000


@dataclass
class Policy:
    policy_id: str
    name: str
    definition: str
    creator: str
    created_at: int
    description: str | None = None
    max_clusters_per_user: int | None = None
    policy_family_id: str | None = None
    policy_family_definition_overrides: str | None = None
    libraries: list[dict[str, Any]] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "policy_id": self.policy_id,
            "name": self.name,
            "definition": self.definition,
            "creator_user_name": self.creator,
            "created_at_timestamp": self.created_at,
            "is_default": False,
        }
        for key in (
            "description",
            "max_clusters_per_user",
            "policy_family_id",
            "policy_family_definition_overrides",
            "libraries",
        ):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)


def parse_rules(text: str, field: str, *, other_json: bool = False) -> dict[str, Any] | None:
    """Parse a policy definition (or family overrides) and check every rule; INVALID_PARAMETER_VALUE if bad.
    ``other_json``: JSON that is not an object (an array, a string) is stored as it is (None): Databricks does not
    check a definition's shape at create time and refuses the policy only when a cluster uses it
    (databricks/cli#6492, which rejects such definitions client-side because of that)."""
    try:
        doc = jsonio.loads(text)
    except jsonio.JsonError as exc:
        raise ApiError.invalid(f"Invalid policy {field}: not valid JSON ({exc})") from None
    if not isinstance(doc, dict):
        if other_json:
            return None
        raise ApiError.invalid(f"Invalid policy {field}: must be a JSON object mapping attribute paths to rules")
    for path, rule in doc.items():
        where = f"Invalid policy {field}: rule for {path!r}"
        if not path:
            raise ApiError.invalid(f"Invalid policy {field}: empty attribute path")
        if not isinstance(rule, dict):
            raise ApiError.invalid(f"{where} must be a JSON object")
        kind = rule.get("type")
        if kind not in RULE_TYPES:
            raise ApiError.invalid(f"{where} has unknown type {kind!r}; use one of {', '.join(RULE_TYPES)}")
        for flag in ("hidden", "isOptional"):
            if flag in rule and not isinstance(rule[flag], bool):
                raise ApiError.invalid(f"{where}: {flag} must be a boolean")
        if kind == "fixed":
            if "value" not in rule or not _is_scalar(rule["value"]) or rule["value"] is None:
                raise ApiError.invalid(f"{where}: a fixed rule needs a scalar value")
        elif kind in ("allowlist", "blocklist"):
            values = rule.get("values")
            if not isinstance(values, list) or not values or not all(_is_scalar(v) for v in values):
                raise ApiError.invalid(f"{where}: an {kind} rule needs a non-empty array of scalar values")
        elif kind == "regex":
            pattern = rule.get("pattern")
            if not isinstance(pattern, str):
                raise ApiError.invalid(f"{where}: a regex rule needs a pattern string")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ApiError.invalid(f"{where}: invalid pattern ({exc})") from None
        elif kind == "range":
            bounds = {k: rule[k] for k in ("minValue", "maxValue") if k in rule}
            if not bounds:
                raise ApiError.invalid(f"{where}: a range rule needs minValue or maxValue")
            for k, v in bounds.items():
                if isinstance(v, bool) or not isinstance(v, int | float):
                    raise ApiError.invalid(f"{where}: {k} must be a number")
            if len(bounds) == 2 and bounds["minValue"] > bounds["maxValue"]:
                raise ApiError.invalid(f"{where}: minValue is greater than maxValue")
    return doc


class ClusterPoliciesService(Service):
    name = "cluster-policies"

    def reset(self) -> None:
        self.policies: dict[str, Policy] = {}

    # --- API for other services ------------------------------------------------------------------------

    def get_policy(self, policy_id: str) -> dict[str, Any] | None:
        """The policy as ``get`` answers it (definition parsed into ``rules``), or None if it does not exist."""
        policy = self.policies.get(policy_id)
        if policy is None:
            return None
        out = policy.to_dict()
        out["rules"] = jsonio.loads(policy.definition)  # checked by parse_rules when it was stored (maybe no object)
        return out

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        if object_type != "cluster-policies":
            return None
        return object_id in self.policies

    # --- helpers ---------------------------------------------------------------------------------------

    def _require_admin(self, req: Request, action: str) -> None:
        if not self.env.is_admin(req.user):
            raise ApiError.permission_denied(f"Only workspace admins can {action} cluster policies.")

    def _policy(self, policy_id: str) -> Policy:
        policy = self.policies.get(policy_id)
        if policy is None:
            raise ApiError.not_found(f"Cluster policy {policy_id} does not exist.")
        return policy

    def _settings(self, req: Request, policy_id: str | None) -> dict[str, Any]:
        """Validated writable fields of a create/edit request (nothing is stored here)."""
        p = req.params
        name: str = p["name"]
        for other in self.policies.values():
            if other.name == name and other.policy_id != policy_id:
                raise ApiError.already_exists(f"A cluster policy with name {name!r} already exists.")
        family = p.get("policy_family_id")
        definition = p.get("definition")
        overrides = p.get("policy_family_definition_overrides")
        if family is not None:
            if not family.strip():
                raise ApiError.invalid("policy_family_id must not be empty")
            if definition is not None:
                raise ApiError.invalid("definition cannot be given together with policy_family_id")
            rules = self._family_rules(family)
            if overrides is not None:
                rules.update(parse_rules(overrides, "policy_family_definition_overrides") or {})
            # A policy of a family inherits the family's definition, overridden and extended by the overrides.
            definition = jsonio.dumps(rules)
        else:
            if overrides is not None:
                raise ApiError.invalid("policy_family_definition_overrides requires policy_family_id")
            definition = definition if definition is not None else "{}"
            parse_rules(definition, "definition", other_json=True)
        max_clusters = p.get("max_clusters_per_user")
        if max_clusters is not None and max_clusters < 1:
            raise ApiError.invalid("max_clusters_per_user must be at least 1")
        return {
            "name": name,
            "definition": definition,
            "description": p.get("description"),
            "max_clusters_per_user": max_clusters,
            "policy_family_id": family,
            "policy_family_definition_overrides": overrides,
            "libraries": copy.deepcopy(p.get("libraries")),
        }

    def _family_rules(self, family_id: str) -> dict[str, Any]:
        families = self.env.services.get("policy-families")
        lookup = getattr(families, "definition", None)
        rules = lookup(family_id) if lookup is not None else {}
        if rules is None:
            raise ApiError.invalid(f"Policy family {family_id} does not exist (see policy-families list).")
        return dict(rules)

    def _can_use(self, user: str, policy_id: str) -> bool:
        if self.env.is_admin(user):
            return True
        perms = self.env.services.get("permissions")
        check = getattr(perms, "has_permission", None)
        if check is None:
            return False
        return bool(check(user, "cluster-policies", policy_id, "CAN_USE"))

    # --- operations ------------------------------------------------------------------------------------

    @operation("clusterPoliciesCreate")
    def create(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "create")
        settings = self._settings(req, None)
        policy_id = f"{ID_BASE + self.env.next_id('cluster-policies'):016X}"
        self.policies[policy_id] = Policy(
            policy_id=policy_id, creator=req.user, created_at=self.clock.now_ms(), **settings
        )
        return {"policy_id": policy_id}

    @operation("clusterPoliciesEdit")
    def edit(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "edit")
        policy = self._policy(req.params["policy_id"])
        settings = self._settings(req, policy.policy_id)
        for key, value in settings.items():
            setattr(policy, key, value)
        return {}

    @operation("clusterPoliciesDelete")
    def delete(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "delete")
        policy = self._policy(req.params["policy_id"])
        del self.policies[policy.policy_id]
        return {}

    @operation("clusterPoliciesGet")
    def get(self, req: Request) -> dict[str, Any]:
        return self._policy(req.params["policy_id"]).to_dict()

    @operation("clusterPoliciesList")
    def list(self, req: Request) -> dict[str, Any]:
        visible = [p for p in self.policies.values() if self._can_use(req.user, p.policy_id)]
        if req.params.get("sort_column") == "POLICY_NAME":
            visible.sort(key=lambda p: (p.name.lower(), p.name, p.policy_id))
        else:
            visible.sort(key=lambda p: (p.created_at, p.policy_id))
        if req.params.get("sort_order", "DESC") == "DESC":
            visible.reverse()
        out: dict[str, Any] = {"total_count": len(visible)}
        if visible:
            out["policies"] = [p.to_dict() for p in visible]
        return out
