"""databricks-sdk 0.29.0 peer: pick a runtime and a node type, create a cluster and wait for it, then delete it
and wait for TERMINATED. Prints what it saw as JSON. Run by the peers' Python; never imports dbrest."""

import json
from datetime import timedelta

from databricks.sdk import WorkspaceClient

TIMEOUT = timedelta(seconds=60)

w = WorkspaceClient()
spark_version = w.clusters.select_spark_version(long_term_support=True, latest=True)
node_type = w.clusters.select_node_type(local_disk=True, min_memory_gb=8)
created = w.clusters.create(
    cluster_name="interop-sdk",
    spark_version=spark_version,
    node_type_id=node_type,
    num_workers=2,
    autotermination_minutes=60,
    custom_tags={"team": "interop"},
)
running = created.result(timeout=TIMEOUT)
listed = {c.cluster_id: c.state.value for c in w.clusters.list()}
terminated = w.clusters.delete(cluster_id=running.cluster_id).result(timeout=TIMEOUT)
print(
    json.dumps(
        {
            "spark_version": spark_version,
            "node_type_id": node_type,
            "cluster_id": running.cluster_id,
            "running_state": running.state.value,
            "running_name": running.cluster_name,
            "running_num_workers": running.num_workers,
            "running_tags": running.custom_tags,
            "listed": listed,
            "terminated_state": terminated.state.value,
            "termination_code": terminated.termination_reason.code.value if terminated.termination_reason else None,
        }
    )
)
