"""The daily pipeline with databricks-sdk, for projects on the SDK: the same steps as ``with_dbrest``.

The SDK's waiters sleep for real (1 s, 2 s, ... between polls), so test it against a mock with
``durations="instant"``: every lifecycle step then completes by the next request and each wait returns at its
first poll. Jobs go through ``api_client.do`` on /api/2.1, which every workspace serves (the SDK's typed
``w.jobs`` speaks /api/2.2).
"""

from __future__ import annotations

import io
import time
from typing import Any

from databricks.sdk import WorkspaceClient
from databricks.sdk.errors import OperationFailed
from databricks.sdk.service import compute

from . import CLUSTER_NAME, CLUSTER_SPEC, JOB_NAME, PipelineFailed, Report, input_path, job_settings, marker_path

TERMINAL = ("TERMINATED", "SKIPPED", "INTERNAL_ERROR")


def run_daily(w: WorkspaceClient, day: str, rows: bytes) -> Report:
    """Run the pipeline for ``day`` on ``rows`` (CSV bytes); raises PipelineFailed naming the failed step."""
    w.dbfs.upload(input_path(day), io.BytesIO(rows), overwrite=True)
    cluster_id = _pipeline_cluster(w)
    job_id = _pipeline_job(w, cluster_id)
    run_id = int(
        w.api_client.do("POST", "/api/2.1/jobs/run-now", body={"job_id": job_id, "notebook_params": {"day": day}})[
            "run_id"
        ]
    )  # type: ignore[index]
    run = _wait_run(w, run_id, timeout=4 * 3600)
    state = run["state"]
    if state.get("result_state") != "SUCCESS":
        raise PipelineFailed(
            f"run {run_id} of job {JOB_NAME} ended {state.get('result_state', state['life_cycle_state'])}: "
            f"{state.get('state_message', '')}"
        )
    w.dbfs.upload(marker_path(day), io.BytesIO(f"run {run_id}\n".encode()), overwrite=True)
    return Report(
        cluster_id=cluster_id,
        run_id=run_id,
        result_state=state["result_state"],
        attempts={t["task_key"]: t.get("attempt_number", 0) + 1 for t in run.get("tasks", [])},
        marker=marker_path(day),
    )


def _pipeline_cluster(w: WorkspaceClient) -> str:
    found = next((c for c in w.clusters.list() if c.cluster_name == CLUSTER_NAME), None)
    try:
        if found is None:
            spec = {k: v for k, v in CLUSTER_SPEC.items() if k != "num_workers"}
            info = w.clusters.create(num_workers=CLUSTER_SPEC["num_workers"], **spec).result()
            assert info.cluster_id is not None
            return info.cluster_id
        assert found.cluster_id is not None
        if found.state in (compute.State.TERMINATED, compute.State.ERROR):
            w.clusters.start(found.cluster_id).result()
        else:
            w.clusters.ensure_cluster_is_running(found.cluster_id)
        return found.cluster_id
    except OperationFailed as exc:
        raise PipelineFailed(f"the pipeline cluster did not start: {exc}") from exc


def _pipeline_job(w: WorkspaceClient, cluster_id: str) -> int:
    listed: Any = w.api_client.do("GET", "/api/2.1/jobs/list", query={"name": JOB_NAME})
    jobs = listed.get("jobs", [])
    if jobs:
        job_id = int(jobs[0]["job_id"])
        w.api_client.do(
            "POST", "/api/2.1/jobs/reset", body={"job_id": job_id, "new_settings": job_settings(cluster_id)}
        )
        return job_id
    created: Any = w.api_client.do("POST", "/api/2.1/jobs/create", body=job_settings(cluster_id))
    return int(created["job_id"])


def _wait_run(w: WorkspaceClient, run_id: int, timeout: float) -> dict[str, Any]:
    """Poll runs/get like the SDK's own waiters (1 s, 2 s, ... up to 10 s) until the run ends."""
    deadline = time.monotonic() + timeout
    attempt = 1
    while True:
        run: Any = w.api_client.do("GET", "/api/2.1/jobs/runs/get", query={"run_id": run_id})
        if run["state"]["life_cycle_state"] in TERMINAL or time.monotonic() > deadline:
            return dict(run)
        time.sleep(min(attempt, 10))
        attempt += 1
