"""databricks-sdk 0.29.0 peer (REST API 1.2): create an execution context on a running cluster and wait for it,
execute a Python and a SQL command and wait for each, then destroy the context. Usage: sdk_commands.py
CLUSTER_ID. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient
from peer_steps import commands_seen, run_commands

context, py, sql = run_commands(WorkspaceClient(), sys.argv[1])
seen = commands_seen(context, py, sql)
seen["sql"]["schema"] = sql.results.schema
print(json.dumps(seen))
