"""databricks-sdk 0.29.0 peer: pick a runtime and a node type, create a cluster and wait for it, then delete it
and wait for TERMINATED. Prints what it saw as JSON. Run by the peers' Python; never imports dbrest."""

import json

from databricks.sdk import WorkspaceClient
from peer_steps import delete_cluster, start_cluster

w = WorkspaceClient()
seen, running = start_cluster(w, "interop-sdk")
listed = {c.cluster_id: c.state.value for c in w.clusters.list()}
print(
    json.dumps(
        {
            **seen,
            "running_name": running.cluster_name,
            "running_num_workers": running.num_workers,
            "running_tags": running.custom_tags,
            "listed": listed,
            **delete_cluster(w, running.cluster_id),
        }
    )
)
