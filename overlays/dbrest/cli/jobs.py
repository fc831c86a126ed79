"""`dbrest jobs` and `dbrest runs`: the hand-written commands on top of the generated ones (list of every page,
run-now/submit --wait, runs wait, runs cancel --wait, runs-get --task-output)."""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import OperationFailed
from .clusters import timeout_arg
from .common import EXIT_FAILED, EXIT_USAGE, CliError, emit, output_format, to_plain, workspace
from .errors import cli_words
from .generated import call, operation
from .parser import Command, Group, arg
from .progress import WaitStatus

GROUPS = [
    Group(
        "jobs",
        "jobs (API 2.2): list, get, create, run-now, runs-get, runs-wait, ... (every operation)",
        (
            "dbrest jobs list",
            "dbrest jobs create --json @job.json",
            'dbrest jobs run-now 123 --json \'{"notebook_params": {"day": "2024-01-01"}}\' --wait',
            "dbrest jobs runs-get 456 --task-output",
        ),
    ),
    Group(
        "runs",
        "job runs (API 2.2 runs/*): list, get, submit, cancel, wait, get-output, ...",
        (
            "dbrest runs submit --json @run.json --wait",
            "dbrest runs list --job-id 123 --all",
            "dbrest runs cancel 456 --wait",
        ),
    ),
]
JOB_ID = "job id, as `dbrest jobs list` shows it"
RUN_ID = "run id, as run-now and runs submit print it"
RUN_TIMEOUT = 3600.0


JOB_COLUMNS = ["job_id", "name", "creator_user_name", "created_time"]
RUN_COLUMNS = ["run_id", "job_id", "run_name", "life_cycle_state", "result_state", "state_message"]


def _run_row(run: Any) -> dict[str, Any]:
    d = to_plain(run)
    state = d.get("state") or {}
    return {
        **d,
        "life_cycle_state": state.get("life_cycle_state"),
        "result_state": state.get("result_state"),
        "state_message": state.get("state_message"),
    }


def _job_row(job: Any) -> dict[str, Any]:
    d = to_plain(job)
    return {**d, "name": (d.get("settings") or {}).get("name")}


def cmd_jobs_list(args: argparse.Namespace) -> int:
    emit(args, [_job_row(j) for j in call(args, args.op)["jobs"]], JOB_COLUMNS)  # every page (ws.jobs.iter_jobs)
    return 0


def _task_outputs(ws: Any, run_id: int, run: dict[str, Any]) -> list[dict[str, Any]]:
    """runs/get-output of each task run (of the run itself when it has no task runs)."""
    tasks = [(t.get("task_key"), t["run_id"]) for t in run.get("tasks") or [] if t.get("run_id") is not None]
    outputs = []
    for task_key, task_run_id in tasks or [(None, run_id)]:
        out = to_plain(ws.jobs.runs_get_output(run_id=task_run_id))
        out.pop("metadata", None)
        outputs.append({"task_key": task_key, "run_id": task_run_id, **out})
    return outputs


def cmd_jobs_runs_get(args: argparse.Namespace) -> int:
    ws = workspace(args)
    row = _run_row(call(args, operation("jobs", "runs-get"), ws))
    if not args.task_output:
        emit(args, row, RUN_COLUMNS)
        return 0
    outputs = _task_outputs(ws, args.run_id, row)
    if output_format(args) == "json":
        emit(args, {**row, "task_output": outputs})
        return 0
    emit(args, row, RUN_COLUMNS)
    for out in outputs:
        print(f"\ntask {out['task_key'] or '-'} (run {out['run_id']}):")
        result = (out.get("notebook_output") or {}).get("result")
        for label, text in (("result", result), ("error", out.get("error")), ("trace", out.get("error_trace"))):
            if text:
                print(f"  {label}: " + str(text).rstrip().replace("\n", "\n    "))
    return 0


def _run_state(run: Any) -> tuple[str, str]:
    state = to_plain(run).get("state") or {}
    shown = "/".join(str(s) for s in (state.get("life_cycle_state"), state.get("result_state")) if s)
    return shown or "PENDING", state.get("state_message") or ""


def wait_run(args: argparse.Namespace, ws: Any, run_id: int) -> Any:
    with WaitStatus(args, f"run {run_id}", _run_state) as status:
        return ws.jobs.wait_run(run_id, timeout=args.timeout, callback=status)


def _finish_run(args: argparse.Namespace, ws: Any, run_id: int) -> int:
    try:
        run = wait_run(args, ws, run_id)
    except OperationFailed as exc:
        raise CliError(cli_words(str(exc), args, run_id=run_id), EXIT_FAILED) from exc
    emit(args, _run_row(run), RUN_COLUMNS)
    return 0


def cmd_jobs_get(args: argparse.Namespace) -> int:
    emit(args, _job_row(call(args, operation("jobs", "get"))), JOB_COLUMNS)
    return 0


def _start_run(args: argparse.Namespace, columns: list[str]) -> int:
    """Call the command's operation (run-now, runs submit): the run it started, or with --wait how it ended."""
    ws = workspace(args)
    started = call(args, args.op, ws)
    if args.wait:
        return _finish_run(args, ws, started.run_id)
    emit(args, started, columns)
    return 0


def cmd_jobs_run_now(args: argparse.Namespace) -> int:
    return _start_run(args, ["run_id", "number_in_job"])


def cmd_runs_submit(args: argparse.Namespace) -> int:
    return _start_run(args, ["run_id"])


def cmd_runs_cancel(args: argparse.Namespace) -> int:
    ws = workspace(args)
    call(args, operation("runs", "cancel"), ws)
    if not args.wait:
        return 0
    try:
        run = wait_run(args, ws, args.run_id)
    except OperationFailed:  # the waiter reports a CANCELED run as a failure; here it is what was asked for
        run = ws.jobs.runs_get(run_id=args.run_id)
    emit(args, _run_row(run), RUN_COLUMNS)
    return 0


def cmd_runs_wait(args: argparse.Namespace) -> int:
    if args.run_id is None:
        raise CliError("missing run_id: give it as an argument (or --run-id)", EXIT_USAGE)
    return _finish_run(args, workspace(args), args.run_id)


RUN_ID_ARGS = (
    arg("run_id", nargs="?", type=int, help=f"{RUN_ID} (or --run-id)"),
    arg("--run-id", dest="run_id__flag", type=int, help=argparse.SUPPRESS),
    timeout_arg(RUN_TIMEOUT),
)
WAIT_RUN = arg("--wait", action="store_true", help="wait for the run to finish (showing its state); exit 3 if it fails")
COMMANDS = [
    Command(
        "jobs",
        "list",
        cmd_jobs_list,
        "list jobs (every page)",
        ("dbrest -o json jobs list", "dbrest jobs list --name nightly --expand-tasks"),
        operation="jobs list",
        every_page=True,
    ),
    Command(
        "jobs",
        "get",
        cmd_jobs_get,
        "show a job",
        ("dbrest -o json jobs get 123",),
        operation="jobs get",
        field_help={"job_id": JOB_ID},
    ),
    Command(
        "jobs",
        "run-now",
        cmd_jobs_run_now,
        "trigger a run of a job (parameters as flags or --json); --wait for its end",
        (
            "dbrest jobs run-now 123 --wait",
            'dbrest jobs run-now 123 --json \'{"notebook_params": {"day": "2024-01-01"}}\'',
        ),
        (WAIT_RUN, timeout_arg(RUN_TIMEOUT)),
        operation="jobs run-now",
        field_help={"job_id": JOB_ID},
    ),
    Command(
        "jobs",
        "runs-get",
        cmd_jobs_runs_get,
        "show a run",
        ("dbrest jobs runs-get 456", "dbrest jobs runs-get 456 --task-output   # the error and trace of a failed run"),
        (
            arg(
                "--task-output",
                action="store_true",
                help="also show each task's output (runs/get-output): result, error and trace",
            ),
        ),
        operation="jobs runs-get",
        field_help={"run_id": RUN_ID},
    ),
    Command(
        "jobs",
        "runs-wait",
        cmd_runs_wait,
        "wait for a run to finish, showing its state; exit 3 if it fails",
        ("dbrest jobs runs-wait 456",),
        RUN_ID_ARGS,
    ),
    Command(
        "runs",
        "submit",
        cmd_runs_submit,
        "submit a one-time run (API 2.2 runs/submit); --wait for its end",
        ("dbrest runs submit --json @run.json --wait",),
        (WAIT_RUN, timeout_arg(RUN_TIMEOUT)),
        operation="runs submit",
    ),
    Command(
        "runs",
        "wait",
        cmd_runs_wait,
        "wait for a run to finish, showing its state; exit 3 if it fails",
        ("dbrest runs wait 456 --timeout 600",),
        RUN_ID_ARGS,
    ),
    Command(
        "runs",
        "cancel",
        cmd_runs_cancel,
        "cancel a run; --wait until it has ended",
        ("dbrest runs cancel 456 --wait",),
        (
            arg("--wait", action="store_true", help="wait until the run has ended, then show it"),
            timeout_arg(RUN_TIMEOUT),
        ),
        operation="runs cancel",
        field_help={"run_id": RUN_ID},
    ),
]
