"""databricks-sdk 0.162.0 peer: configure a WorkspaceClient from the environment (host metadata discovery, PAT
authentication) and ask who we are. Prints JSON; the SDK's warnings go to stderr."""

import json
import logging

from databricks.sdk import WorkspaceClient

logging.basicConfig(level=logging.WARNING)
w = WorkspaceClient()
me = w.current_user.me()
print(json.dumps({"workspace_id": w.config.workspace_id, "auth_type": w.config.auth_type, "user_name": me.user_name}))
