"""SCIM Groups: list, get, create, PATCH, replace and delete (the rules are in scim.py's description)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..service import Reply, Request, operation
from .groups import principal_id
from .scim_patch import GROUP_KIND, apply_patch
from .scim_query import invalid_value, scim_error
from .scim_store import BUILTIN_GROUPS, GROUP_SCHEMA, PATCH_SCHEMA, ScimStore, check_str, resolved_once


class ScimGroups(ScimStore):
    """The Groups resource's handlers; ``ScimService`` (scim.py) adds Me, Users and ServicePrincipals."""

    @operation("scimGroupsList")
    def groups_list(self, req: Request) -> dict[str, Any]:
        self._sync()
        admin = self._is_admin(req.user)
        groups = [self._render_group(g) for g in self._store().groups()]
        filterable = ["displayName", "id", "externalId"] if admin else ["displayName", "id"]
        return self._list(req, groups, filterable, None if admin else ("displayName",))

    @operation("scimGroupsGet")
    def groups_get(self, req: Request) -> dict[str, Any]:
        self._admin_synced(req)
        return self._one(req, self._render_group(self._find_group(req.path_params["id"])))

    def _resolve_members(self, elements: list[dict[str, Any]]) -> list[tuple[str, str]]:
        return resolved_once(elements, self._member_of, "members: no user, group or service principal {value} found.")

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
        check_str("externalId", body.get("externalId"))
        members = self._resolve_members(body.get("members") or [])
        parents = self._group_names(body.get("groups") or [])
        attrs = {
            **self._shared_attrs(body),
        }
        return members, parents, attrs

    @operation("scimGroupsCreate")
    def groups_create(self, req: Request) -> Reply:
        self._admin_synced(req)
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
        self._admin_synced(req)
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
        check_str("displayName", new_name, required=True)
        check_str("externalId", model.get("externalId"))
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
            **self._shared_attrs(model),
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
        self._admin_synced(req)
        name = self._find_group(req.path_params["id"])
        body = req.body
        self._check_schema(body, GROUP_SCHEMA)
        return self._store_group(name, body)

    @operation("scimGroupsDelete")
    def groups_delete(self, req: Request) -> Reply:
        self._admin_synced(req)
        name = self._find_group(req.path_params["id"])
        if name in BUILTIN_GROUPS:
            raise invalid_value(f"The built-in group {name} cannot be deleted.")
        self._store().delete_group(name)
        self._sync()
        return Reply(status=204)
