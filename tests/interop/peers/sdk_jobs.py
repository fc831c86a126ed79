"""databricks-sdk 0.29.0 peer (Jobs 2.1): import the job's notebook, create a job with one notebook task on a
new cluster, run it now and wait for the run to terminate, then read its output. Usage: sdk_jobs.py NOTEBOOK_PATH.
Prints JSON."""

import json
import sys
from datetime import timedelta

from databricks.sdk import WorkspaceClient
from databricks.sdk.service import compute, jobs
from peer_steps import import_job_notebook, job_run_seen

notebook_path = sys.argv[1]
w = WorkspaceClient()
import_job_notebook(w, notebook_path)
created = w.jobs.create(
    name="interop-sdk-job",
    max_concurrent_runs=1,
    tasks=[
        jobs.Task(
            task_key="main",
            notebook_task=jobs.NotebookTask(notebook_path=notebook_path, base_parameters={"who": "sdk"}),
            new_cluster=compute.ClusterSpec(
                spark_version="11.3.x-scala2.12", node_type_id="Standard_DS3_v2", num_workers=1
            ),
        )
    ],
)
job = w.jobs.get(created.job_id)
run = w.jobs.run_now(created.job_id, notebook_params={"who": "interop"}).result(timeout=timedelta(seconds=60))
task_run_id = run.tasks[0].run_id if run.tasks else run.run_id
output = w.jobs.get_run_output(task_run_id)
runs = [r.run_id for r in w.jobs.list_runs(job_id=created.job_id)]
print(
    json.dumps(
        {
            **job_run_seen(job, run),
            "task_states": [t.state.result_state.value for t in run.tasks or [] if t.state and t.state.result_state],
            "output_state": output.metadata.state.result_state.value if output.metadata else None,
            "listed_runs": runs,
        }
    )
)
