"""databricks-sdk 0.29.0 peer: the misc services as the SDK calls them — a secret read back with get_secret, Git
credentials create/list/update/delete, a SCIM group created without `schemas` and replaced with PUT
(GroupsAPI.update), and a workspace file uploaded with format AUTO and downloaded. Usage: sdk_misc.py FOLDER.
Prints JSON with what the SDK saw."""

import base64
import io
import json
import sys

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.iam import ComplexValue
from databricks.sdk.service.workspace import ExportFormat, ImportFormat

(folder,) = sys.argv[1:2]
w = WorkspaceClient()

w.secrets.create_scope("interop")
w.secrets.put_secret("interop", "pw", string_value="s3cr3t")
secret = w.secrets.get_secret("interop", "pw")

created = w.git_credentials.create("gitHub", git_username="octo", personal_access_token="ghp_interop")
w.git_credentials.update(created.credential_id, git_provider="gitHub", git_username="octocat")
listed = [(c.git_provider, c.git_username) for c in w.git_credentials.list()]
w.git_credentials.delete(created.credential_id)
after_delete = len(list(w.git_credentials.list()))

me = w.current_user.me()
group = w.groups.create(display_name="interop-team")  # the SDK sends no `schemas`
w.groups.update(group.id, display_name="interop-squad", members=[ComplexValue(value=me.id)])
replaced = w.groups.get(group.id)

w.workspace.mkdirs(folder)
w.workspace.upload(f"{folder}/data.csv", io.BytesIO(b"a,b\n1,2\n"), format=ImportFormat.AUTO)
status = w.workspace.get_status(f"{folder}/data.csv")
downloaded = w.workspace.download(f"{folder}/data.csv", format=ExportFormat.AUTO).read()

print(
    json.dumps(
        {
            "secret_key": secret.key,
            "secret_value": base64.b64decode(secret.value).decode(),
            "credentials": listed,
            "after_delete": after_delete,
            "group_name": replaced.display_name,
            "group_members": [m.value for m in replaced.members or []],
            "me": me.id,
            "file_type": status.object_type.value,
            "file_size": status.size,
            "downloaded": downloaded.decode(),
        }
    )
)
