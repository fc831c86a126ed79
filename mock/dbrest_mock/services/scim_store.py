"""The state of the SCIM service (SCIM-only attributes of the Groups store's principals, service principals) and
what every SCIM resource handler shares: lookups, the checks of the membership graph, rendering and lists.
``ScimService`` (scim.py) holds the operations; the rules are described there."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ..service import Env, Request
from .groups import principal_id
from .scim_query import attribute_values, invalid_value, parse_filter, project, scim_error

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
SP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal"
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ENTITLEMENTS = ("allow-cluster-create", "allow-instance-pool-create", "workspace-access", "databricks-sql-access")
BUILTIN_GROUPS = ("admins", "users")
MAX_COUNT = 10000

T = TypeVar("T")


def element_values(elements: list[dict[str, Any]]) -> list[str]:
    return [str(e.get("value")) for e in elements]


def resolved_once(elements: list[dict[str, Any]], resolve: Callable[[str], T | None], missing: str) -> list[T]:
    """``resolve`` of each element's ``value``, each result once, in the order given; a 404 with ``missing``
    (``{value}`` is the element's value) for the first that resolves to None."""
    out: dict[T, None] = {}
    for value in element_values(elements):
        found = resolve(value)
        if found is None:
            raise scim_error(404, missing.format(value=value))
        out[found] = None
    return list(out)


def check_str(attr: str, value: Any, *, required: bool = False) -> None:
    if value is None:
        if required:
            raise invalid_value(f"{attr} is required")
        return
    if not isinstance(value, str) or (required and not value):
        raise invalid_value(f"{attr} must be a non-empty string" if required else f"{attr} must be a string")


class ScimStore:
    """The SCIM service's state (set up by ``ScimService.reset``) and the helpers on it."""

    env: Env
    #: user name -> SCIM-only attributes (displayName, active, emails, name, entitlements, roles, externalId)
    user_attrs: dict[str, dict[str, Any]]
    #: group name -> SCIM-only attributes (entitlements, roles, externalId)
    group_attrs: dict[str, dict[str, Any]]
    #: group name -> SCIM id
    group_ids: dict[str, str]
    #: SCIM id -> service principal (applicationId, displayName, active, entitlements, roles, externalId,
    #: groups: list of group names)
    sps: dict[str, dict[str, Any]]

    # --- state helpers -------------------------------------------------------------------------------------------

    def _store(self) -> Any:
        return self.env.service("groups")

    def _is_admin(self, user: str) -> bool:
        return bool(self.env.is_admin(user) or self._store().is_admin(user))

    def _admin_synced(self, req: Request) -> None:
        """Refuse a non-admin's request (403), then follow what the Groups API changed (``_sync``)."""
        if not self._is_admin(req.user):
            raise scim_error(403, "Only workspace admins can perform this operation.")
        self._sync()

    def _sync(self) -> None:
        """Follow changes made through the Groups API: give new groups ids, forget deleted principals."""
        store = self._store()
        groups = store.groups()
        existing = set(groups)
        for name in [g for g in self.group_ids if g not in existing]:
            del self.group_ids[name]
            self.group_attrs.pop(name, None)
        for sp in self.sps.values():
            sp["groups"] = [g for g in sp["groups"] if g in existing]
        for name in groups:
            if name not in self.group_ids:
                self.group_ids[name] = self._new_group_id(name)
        users = set(store.users())
        for name in [u for u in self.user_attrs if u not in users]:
            del self.user_attrs[name]

    def _new_group_id(self, name: str) -> str:
        taken = set(self.group_ids.values()) | set(self.sps)
        n = 0
        while True:
            candidate = str(principal_id(f"group:{name}" + (f"#{n}" if n else "")))
            if candidate not in taken:
                return candidate
            n += 1

    def _user_attrs(self, user_name: str) -> dict[str, Any]:
        attrs = self.user_attrs.get(user_name)
        if attrs is None:
            attrs = {
                "displayName": user_name,
                "active": True,
                "emails": [{"value": user_name, "type": "work", "primary": True}],
                "name": None,
                "entitlements": [],
                "roles": [],
                "externalId": None,
            }
            self.user_attrs[user_name] = attrs
        return attrs

    def _group_attrs(self, name: str) -> dict[str, Any]:
        return self.group_attrs.setdefault(name, {"entitlements": [], "roles": [], "externalId": None})

    def _user_by_id(self, id_: str) -> str | None:
        return next((u for u in self._store().users() if str(principal_id(u)) == id_), None)

    def _group_by_id(self, id_: str) -> str | None:
        return next((g for g, gid in self.group_ids.items() if gid == id_), None)

    def _find_user(self, id_: str) -> str:
        name = self._user_by_id(id_)
        if name is None:
            raise scim_error(404, f"User {id_} not found.")
        return name

    def _find_group(self, id_: str) -> str:
        name = self._group_by_id(id_)
        if name is None:
            raise scim_error(404, f"Group {id_} not found.")
        return name

    def _find_sp(self, id_: str) -> dict[str, Any]:
        sp = self.sps.get(id_)
        if sp is None:
            raise scim_error(404, f"Service principal {id_} not found.")
        return sp

    def _member_of(self, id_: str) -> tuple[str, str] | None:
        """A member reference by id: ("user", name), ("group", name) or ("sp", id)."""
        if id_ in self.sps:
            return ("sp", id_)
        group = self._group_by_id(id_)
        if group is not None:
            return ("group", group)
        user = self._user_by_id(id_)
        return ("user", user) if user is not None else None

    def _group_names(self, elements: list[dict[str, Any]], attr: str = "groups") -> list[str]:
        return resolved_once(elements, self._group_by_id, f"{attr}: group {{value}} not found.")

    def _shared_attrs(self, source: Mapping[str, Any]) -> dict[str, Any]:
        """What users, groups and service principals all carry: entitlements (known ones only), roles, externalId."""
        return {
            "entitlements": self._check_entitlements(source.get("entitlements") or []),
            "roles": self._roles(source.get("roles") or []),
            "externalId": source.get("externalId"),
        }

    @staticmethod
    def _check_entitlements(elements: list[dict[str, Any]]) -> list[str]:
        values = list(dict.fromkeys(element_values(elements)))
        unknown = next((v for v in values if v not in ENTITLEMENTS), None)
        if unknown is not None:
            raise invalid_value(f"Unknown entitlement {unknown!r}; known: {', '.join(ENTITLEMENTS)}")
        return values

    @staticmethod
    def _roles(elements: list[dict[str, Any]]) -> list[str]:
        return list(dict.fromkeys(element_values(elements)))

    @staticmethod
    def _check_schema(body: Mapping[str, Any], schema: str, *, optional: bool = True) -> None:
        schemas = body.get("schemas")
        if schemas is None and optional:
            return
        if schema not in (schemas or []):
            raise scim_error(400, f"The request must name the schema {schema}", "invalidSyntax")

    def _would_cycle(self, changes: dict[str, set[str]]) -> str | None:
        """A group that would contain itself if group ``g`` had exactly the member groups ``changes[g]``."""
        store = self._store()
        graph: dict[str, set[str]] = {
            g: {m["group_name"] for m in store.members(g) if "group_name" in m} for g in store.groups()
        }
        graph.update(changes)
        for start in graph:
            seen: set[str] = set()
            frontier = list(graph.get(start, ()))
            while frontier:
                g = frontier.pop()
                if g == start:
                    return start
                if g not in seen:
                    seen.add(g)
                    frontier.extend(graph.get(g, ()))
        return None

    def _set_parents(self, member: tuple[str, str], wanted: list[str]) -> None:
        """Make ``wanted`` the exact set of groups ``member`` ("user"/"group", name) is a direct member of."""
        store = self._store()
        kind, name = member
        key = {"user_name": name} if kind == "user" else {"group_name": name}
        current = store.parents(**key)
        for g in current:
            if g not in wanted and not (kind == "user" and g == "users"):
                store.remove_member(g, **key)
        for g in wanted:
            if g not in current:
                store.add_member(g, **key)

    # --- rendering ---------------------------------------------------------------------------------------------

    def _ref(self, kind: str, name: str) -> dict[str, Any]:
        if kind == "user":
            uid = str(principal_id(name))
            return {"value": uid, "display": self._user_attrs(name).get("displayName") or name, "$ref": f"Users/{uid}"}
        if kind == "group":
            gid = self.group_ids[name]
            return {"value": gid, "display": name, "$ref": f"Groups/{gid}"}
        sp = self.sps[name]
        return {
            "value": name,
            "display": sp.get("displayName") or sp["applicationId"],
            "$ref": f"ServicePrincipals/{name}",
        }

    def _group_refs(self, names: Iterable[str]) -> list[dict[str, Any]]:
        return [{**self._ref("group", g), "type": "direct"} for g in names]

    @staticmethod
    def _common(out: dict[str, Any], attrs: Mapping[str, Any]) -> dict[str, Any]:
        for key in ("entitlements", "roles"):
            if attrs.get(key):
                out[key] = [{"value": v} for v in attrs[key]]
        if attrs.get("externalId") is not None:
            out["externalId"] = attrs["externalId"]
        return out

    def _render_user(self, name: str) -> dict[str, Any]:
        attrs = self._user_attrs(name)
        out: dict[str, Any] = {"schemas": [USER_SCHEMA], "id": str(principal_id(name)), "userName": name}
        if attrs.get("displayName") is not None:
            out["displayName"] = attrs["displayName"]
        out["active"] = attrs.get("active", True)
        if attrs.get("emails"):
            out["emails"] = copy.deepcopy(attrs["emails"])
        if attrs.get("name"):
            out["name"] = dict(attrs["name"])
        parents = self._store().parents(user_name=name)
        if parents:
            out["groups"] = self._group_refs(parents)
        return self._common(out, attrs)

    def _render_group(self, name: str) -> dict[str, Any]:
        store = self._store()
        out: dict[str, Any] = {"schemas": [GROUP_SCHEMA], "id": self.group_ids[name], "displayName": name}
        # A group made in the workspace (the mock has no account groups, which Databricks marks `Group`).
        out["meta"] = {"resourceType": "WorkspaceGroup"}
        members = [
            self._ref("user", m["user_name"]) if "user_name" in m else self._ref("group", m["group_name"])
            for m in store.members(name)
        ]
        members += [self._ref("sp", sid) for sid, sp in self.sps.items() if name in sp["groups"]]
        if members:
            out["members"] = members
        parents = store.parents(group_name=name)
        if parents:
            out["groups"] = self._group_refs(parents)
        return self._common(out, self._group_attrs(name))

    def _render_sp(self, sid: str) -> dict[str, Any]:
        sp = self.sps[sid]
        out: dict[str, Any] = {"schemas": [SP_SCHEMA], "id": sid, "applicationId": sp["applicationId"]}
        if sp.get("displayName") is not None:
            out["displayName"] = sp["displayName"]
        out["active"] = sp.get("active", True)
        if sp["groups"]:
            out["groups"] = self._group_refs(sp["groups"])
        return self._common(out, sp)

    # --- lists ---------------------------------------------------------------------------------------------------

    def _list(
        self,
        req: Request,
        resources: list[dict[str, Any]],
        filterable: Iterable[str],
        public: tuple[str, ...] | None,
    ) -> dict[str, Any]:
        p = req.params
        attributes = {a.lower(): a for a in filterable}
        sortable = {**attributes, "id": "id"}
        if p.get("filter"):
            predicate = parse_filter(p["filter"], attributes)
            resources = [r for r in resources if predicate(r)]
        sort_by = p.get("sortBy")
        descending = p.get("sortOrder") == "descending"
        if sort_by:
            path = sortable.get(sort_by.rsplit(":", 1)[-1].lower())
            if path is None:
                raise invalid_value(f"Sorting by {sort_by!r} is not supported")

            def sort_key(r: Mapping[str, Any]) -> tuple[int, str]:
                values = attribute_values(r, path)
                return (0, str(values[0]).lower()) if values else (1, "")

            present = [r for r in resources if attribute_values(r, path)]
            missing = [r for r in resources if not attribute_values(r, path)]
            resources = sorted(present, key=sort_key, reverse=descending) + missing
        else:
            resources = sorted(resources, key=lambda r: int(r["id"]), reverse=descending)
        total = len(resources)
        start = max(1, p.get("startIndex") or 1)
        count = p.get("count")
        count = MAX_COUNT if count is None else min(max(0, count), MAX_COUNT)
        page = resources[start - 1 : start - 1 + count]
        if public is not None:
            page = [{k: r[k] for k in ("schemas", "id", *public) if k in r} for r in page]
        page = [project(r, p.get("attributes"), p.get("excludedAttributes")) for r in page]
        out: dict[str, Any] = {
            "schemas": [LIST_SCHEMA],
            "totalResults": total,
            "itemsPerPage": len(page),
            "startIndex": start,
        }
        if page:
            out["Resources"] = page
        return out

    @staticmethod
    def _one(req: Request, resource: dict[str, Any]) -> dict[str, Any]:
        return project(resource, req.params.get("attributes"), req.params.get("excludedAttributes"))
