"""databricks-sdk 0.162.0 peer (Clusters 2.1): pick a runtime and a node type, create a cluster and wait for it,
get it, list clusters, read its events, then delete it and wait for TERMINATED. Prints what it saw as JSON.
Run by .venv-sdk's Python; never imports dbrest."""

import json
from datetime import timedelta

from databricks.sdk import WorkspaceClient

TIMEOUT = timedelta(seconds=60)

w = WorkspaceClient()
spark_version = w.clusters.select_spark_version(long_term_support=True, latest=True)
node_type = w.clusters.select_node_type(local_disk=True, min_memory_gb=8)
running = w.clusters.create(
    cluster_name="interop-sdk-today",
    spark_version=spark_version,
    node_type_id=node_type,
    num_workers=2,
    autotermination_minutes=60,
    custom_tags={"team": "interop"},
).result(timeout=TIMEOUT)
got = w.clusters.get(running.cluster_id)
listed = {c.cluster_id: c.state.value for c in w.clusters.list()}
events = [e.type.value for e in w.clusters.events(running.cluster_id) if e.type]
terminated = w.clusters.delete(cluster_id=running.cluster_id).result(timeout=TIMEOUT)
print(
    json.dumps(
        {
            "spark_version": spark_version,
            "node_type_id": node_type,
            "cluster_id": running.cluster_id,
            "running_state": running.state.value,
            "got_name": got.cluster_name,
            "got_num_workers": got.num_workers,
            "got_tags": got.custom_tags,
            "listed": listed,
            "events": events,
            "terminated_state": terminated.state.value,
            "termination_code": terminated.termination_reason.code.value if terminated.termination_reason else None,
        }
    )
)
