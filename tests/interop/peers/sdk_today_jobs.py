"""databricks-sdk 0.162.0 peer (Jobs 2.2): import a notebook, create a job of TASKS notebook tasks on one shared
job cluster (more than 100, so that jobs/get answers in pages of tasks that the SDK's JobsExt.get joins), run it
now and wait for the run, read the run (its tasks paged too) and list the job's runs. Usage: sdk_today_jobs.py
NOTEBOOK_PATH TASKS. Prints JSON."""

import json
import sys
from datetime import timedelta

from databricks.sdk import WorkspaceClient
from databricks.sdk.service import compute, jobs
from peer_steps import import_job_notebook, job_run_seen

notebook_path, n_tasks = sys.argv[1], int(sys.argv[2])
w = WorkspaceClient()
import_job_notebook(w, notebook_path)
created = w.jobs.create(
    name="interop-sdk-today-job",
    max_concurrent_runs=1,
    job_clusters=[
        jobs.JobCluster(
            job_cluster_key="shared",
            new_cluster=compute.ClusterSpec(
                spark_version="11.3.x-scala2.12", node_type_id="Standard_DS3_v2", num_workers=1
            ),
        )
    ],
    tasks=[
        jobs.Task(
            task_key=f"t{i:03d}",
            job_cluster_key="shared",
            notebook_task=jobs.NotebookTask(notebook_path=notebook_path, base_parameters={"i": str(i)}),
        )
        for i in range(n_tasks)
    ],
)
job = w.jobs.get(created.job_id)
run = w.jobs.run_now(created.job_id).result(timeout=timedelta(seconds=60))
got_run = w.jobs.get_run(run.run_id)
runs = [r.run_id for r in w.jobs.list_runs(job_id=created.job_id)]
print(
    json.dumps(
        {
            **job_run_seen(job, run),
            "run_task_keys": [t.task_key for t in got_run.tasks or []],
            "listed_runs": runs,
        }
    )
)
