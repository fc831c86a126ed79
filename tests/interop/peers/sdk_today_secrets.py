"""databricks-sdk 0.162.0 peer: create a secret scope, put a string and a bytes secret, read them back with
get_secret (GET /api/2.0/secrets/get, the value base64-encoded) and list them. Usage: sdk_today_secrets.py SCOPE.
Prints JSON."""

import base64
import json
import sys

from databricks.sdk import WorkspaceClient

scope = sys.argv[1]
w = WorkspaceClient()
w.secrets.create_scope(scope)
w.secrets.put_secret(scope, "text", string_value="s3cr3t value")
w.secrets.put_secret(scope, "blob", bytes_value=base64.b64encode(b"\x00\x01\xff").decode())
text = w.secrets.get_secret(scope, "text")
blob = w.secrets.get_secret(scope, "blob")
print(
    json.dumps(
        {
            "text": [text.key, base64.b64decode(text.value).decode()],
            "blob": [blob.key, list(base64.b64decode(blob.value))],
            "listed": sorted(s.key for s in w.secrets.list_secrets(scope)),
        }
    )
)
