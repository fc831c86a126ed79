"""`dbrest clusters`: the hand-written commands on top of the generated ones (list of every page, and the waits:
create|start|restart|delete --wait, wait)."""

from __future__ import annotations

import argparse
from typing import Any

from .common import EXIT_USAGE, CliError, emit, workspace
from .generated import call, operation
from .parser import Command, Group, arg
from .progress import WaitStatus

GROUP = Group(
    "clusters",
    "clusters (API 2.1): list, get, create, start, restart, delete, wait, events, ... (every operation)",
    (
        "dbrest clusters list",
        "dbrest clusters create --json @cluster.json --wait",
        "dbrest clusters wait 0123-456789-abcdefgh --state TERMINATED",
        "dbrest clusters events 0123-456789-abcdefgh --all",
    ),
)
CLUSTER_COLUMNS = ["cluster_id", "cluster_name", "state", "spark_version", "node_type_id", "num_workers"]
CLUSTER_ID = "cluster id, as `dbrest clusters list` shows it"
WAIT_TIMEOUT = 1200.0


def timeout_arg(default: float) -> Any:
    return arg(
        "--timeout", type=float, metavar="SECONDS", default=default, help=f"how long to wait (default: {default:g})"
    )


def wait_flag(state: str) -> Any:
    return arg("--wait", action="store_true", help=f"wait until it is {state} (showing its state), then show it")


def _state(cluster: Any) -> tuple[str, str]:
    message = getattr(cluster, "state_message", None)
    return str(cluster.state), message if isinstance(message, str) else ""


def wait_for(args: argparse.Namespace, ws: Any, cluster_id: str, state: str) -> Any:
    """Wait for RUNNING or TERMINATED, drawing the state line on a terminal."""
    waiter = ws.clusters.wait_running if state == "RUNNING" else ws.clusters.wait_terminated
    with WaitStatus(args, f"cluster {cluster_id}", _state) as status:
        return waiter(cluster_id, timeout=args.timeout, callback=status)


def cmd_clusters_list(args: argparse.Namespace) -> int:
    # every page of the 2.1 list (ws.clusters.iter_clusters), as the unpaged 2.0 list used to answer
    emit(args, call(args, args.op)["clusters"], CLUSTER_COLUMNS)
    return 0


def cmd_clusters_get(args: argparse.Namespace) -> int:
    emit(args, call(args, operation("clusters", "get")), CLUSTER_COLUMNS)
    return 0


def cmd_clusters_create(args: argparse.Namespace) -> int:
    ws = workspace(args)
    created = call(args, operation("clusters", "create"), ws)
    if args.wait:
        emit(args, wait_for(args, ws, created.cluster_id, "RUNNING"), CLUSTER_COLUMNS)
    else:
        emit(args, created, ["cluster_id"])
    return 0


def _then_wait(name: str, state: str) -> Any:
    def run(args: argparse.Namespace) -> int:
        ws = workspace(args)
        call(args, operation("clusters", name), ws)
        if args.wait:
            emit(args, wait_for(args, ws, args.cluster_id, state), CLUSTER_COLUMNS)
        return 0

    run.__name__ = f"cmd_clusters_{name}"
    return run


def cmd_clusters_wait(args: argparse.Namespace) -> int:
    if args.cluster_id is None:
        raise CliError("missing cluster_id: give it as an argument (or --cluster-id)", EXIT_USAGE)
    emit(args, wait_for(args, workspace(args), args.cluster_id, args.state), CLUSTER_COLUMNS)
    return 0


COMMANDS = [
    Command(
        "clusters",
        "list",
        cmd_clusters_list,
        "list clusters (every page)",
        ("dbrest -o json clusters list", "dbrest clusters list --filter-by-cluster-states RUNNING"),
        operation="clusters list",
        every_page=True,
    ),
    Command(
        "clusters",
        "get",
        cmd_clusters_get,
        "show a cluster",
        ("dbrest -o json clusters get 0123-456789-abcdefgh",),
        operation="clusters get",
        field_help={"cluster_id": CLUSTER_ID},
    ),
    Command(
        "clusters",
        "create",
        cmd_clusters_create,
        "create a cluster (API 2.1 clusters/create); --wait until it runs",
        (
            "dbrest clusters create 13.3.x-scala2.12 --cluster-name etl --node-type-id i3.xlarge --num-workers 2 "
            "--wait",
            "dbrest clusters create --json @cluster.json --wait",
        ),
        (wait_flag("RUNNING"), timeout_arg(WAIT_TIMEOUT)),
        operation="clusters create",
    ),
    *(
        Command(
            "clusters",
            name,
            _then_wait(name, state),
            text,
            (f"dbrest clusters {name} 0123-456789-abcdefgh --wait",),
            (wait_flag(state), timeout_arg(WAIT_TIMEOUT)),
            operation=f"clusters {name}",
            field_help={"cluster_id": CLUSTER_ID},
        )
        for name, state, text in (
            ("start", "RUNNING", "start a terminated cluster"),
            ("restart", "RUNNING", "restart a running cluster"),
            ("delete", "TERMINATED", "terminate a cluster (it can be started again)"),
        )
    ),
    Command(
        "clusters",
        "wait",
        cmd_clusters_wait,
        "wait until a cluster is RUNNING (or TERMINATED), showing its state",
        ("dbrest clusters wait 0123-456789-abcdefgh --timeout 600",),
        (
            arg("cluster_id", nargs="?", help=f"{CLUSTER_ID} (or --cluster-id)"),
            arg("--cluster-id", dest="cluster_id__flag", help=argparse.SUPPRESS),
            arg(
                "--state",
                choices=["RUNNING", "TERMINATED"],
                default="RUNNING",
                help="the state to wait for (default: RUNNING); a cluster that ends in another state is an error",
            ),
            timeout_arg(WAIT_TIMEOUT),
        ),
    ),
]
