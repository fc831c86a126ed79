"""SCIM API 2.0 (workspace preview, api-inventory §1.13; RFC 7643/7644): users, groups, service principals.

Users and groups are the principals of the Groups store (``groups`` service: users by userName, groups by
displayName), so the legacy Groups API and SCIM see the same memberships. SCIM-only attributes (display
names, e-mails, entitlements, roles, ``active``, ``externalId``) live here keyed by user name / group name,
and so do service principals and their group memberships. Ids are numeric strings: a user's and a service
principal's id is ``principal_id`` of its userName / applicationId (the id other APIs report for creators and
owners); a group gets one when SCIM first sees it, kept across renames.

Rules: only ``GET /Me``, ``GET /Users`` and ``GET /Groups`` are open to non-admins (who see only id and
name in lists); everything else is admin only (403). A request's ``schemas``, when given, must name its
resource schema (400 ``invalidSyntax``); creates and replaces may leave it out (databricks-sdk 0.162.0 sends
none and Databricks accepts that), PATCH must name PatchOp. userName (case-insensitively), group displayName and applicationId are unique (409
``uniqueness``). Lists support ``filter`` (:class:`FilterParser`), ``attributes`` / ``excludedAttributes``,
``startIndex`` / ``count`` paging and ``sortBy`` / ``sortOrder`` (scim_query.py). PATCH applies RFC 7644 PatchOp
operations all or nothing (scim_patch.py); a resource is always the one the path names (a body ``id``, which
databricks-sdk 0.162.0 sends on create, is ignored); PUT replaces a user, group or service principal. Deleting a user or service principal removes it (Databricks purges deactivated users after
30 days; the mock does it at once); ``active: false`` is stored but does not block the user's tokens.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from ..service import Reply, Request, Service, operation
from .groups import principal_id
from .scim_patch import GROUP_KIND, SP_KIND, USER_KIND, apply_patch
from .scim_query import attribute_values, invalid_value, parse_filter, project, scim_error

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
SP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServicePrincipal"
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ENTITLEMENTS = ("allow-cluster-create", "allow-instance-pool-create", "workspace-access", "databricks-sql-access")
BUILTIN_GROUPS = ("admins", "users")
MAX_COUNT = 10000

# --- the service -----------------------------------------------------------------------------------------------


def _values(elements: list[dict[str, Any]]) -> list[str]:
    return [str(e.get("value")) for e in elements]


def _check_str(attr: str, value: Any, *, required: bool = False) -> None:
    if value is None:
        if required:
            raise invalid_value(f"{attr} is required")
        return
    if not isinstance(value, str) or (required and not value):
        raise invalid_value(f"{attr} must be a non-empty string" if required else f"{attr} must be a string")


class ScimService(Service):
    name = "scim"

    def reset(self) -> None:
        #: user name -> SCIM-only attributes (displayName, active, emails, name, entitlements, roles, externalId)
        self.user_attrs: dict[str, dict[str, Any]] = {}
        #: group name -> SCIM-only attributes (entitlements, roles, externalId)
        self.group_attrs: dict[str, dict[str, Any]] = {}
        #: group name -> SCIM id
        self.group_ids: dict[str, str] = {}
        #: SCIM id -> service principal (applicationId, displayName, active, entitlements, roles, externalId,
        #: groups: list of group names)
        self.sps: dict[str, dict[str, Any]] = {}

    # --- Python API for other services ---------------------------------------------------------------------

    def service_principal_exists(self, application_id: str) -> bool:
        return any(sp["applicationId"] == application_id for sp in self.sps.values())

    def user_id(self, user_name: str) -> str:
        return str(principal_id(user_name))

    # --- state helpers -------------------------------------------------------------------------------------------

    def _store(self) -> Any:
        return self.env.service("groups")

    def _is_admin(self, user: str) -> bool:
        return bool(self.env.is_admin(user) or self._store().is_admin(user))

    def _require_admin(self, req: Request) -> None:
        if not self._is_admin(req.user):
            raise scim_error(403, "Only workspace admins can perform this operation.")

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
        names: list[str] = []
        for value in _values(elements):
            name = self._group_by_id(value)
            if name is None:
                raise scim_error(404, f"{attr}: group {value} not found.")
            if name not in names:
                names.append(name)
        return names

    @staticmethod
    def _check_entitlements(elements: list[dict[str, Any]]) -> list[str]:
        out: list[str] = []
        for value in _values(elements):
            if value not in ENTITLEMENTS:
                raise invalid_value(f"Unknown entitlement {value!r}; known: {', '.join(ENTITLEMENTS)}")
            if value not in out:
                out.append(value)
        return out

    @staticmethod
    def _roles(elements: list[dict[str, Any]]) -> list[str]:
        out: list[str] = []
        for value in _values(elements):
            if value not in out:
                out.append(value)
        return out

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

    # --- Me / Users ----------------------------------------------------------------------------------------------

    @operation("scimMeGet")
    def me(self, req: Request) -> dict[str, Any]:
        self._sync()
        if not self._store().user_exists(req.user):
            raise scim_error(404, f"User {req.user} not found.")
        return self._one(req, self._render_user(req.user))

    @operation("scimUsersList")
    def users_list(self, req: Request) -> dict[str, Any]:
        self._sync()
        admin = self._is_admin(req.user)
        filterable = ["userName", "displayName", "id", "externalId", "emails.value", "emails"]
        if admin:
            filterable.append("active")
        else:
            filterable = ["userName", "displayName", "id"]
        users = [self._render_user(u) for u in self._store().users()]
        return self._list(req, users, filterable, None if admin else ("userName", "displayName"))

    @operation("scimUsersGet")
    def users_get(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        return self._one(req, self._render_user(self._find_user(req.path_params["id"])))

    def _user_fields(self, body: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """Validated SCIM attributes and group names of a user representation (POST/PUT)."""
        _check_str("displayName", body.get("displayName"))
        _check_str("externalId", body.get("externalId"))
        groups = self._group_names(body.get("groups") or [])
        emails = body.get("emails")
        attrs = {
            "displayName": body.get("displayName", body["userName"]),
            "active": body.get("active", True),
            "emails": copy.deepcopy(emails)
            if emails
            else [{"value": body["userName"], "type": "work", "primary": True}],
            "name": dict(body["name"]) if body.get("name") else None,
            "entitlements": self._check_entitlements(body.get("entitlements") or []),
            "roles": self._roles(body.get("roles") or []),
            "externalId": body.get("externalId"),
        }
        return attrs, groups

    @operation("scimUsersCreate")
    def users_create(self, req: Request) -> Reply:
        self._require_admin(req)
        self._sync()
        body = req.body
        self._check_schema(body, USER_SCHEMA)
        name: str = body["userName"]
        store = self._store()
        if any(u.lower() == name.lower() for u in store.users()):
            raise scim_error(409, f"User with username {name} already exists.", "uniqueness")
        attrs, groups = self._user_fields(body)
        store.ensure_user(name)
        self.user_attrs[name] = attrs
        self._set_parents(("user", name), ["users", *groups])
        return Reply(body=self._render_user(name), status=201)

    @operation("scimUsersReplace")
    def users_replace(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        name = self._find_user(req.path_params["id"])
        body = req.body
        self._check_schema(body, USER_SCHEMA)
        if body["userName"].lower() != name.lower():
            raise scim_error(400, f"userName is immutable: {name} cannot become {body['userName']}", "mutability")
        attrs, groups = self._user_fields({**body, "userName": name})
        self.user_attrs[name] = attrs
        self._set_parents(("user", name), ["users", *groups])
        return self._render_user(name)

    @operation("scimUsersPatch")
    def users_patch(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        name = self._find_user(req.path_params["id"])
        self._check_schema(req.body, PATCH_SCHEMA, optional=False)
        attrs = self._user_attrs(name)
        model: dict[str, Any] = {
            "displayName": attrs.get("displayName"),
            "active": attrs.get("active", True),
            "name": dict(attrs["name"]) if attrs.get("name") else None,
            "externalId": attrs.get("externalId"),
            "emails": copy.deepcopy(attrs.get("emails") or []),
            "entitlements": [{"value": v} for v in attrs["entitlements"]],
            "roles": [{"value": v} for v in attrs["roles"]],
            "groups": [{"value": self.group_ids[g]} for g in self._store().parents(user_name=name)],
        }
        apply_patch(model, USER_KIND, req.params["Operations"])
        _check_str("displayName", model["displayName"])
        _check_str("externalId", model["externalId"])
        if not isinstance(model["active"], bool):
            raise invalid_value("active must be a boolean")
        if model["name"] is not None and not isinstance(model["name"], dict):
            raise invalid_value("name must be an object")
        for email in model["emails"]:
            _check_str("emails.value", email.get("value"), required=True)
        new_attrs = {
            "displayName": model["displayName"],
            "active": model["active"],
            "emails": model["emails"],
            "name": model["name"],
            "entitlements": self._check_entitlements(model["entitlements"]),
            "roles": self._roles(model["roles"]),
            "externalId": model["externalId"],
        }
        groups = self._group_names(model["groups"])
        self.user_attrs[name] = new_attrs
        self._set_parents(("user", name), ["users", *groups])
        return self._render_user(name)

    @operation("scimUsersDelete")
    def users_delete(self, req: Request) -> Reply:
        self._require_admin(req)
        self._sync()
        name = self._find_user(req.path_params["id"])
        self._store().delete_user(name)
        self.user_attrs.pop(name, None)
        return Reply(status=204)

    # --- Groups --------------------------------------------------------------------------------------------------

    @operation("scimGroupsList")
    def groups_list(self, req: Request) -> dict[str, Any]:
        self._sync()
        admin = self._is_admin(req.user)
        groups = [self._render_group(g) for g in self._store().groups()]
        filterable = ["displayName", "id", "externalId"] if admin else ["displayName", "id"]
        return self._list(req, groups, filterable, None if admin else ("displayName",))

    @operation("scimGroupsGet")
    def groups_get(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        return self._one(req, self._render_group(self._find_group(req.path_params["id"])))

    def _resolve_members(self, elements: list[dict[str, Any]]) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for value in _values(elements):
            member = self._member_of(value)
            if member is None:
                raise scim_error(404, f"members: no user, group or service principal {value} found.")
            if member not in out:
                out.append(member)
        return out

    def _commit_group(
        self, name: str, members: list[tuple[str, str]] | None, parents: list[str], attrs: dict[str, Any]
    ) -> None:
        """Give the group exactly these members (None: keep) and parents; validated beforehand."""
        store = self._store()
        if members is not None:
            current = [
                ("user", m["user_name"]) if "user_name" in m else ("group", m["group_name"])
                for m in store.members(name)
            ]
            current += [("sp", sid) for sid, sp in self.sps.items() if name in sp["groups"]]
            for kind, who in current:
                if (kind, who) in members:
                    continue
                if kind == "sp":
                    self.sps[who]["groups"].remove(name)
                elif not (name == "users" and kind == "user"):
                    store.remove_member(name, **({"user_name": who} if kind == "user" else {"group_name": who}))
            for kind, who in members:
                if (kind, who) in current:
                    continue
                if kind == "sp":
                    self.sps[who]["groups"].append(name)
                else:
                    store.add_member(name, **({"user_name": who} if kind == "user" else {"group_name": who}))
        self._set_parents(("group", name), parents)
        self.group_attrs[name] = attrs

    def _check_group_graph(self, name: str, members: list[tuple[str, str]] | None, parents: list[str]) -> None:
        store = self._store()
        changes: dict[str, set[str]] = {}
        if members is not None:
            changes[name] = {who for kind, who in members if kind == "group"}
        for g in store.groups():
            inner = changes.get(g, {m["group_name"] for m in store.members(g) if "group_name" in m})
            if g in parents:
                inner = inner | {name}
            elif g != name:
                inner = inner - {name}
            changes[g] = inner
        looped = self._would_cycle(changes)
        if looped is not None:
            raise invalid_value(f"Group {looped} would become a member of itself")

    def _group_fields(self, body: Mapping[str, Any]) -> tuple[list[tuple[str, str]], list[str], dict[str, Any]]:
        _check_str("externalId", body.get("externalId"))
        members = self._resolve_members(body.get("members") or [])
        parents = self._group_names(body.get("groups") or [])
        attrs = {
            "entitlements": self._check_entitlements(body.get("entitlements") or []),
            "roles": self._roles(body.get("roles") or []),
            "externalId": body.get("externalId"),
        }
        return members, parents, attrs

    @operation("scimGroupsCreate")
    def groups_create(self, req: Request) -> Reply:
        self._require_admin(req)
        self._sync()
        body = req.body
        self._check_schema(body, GROUP_SCHEMA)
        name: str = body["displayName"]
        store = self._store()
        if store.group_exists(name):
            raise scim_error(409, f"Group with name {name} already exists.", "uniqueness")
        members, parents, attrs = self._group_fields(body)
        if name in parents:
            raise invalid_value(f"Group {name} cannot be a member of itself")
        self._check_group_graph(name, members, parents)
        store.create_group(name)
        self.group_ids[name] = self._new_group_id(name)
        self._commit_group(name, members, parents, attrs)
        return Reply(body=self._render_group(name), status=201)

    @operation("scimGroupsPatch")
    def groups_patch(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        name = self._find_group(req.path_params["id"])
        self._check_schema(req.body, PATCH_SCHEMA, optional=False)
        store = self._store()
        attrs = self._group_attrs(name)
        current_members = [
            {"value": self.group_ids[m["group_name"]] if "group_name" in m else str(principal_id(m["user_name"]))}
            for m in store.members(name)
        ] + [{"value": sid} for sid, sp in self.sps.items() if name in sp["groups"]]
        model: dict[str, Any] = {
            "displayName": name,
            "externalId": attrs.get("externalId"),
            "members": current_members,
            "groups": [{"value": self.group_ids[g]} for g in store.parents(group_name=name)],
            "entitlements": [{"value": v} for v in attrs["entitlements"]],
            "roles": [{"value": v} for v in attrs["roles"]],
        }
        apply_patch(model, GROUP_KIND, req.params["Operations"])
        return self._store_group(name, model)

    def _store_group(self, name: str, model: Mapping[str, Any]) -> dict[str, Any]:
        """Give the group ``name`` exactly the attributes of ``model`` (a PATCHed or a PUT group), validated
        first so that nothing changes when any of it is refused; answers the stored group."""
        store = self._store()
        new_name = model.get("displayName")
        _check_str("displayName", new_name, required=True)
        _check_str("externalId", model.get("externalId"))
        assert isinstance(new_name, str)
        if new_name != name:
            if name in BUILTIN_GROUPS:
                raise invalid_value(f"The built-in group {name} cannot be renamed.")
            if store.group_exists(new_name):
                raise scim_error(409, f"Group with name {new_name} already exists.", "uniqueness")
        members = self._resolve_members(model.get("members") or [])
        parents = self._group_names(model.get("groups") or [])
        if name in parents or ("group", name) in members:
            raise invalid_value(f"Group {name} cannot be a member of itself")
        new_attrs = {
            "entitlements": self._check_entitlements(model.get("entitlements") or []),
            "roles": self._roles(model.get("roles") or []),
            "externalId": model.get("externalId"),
        }
        self._check_group_graph(name, members, parents)
        self._commit_group(name, members, parents, new_attrs)
        if new_name != name:
            store.rename_group(name, new_name)
            self.group_ids[new_name] = self.group_ids.pop(name)
            self.group_attrs[new_name] = self.group_attrs.pop(name)
            for sp in self.sps.values():
                sp["groups"] = [new_name if g == name else g for g in sp["groups"]]
            name = new_name
        return self._render_group(name)

    @operation("scimGroupsReplace")
    def groups_replace(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        name = self._find_group(req.path_params["id"])
        body = req.body
        self._check_schema(body, GROUP_SCHEMA)
        return self._store_group(name, body)

    @operation("scimGroupsDelete")
    def groups_delete(self, req: Request) -> Reply:
        self._require_admin(req)
        self._sync()
        name = self._find_group(req.path_params["id"])
        if name in BUILTIN_GROUPS:
            raise invalid_value(f"The built-in group {name} cannot be deleted.")
        self._store().delete_group(name)
        self._sync()
        return Reply(status=204)

    # --- Service principals --------------------------------------------------------------------------------------

    @operation("scimServicePrincipalsList")
    def sps_list(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        sps = [self._render_sp(sid) for sid in self.sps]
        filterable = ["applicationId", "displayName", "id", "externalId", "active"]
        return self._list(req, sps, filterable, None)

    @operation("scimServicePrincipalsGet")
    def sps_get(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        self._find_sp(req.path_params["id"])
        return self._one(req, self._render_sp(req.path_params["id"]))

    def _sp_fields(self, body: Mapping[str, Any], application_id: str) -> dict[str, Any]:
        _check_str("displayName", body.get("displayName"))
        _check_str("externalId", body.get("externalId"))
        return {
            "applicationId": application_id,
            "displayName": body.get("displayName"),
            "active": body.get("active", True),
            "entitlements": self._check_entitlements(body.get("entitlements") or []),
            "roles": self._roles(body.get("roles") or []),
            "externalId": body.get("externalId"),
            "groups": self._group_names(body.get("groups") or []),
        }

    @operation("scimServicePrincipalsCreate")
    def sps_create(self, req: Request) -> Reply:
        self._require_admin(req)
        self._sync()
        body = req.body
        self._check_schema(body, SP_SCHEMA)
        application_id = body.get("applicationId")
        if application_id is None:
            # Databricks generates the application id outside Azure; deterministic here.
            application_id = str(uuid.UUID(int=(0x5E4F << 112) + self.env.next_id("scim-application-ids")))
        if self.service_principal_exists(application_id):
            raise scim_error(
                409, f"Service principal with application id {application_id} already exists.", "uniqueness"
            )
        sp = self._sp_fields(body, application_id)
        sid = str(principal_id(application_id))
        if sid in self.group_ids.values():
            raise scim_error(409, f"Id {sid} is taken.", "uniqueness")
        self.sps[sid] = sp
        return Reply(body=self._render_sp(sid), status=201)

    @operation("scimServicePrincipalsReplace")
    def sps_replace(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        sid = req.path_params["id"]
        current = self._find_sp(sid)
        body = req.body
        self._check_schema(body, SP_SCHEMA)
        given = body.get("applicationId")
        if given is not None and given != current["applicationId"]:
            raise scim_error(400, "applicationId is immutable", "mutability")
        self.sps[sid] = self._sp_fields(body, current["applicationId"])
        return self._render_sp(sid)

    @operation("scimServicePrincipalsPatch")
    def sps_patch(self, req: Request) -> dict[str, Any]:
        self._require_admin(req)
        self._sync()
        sid = req.path_params["id"]
        sp = self._find_sp(sid)
        self._check_schema(req.body, PATCH_SCHEMA, optional=False)
        model: dict[str, Any] = {
            "displayName": sp.get("displayName"),
            "active": sp.get("active", True),
            "externalId": sp.get("externalId"),
            "entitlements": [{"value": v} for v in sp["entitlements"]],
            "roles": [{"value": v} for v in sp["roles"]],
            "groups": [{"value": self.group_ids[g]} for g in sp["groups"]],
        }
        apply_patch(model, SP_KIND, req.params["Operations"])
        _check_str("displayName", model["displayName"])
        _check_str("externalId", model["externalId"])
        if not isinstance(model["active"], bool):
            raise invalid_value("active must be a boolean")
        self.sps[sid] = {
            "applicationId": sp["applicationId"],
            "displayName": model["displayName"],
            "active": model["active"],
            "entitlements": self._check_entitlements(model["entitlements"]),
            "roles": self._roles(model["roles"]),
            "externalId": model["externalId"],
            "groups": self._group_names(model["groups"]),
        }
        return self._render_sp(sid)

    @operation("scimServicePrincipalsDelete")
    def sps_delete(self, req: Request) -> Reply:
        self._require_admin(req)
        self._sync()
        sid = req.path_params["id"]
        self._find_sp(sid)
        del self.sps[sid]
        return Reply(status=204)
