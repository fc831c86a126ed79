"""The SCIM PATCH engine (RFC 7644 §3.5.2): PatchOp paths with value filters applied to a resource model.

Split out of scim.py (the service): :func:`apply_patch` works on a plain dict model of a user, group or service
principal; the service builds that model, validates the result and stores it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .scim_query import Predicate, invalid_value, parse_filter, scim_error

# --- PATCH paths -----------------------------------------------------------------------------------------------

_PATH = re.compile(r"^(?P<attr>[A-Za-z][\w$-]*)(?:\[(?P<filter>[^\]]*)\])?(?:\.(?P<sub>[A-Za-z][\w$-]*))?$")
ELEMENT_ATTRIBUTES = {"value": "value", "display": "display", "type": "type", "primary": "primary"}


@dataclass
class PatchPath:
    attr: str
    where: Predicate | None
    sub: str | None


class Kind:
    """What PATCH may touch on one resource type: canonical attribute names, multi-valued ones, immutables."""

    def __init__(self, single: Iterable[str], multi: Iterable[str], immutable: Iterable[str]) -> None:
        self.single = tuple(single)
        self.multi = tuple(multi)
        self.immutable = {a.lower(): a for a in immutable}
        self.canonical = {a.lower(): a for a in (*self.single, *self.multi)}

    def parse_path(self, text: str) -> PatchPath:
        path = text.strip()
        if path.lower().startswith("urn:"):
            head, bracket, rest = path.partition("[")
            path = head.rsplit(":", 1)[-1] + bracket + rest
        m = _PATH.match(path)
        if m is None:
            raise scim_error(400, f"Invalid path {text!r}", "invalidPath")
        attr = m.group("attr").lower()
        if attr in self.immutable:
            raise scim_error(400, f"Attribute {self.immutable[attr]} is immutable", "mutability")
        if attr not in self.canonical:
            raise scim_error(400, f"Unsupported path {text!r}", "invalidPath")
        canonical = self.canonical[attr]
        where = None
        if m.group("filter") is not None:
            if canonical not in self.multi:
                raise scim_error(400, f"A value filter needs a multi-valued attribute: {text!r}", "invalidPath")
            where = parse_filter(m.group("filter"), ELEMENT_ATTRIBUTES)
        sub = m.group("sub")
        if sub is not None and canonical not in self.multi and canonical != "name":
            raise scim_error(400, f"Attribute {canonical} has no sub-attributes: {text!r}", "invalidPath")
        return PatchPath(canonical, where, sub)


USER_KIND = Kind(
    ("displayName", "active", "name", "externalId"), ("emails", "entitlements", "roles", "groups"), ("userName", "id")
)
GROUP_KIND = Kind(("displayName", "externalId"), ("members", "groups", "entitlements", "roles"), ("id",))
SP_KIND = Kind(("displayName", "active", "externalId"), ("entitlements", "roles", "groups"), ("applicationId", "id"))


#: The types of the attributes of a multi-valued element (ScimReference, ScimEntitlement, ScimRole, ScimEmail in the
#: spec): what a POST or PUT body is validated against, so that a PATCH cannot store what they refuse.
ELEMENT_TYPES: dict[str, type] = {"value": str, "display": str, "type": str, "$ref": str, "primary": bool}
#: The sub-attributes of ``name`` (ScimName), all strings.
NAME_PARTS = ("givenName", "familyName", "formatted")


def _check_sub(attr: str, sub: str, value: Any, types: dict[str, type] | tuple[str, ...]) -> None:
    """INVALID_VALUE unless ``value`` has the type of ``attr.sub`` (strings, ``primary`` a boolean); sub-attributes
    the spec does not name are kept as given."""
    wanted = types.get(sub) if isinstance(types, dict) else (str if sub in types else None)
    if wanted is None:
        return
    # bool is an int subclass, but no JSON boolean is a string nor a JSON number a boolean: isinstance suffices.
    if not isinstance(value, wanted) or (wanted is str and sub == "value" and not value):
        kind = "a boolean" if wanted is bool else "a non-empty string" if sub == "value" else "a string"
        raise invalid_value(f"{attr}.{sub} must be {kind}, got {json.dumps(value)}")


def _as_elements(attr: str, value: Any) -> list[dict[str, Any]]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise invalid_value(f'{attr} values must be objects like {{"value": ...}}, got {json.dumps(item)}')
        if "value" not in item:
            raise invalid_value(f'{attr} values must be objects like {{"value": ...}}, got {json.dumps(item)}')
        for sub, sub_value in item.items():
            _check_sub(attr, sub, sub_value, ELEMENT_TYPES)
        out.append(dict(item))
    return out


def apply_patch(model: dict[str, Any], kind: Kind, operations: list[dict[str, Any]]) -> None:
    """Apply PatchOp ``operations`` to ``model`` in place (multi-valued attributes are lists of dicts)."""
    for operation_ in operations:
        op = str(operation_["op"]).lower()
        path = operation_.get("path")
        value = operation_.get("value")
        if path is None or path == "":
            if op == "remove":
                raise scim_error(400, "remove needs a path", "noTarget")
            if not isinstance(value, dict):
                raise invalid_value("Without a path, the value must be an object of attributes")
            for name, sub_value in value.items():
                _apply_one(model, kind, op, kind.parse_path(name), sub_value, value_given=True)
            continue
        _apply_one(model, kind, op, kind.parse_path(str(path)), value, value_given="value" in operation_)


def _apply_one(model: dict[str, Any], kind: Kind, op: str, path: PatchPath, value: Any, *, value_given: bool) -> None:
    attr = path.attr
    if op in ("add", "replace") and not value_given:
        raise invalid_value(f"{op} on {attr} needs a value")
    if attr in kind.multi:
        current: list[dict[str, Any]] = model[attr]
        if path.where is not None:
            matched = [e for e in current if path.where(e)]
            if op == "remove":
                if path.sub is None:
                    model[attr] = [e for e in current if not any(e is m for m in matched)]
                else:
                    for e in matched:
                        e.pop(path.sub, None)
                return
            if path.sub is not None:
                _check_sub(attr, path.sub, value, ELEMENT_TYPES)
                for e in matched:
                    e[path.sub] = value
                return
            new = _as_elements(attr, value)
            model[attr] = [e for e in current if not any(e is m for m in matched)] + new
            return
        if path.sub is not None:
            raise scim_error(400, f"Sub-attribute {path.sub} of {attr} needs a value filter", "invalidPath")
        if op == "remove":
            if not value_given or value is None:
                model[attr] = []
                return
            gone = {str(e.get("value")) for e in _as_elements(attr, value)}
            model[attr] = [e for e in current if str(e.get("value")) not in gone]
            return
        new = _as_elements(attr, value)
        if op == "replace":
            model[attr] = new
            return
        present = {str(e.get("value")) for e in current}
        for e in new:
            if str(e.get("value")) not in present:
                current.append(e)
                present.add(str(e.get("value")))
        return
    if path.sub is not None:  # name.givenName / name.familyName
        name = dict(model.get(attr) or {})
        if op == "remove":
            name.pop(path.sub, None)
        else:
            _check_sub(attr, path.sub, value, NAME_PARTS)
            name[path.sub] = value
        model[attr] = name or None
        return
    if attr == "name" and op != "remove" and isinstance(value, dict):
        for sub, sub_value in value.items():
            _check_sub(attr, sub, sub_value, NAME_PARTS)
    model[attr] = None if op == "remove" else value
