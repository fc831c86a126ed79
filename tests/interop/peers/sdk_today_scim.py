"""databricks-sdk 0.162.0 peer (SCIM 2.0): create, get, patch and delete a user and a group. Usage:
sdk_today_scim.py USER_NAME GROUP_NAME. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient
from databricks.sdk.service import iam

user_name, group_name = sys.argv[1:3]
w = WorkspaceClient()
user = w.users.create(user_name=user_name, display_name="Interop Today")
got_user = w.users.get(user.id)
w.users.patch(
    user.id,
    operations=[iam.Patch(op=iam.PatchOp.REPLACE, path="displayName", value="Interop Patched")],
    schemas=[iam.PatchSchema.URN_IETF_PARAMS_SCIM_API_MESSAGES_2_0_PATCH_OP],
)
patched_user = w.users.get(user.id)
group = w.groups.create(display_name=group_name)
w.groups.patch(
    group.id,
    operations=[iam.Patch(op=iam.PatchOp.ADD, value={"members": [{"value": user.id}]})],
    schemas=[iam.PatchSchema.URN_IETF_PARAMS_SCIM_API_MESSAGES_2_0_PATCH_OP],
)
got_group = w.groups.get(group.id)
w.groups.delete(group.id)
w.users.delete(user.id)
print(
    json.dumps(
        {
            "user_id": user.id,
            "user": [got_user.user_name, got_user.display_name, got_user.active],
            "patched_display_name": patched_user.display_name,
            "group_id": group.id,
            "group": [got_group.display_name, [m.value for m in got_group.members or []]],
        }
    )
)
