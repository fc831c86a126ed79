"""databricks-sdk 0.162.0 peer (REST API 1.2, CommandExecutionAPI): create an execution context on a running
cluster and wait for it, execute a Python and a SQL command and wait for each, then destroy the context. Usage:
sdk_today_commands.py CLUSTER_ID. Prints JSON."""

import json
import sys
from datetime import timedelta

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.compute import Language

TIMEOUT = timedelta(seconds=60)

cluster_id = sys.argv[1]
w = WorkspaceClient()
context = w.command_execution.create(cluster_id=cluster_id, language=Language.PYTHON).result(timeout=TIMEOUT)
py = w.command_execution.execute(
    cluster_id=cluster_id, context_id=context.id, language=Language.PYTHON, command='print("hello", 42)'
).result(timeout=TIMEOUT)
sql = w.command_execution.execute(
    cluster_id=cluster_id, context_id=context.id, language=Language.SQL, command="SELECT 1 AS one, 'x' AS letter"
).result(timeout=TIMEOUT)
w.command_execution.destroy(cluster_id=cluster_id, context_id=context.id)
print(
    json.dumps(
        {
            "context_id": context.id,
            "context_status": context.status.value,
            "python": {"status": py.status.value, "type": py.results.result_type.value, "data": py.results.data},
            "sql": {"status": sql.status.value, "type": sql.results.result_type.value, "data": sql.results.data},
        }
    )
)
