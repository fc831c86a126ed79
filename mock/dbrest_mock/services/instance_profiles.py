"""Instance Profiles API 2.0: the AWS instance profiles that clusters may launch with.

Rules (InstanceProfilesAPI of databricks-sdk 0.162.0, the public "Instance Profiles API 2.0" page): add, edit and
remove are admin-only (PERMISSION_DENIED); list is open to every user and shows the profiles in the order they
were added. The ARN shapes are checked by the spec. A profile is registered once (RESOURCE_ALREADY_EXISTS);
edit changes only ``iam_role_arn`` (an absent one is cleared) and ``is_meta_instance_profile``; editing or
removing an unregistered profile is RESOURCE_DOES_NOT_EXIST. Removing a profile leaves running clusters alone,
but clusters created or edited afterwards cannot name it (the clusters service asks :meth:`has_object`).

Databricks checks a new profile with an AWS dry run of RunInstances unless ``skip_validation``; the mock has no
AWS account to run it against, so that check always passes and ``skip_validation`` changes nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ApiError
from ..service import Request, Service, operation


@dataclass
class InstanceProfile:
    arn: str
    iam_role_arn: str | None = None
    is_meta: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"instance_profile_arn": self.arn, "is_meta_instance_profile": self.is_meta}
        if self.iam_role_arn is not None:
            out["iam_role_arn"] = self.iam_role_arn
        return out


class InstanceProfilesService(Service):
    name = "instance-profiles"

    def reset(self) -> None:
        #: ARN -> profile, in the order of registration.
        self.profiles: dict[str, InstanceProfile] = {}

    def has_object(self, object_type: str, object_id: str) -> bool | None:
        if object_type != "instance-profiles":
            return None
        return object_id in self.profiles

    def _require_admin(self, req: Request, action: str) -> None:
        if not self.env.is_admin(req.user):
            raise ApiError.permission_denied(f"Only workspace admins can {action} instance profiles.")

    def _profile(self, arn: str) -> InstanceProfile:
        profile = self.profiles.get(arn)
        if profile is None:
            raise ApiError.not_found(f"Instance profile {arn} does not exist: add it with instance-profiles/add.")
        return profile

    @operation("instanceProfilesAdd")
    def add(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "add")
        arn = req.params["instance_profile_arn"]
        if arn in self.profiles:
            raise ApiError.already_exists(f"Instance profile {arn} is already registered.")
        self.profiles[arn] = InstanceProfile(
            arn=arn,
            iam_role_arn=req.params.get("iam_role_arn"),
            is_meta=bool(req.params.get("is_meta_instance_profile") or False),
        )
        return {}

    @operation("instanceProfilesEdit")
    def edit(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "edit")
        profile = self._profile(req.params["instance_profile_arn"])
        profile.iam_role_arn = req.params.get("iam_role_arn")
        meta = req.params.get("is_meta_instance_profile")
        if meta is not None:
            profile.is_meta = bool(meta)
        return {}

    @operation("instanceProfilesList")
    def list(self, req: Request) -> dict[str, Any]:
        if not self.profiles:
            return {}
        return {"instance_profiles": [p.to_dict() for p in self.profiles.values()]}

    @operation("instanceProfilesRemove")
    def remove(self, req: Request) -> dict[str, Any]:
        self._require_admin(req, "remove")
        del self.profiles[self._profile(req.params["instance_profile_arn"]).arn]
        return {}
