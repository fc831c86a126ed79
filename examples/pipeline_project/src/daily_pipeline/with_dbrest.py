"""The daily pipeline with dbrest. Every wait goes through dbrest's waiters, so against dbrest_mock (whose clock
a Workspace for the mock's URL picks up) the whole pipeline takes milliseconds of real time."""

from __future__ import annotations

import io
from typing import Any

import dbrest

from . import CLUSTER_NAME, CLUSTER_SPEC, JOB_NAME, PipelineFailed, Report, input_path, job_settings, marker_path


def run_daily(ws: dbrest.Workspace, day: str, rows: bytes) -> Report:
    """Run the pipeline for ``day`` on ``rows`` (CSV bytes); raises PipelineFailed naming the failed step."""
    ws.dbfs.upload(io.BytesIO(rows), input_path(day), overwrite=True)
    cluster_id = _pipeline_cluster(ws)
    job_id = _pipeline_job(ws, cluster_id)
    run_id = ws.http.post("/api/2.1/jobs/run-now", json={"job_id": job_id, "notebook_params": {"day": day}}).json()[
        "run_id"
    ]
    try:
        ws.jobs.wait_run(run_id, timeout=4 * 3600)
    except dbrest.RunFailed as exc:
        raise PipelineFailed(f"run {run_id} of job {JOB_NAME} ended {exc.result_state}: {exc.state_message}") from exc
    run = ws.http.get("/api/2.1/jobs/runs/get", params={"run_id": run_id}).json()
    with ws.dbfs.open(marker_path(day), "w", overwrite=True) as marker:
        marker.write(f"run {run_id}\n")
    return Report(
        cluster_id=cluster_id,
        run_id=run_id,
        result_state=run["state"]["result_state"],
        attempts={t["task_key"]: t.get("attempt_number", 0) + 1 for t in run.get("tasks", [])},
        marker=marker_path(day),
    )


def _pipeline_cluster(ws: dbrest.Workspace) -> str:
    """The pipeline cluster, created or started if need be, once RUNNING."""
    clusters: list[dict[str, Any]] = ws.http.get("/api/2.0/clusters/list").json().get("clusters", [])
    found = next((c for c in clusters if c.get("cluster_name") == CLUSTER_NAME), None)
    if found is None:
        cluster_id: str = ws.http.post("/api/2.1/clusters/create", json=CLUSTER_SPEC).json()["cluster_id"]
    else:
        cluster_id = found["cluster_id"]
    try:
        ws.clusters.ensure_running(cluster_id, timeout=1800)
    except dbrest.OperationFailed as exc:
        raise PipelineFailed(f"the pipeline cluster {cluster_id} did not start: {exc}") from exc
    return cluster_id


def _pipeline_job(ws: dbrest.Workspace, cluster_id: str) -> int:
    """The pipeline job, created or updated to use ``cluster_id``."""
    jobs = ws.http.get("/api/2.1/jobs/list", params={"name": JOB_NAME}).json().get("jobs", [])
    if jobs:
        job_id = int(jobs[0]["job_id"])
        ws.http.post("/api/2.1/jobs/reset", json={"job_id": job_id, "new_settings": job_settings(cluster_id)})
        return job_id
    return int(ws.http.post("/api/2.1/jobs/create", json=job_settings(cluster_id)).json()["job_id"])
