"""A daily pipeline on Databricks: upload the day's input to DBFS, make sure the pipeline cluster runs, run the
two-task job (ingest, then transform, which may be retried), and leave a marker beside the output.

``with_dbrest`` is the pipeline written with dbrest, ``with_sdk`` the same pipeline written with databricks-sdk;
this module holds what they share and imports neither client.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CLUSTER_NAME = "daily-pipeline"
JOB_NAME = "daily-pipeline"
CLUSTER_SPEC: dict[str, Any] = {
    "cluster_name": CLUSTER_NAME,
    "spark_version": "15.4.x-scala2.12",
    "node_type_id": "Standard_DS3_v2",
    "num_workers": 2,
    "autotermination_minutes": 30,
}


class PipelineFailed(Exception):
    """The pipeline could not finish; the message says which step and why."""


@dataclass
class Report:
    cluster_id: str
    run_id: int
    result_state: str
    #: task_key -> how many attempts the task took (1: no retry).
    attempts: dict[str, int] = field(default_factory=dict)
    marker: str = ""


def input_path(day: str) -> str:
    return f"dbfs:/pipelines/daily/input/{day}.csv"


def marker_path(day: str) -> str:
    return f"dbfs:/pipelines/daily/output/{day}/_SUCCESS"


def job_settings(cluster_id: str) -> dict[str, Any]:
    """Two notebook tasks on the pipeline cluster; transform is retried up to twice (immediately: no
    min_retry_interval_millis), as flaky transformations deserve."""
    return {
        "name": JOB_NAME,
        "max_concurrent_runs": 1,
        "tasks": [
            {
                "task_key": "ingest",
                "existing_cluster_id": cluster_id,
                "notebook_task": {"notebook_path": "/Pipelines/ingest"},
            },
            {
                "task_key": "transform",
                "depends_on": [{"task_key": "ingest"}],
                "existing_cluster_id": cluster_id,
                "notebook_task": {"notebook_path": "/Pipelines/transform"},
                "max_retries": 2,
            },
        ],
    }
