"""databricks-sdk 0.162.0 peer (Clusters 2.1): pick a runtime and a node type, create a cluster and wait for it,
get it, list clusters, read its events, then delete it and wait for TERMINATED. Prints what it saw as JSON.
Run by .venv-sdk's Python; never imports dbrest."""

import json

from databricks.sdk import WorkspaceClient
from peer_steps import delete_cluster, start_cluster

w = WorkspaceClient()
seen, running = start_cluster(w, "interop-sdk-today")
got = w.clusters.get(running.cluster_id)
listed = {c.cluster_id: c.state.value for c in w.clusters.list()}
events = [e.type.value for e in w.clusters.events(running.cluster_id) if e.type]
print(
    json.dumps(
        {
            **seen,
            "got_name": got.cluster_name,
            "got_num_workers": got.num_workers,
            "got_tags": got.custom_tags,
            "listed": listed,
            "events": events,
            **delete_cluster(w, running.cluster_id),
        }
    )
)
