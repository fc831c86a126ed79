"""Steps that the databricks-sdk 0.29.0 peers (``sdk_*.py``) and the 0.162.0 peers (``sdk_today_*.py``) take alike,
with calls both SDK versions have. A peer runs as ``python peers/<script>.py`` in its own virtual environment, so it
can import only from this directory (``sys.path[0]``); never imports dbrest."""

import base64
from datetime import timedelta
from typing import Any

from databricks.sdk import WorkspaceClient
from databricks.sdk.service import compute
from databricks.sdk.service.workspace import ImportFormat, Language

TIMEOUT = timedelta(seconds=60)


def import_job_notebook(w: WorkspaceClient, notebook_path: str) -> None:
    """The notebook the peers' jobs run, in a folder of its own (overwritten if there)."""
    w.workspace.mkdirs(notebook_path.rsplit("/", 1)[0])
    w.workspace.import_(
        notebook_path,
        content=base64.b64encode(b"# Databricks notebook source\nprint('hello from a job')").decode(),
        format=ImportFormat.SOURCE,
        language=Language.PYTHON,
        overwrite=True,
    )


def start_cluster(w: WorkspaceClient, name: str) -> tuple[dict[str, Any], Any]:
    """Pick the latest LTS runtime and a node type, create a two-worker cluster and wait for it to run: what both
    peers report of that, and the running cluster's ClusterDetails."""
    spark_version = w.clusters.select_spark_version(long_term_support=True, latest=True)
    node_type = w.clusters.select_node_type(local_disk=True, min_memory_gb=8)
    created = w.clusters.create(
        cluster_name=name,
        spark_version=spark_version,
        node_type_id=node_type,
        num_workers=2,
        autotermination_minutes=60,
        custom_tags={"team": "interop"},
    )
    running = created.result(timeout=TIMEOUT)
    seen = {
        "spark_version": spark_version,
        "node_type_id": node_type,
        "cluster_id": running.cluster_id,
        "running_state": running.state.value,
    }
    return seen, running


def delete_cluster(w: WorkspaceClient, cluster_id: str) -> dict[str, Any]:
    """Delete (terminate) the cluster, wait for TERMINATED and say how it ended."""
    terminated = w.clusters.delete(cluster_id=cluster_id).result(timeout=TIMEOUT)
    return {
        "terminated_state": terminated.state.value,
        "termination_code": terminated.termination_reason.code.value if terminated.termination_reason else None,
    }


def job_run_seen(job: Any, run: Any) -> dict[str, Any]:
    """What both jobs peers report of the job (JobsAPI.get) and its finished run (run_now's result)."""
    return {
        "job_id": job.job_id,
        "job_name": job.settings.name,
        "task_keys": [t.task_key for t in job.settings.tasks],
        "run_id": run.run_id,
        "life_cycle_state": run.state.life_cycle_state.value,
        "result_state": run.state.result_state.value if run.state.result_state else None,
    }


def run_commands(w: WorkspaceClient, cluster_id: str) -> tuple[Any, Any, Any]:
    """Create a Python execution context and wait for it, run a Python and a SQL command in it and wait for each,
    then destroy it: the context and the two commands' results."""
    context = w.command_execution.create(cluster_id=cluster_id, language=compute.Language.PYTHON).result(
        timeout=TIMEOUT
    )
    py = w.command_execution.execute(
        cluster_id=cluster_id, context_id=context.id, language=compute.Language.PYTHON, command='print("hello", 42)'
    ).result(timeout=TIMEOUT)
    sql = w.command_execution.execute(
        cluster_id=cluster_id,
        context_id=context.id,
        language=compute.Language.SQL,
        command="SELECT 1 AS one, 'x' AS letter",
    ).result(timeout=TIMEOUT)
    w.command_execution.destroy(cluster_id=cluster_id, context_id=context.id)
    return context, py, sql


def commands_seen(context: Any, py: Any, sql: Any) -> dict[str, Any]:
    """What both peers report of :func:`run_commands`."""
    return {
        "context_id": context.id,
        "context_status": context.status.value,
        "python": {"status": py.status.value, "type": py.results.result_type.value, "data": py.results.data},
        "sql": {"status": sql.status.value, "type": sql.results.result_type.value, "data": sql.results.data},
    }


def dbfs_round_trip(w: WorkspaceClient, src: str, dbfs_path: str, dst: str) -> dict[str, Any]:
    """Upload ``src`` to ``dbfs_path`` (overwriting), read its status, download it to ``dst`` and list its folder."""
    w.dbfs.mkdirs(dbfs_path.rsplit("/", 1)[0])
    with open(src, "rb") as f:
        w.dbfs.upload(dbfs_path, f, overwrite=True)
    status = w.dbfs.get_status(dbfs_path)
    with w.dbfs.download(dbfs_path) as remote, open(dst, "wb") as out:
        out.write(remote.read())
    listing = [(f.path, f.file_size, f.is_dir) for f in w.dbfs.list(dbfs_path.rsplit("/", 1)[0])]
    return {"file_size": status.file_size, "is_dir": status.is_dir, "listing": listing}
