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
from collections.abc import Mapping
from typing import Any

from ..service import Reply, Request, Service, operation
from .groups import principal_id
from .scim_groups import ScimGroups
from .scim_patch import SP_KIND, USER_KIND, apply_patch
from .scim_query import invalid_value, parse_filter, scim_error
from .scim_store import (
    PATCH_SCHEMA,
    SP_SCHEMA,
    USER_SCHEMA,
    check_str,
)

__all__ = ["ScimService", "parse_filter"]


class ScimService(ScimGroups, Service):
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
        self._admin_synced(req)
        return self._one(req, self._render_user(self._find_user(req.path_params["id"])))

    def _user_fields(self, body: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """Validated SCIM attributes and group names of a user representation (POST/PUT)."""
        check_str("displayName", body.get("displayName"))
        check_str("externalId", body.get("externalId"))
        groups = self._group_names(body.get("groups") or [])
        emails = body.get("emails")
        attrs = {
            "displayName": body.get("displayName", body["userName"]),
            "active": body.get("active", True),
            "emails": copy.deepcopy(emails)
            if emails
            else [{"value": body["userName"], "type": "work", "primary": True}],
            "name": dict(body["name"]) if body.get("name") else None,
            **self._shared_attrs(body),
        }
        return attrs, groups

    @operation("scimUsersCreate")
    def users_create(self, req: Request) -> Reply:
        self._admin_synced(req)
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
        self._admin_synced(req)
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
        self._admin_synced(req)
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
        check_str("displayName", model["displayName"])
        check_str("externalId", model["externalId"])
        if not isinstance(model["active"], bool):
            raise invalid_value("active must be a boolean")
        if model["name"] is not None and not isinstance(model["name"], dict):
            raise invalid_value("name must be an object")
        for email in model["emails"]:
            check_str("emails.value", email.get("value"), required=True)
        new_attrs = {
            "displayName": model["displayName"],
            "active": model["active"],
            "emails": model["emails"],
            "name": model["name"],
            **self._shared_attrs(model),
        }
        groups = self._group_names(model["groups"])
        self.user_attrs[name] = new_attrs
        self._set_parents(("user", name), ["users", *groups])
        return self._render_user(name)

    @operation("scimUsersDelete")
    def users_delete(self, req: Request) -> Reply:
        self._admin_synced(req)
        name = self._find_user(req.path_params["id"])
        self._store().delete_user(name)
        self.user_attrs.pop(name, None)
        return Reply(status=204)

    # --- Service principals --------------------------------------------------------------------------------------

    @operation("scimServicePrincipalsList")
    def sps_list(self, req: Request) -> dict[str, Any]:
        self._admin_synced(req)
        sps = [self._render_sp(sid) for sid in self.sps]
        filterable = ["applicationId", "displayName", "id", "externalId", "active"]
        return self._list(req, sps, filterable, None)

    @operation("scimServicePrincipalsGet")
    def sps_get(self, req: Request) -> dict[str, Any]:
        self._admin_synced(req)
        self._find_sp(req.path_params["id"])
        return self._one(req, self._render_sp(req.path_params["id"]))

    def _sp_fields(self, body: Mapping[str, Any], application_id: str) -> dict[str, Any]:
        check_str("displayName", body.get("displayName"))
        check_str("externalId", body.get("externalId"))
        return {
            "applicationId": application_id,
            "displayName": body.get("displayName"),
            "active": body.get("active", True),
            **self._shared_attrs(body),
            "groups": self._group_names(body.get("groups") or []),
        }

    @operation("scimServicePrincipalsCreate")
    def sps_create(self, req: Request) -> Reply:
        self._admin_synced(req)
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
        self._admin_synced(req)
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
        self._admin_synced(req)
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
        check_str("displayName", model["displayName"])
        check_str("externalId", model["externalId"])
        if not isinstance(model["active"], bool):
            raise invalid_value("active must be a boolean")
        self.sps[sid] = {
            "applicationId": sp["applicationId"],
            "displayName": model["displayName"],
            "active": model["active"],
            **self._shared_attrs(model),
            "groups": self._group_names(model["groups"]),
        }
        return self._render_sp(sid)

    @operation("scimServicePrincipalsDelete")
    def sps_delete(self, req: Request) -> Reply:
        self._admin_synced(req)
        sid = req.path_params["id"]
        self._find_sp(sid)
        del self.sps[sid]
        return Reply(status=204)
