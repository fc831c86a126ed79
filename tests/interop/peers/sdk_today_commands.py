"""databricks-sdk 0.162.0 peer (REST API 1.2, CommandExecutionAPI): create an execution context on a running
cluster and wait for it, execute a Python and a SQL command and wait for each, then destroy the context. Usage:
sdk_today_commands.py CLUSTER_ID. Prints JSON."""

import json
import sys

from databricks.sdk import WorkspaceClient
from peer_steps import commands_seen, run_commands

print(json.dumps(commands_seen(*run_commands(WorkspaceClient(), sys.argv[1]))))
