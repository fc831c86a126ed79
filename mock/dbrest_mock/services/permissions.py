"""Permissions API 2.0 (api-inventory §1.14): object ACLs for every ``<type>/<id>`` object type.

Rules:

* An object exists when some service's ``has_object(type, id)`` answers True. ``authorization/tokens`` and
  ``authorization/passwords`` always exist. Types that no mock service owns (experiments, pipelines,
  registered-models: every service answers None) live in a registry here: PUT/PATCH registers the object
  (the caller becomes its owner), so that a later GET finds it; GET of an unregistered one is 404, like any
  unknown object (RESOURCE_DOES_NOT_EXIST).
* Levels are per type (``TYPES``); a level the type does not support is INVALID_PARAMETER_VALUE, as are an
  entry with not exactly one principal, an unknown principal (checked against the Groups store and the SCIM
  service principals), IS_OWNER for a group or for two principals, CAN_MANAGE on tokens for anyone but
  ``admins``, and any level for ``admins`` other than its fixed one.
* ``admins`` holds the type's top level, inherited from the root object (``/clusters/`` ...), and direct on
  ``authorization/*``; it can be neither changed nor removed. The creator/owner of an object (asked from the
  owning service's optional ``object_owner(type, id)``; clusters fall back to ``cluster_info``) starts with a
  direct CAN_MANAGE (IS_OWNER for jobs and pipelines). A job or pipeline keeps its owner on a PUT that names
  none; granting IS_OWNER to someone else moves ownership.
* PATCH merges direct grants, PUT replaces them; both answer the resulting ACL. Admins may do everything;
  other callers need a permission on the object to read it and CAN_MANAGE/IS_OWNER to change it
  (PERMISSION_DENIED); policies and ``authorization/*`` ACLs are managed by admins only.

Python API for other services: :meth:`has_permission`, :meth:`levels_of`, :meth:`validate_acl`,
:meth:`apply_acl`, :meth:`register_object`, :meth:`forget_object`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..service import Env, Request, Service, operation

ADMINS = "admins"
PRINCIPAL_FIELDS = ("user_name", "group_name", "service_principal_name")
#: A principal: (field name, name), e.g. ("user_name", "jsmith@example.com").
Principal = tuple[str, str]


@dataclass(frozen=True)
class TypeInfo:
    #: ``object_type`` in answers.
    object_type: str
    #: Word used in level descriptions ("Can Manage permission on cluster").
    noun: str
    #: Grantable levels, highest first.
    levels: tuple[str, ...]
    #: Parent object the admins group inherits from; None: admins hold a direct permission.
    root: str | None
    #: Level the creator/owner starts with (None: creators get nothing on this type).
    owner_level: str | None = "CAN_MANAGE"
    #: Only admins may read or change the ACL (no level grants management).
    admin_managed: bool = False

    @property
    def admin_level(self) -> str:
        return "CAN_MANAGE" if "CAN_MANAGE" in self.levels else self.levels[0]

    @property
    def single_owner(self) -> bool:
        return "IS_OWNER" in self.levels


WORKSPACE_LEVELS = ("CAN_MANAGE", "CAN_EDIT", "CAN_RUN", "CAN_READ")

TYPES: dict[str, TypeInfo] = {
    "clusters": TypeInfo("cluster", "cluster", ("CAN_MANAGE", "CAN_RESTART", "CAN_ATTACH_TO"), "/clusters/"),
    "cluster-policies": TypeInfo(
        "cluster-policy", "cluster policy", ("CAN_USE",), "/cluster-policies/", None, admin_managed=True
    ),
    "instance-pools": TypeInfo("instance-pool", "instance pool", ("CAN_MANAGE", "CAN_ATTACH_TO"), "/instance-pools/"),
    "jobs": TypeInfo("job", "job", ("IS_OWNER", "CAN_MANAGE", "CAN_MANAGE_RUN", "CAN_VIEW"), "/jobs/", "IS_OWNER"),
    "pipelines": TypeInfo(
        "pipelines", "pipeline", ("IS_OWNER", "CAN_MANAGE", "CAN_RUN", "CAN_VIEW"), "/pipelines/", "IS_OWNER"
    ),
    "notebooks": TypeInfo("notebook", "notebook", WORKSPACE_LEVELS, "/directories/0"),
    "directories": TypeInfo("directory", "directory", WORKSPACE_LEVELS, "/directories/0"),
    "experiments": TypeInfo("mlflowExperiment", "experiment", ("CAN_MANAGE", "CAN_EDIT", "CAN_READ"), "/experiments/"),
    "registered-models": TypeInfo(
        "registered-model",
        "registered model",
        ("CAN_MANAGE", "CAN_MANAGE_PRODUCTION_VERSIONS", "CAN_MANAGE_STAGING_VERSIONS", "CAN_EDIT", "CAN_READ"),
        "/registered-models/root",
    ),
    "repos": TypeInfo("repo", "repo", WORKSPACE_LEVELS, "/repos/"),
}
AUTHORIZATION: dict[str, TypeInfo] = {
    "tokens": TypeInfo("tokens", "tokens", ("CAN_MANAGE", "CAN_USE"), None, None, admin_managed=True),
    "passwords": TypeInfo("passwords", "passwords", ("CAN_USE",), None, None, admin_managed=True),
}
#: Types no mock service owns: their objects come into being through this API.
REGISTRY_TYPES = ("experiments", "pipelines", "registered-models")
MANAGE_LEVELS = ("CAN_MANAGE", "IS_OWNER")


def level_title(level: str) -> str:
    return " ".join(word.capitalize() for word in level.split("_"))


def describe_principal(principal: Principal) -> str:
    kind = {"user_name": "UserName", "group_name": "GroupName", "service_principal_name": "ServicePrincipalName"}
    return f"{kind[principal[0]]}({principal[1]})"


class PermissionsService(Service):
    name = "permissions"

    def __init__(self, env: Env) -> None:
        super().__init__(env)
        env.subscribe("cluster.deleted", self._on_cluster_deleted)

    def reset(self) -> None:
        #: (type, id) -> principal -> direct level, insertion-ordered
        self.acls: dict[tuple[str, str], dict[Principal, str]] = {}
        #: objects of REGISTRY_TYPES created through this API
        self.registry: set[tuple[str, str]] = set()

    # --- Python API for other services ---------------------------------------------------------------------

    def has_permission(self, user: str, object_type: str, object_id: str, level: str) -> bool:
        """Whether ``user`` holds ``level`` or a higher level of the type on the object (admins: always)."""
        info = self._info(object_type, object_id)
        if info is None or level not in info.levels:
            return False
        if self._is_admin(user):
            return True
        wanted = info.levels.index(level)
        return any(info.levels.index(held) <= wanted for held in self.levels_of(object_type, object_id, user))

    def levels_of(self, object_type: str, object_id: str, user: str) -> set[str]:
        """The levels ``user`` holds on the object: direct, through its groups, and the admins' level."""
        info = self._info(object_type, object_id)
        if info is None:
            return set()
        return self._levels(info, self._direct(object_type, object_id, info), user)

    def validate_acl(self, object_type: str, object_id: str, entries: list[dict[str, Any]]) -> None:
        """Check grants as PUT/PATCH would (INVALID_PARAMETER_VALUE), without applying them."""
        info = self._info(object_type, object_id)
        if info is None:
            raise ApiError.invalid(f"{object_type} is not a permissionable object type")
        self._parse(info, object_type, entries)

    def apply_acl(
        self, object_type: str, object_id: str, entries: list[dict[str, Any]], *, replace: bool, owner: str | None
    ) -> None:
        """Apply grants (PUT when ``replace``, else PATCH) after validating them; ``owner`` seeds a new ACL."""
        info = self._info(object_type, object_id)
        if info is None:
            raise ApiError.invalid(f"{object_type} is not a permissionable object type")
        grants = self._parse(info, object_type, entries)
        key = (object_type, object_id)
        if key not in self.acls:
            self.acls[key] = self._initial(info, object_type, object_id, owner)
        self._apply(info, key, grants, replace=replace)

    def register_object(self, object_type: str, object_id: str, owner: str | None = None) -> None:
        """Start the ACL of a new object (its creator gets the owner level)."""
        info = self._info(object_type, object_id)
        if info is None:
            return
        if object_type in REGISTRY_TYPES:
            self.registry.add((object_type, object_id))
        self.acls[(object_type, object_id)] = self._initial(info, object_type, object_id, owner)

    def forget_object(self, object_type: str, object_id: str) -> None:
        """Drop the ACL of a deleted object."""
        self.acls.pop((object_type, object_id), None)
        self.registry.discard((object_type, object_id))

    # --- helpers ----------------------------------------------------------------------------------------------

    def _on_cluster_deleted(self, cluster_id: str, **_: Any) -> None:
        self.forget_object("clusters", cluster_id)

    @staticmethod
    def _info(object_type: str, object_id: str) -> TypeInfo | None:
        if object_type == "authorization":
            return AUTHORIZATION.get(object_id)
        return TYPES.get(object_type)

    def _groups_service(self) -> Any:
        return self.env.services.get("groups")

    def _is_admin(self, user: str) -> bool:
        groups = self._groups_service()
        check: Callable[[str], bool] | None = getattr(groups, "is_admin", None)
        return self.env.is_admin(user) or (check is not None and bool(check(user)))

    def _groups_of(self, user: str) -> set[str]:
        groups_of = getattr(self._groups_service(), "groups_of", None)
        return set(groups_of(user)) if groups_of is not None else set()

    def _owner(self, object_type: str, object_id: str) -> str | None:
        for svc in self.env.services.values():
            if svc is self:
                continue
            hook = getattr(svc, "object_owner", None)
            if hook is not None:
                owner = hook(object_type, object_id)
                if isinstance(owner, str) and owner:
                    return owner
        if object_type == "clusters":
            info = getattr(self.env.services.get("clusters"), "cluster_info", None)
            if info is not None:
                found = info(object_id)
                if isinstance(found, dict) and isinstance(found.get("creator_user_name"), str):
                    return str(found["creator_user_name"])
        return None

    def _object(self, req: Request, *, create: bool) -> tuple[TypeInfo, str, str]:
        """The (type info, type, id) of the request's object; 404 if it does not exist (registers if ``create``)."""
        object_type: str = req.params["request_object_type"]
        object_id: str = req.params["request_object_id"]
        info = self._info(object_type, object_id)
        if info is None:
            raise ApiError.not_found(f"{object_type} {object_id} does not exist.")
        if object_type != "authorization":
            owned = self.others_have_object(object_type, object_id)
            if owned is None and object_type in REGISTRY_TYPES:
                owned = (object_type, object_id) in self.registry or create
            if not owned:
                raise ApiError.not_found(f"{info.noun.capitalize()} {object_id} does not exist.")
        return info, object_type, object_id

    def _initial(self, info: TypeInfo, object_type: str, object_id: str, owner: str | None) -> dict[Principal, str]:
        acl: dict[Principal, str] = {}
        if info.root is None:
            acl[("group_name", ADMINS)] = info.admin_level
        if info.owner_level is not None and owner:
            acl[("user_name", owner)] = info.owner_level
        return acl

    def _direct(self, object_type: str, object_id: str, info: TypeInfo) -> dict[Principal, str]:
        key = (object_type, object_id)
        acl = self.acls.get(key)
        if acl is None:
            owner = self._owner(object_type, object_id) if object_type != "authorization" else None
            acl = self._initial(info, object_type, object_id, owner)
        return acl

    def _levels(self, info: TypeInfo, acl: dict[Principal, str], user: str) -> set[str]:
        groups = self._groups_of(user)
        held = {
            level
            for (kind, name), level in acl.items()
            if (kind == "user_name" and name == user) or (kind == "group_name" and name in groups)
        }
        if ADMINS in groups or self._is_admin(user):
            held.add(info.admin_level)
        return held

    def _principal_exists(self, principal: Principal) -> bool:
        kind, name = principal
        if kind == "service_principal_name":
            exists = getattr(self.env.services.get("scim"), "service_principal_exists", None)
            return bool(exists(name)) if exists is not None else True
        groups = self._groups_service()
        check = getattr(groups, "user_exists" if kind == "user_name" else "group_exists", None)
        return bool(check(name)) if check is not None else True

    def _parse(self, info: TypeInfo, object_type: str, entries: list[dict[str, Any]]) -> dict[Principal, str]:
        grants: dict[Principal, str] = {}
        for entry in entries:
            named = [f for f in PRINCIPAL_FIELDS if entry.get(f) not in (None, "")]
            if len(named) != 1:
                raise ApiError.invalid(
                    "Each access control entry must name exactly one of user_name, group_name and "
                    "service_principal_name."
                )
            principal: Principal = (named[0], str(entry[named[0]]))
            level = str(entry["permission_level"])
            if level not in info.levels:
                raise ApiError.invalid(
                    f"Permission level {level} is not supported for {info.noun} objects; "
                    f"allowed levels: {', '.join(info.levels)}"
                )
            if principal == ("group_name", ADMINS):
                if level != info.admin_level:
                    raise ApiError.invalid(
                        f"The permissions of the {ADMINS} group on {info.noun} objects cannot be changed "
                        f"({info.admin_level})."
                    )
            elif object_type == "authorization" and level == "CAN_MANAGE":
                raise ApiError.invalid(f"CAN_MANAGE on {info.noun} can only be granted to the {ADMINS} group.")
            if level == "IS_OWNER" and principal[0] == "group_name":
                raise ApiError.invalid(f"A group cannot be the owner of a {info.noun}: {principal[1]}.")
            if not self._principal_exists(principal):
                raise ApiError.invalid(f"Principal: {describe_principal(principal)} does not exist")
            grants.pop(principal, None)
            grants[principal] = level
        owners = [p for p, level in grants.items() if level == "IS_OWNER"]
        if len(owners) > 1:
            raise ApiError.invalid(f"A {info.noun} can have only one owner (IS_OWNER); got {len(owners)}.")
        return grants

    def _apply(self, info: TypeInfo, key: tuple[str, str], grants: dict[Principal, str], *, replace: bool) -> None:
        current = self.acls[key]
        admins = ("group_name", ADMINS)
        if replace:
            new: dict[Principal, str] = {}
            if info.root is None:
                new[admins] = info.admin_level
            if info.single_owner and "IS_OWNER" not in grants.values():
                new.update({p: lvl for p, lvl in current.items() if lvl == "IS_OWNER"})
        else:
            new = dict(current)
            if "IS_OWNER" in grants.values():
                new = {p: lvl for p, lvl in new.items() if lvl != "IS_OWNER"}
        for principal, level in grants.items():
            if principal == admins:
                continue  # fixed: inherited from the root, or already direct
            new.pop(principal, None)
            new[principal] = level
        self.acls[key] = new

    def _answer(self, info: TypeInfo, object_type: str, object_id: str) -> dict[str, Any]:
        acl: list[dict[str, Any]] = []
        for (kind, name), level in self._direct(object_type, object_id, info).items():
            acl.append({kind: name, "all_permissions": [{"permission_level": level, "inherited": False}]})
        if info.root is not None:
            acl.append(
                {
                    "group_name": ADMINS,
                    "all_permissions": [
                        {"permission_level": info.admin_level, "inherited": True, "inherited_from_object": [info.root]}
                    ],
                }
            )
        return {
            "object_id": f"/{object_type}/{object_id}",
            "object_type": info.object_type,
            "access_control_list": acl,
        }

    def _check_access(
        self, req: Request, info: TypeInfo, acl: dict[Principal, str], object_id: str, *, manage: bool
    ) -> None:
        if self._is_admin(req.user):
            return
        held = self._levels(info, acl, req.user)
        if info.admin_managed:
            allowed = False
        elif manage:
            allowed = any(level in MANAGE_LEVELS for level in held)
        else:
            allowed = bool(held)
        if not allowed:
            what = "manage" if manage or info.admin_managed else "view"
            raise ApiError.permission_denied(
                f"User {req.user} does not have permission to {what} the permissions of {info.noun} {object_id}."
            )

    def _update(self, req: Request, *, replace: bool) -> dict[str, Any]:
        info, object_type, object_id = self._object(req, create=True)
        key = (object_type, object_id)
        new_in_registry = (
            object_type in REGISTRY_TYPES
            and key not in self.registry
            and self.others_have_object(object_type, object_id) is None
        )
        # A new registry object starts with the caller as its owner; otherwise the stored (or default) ACL.
        base = (
            self._initial(info, object_type, object_id, req.user)
            if new_in_registry
            else self._direct(object_type, object_id, info)
        )
        self._check_access(req, info, base, object_id, manage=True)
        grants = self._parse(info, object_type, req.params["access_control_list"])
        if new_in_registry:
            self.registry.add(key)
        self.acls[key] = base
        self._apply(info, key, grants, replace=replace)
        return self._answer(info, object_type, object_id)

    # --- operations -----------------------------------------------------------------------------------------

    @operation("permissionsGet")
    def get_permissions(self, req: Request) -> dict[str, Any]:
        info, object_type, object_id = self._object(req, create=False)
        self._check_access(req, info, self._direct(object_type, object_id, info), object_id, manage=False)
        return self._answer(info, object_type, object_id)

    @operation("permissionsUpdate")
    def update_permissions(self, req: Request) -> dict[str, Any]:
        return self._update(req, replace=False)

    @operation("permissionsSet")
    def set_permissions(self, req: Request) -> dict[str, Any]:
        return self._update(req, replace=True)

    @operation("permissionsGetLevels")
    def get_levels(self, req: Request) -> dict[str, Any]:
        info, object_type, object_id = self._object(req, create=False)
        self._check_access(req, info, self._direct(object_type, object_id, info), object_id, manage=False)
        return {
            "permission_levels": [
                {"permission_level": level, "description": f"{level_title(level)} permission on {info.noun}"}
                for level in info.levels
            ]
        }
