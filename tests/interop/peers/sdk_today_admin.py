"""databricks-sdk 0.162.0 peer: round trips of the Git credentials API (create, get, list, update, delete), the
instance profiles API (add, list, edit, remove) and the policy families API (list, get). Usage:
sdk_today_admin.py AREA where AREA is git-credentials, instance-profiles or policy-families. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient

area = sys.argv[1]
w = WorkspaceClient()
seen: dict[str, object] = {}
if area == "git-credentials":
    created = w.git_credentials.create("gitHub", git_username="octocat", personal_access_token="ghp_interop")
    seen["created"] = [created.credential_id is not None, created.git_provider, created.git_username]
    got = w.git_credentials.get(created.credential_id)
    seen["got"] = [got.credential_id == created.credential_id, got.git_provider, got.git_username]
    w.git_credentials.update(created.credential_id, "gitHub", git_username="hubot", personal_access_token="ghp_2")
    seen["listed"] = [[c.git_provider, c.git_username] for c in w.git_credentials.list()]
    w.git_credentials.delete(created.credential_id)
    seen["after_delete"] = [c.credential_id for c in w.git_credentials.list()]
elif area == "instance-profiles":
    arn = "arn:aws:iam::123456789012:instance-profile/interop"
    w.instance_profiles.add(arn, skip_validation=True)
    seen["listed"] = [[p.instance_profile_arn, bool(p.is_meta_instance_profile)] for p in w.instance_profiles.list()]
    w.instance_profiles.edit(arn, iam_role_arn="arn:aws:iam::123456789012:role/interop")
    seen["edited"] = [[p.instance_profile_arn, p.iam_role_arn] for p in w.instance_profiles.list()]
    w.instance_profiles.remove(arn)
    seen["after_remove"] = [p.instance_profile_arn for p in w.instance_profiles.list()]
elif area == "policy-families":
    families = list(w.policy_families.list())
    seen["listed"] = [[f.policy_family_id, f.name] for f in families]
    first = w.policy_families.get(families[0].policy_family_id)
    seen["got"] = [first.policy_family_id, first.name, json.loads(first.definition) is not None]
else:
    sys.exit(f"unknown area {area}")
print(json.dumps(seen))
