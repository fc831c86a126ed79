"""Groups API 2.0 (api-inventory §1.12) and the mock's principal store: users, groups and direct memberships.

Rules: every call is admin only (PERMISSION_DENIED); a member is a user (``user_name``) or a group
(``group_name``), exactly one per call (INVALID_PARAMETER_VALUE); unknown users or groups give
RESOURCE_DOES_NOT_EXIST; group names are unique (RESOURCE_ALREADY_EXISTS). The built-in groups ``admins`` and
``users`` always exist and cannot be deleted; every user is a member of ``users`` and cannot leave it. A group
cannot become a member of itself, directly or through its members. Membership listings are non-recursive.

The store is shared: SCIM (users by userName, groups by displayName), Secrets (ACL principals) and Token
Management (creator ids) use the Python API below through ``self.env.service("groups")``. From every reset,
the configured users (MockConfig.tokens values, passwords keys, admins) exist and the admins are members of
``admins``.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation

ADMINS = "admins"
USERS = "users"
BUILTIN_GROUPS = (ADMINS, USERS)


def principal_id(name: str) -> int:
    """A stable numeric id for a user or service principal name (the API reports creators and owners by id)."""
    return int(hashlib.sha256(name.encode()).hexdigest()[:13], 16)


class GroupsService(Service):
    name = "groups"

    def reset(self) -> None:
        #: user name -> None (insertion-ordered set of users)
        self._users: dict[str, None] = {}
        #: group name -> direct members as ("user" | "group", name), insertion-ordered
        self._members: dict[str, dict[tuple[str, str], None]] = {g: {} for g in BUILTIN_GROUPS}
        cfg = self.env.config
        for user in [*cfg.tokens.values(), *cfg.passwords, *sorted(cfg.admins)]:
            self.ensure_user(user)
        for user in sorted(cfg.admins):
            self._members[ADMINS][("user", user)] = None

    # --- Python API for other services (SCIM, Secrets, Token Management) -------------------------------

    def ensure_user(self, user_name: str) -> None:
        """Create the user if it does not exist; every user is a member of ``users``."""
        if user_name not in self._users:
            self._users[user_name] = None
        self._members[USERS][("user", user_name)] = None

    def delete_user(self, user_name: str) -> None:
        """Remove the user and all of its memberships (RESOURCE_DOES_NOT_EXIST if unknown)."""
        self._require_user(user_name)
        del self._users[user_name]
        for members in self._members.values():
            members.pop(("user", user_name), None)

    def users(self) -> list[str]:
        return list(self._users)

    def user_exists(self, name: str) -> bool:
        return name in self._users

    def group_exists(self, name: str) -> bool:
        return name in self._members

    def groups(self) -> list[str]:
        """All group names, sorted case-insensitively."""
        return sorted(self._members, key=lambda g: (g.lower(), g))

    def create_group(self, name: str) -> None:
        """Create an empty group (RESOURCE_ALREADY_EXISTS if the name is taken)."""
        if not name:
            raise ApiError.invalid("The group name must not be empty.")
        if name in self._members:
            raise ApiError.already_exists(f"Group {name} already exists.")
        self._members[name] = {}

    def delete_group(self, name: str) -> None:
        """Delete a group and its memberships (RESOURCE_DOES_NOT_EXIST; built-in groups: INVALID_PARAMETER_VALUE)."""
        self._require_group(name)
        if name in BUILTIN_GROUPS:
            raise ApiError.invalid(f"The built-in group {name} cannot be deleted.")
        del self._members[name]
        for members in self._members.values():
            members.pop(("group", name), None)

    def rename_group(self, old: str, new: str) -> None:
        """Rename a group keeping its members and parents (built-in groups cannot be renamed)."""
        self._require_group(old)
        if old == new:
            return
        if old in BUILTIN_GROUPS:
            raise ApiError.invalid(f"The built-in group {old} cannot be renamed.")
        if not new:
            raise ApiError.invalid("The group name must not be empty.")
        if new in self._members:
            raise ApiError.already_exists(f"Group {new} already exists.")
        self._members = {(new if g == old else g): m for g, m in self._members.items()}
        for g, members in self._members.items():
            if ("group", old) in members:
                self._members[g] = {(("group", new) if k == ("group", old) else k): None for k in members}

    def add_member(self, parent: str, user_name: str | None = None, group_name: str | None = None) -> None:
        """Make a user or a group a direct member of ``parent`` (no-op if it is one already)."""
        member = self._member(user_name, group_name)
        self._require_group(parent)
        if member[0] == "group" and (member[1] == parent or parent in self._descendant_groups(member[1])):
            raise ApiError.invalid(f"Adding group {member[1]} to {parent} would make a group a member of itself.")
        self._members[parent][member] = None

    def remove_member(self, parent: str, user_name: str | None = None, group_name: str | None = None) -> None:
        """Remove a direct member from ``parent`` (no-op if it is not one; users cannot leave ``users``)."""
        member = self._member(user_name, group_name)
        self._require_group(parent)
        if parent == USERS and member[0] == "user":
            raise ApiError.invalid(f"Users cannot be removed from the built-in group {USERS}.")
        self._members[parent].pop(member, None)

    def members(self, group: str) -> list[dict[str, str]]:
        """Direct members as ``{"user_name": ..}`` / ``{"group_name": ..}`` (RESOURCE_DOES_NOT_EXIST if unknown)."""
        self._require_group(group)
        return [{"user_name" if kind == "user" else "group_name": name} for kind, name in self._members[group]]

    def parents(self, user_name: str | None = None, group_name: str | None = None) -> list[str]:
        """Groups of which the user or group is a direct member."""
        member = self._member(user_name, group_name)
        return [g for g in self.groups() if member in self._members[g]]

    def groups_of(self, user_name: str) -> set[str]:
        """Every group the user belongs to, directly or through nested groups (empty for an unknown user)."""
        if user_name not in self._users:
            return set()
        found: set[str] = set()
        frontier = [("user", user_name)]
        while frontier:
            member = frontier.pop()
            for g, members in self._members.items():
                if member in members and g not in found:
                    found.add(g)
                    frontier.append(("group", g))
        return found

    def is_member(self, group: str, user_name: str) -> bool:
        """Whether the user belongs to the group, directly or through nested groups."""
        return group in self.groups_of(user_name)

    def is_admin(self, user_name: str) -> bool:
        """A configured admin (MockConfig.admins), or a member of ``admins`` (directly or through a nested group)."""
        return user_name in self.env.config.admins or self.is_member(ADMINS, user_name)

    # --- helpers ------------------------------------------------------------------------------------------

    def _require_user(self, name: str) -> None:
        if name not in self._users:
            raise ApiError.not_found(f"User {name} does not exist.")

    def _require_group(self, name: str) -> None:
        if name not in self._members:
            raise ApiError.not_found(f"Group {name} does not exist.")

    def _member(self, user_name: str | None, group_name: str | None) -> tuple[str, str]:
        if (user_name is None) == (group_name is None):
            raise ApiError.invalid("Exactly one of user_name and group_name must be given.")
        if user_name is not None:
            self._require_user(user_name)
            return ("user", user_name)
        assert group_name is not None
        self._require_group(group_name)
        return ("group", group_name)

    def _descendant_groups(self, group: str) -> set[str]:
        """Groups nested (at any depth) inside ``group``."""
        found: set[str] = set()
        frontier = [group]
        while frontier:
            for kind, name in self._members.get(frontier.pop(), {}):
                if kind == "group" and name not in found:
                    found.add(name)
                    frontier.append(name)
        return found

    def _check_admin(self, req: Request) -> None:
        if not self.is_admin(req.user):
            raise ApiError.permission_denied("Only workspace admins can use the Groups API.")

    # --- operations ---------------------------------------------------------------------------------------

    @operation("groupsAddMember")
    def add_member_op(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        p = req.params
        self.add_member(p["parent_name"], user_name=p.get("user_name"), group_name=p.get("group_name"))
        return {}

    @operation("groupsCreate")
    def create_op(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        name = req.params["group_name"]
        self.create_group(name)
        return {"group_name": name}

    @operation("groupsListMembers")
    def list_members_op(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        members = self.members(req.params["group_name"])
        return {"members": members} if members else {}

    @operation("groupsList")
    def list_op(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        return {"group_names": self.groups()}

    @operation("groupsListParents")
    def list_parents_op(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        parents = self.parents(user_name=req.params.get("user_name"), group_name=req.params.get("group_name"))
        return {"group_names": parents} if parents else {}

    @operation("groupsRemoveMember")
    def remove_member_op(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        p = req.params
        self.remove_member(p["parent_name"], user_name=p.get("user_name"), group_name=p.get("group_name"))
        return {}

    @operation("groupsDelete")
    def delete_op(self, req: Request) -> dict[str, Any]:
        self._check_admin(req)
        self.delete_group(req.params["group_name"])
        return {}
